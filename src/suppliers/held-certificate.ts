/**
 * SQL condition: certificate `c` counts as held on `today` (the SQL text of a
 * WIB date from the Clock, usually a parameter): not expired and not rejected;
 * with `verifiedOnly` (true, or an SQL boolean expression), only a verified one.
 * One definition for search, matching and the dashboard, so they never disagree.
 */
export function heldCertificateSql(today: string, verifiedOnly: boolean | string = false): string {
  const status =
    verifiedOnly === false
      ? `c.status <> 'rejected'`
      : verifiedOnly === true
        ? `c.status = 'verified'`
        : `CASE WHEN ${verifiedOnly} THEN c.status = 'verified' ELSE c.status <> 'rejected' END`;
  return `${status} AND c.valid_until >= ${today}::date`;
}
