import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, registerUser, TestUser } from '../support/accounts';
import { supplierBody } from '../support/suppliers';

const PROBLEM = /^application\/problem\+json/;

/** Inputs that once answered 500 (found by fuzzing): each now a 400 naming the field, with nothing written. */
describe('Malformed input', () => {
  let t: TestApp;
  let owner: TestUser;
  let curator: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    owner = await registerUser(t, 'ikm_owner');
    curator = await createUser(t, 'curator');
  });
  afterAll(() => t.close());

  const suppliers = async () =>
    Number((await t.app.get(DataSource).query<{ n: string }[]>('SELECT count(*) AS n FROM suppliers'))[0].n);
  const expectFieldError = (res: { status: number; headers: Record<string, string>; body: unknown }, field: string) => {
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({
      type: expect.any(String),
      errors: expect.arrayContaining([expect.objectContaining({ field })]),
    });
  };

  it('refuses a NUL character in a query, a sign-in and a profile', async () => {
    expectFieldError(await t.http.get('/api/v1/reference/regions').query({ q: 'sub\u0000ang' }), 'q');
    expectFieldError(
      await t.http.post('/api/v1/auth/login').send({ email: 'a\u0000@b.id', password: 'whatever-password' }),
      'email',
    );
    const before = await suppliers();
    expectFieldError(
      await t.http
        .post('/api/v1/suppliers')
        .set('Authorization', owner.auth)
        .send(supplierBody({ name: 'CV Nul\u0000' })),
      'name',
    );
    expectFieldError(
      await t.http
        .post('/api/v1/suppliers')
        .set('Authorization', owner.auth)
        .send(supplierBody({ machines: [{ type: 'Bubut\u0000', count: 1 }] })),
      'machines[0].type',
    );
    expect(await suppliers()).toBe(before);
  });

  it('refuses a NUL character in an import cell, in the dry run and the real run', async () => {
    const file = Buffer.from(
      'name;nib;kbli;size_class;description;regency_code;address;processes;phone;email\n' +
        'CV Nul\u0000 Subang;9120009990001;25920;small;Las;32.13;Jl. Raya;welding.mig_mag;0260 1;nul@example.id\n',
    );
    const upload = (dryRun: boolean) =>
      t.http
        .post('/api/v1/suppliers/imports')
        .query({ dryRun })
        .set('Authorization', curator.auth)
        .attach('file', file, 'nul.csv');
    const dry = await upload(true).expect(200);
    expect(dry.body.errors).toEqual([expect.objectContaining({ row: 2, field: 'name' })]);
    const before = await suppliers();
    const real = await upload(false).expect(400);
    expect(real.body.errors).toEqual([expect.objectContaining({ row: 2, field: 'name' })]);
    expect(await suppliers()).toBe(before);
  });

  it('refuses a lone UTF-16 surrogate, which would make the e-mail validator throw', async () => {
    // JSON.stringify writes a lone surrogate as the escape \ud800, which JSON.parse turns back into one.
    const res = await t.http
      .post('/api/v1/auth/register')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a\ud800@b.id', password: 'Subang-Cor-2026!', fullName: 'X', role: 'ikm_owner' }));
    expectFieldError(res, 'email');
  });

  it('refuses JSON nested 2,000 levels deep on every JSON route, signed in or not', async () => {
    const deep = '['.repeat(2000) + ']'.repeat(2000);
    for (const [path, auth] of [
      ['/api/v1/auth/login', undefined],
      ['/api/v1/suppliers', owner.auth],
    ] as const) {
      const request = t.http.post(path).set('Content-Type', 'application/json');
      const res = await (auth ? request.set('Authorization', auth) : request).send(`{"email":${deep}}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.type).toBe('https://rantai.id/problems/malformed-json');
    }
    // Nesting inside strings is text, not depth.
    await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@test.rantai.id', password: '['.repeat(100) })
      .expect(401);
  });

  it.each(['0.0000001', '1e-7', '5e-324', '62.123'])(
    'refuses %s where at most two decimals are allowed, naming the field',
    async (tkdnPercent) => {
      const json = JSON.stringify(supplierBody({ tkdnPercent: 0 })).replace(
        '"tkdnPercent":0',
        `"tkdnPercent":${tkdnPercent}`,
      );
      const res = await t.http
        .post('/api/v1/suppliers')
        .set('Authorization', owner.auth)
        .set('Content-Type', 'application/json')
        .send(json);
      expectFieldError(res, 'tkdnPercent');
    },
  );

  it('answers 404s outside the API as problems with a request id', async () => {
    for (const path of ['/nope', '/api/v2/suppliers']) {
      const res = await t.http.get(path).expect(404);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
      expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('publishes each header parameter once, whatever its case', async () => {
    const document = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    const duplicates = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) => {
        const names = (operation.parameters ?? []).map((p) => `${p.in}:${p.name.toLowerCase()}`);
        return names.filter((name, i) => names.indexOf(name) !== i).map((name) => `${method} ${path} ${name}`);
      }),
    );
    expect(duplicates).toEqual([]);
    expect(document.paths['/api/v1/suppliers/{id}'].patch.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'If-Match' })]),
    );
  });
});
