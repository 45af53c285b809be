import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { backupEmbedded, restoreEmbedded } from '../../src/database/embedded-backup';
import { DemoSeeder } from '../../src/demo/demo-seeder.service';
import { DemoStartup } from '../../src/demo/demo-startup';
import { createTestApp, isEmbedded } from '../support/app';
import { demoCandidates } from '../support/demo';
import { freshDatabase } from '../support/fresh-database';
import { startRantaiProcess } from '../support/process';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An embedded database, whatever the test run uses: these tests are about the embedded database itself. */
const EMBEDDED = { DATABASE_URL: '', DEMO_DATA: '' };

/**
 * Every table's row count and a checksum of all its rows (in UTC, so that
 * the server's time zone does not matter): equal snapshots, equal data.
 * job_runs is the scheduled jobs' own clock, which a timer may move at any
 * moment, so it is left out.
 */
async function snapshot(dataSource: DataSource): Promise<Record<string, string>> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL TIME ZONE 'UTC'`);
    const tables = await manager.query<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'job_runs' ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await manager.query<{ n: number; sum: string | null }[]>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM "${name}" t`,
      );
      result[name] = `${row.n} ${row.sum ?? ''}`;
    }
    return result;
  });
}

describe('The first start, backups and moving to a server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rantai-first-start-'));
  const restoredDir = mkdtempSync(join(tmpdir(), 'rantai-restored-'));
  let original: Record<string, string>;
  let dump: string;
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(restoredDir, { recursive: true, force: true });
  });

  it('loads the demo world on a new embedded database by default, and a restart adds nothing', async () => {
    const first = await createTestApp({ dataDir, env: EMBEDDED });
    expect(first.app.get(DemoStartup).present).toBe(true);
    original = await snapshot(first.app.get(DataSource));
    expect(original.suppliers).toMatch(/^150 /);
    await first.close({ keepData: true });

    // Asked for again on the restart: the seeder finds everything and adds nothing.
    const restarted = await createTestApp({ dataDir, env: { ...EMBEDDED, DEMO_DATA: 'true' } });
    expect(restarted.app.get(DemoStartup).present).toBe(true);
    expect(await snapshot(restarted.app.get(DataSource))).toEqual(original);
    await restarted.close({ keepData: true });
  }, 180_000); // two starts, each creating or checking the whole demo world: 16 s each alone, over 30 s beside another file

  it('finishes a first start that was killed while loading the demo world', async () => {
    const killedDir = mkdtempSync(join(tmpdir(), 'rantai-killed-'));
    try {
      const rantai = startRantaiProcess({ ...EMBEDDED, DATA_DIR: killedDir });
      await rantai.waitForLog(/Loading the demo world/);
      await sleep(500);
      await rantai.stop('SIGKILL');
      // Killed part way: the next start sees the first start unfinished and completes the world.
      expect(existsSync(join(killedDir, 'pglite.first-start'))).toBe(true);
      const next = await createTestApp({ dataDir: killedDir, env: EMBEDDED });
      try {
        expect(next.app.get(DemoStartup).present).toBe(true);
        expect(await next.app.get(DemoSeeder).counts()).toMatchObject({
          suppliers: 150,
          buyers: 6,
          sourcingRequests: 26,
          matches: 15,
          serviceRequests: 7,
        });
        expect((await demoCandidates(next)).eligible).toBeGreaterThan(0);
      } finally {
        await next.close({ keepData: true });
      }
      expect(existsSync(join(killedDir, 'pglite.first-start'))).toBe(false);
    } finally {
      rmSync(killedDir, { recursive: true, force: true });
    }
  });

  it('leaves a database it did not create alone, and a new one empty with DEMO_DATA=false', async () => {
    const existing = await freshDatabase('demo_off');
    const t = await createTestApp({ env: { ...existing.env, DEMO_DATA: '' } });
    expect(t.app.get(DemoStartup).present).toBe(false);
    await t.close();
    await existing.drop();

    const emptyDir = mkdtempSync(join(tmpdir(), 'rantai-no-demo-'));
    const off = await createTestApp({ dataDir: emptyDir, env: { ...EMBEDDED, DEMO_DATA: 'false' } });
    expect(off.app.get(DemoStartup).present).toBe(false);
    expect((await off.app.get(DemoSeeder).counts()).suppliers).toBe(0);
    await off.close();
  });

  it('backs up the embedded database as SQL and restores it with every row identical', async () => {
    dump = await backupEmbedded(join(dataDir, 'pglite'));
    expect(dump).toMatch(/^-- PostgreSQL database dump/m);
    expect(dump).not.toMatch(/transaction_timeout/);
    await expect(restoreEmbedded(join(dataDir, 'pglite'), dump)).rejects.toThrow(/already exists/);

    await restoreEmbedded(join(restoredDir, 'pglite'), dump);
    const restored = await createTestApp({ dataDir: restoredDir, env: EMBEDDED });
    expect(await snapshot(restored.app.get(DataSource))).toEqual(original);
    expect((await demoCandidates(restored)).eligible).toBeGreaterThan(0);
    await restored.close({ keepData: true });
  });

  (isEmbedded() ? it.skip : it)(
    'loads the dump on a PostgreSQL server, where Rantai runs on it unchanged',
    async () => {
      const server = await freshDatabase('from_embedded');
      const client = new Client({ connectionString: server.url });
      await client.connect();
      try {
        await client.query(dump);
      } finally {
        await client.end();
      }
      const onServer = await createTestApp({ env: { ...server.env, DEMO_DATA: '' } });
      try {
        expect(await snapshot(onServer.app.get(DataSource))).toEqual(original);
        const restoredEmbedded = await createTestApp({ dataDir: restoredDir, env: EMBEDDED });
        const [embeddedList, serverList] = [await demoCandidates(restoredEmbedded), await demoCandidates(onServer)];
        await restoredEmbedded.close({ keepData: true });
        expect(serverList).toEqual(embeddedList);
      } finally {
        await onServer.close();
        await server.drop();
      }
    },
  );
});
