import { Client } from 'pg';
import { PASSWORD, uniqueEmail } from '../support/accounts';
import { createTestApp, isEmbedded, type TestApp } from '../support/app';
import { freshDatabase, type FreshDatabase } from '../support/fresh-database';
import { TcpProxy } from '../support/tcp-proxy';

/** A server that can lose its connections or go away: the embedded database lives and dies with the process. */
const onServer = isEmbedded() ? describe.skip : describe;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

onServer('Database faults under load', () => {
  let database: FreshDatabase;
  let proxy: TcpProxy;
  let proxyPort: number;
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    database = await freshDatabase('faults');
    const url = new URL(database.url!);
    proxy = new TcpProxy(url.hostname, Number(url.port || 5432));
    proxyPort = await proxy.start();
    url.port = String(proxyPort);
    t = await createTestApp({ env: { DATABASE_URL: url.toString(), RATE_LIMIT_AUTH_PER_MINUTE: '100000' } });
    admin = new Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await t.close();
    await proxy.stop();
    await database.drop();
  });

  /** Registers accounts, four at a time, until `stop`; the emails answered 201, and the other answers by status. */
  function load() {
    const acknowledged: string[] = [];
    const statuses: Record<number, number> = {};
    let stopped = false;
    const writers = Array.from({ length: 4 }, async () => {
      while (!stopped) {
        const email = uniqueEmail('fault');
        const res = await t.http
          .post('/api/v1/auth/register')
          .send({ email, password: PASSWORD, fullName: 'Euis Rahayu', role: 'ikm_owner' });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 201) acknowledged.push(email);
        else await sleep(50);
      }
    });
    return {
      acknowledged,
      statuses,
      stop: async () => {
        stopped = true;
        await Promise.all(writers);
      },
    };
  }

  /** Milliseconds until a write succeeds again. */
  async function recovery(): Promise<number> {
    const started = Date.now();
    for (;;) {
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({ email: uniqueEmail('back'), password: PASSWORD, fullName: 'Euis Rahayu', role: 'ikm_owner' });
      if (res.status === 201) return Date.now() - started;
      if (Date.now() - started > 30_000) throw new Error(`not back after 30 s: ${res.status}`);
      await sleep(100);
    }
  }

  /** Every account written, and each with the mail its transaction queued: nothing half-applied. */
  async function expectWhole(acknowledged: string[]): Promise<void> {
    const found = await admin.query<{ email: string }>('SELECT email FROM users WHERE email = ANY ($1)', [
      acknowledged,
    ]);
    expect(found.rows.map((row) => row.email).sort()).toEqual([...acknowledged].sort());
    const orphans = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM users u WHERE NOT EXISTS (SELECT 1 FROM email_outbox m WHERE m.to_email = u.email)
          AND u.role = 'ikm_owner'`,
    );
    expect(orphans.rows[0].n).toBe(0);
  }

  it('recovers by itself when its connections are terminated (pg_terminate_backend), losing no acknowledged write', async () => {
    const running = load();
    while (running.acknowledged.length < 10) await sleep(20);
    const terminated = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'rantai' AND pid <> pg_backend_pid()`,
    );
    expect(terminated.rowCount).toBeGreaterThan(0);
    const back = await recovery();
    await running.stop();
    console.log(`writes back ${back} ms after pg_terminate_backend; answers ${JSON.stringify(running.statuses)}`);
    expect(back).toBeLessThan(10_000);
    expect(running.statuses[500] ?? 0).toBe(0);
    await expectWhole(running.acknowledged);
    await t.http.get('/health').expect(200);
  });

  it('answers 503 while the database is away and is back within 10 s of its return, losing no acknowledged write', async () => {
    const running = load();
    while (running.acknowledged.length < 10) await sleep(20);
    await proxy.stop(); // every connection dropped, new ones refused: a server restarting
    const down = await t.http.get('/health').expect(503);
    expect(down.body).toEqual({ status: 'error', database: 'down' });
    await sleep(3000);
    await proxy.start(proxyPort);
    const back = await recovery();
    await running.stop();
    console.log(`writes back ${back} ms after the database returned; answers ${JSON.stringify(running.statuses)}`);
    expect(back).toBeLessThan(10_000);
    await t.http.get('/health').expect(200);
    await expectWhole(running.acknowledged);
    // While it was away, writes were refused as unavailable (503 with Retry-After), not failed as errors.
    expect(running.statuses[503]).toBeGreaterThan(0);
    expect(running.statuses[500] ?? 0).toBe(0);
  });
});
