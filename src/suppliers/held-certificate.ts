/**
 * SQL condition: certificate `c` counts as held on `today` (the SQL text of a
 * WIB date from the Clock, usually a parameter): not expired and not rejected;
 * with `verifiedOnly` (true, or an SQL boolean expression), only a verified one.
 * One definition for matching and the dashboard, so they never disagree; search
 * applies the same rule to the dates each supplier keeps (holdsCertificateSql).
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

/**
 * SQL condition: supplier `alias` holds a certificate of `code` on `today`, by
 * the rule above applied to what the supplier keeps (migration
 * HeldCertificates): for each code, the latest valid-until date of its
 * certificates that are not rejected. `today` is the SQL text of a WIB date
 * such as '2026-11-28'; ISO dates compare correctly as text. Searches use it
 * so as to read no certificate rows for the thousands of suppliers they find.
 */
export function holdsCertificateSql(alias: string, code: string, today: string): string {
  return `(${alias}.held_certificates ->> ${code}) >= ${today}::text`;
}

/** The codes of the certificates supplier `alias` holds on `today`, as rows of `code` (see holdsCertificateSql). */
export function heldCertificateCodesSql(alias: string, today: string): string {
  return `SELECT key AS code FROM jsonb_each_text(${alias}.held_certificates) WHERE value >= ${today}::text`;
}
