import { satisfyingCodesSql } from '../reference/covered-codes';

/**
 * SQL condition: service `cs` (a centre_services row) would close the gap of
 * kind `kind` and code `code` (SQL text expressions): for a process, it names
 * the process, its group, or (for a group asked for) one of its members; for
 * a certificate, it names the certificate or one that includes it (IATF 16949
 * support closes an ISO 9001 gap); for a TKDN below the minimum, it names a
 * TKDN certificate. One definition for the gaps page and BBSPJILM's demand.
 */
export const closesGapSql = (kind: string, code: string): string => `cs.active AND CASE ${kind}
    WHEN 'process' THEN cs.processes && ARRAY(
      SELECT p.code FROM processes p WHERE p.code = ${code} OR p.parent_code = ${code}
      UNION ALL SELECT p.parent_code FROM processes p WHERE p.code = ${code} AND p.parent_code IS NOT NULL)
    WHEN 'certification' THEN cs.certifications && ${satisfyingCodesSql(code)}
    WHEN 'tkdn' THEN cs.certifications && ${satisfyingCodesSql("'tkdn'")}
    ELSE false END`;
