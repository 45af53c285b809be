import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, isEmbedded, TestApp } from '../support/app';
import { ProbeModule } from '../support/probe.module';

describe('Database: transactions, concurrency and persistence', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ProbeModule] });
  });
  afterAll(() => t.close());

  it(`uses a pool of exactly one connection on the embedded database`, () => {
    const poolSize = t.app.get(DataSource).options.poolSize;
    expect(poolSize).toBe(isEmbedded() ? 1 : 10);
  });

  it('completes 50 concurrent requests, each a transaction, with every write in place', async () => {
    const batch = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, value) => t.http.post('/api/v1/test-probe/transactions').send({ batch, value })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    // Each transaction saw its own insert: counts are 1..50 in some order, none repeated.
    const counts = responses.map((r) => r.body.rows as number).sort((a, b) => a - b);
    if (isEmbedded()) expect(counts).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const stored = await t.http.get('/api/v1/test-probe/transactions').query({ batch }).expect(200);
    expect(stored.body.values).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('leaves nothing behind when a transaction fails halfway, and keeps serving', async () => {
    const batch = randomUUID();
    const failed = await t.http
      .post('/api/v1/test-probe/transactions')
      .send({ batch, value: 7, failAfterInsert: true })
      .expect(400);
    expect(failed.body.type).toBe('https://rantai.id/problems/invalid-data');
    // The constraint's name helps a developer; the SQL and the failing row's values are never shown.
    expect(JSON.stringify(failed.body)).not.toMatch(/INSERT|Failing row|\(\d+, /);
    await t.http.get('/api/v1/test-probe/transactions').query({ batch }).expect(200, { rows: 0, values: [] });
    await t.http.post('/api/v1/test-probe/transactions').send({ batch, value: 8 }).expect(201, { rows: 1 });
  });

  it('rolls back failures interleaved with successes under concurrency', async () => {
    const batch = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, value) =>
        t.http.post('/api/v1/test-probe/transactions').send({ batch, value, failAfterInsert: value % 2 === 1 }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 400 : 201)));
    const stored = await t.http.get('/api/v1/test-probe/transactions').query({ batch }).expect(200);
    expect(stored.body.values).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });
});

describe('Database: a restart keeps the data', () => {
  it('finds after a restart what was written before it', async () => {
    const batch = randomUUID();
    const first = await createTestApp({ imports: [ProbeModule] });
    await first.http.post('/api/v1/test-probe/transactions').send({ batch, value: 42 }).expect(201);
    await first.close({ keepData: true });

    const second = await createTestApp({ imports: [ProbeModule], dataDir: first.config.dataDir });
    try {
      await second.http
        .get('/api/v1/test-probe/transactions')
        .query({ batch })
        .expect(200, { rows: 1, values: [42] });
    } finally {
      await second.close();
    }
  });
});
