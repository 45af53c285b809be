/** The taxonomy tables whose codes form groups (`casting`) and members (`casting.hpdc`). */
type TaxonomyTable = 'processes' | 'materials' | 'part_categories';

/**
 * A group code stands for itself and its members: the codes that `code` (an
 * SQL text expression) covers, as an SQL text[] expression to test with `&&`
 * or `= ANY`. One definition for matching, requests and the dashboard; the
 * search tags (SearchTags migration) tag a member's group by the same rule.
 */
export const coveredBySql = (table: TaxonomyTable, code: string): string =>
  `ARRAY(SELECT code FROM ${table} WHERE code = ${code} OR parent_code = ${code})`;

/** The same for several codes at once (`codes` an SQL text[] expression): all the codes any of them covers. */
export const coveredByAnySql = (table: TaxonomyTable, codes: string): string =>
  `ARRAY(SELECT code FROM ${table} WHERE code = ANY (${codes}) OR parent_code = ANY (${codes}))`;

/**
 * SQL text[]: the certificate codes that satisfy a requirement of `code` (an
 * SQL text expression): the code itself and those that include it
 * (certification_implications: an IATF 16949 certificate meets a request
 * for ISO 9001).
 */
export function satisfyingCodesSql(code: string): string {
  return `ARRAY(SELECT ${code} UNION ALL SELECT code FROM certification_implications WHERE implied_code = ${code})`;
}
