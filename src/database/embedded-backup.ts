import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openPglite } from './embedded-postgres';

/**
 * Backs up the embedded database as plain SQL (pg_dump with INSERT statements),
 * which PGlite and any PostgreSQL server from 15 on can load: the way to move
 * from the embedded database to a server without losing data.
 * Rantai must not have the folder open at the same time.
 */
export async function backupEmbedded(dataDir: string): Promise<string> {
  if (!isDatabase(dataDir)) throw new Error(`There is no embedded database at ${dataDir}.`);
  const db = await openPglite(dataDir);
  try {
    const { pgDump } = await import('@electric-sql/pglite-tools/pg_dump');
    const dump = await pgDump({ pg: db, args: ['--no-owner', '--no-privileges'] });
    return forOlderServers(await dump.text());
  } finally {
    await db.close();
  }
}

/**
 * pg_dump 18 sets `transaction_timeout`, which servers before PostgreSQL 17 do
 * not know; with ON_ERROR_STOP their psql would stop there.
 */
function forOlderServers(sql: string): string {
  return sql.replace(/^SET transaction_timeout = 0;\n/m, '');
}

/**
 * Loads a backup into a new embedded database at `dataDir`. It is built in a
 * folder beside it and moved into place only when the whole dump has loaded, so
 * a failed restore leaves nothing half-made. An existing database is kept, renamed
 * with the time, when `replace` is set; otherwise it is refused.
 */
export async function restoreEmbedded(dataDir: string, sql: string, replace = false): Promise<{ previous?: string }> {
  if (isDatabase(dataDir) && !replace) throw new Error(`An embedded database already exists at ${dataDir}.`);
  const building = `${dataDir}.restoring`;
  rmSync(building, { recursive: true, force: true });
  const db = await openPglite(building);
  try {
    await db.exec(sql);
  } catch (error) {
    await db.close();
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  await db.close();
  let previous: string | undefined;
  if (existsSync(dataDir)) {
    previous = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, previous);
  }
  renameSync(building, dataDir);
  return { previous };
}

export const isDatabase = (dataDir: string): boolean => existsSync(join(dataDir, 'PG_VERSION'));
