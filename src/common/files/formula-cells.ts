/** What spreadsheets read as the start of a formula (OWASP, "CSV Injection"): = + - @ tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A value as an exported cell that no spreadsheet runs: text starting like a
 * formula gets a leading apostrophe, which makes it text (OWASP's advice).
 * Numbers are written as numbers, which are never formulas.
 */
export function formulaSafe<T extends string | number | null | undefined>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** An imported cell as it was before `formulaSafe`, so that an export imports back unchanged. */
export function withoutFormulaGuard(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
