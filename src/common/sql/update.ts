import type { EntityManager } from 'typeorm';

/**
 * `UPDATE table SET …` for the changes that are not undefined (undefined means
 * "leave alone", null means "clear"), stamping updated_at and, for versioned
 * rows, bumping version. The caller holds the row lock and checked the version.
 */
export async function updateRow<T extends object>(
  manager: EntityManager,
  table: string,
  id: string,
  changes: Partial<T>,
  columnOf: Record<keyof T, string>,
  { versioned = true, toParam = (_key: keyof T, value: unknown) => value } = {},
): Promise<void> {
  const keys = (Object.keys(changes) as (keyof T)[]).filter((k) => changes[k] !== undefined);
  const assignments = keys.map((k, i) => `${columnOf[k]} = $${i + 2}`);
  if (versioned) assignments.push('version = version + 1');
  assignments.push('updated_at = now()');
  await manager.query(`UPDATE ${table} SET ${assignments.join(', ')} WHERE id = $1`, [
    id,
    ...keys.map((k) => toParam(k, changes[k])),
  ]);
}
