import type { DataSource, Migration } from 'typeorm';

/** Any fixed number works; it only has to be the same in every Rantai process. */
const MIGRATION_LOCK_KEY = 7_261_202_6;

/**
 * Runs pending migrations, each in its own transaction. On a server, several
 * instances may start at once, so they queue on an advisory lock held on a
 * second connection. A single-connection pool (the embedded database, which
 * only one process can open anyway) cannot hold that lock and migrate too.
 */
export async function runPendingMigrations(dataSource: DataSource): Promise<Migration[]> {
  if ((dataSource.options.poolSize ?? 10) < 2) return dataSource.runMigrations();
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations();
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}

/** Reverts every applied migration, newest first. For tests and `db:reset`-style tooling. */
export async function revertAllMigrations(dataSource: DataSource): Promise<number> {
  let reverted = 0;
  while ((await appliedMigrationCount(dataSource)) > 0) {
    await dataSource.undoLastMigration();
    reverted++;
  }
  return reverted;
}

async function appliedMigrationCount(dataSource: DataSource): Promise<number> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const exists = await dataSource.query<{ exists: boolean }[]>('SELECT to_regclass($1) IS NOT NULL AS exists', [table]);
  if (!exists[0].exists) return 0;
  const rows = await dataSource.query<{ count: string }[]>(`SELECT count(*) AS count FROM "${table}"`);
  return Number(rows[0].count);
}
