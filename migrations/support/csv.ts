import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Reads a reference CSV shipped beside the migrations (copied to dist by nest-cli assets). */
export function readDataCsv(fileName: string): Record<string, string>[] {
  return parse(readFileSync(join(__dirname, '..', 'data', fileName), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
}

/** `a|b|c` → ['a', 'b', 'c']; empty → []. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Inserts rows in chunks, one parameterised statement each. */
export async function insertRows(
  run: (sql: string, params: unknown[]) => Promise<unknown>,
  table: string,
  columns: string[],
  rows: unknown[][],
  chunkSize = 200,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const placeholders = chunk
      .map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
      .join(', ');
    await run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders}`, chunk.flat());
  }
}
