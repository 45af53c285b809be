import { PassThrough } from 'node:stream';
import { createTestApp, TestApp } from '../support/app';
import { ProbeModule } from '../support/probe.module';

const PROBLEM = /^application\/problem\+json/;

describe('Errors, validation and HTTP hygiene', () => {
  let t: TestApp;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const logs = new PassThrough();
    logs.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
    });
    t = await createTestApp({
      imports: [ProbeModule],
      logDestination: logs,
      env: { LOG_LEVEL: 'info', CORS_ORIGINS: 'https://app.rantai.id' },
    });
  });
  afterAll(() => t.close());

  it('answers an unknown route with a 404 problem carrying the request id of the response header', async () => {
    const res = await t.http.get('/api/v1/no-such-thing').expect(404);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toEqual({
      type: 'https://rantai.id/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: expect.any(String),
      instance: '/api/v1/no-such-thing',
      requestId: res.headers['x-request-id'],
    });
  });

  it('writes the request id into the request log, reusing a safe incoming X-Request-Id', async () => {
    await t.http.get('/api/v1/no-such-thing').set('X-Request-Id', 'trace-abc-123').expect(404);
    const line = logLines.find((l) => (l.req as { id?: string } | undefined)?.id === 'trace-abc-123');
    expect(line).toMatchObject({ res: { statusCode: 404 }, responseTime: expect.any(Number) });
    const unsafe = await t.http.get('/api/v1/no-such-thing').set('X-Request-Id', 'bad id\twith spaces').expect(404);
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never logs the Authorization header', async () => {
    await t.http
      .get('/api/v1/no-such-thing')
      .set('Authorization', 'Bearer super-secret-token')
      .set('X-Request-Id', 'auth-log')
      .expect(404);
    const line = logLines.find((l) => (l.req as { id?: string } | undefined)?.id === 'auth-log');
    expect(line).toBeDefined();
    expect(JSON.stringify(logLines)).not.toContain('super-secret-token');
  });

  it('answers malformed JSON with 400 malformed-json', async () => {
    const res = await t.http
      .post('/api/v1/test-probe/validate')
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({
      type: 'https://rantai.id/problems/malformed-json',
      status: 400,
      requestId: expect.any(String),
    });
  });

  it('answers a body over 100 kB with 413', async () => {
    const res = await t.http
      .post('/api/v1/test-probe/validate')
      .send({ name: 'x'.repeat(101 * 1024) })
      .expect(413);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.type).toBe('https://rantai.id/problems/payload-too-large');
  });

  it('accepts a body just under the limit', async () => {
    const plants = Array.from({ length: 850 }, (_, i) => ({
      name: `Plant ${i} ${'x'.repeat(60)}`,
      location: { lat: -6.5, lng: 107.7 },
    }));
    const body = { name: 'Smartpolitan', location: { lat: -6.48, lng: 107.62 }, plants };
    expect(JSON.stringify(body).length).toBeGreaterThan(90 * 1024);
    expect(JSON.stringify(body).length).toBeLessThan(100 * 1024);
    const res = await t.http.post('/api/v1/test-probe/validate').send(body).expect(201);
    expect(res.body.plants).toHaveLength(850);
  });

  it('lists every invalid field with its full nested path', async () => {
    const res = await t.http
      .post('/api/v1/test-probe/validate')
      .send({
        name: '',
        location: { lat: 60, lng: 107.6 },
        plants: [
          { name: 'Plant A', location: { lat: -6.5, lng: 107.6 } },
          { name: 'Plant B', location: { lat: -6.5, lng: 'east' } },
        ],
        id: 'injected',
      })
      .expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.type).toBe('https://rantai.id/problems/validation-error');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(new Set(fields)).toEqual(new Set(['name', 'location.lat', 'plants[1].location.lng', 'id']));
    for (const error of res.body.errors) expect(error.message).toEqual(expect.any(String));
  });

  it('refuses unknown fields inside nested objects too', async () => {
    const res = await t.http
      .post('/api/v1/test-probe/validate')
      .send({ name: 'A', location: { lat: -6.5, lng: 107.6, alt: 12 } })
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'location.alt', message: 'location.alt tidak dikenal: hapus kolom ini' },
    ]);
  });

  it('hides the cause of an internal error from the client but logs it with the request id', async () => {
    const res = await t.http.get('/api/v1/test-probe/boom').set('X-Request-Id', 'boom-1').expect(500);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({
      status: 500,
      type: 'https://rantai.id/problems/internal-error',
      requestId: 'boom-1',
    });
    expect(JSON.stringify(res.body)).not.toMatch(/hunter2|stack|at .*\.ts/);
    const logged = logLines.find((l) => l.msg === 'Unhandled error on GET /api/v1/test-probe/boom');
    expect(logged).toMatchObject({ req: { id: 'boom-1' }, level: 50 });
  });

  it('sends security headers and no X-Powered-By', async () => {
    const res = await t.http.get('/api/v1/reference/kbli').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    // Not in production: browsers would pin HTTPS for a developer's localhost.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('allows only the configured CORS origins', async () => {
    const allowed = await t.http
      .options('/api/v1/reference/kbli')
      .set('Origin', 'https://app.rantai.id')
      .set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.rantai.id');
    const other = await t.http.get('/api/v1/reference/kbli').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('Production hardening', () => {
  it('sends HSTS in production', async () => {
    const t = await createTestApp({ env: { NODE_ENV: 'production' } });
    try {
      const res = await t.http.get('/api/v1/reference/kbli').expect(200);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await t.close();
    }
  });
});
