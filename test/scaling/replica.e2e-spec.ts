import { Client } from 'pg';
import { registerUser, type TestUser } from '../support/accounts';
import { createTestApp, isEmbedded, type TestApp } from '../support/app';
import { freshDatabase, type FreshDatabase } from '../support/fresh-database';
import { createSupplier, uniqueWord } from '../support/suppliers';
import { TcpProxy } from '../support/tcp-proxy';

/** Replicas are of a server: the embedded database has none. */
const onServer = isEmbedded() ? describe.skip : describe;
/** The port of a streaming replica of the test server (`test/scaling/replica.sh` starts one); unset, that part is skipped. */
const replicaPort = process.env.TEST_REPLICA_PORT;
const withReplica = !isEmbedded() && replicaPort ? describe : describe.skip;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const search = (t: TestApp, user: TestUser, q: string) =>
  t.http.get('/api/v1/suppliers').query({ q }).set('Authorization', user.auth).expect(200);

withReplica('A streaming replica named in DATABASE_REPLICA_URLS', () => {
  let database: FreshDatabase;
  let primary: Client;
  let replica: Client;
  let t: TestApp;
  beforeAll(async () => {
    database = await freshDatabase('replica');
    const replicaUrl = new URL(database.url!);
    replicaUrl.port = replicaPort!;
    primary = new Client({ connectionString: database.url });
    await primary.connect();
    // The new database reaches the replica by streaming, a moment after it was created on the server.
    replica = await connectWhenReplicated(replicaUrl.toString());
    t = await createTestApp({ env: { ...database.env, DATABASE_REPLICA_URLS: replicaUrl.toString() } });
  });
  afterAll(async () => {
    await replica.query('SELECT pg_wal_replay_resume()');
    await t.close();
    await replica.end();
    await primary.end();
    await database.drop();
  });

  /** Until the replica has replayed everything the server has written. */
  async function caughtUp(): Promise<void> {
    const [{ lsn }] = (await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows;
    for (let i = 0; i < 100; i++) {
      const [{ done }] = (
        await replica.query<{ done: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn])
      ).rows;
      if (done) return;
      await sleep(100);
    }
    throw new Error(`the replica did not replay up to ${lsn} in 10 s`);
  }

  it('answers searches, while writes and the owner reading their own profile go to the server', async () => {
    const owner = await registerUser(t, 'ikm_owner');
    const buyer = await registerUser(t, 'oem_buyer');
    const word = uniqueWord();
    await caughtUp();
    // With replay paused, the replica stays where it is: whatever is written now is on the server only.
    await replica.query('SELECT pg_wal_replay_pause()');
    // The write succeeds: it went to the server (a standby refuses every write).
    const created = await createSupplier(t, owner, { name: `CV ${word} Subang` });
    const own = await t.http.get(`/api/v1/suppliers/${created.id}`).set('Authorization', owner.auth).expect(200);
    expect(own.body.name).toBe(`CV ${word} Subang`);
    // The search was answered by the replica, which has not seen the new supplier yet.
    expect((await search(t, buyer, word)).body).toMatchObject({ total: 0, items: [] });

    await replica.query('SELECT pg_wal_replay_resume()');
    await caughtUp();
    const found = (await search(t, buyer, word)).body;
    expect(found.total).toBe(1);
    expect(found.items[0].id).toBe(created.id);
  });
});

onServer('A read replica that cannot be reached', () => {
  let database: FreshDatabase;
  let proxy: TcpProxy;
  let t: TestApp;
  beforeAll(async () => {
    database = await freshDatabase('replica_away');
    const url = new URL(database.url!);
    // The server itself stands in for a replica, behind a proxy the test can cut.
    proxy = new TcpProxy(url.hostname, Number(url.port || 5432));
    url.port = String(await proxy.start());
    t = await createTestApp({ env: { ...database.env, DATABASE_REPLICA_URLS: url.toString() } });
  });
  afterAll(async () => {
    await t.close();
    await proxy.stop();
    await database.drop();
  });

  it('leaves searches to the server instead of failing them', async () => {
    const owner = await registerUser(t, 'ikm_owner');
    const buyer = await registerUser(t, 'oem_buyer');
    const word = uniqueWord();
    const created = await createSupplier(t, owner, { name: `CV ${word} Majalengka` });
    expect((await search(t, buyer, word)).body.items[0].id).toBe(created.id);
    expect(proxy.connections).toBeGreaterThan(0);

    await proxy.stop();
    await sleep(100); // the pool notices its connections closed
    for (let i = 0; i < 3; i++) expect((await search(t, buyer, word)).body.items[0].id).toBe(created.id);
  });
});

async function connectWhenReplicated(url: string): Promise<Client> {
  for (let i = 0; ; i++) {
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (i === 100) throw error;
      await sleep(100);
    }
  }
}
