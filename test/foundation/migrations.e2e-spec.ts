import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/all-migrations';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { revertAllMigrations, runPendingMigrations } from '../../src/database/migrator';
import { isEmbedded } from '../support/app';
import { freshDatabase } from '../support/fresh-database';

/** A fresh, empty database of the kind under test, dropped afterwards. */
async function withFreshDatabase(use: (url: string) => Promise<void>): Promise<void> {
  if (isEmbedded()) {
    const dir = mkdtempSync(join(tmpdir(), 'rantai-migrations-'));
    const embedded = await EmbeddedPostgres.start(dir);
    try {
      await use(embedded.url);
    } finally {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const database = await freshDatabase('migrations');
  try {
    await use(database.url!);
  } finally {
    await database.drop();
  }
}

const userTables = (db: DataSource) =>
  db
    .query<{ tablename: string }[]>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
    .then((rows) => rows.map((r) => r.tablename).filter((name) => name !== 'migrations'));
const extensions = (db: DataSource) =>
  db
    .query<{ extname: string }[]>(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname`)
    .then((rows) => rows.map((r) => r.extname));

describe('Migrations', () => {
  it('go up, all the way down, and up again, leaving the same schema', async () => {
    await withFreshDatabase(async (url) => {
      const db = await new DataSource(dataSourceOptions(url, isEmbedded())).initialize();
      try {
        const applied = await runPendingMigrations(db);
        expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
        const tablesAfterUp = await userTables(db);
        expect(tablesAfterUp).toEqual(expect.arrayContaining(['regions', 'kbli', 'processes', 'certifications']));
        const [{ count }] = await db.query<{ count: string }[]>('SELECT count(*) AS count FROM regions');
        expect(Number(count)).toBe(552);

        expect(await revertAllMigrations(db)).toBe(MIGRATIONS.length);
        expect(await userTables(db)).toEqual([]);
        expect(await extensions(db)).toEqual([]);

        await runPendingMigrations(db);
        expect(await userTables(db)).toEqual(tablesAfterUp);
        expect(await db.showMigrations()).toBe(false);
      } finally {
        await db.destroy();
      }
    });
  });

  it('every migration has a down() and a name that matches its class and file timestamp', () => {
    for (const Migration of MIGRATIONS) {
      const migration = new Migration();
      expect(typeof migration.down).toBe('function');
      expect(migration.name).toBe(Migration.name);
      expect(migration.name).toMatch(/\d{13}$/);
    }
  });
});
