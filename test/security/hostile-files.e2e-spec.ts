import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { garbage, xlsxBomb } from '../support/hostile-files';

/** How far the process's resident memory may rise while it refuses one hostile file (documented in the README). */
const RSS_CEILING_MB = 64;

interface Attempt {
  status: number;
  type: string;
  ms: number;
  peakRssGrowthMb: number;
  slowestHealthMs: number;
}

describe('Hostile import files', () => {
  let t: TestApp;
  let curator: TestUser;
  const measured: Record<string, Attempt> = {};
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    curator = await createUser(t, 'curator');
  });
  afterAll(async () => {
    console.log(
      `Hostile files (status, ms, peak RSS growth MB, slowest /health ms):\n${Object.entries(measured)
        .map(
          ([name, a]) => `  ${name}: ${a.status} ${a.ms} ms, +${a.peakRssGrowthMb} MB, health ${a.slowestHealthMs} ms`,
        )
        .join('\n')}`,
    );
    await t.close();
  });

  const supplierCount = async () =>
    Number((await t.app.get(DataSource).query<{ n: string }[]>('SELECT count(*) AS n FROM suppliers'))[0].n);

  /** Uploads the file while /health is polled and memory sampled; the attempt's figures. */
  async function attempt(name: string, file: Buffer, fileName: string, dryRun: boolean): Promise<Attempt> {
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    let slowestHealthMs = 0;
    let uploading = true;
    const health = (async () => {
      while (uploading) {
        const started = Date.now();
        await t.http.get('/health').expect(200);
        slowestHealthMs = Math.max(slowestHealthMs, Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const started = Date.now();
    const res = await t.http
      .post('/api/v1/suppliers/imports')
      .query({ dryRun })
      .set('Authorization', curator.auth)
      .attach('file', file, fileName);
    const ms = Date.now() - started;
    uploading = false;
    await health;
    clearInterval(sampler);
    const result = {
      status: res.status,
      type: String(res.body.type),
      ms,
      peakRssGrowthMb: Math.round((peak - baseline) / 1024 / 1024),
      slowestHealthMs,
    };
    measured[name] = result;
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    return result;
  }

  it.each([
    ['an XLSX zip bomb (1.4 MB inflating to 400 MB)', () => xlsxBomb(400), 'bomb.xlsx', 413],
    ['a zip bomb whose directory lies about its size', () => xlsxBomb(400, { lie: true }), 'liar.xlsx', 400],
    [
      'a CSV of 2.6 million short lines',
      () => Promise.resolve(Buffer.from('nama\n' + 'a\n'.repeat(2_600_000))),
      'long.csv',
      413,
    ],
    [
      'a CSV row of 5 million commas',
      () => Promise.resolve(Buffer.from('nama\n' + ','.repeat(5_000_000))),
      'wide.csv',
      400,
    ],
    ['binary garbage named .xlsx', () => Promise.resolve(garbage(4_000_000)), 'garbage.xlsx', 400],
    ['binary garbage named .csv', () => Promise.resolve(garbage(4_000_000)), 'garbage.csv', 400],
  ])(
    'refuses %s within a second, staying healthy and within its memory ceiling',
    async (name, make, fileName, status) => {
      const file = await make();
      const before = await supplierCount();
      for (const dryRun of [true, false]) {
        // The time is the best of up to three tries: a busy CI machine can stall any one request.
        let fastest = Infinity;
        for (let attemptNumber = 0; attemptNumber < 3 && fastest >= 1000; attemptNumber++) {
          const result = await attempt(`${name}${dryRun ? ' (dry run)' : ''}`, file, fileName, dryRun);
          expect(result.status).toBe(status);
          expect(result.slowestHealthMs).toBeLessThan(1000);
          expect(result.peakRssGrowthMb).toBeLessThan(RSS_CEILING_MB);
          fastest = Math.min(fastest, result.ms);
        }
        expect(fastest).toBeLessThan(1000);
      }
      expect(await supplierCount()).toBe(before);
    },
  );
});
