import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { freshDatabase, FreshDatabase } from '../support/fresh-database';

/** Tables of the matching engine's cache and change log: types TypeORM does not know (pg_snapshot, xid8), used only by its SQL. */
const SQL_ONLY = ['candidate_list_entries', 'candidate_lists', 'migrations', 'supplier_changes'];

describe('Entities: the one definition of each table', () => {
  let t: TestApp;
  let database: FreshDatabase;
  beforeAll(async () => {
    // A database of its own on a server: other tests add tables of their own (test probes) to the shared one.
    database = await freshDatabase('entities');
    t = await createTestApp({ env: database.env });
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  it('define every table, and agree with the migrated schema: the schema builder would change nothing', async () => {
    const dataSource = t.app.get(DataSource);
    const tables = await dataSource.query<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    expect(dataSource.entityMetadatas.map((entity) => entity.tableName).sort()).toEqual(
      tables.map((table) => table.name).filter((name) => !SQL_ONLY.includes(name)),
    );
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
