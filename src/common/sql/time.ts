/**
 * A timestamptz as JSON built in SQL writes it: ISO 8601 in UTC with `Z`,
 * as JavaScript's Date does. PostgreSQL's own JSON text would say `+00:00`
 * (or the session's offset), and clients would see two spellings.
 */
export const isoTimeSql = (expression: string): string =>
  `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
