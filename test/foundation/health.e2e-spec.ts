import { EmbeddedDatabase } from '../../src/database/database.module';
import { createTestApp, isEmbedded, TestApp } from '../support/app';
import { TcpProxy } from '../support/tcp-proxy';

describe('Health (GET /health and /api/v1/health)', () => {
  it('is ok while the database answers, on both paths, without a token', async () => {
    const t = await createTestApp();
    try {
      for (const path of ['/health', '/api/v1/health']) {
        const res = await t.http.get(path).expect(200);
        expect(res.body).toEqual({ status: 'ok', database: 'up' });
      }
    } finally {
      await t.close();
    }
  });

  it('answers 503 with database "down" once the database stops', async () => {
    let t: TestApp;
    let stopDatabase: () => Promise<void>;
    if (isEmbedded()) {
      t = await createTestApp();
      const embedded = t.app.get(EmbeddedDatabase).current!;
      stopDatabase = () => embedded.stop();
    } else {
      const url = new URL(process.env.DATABASE_URL!);
      const proxy = new TcpProxy(url.hostname, Number(url.port || 5432));
      url.port = String(await proxy.start());
      t = await createTestApp({ env: { DATABASE_URL: url.toString() } });
      stopDatabase = () => proxy.stop();
    }
    try {
      await t.http.get('/health').expect(200);
      await stopDatabase();
      const started = Date.now();
      const res = await t.http.get('/health').expect(503);
      expect(res.body).toEqual({ status: 'error', database: 'down' });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await t.close();
    }
  });
});
