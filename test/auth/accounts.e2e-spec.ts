import { createSupplier } from '../support/suppliers';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { login, PASSWORD, registerUser, uniqueEmail } from '../support/accounts';

describe('Accounts: register, login, me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const register = (body: Record<string, unknown>) => t.http.post('/api/v1/auth/register').send(body);

  it('registers an IKM owner, stores the email normalised, and signs them in', async () => {
    const email = uniqueEmail('Budi');
    const res = await register({
      email: `  ${email.toUpperCase()} `,
      password: PASSWORD,
      fullName: 'Budi Santoso',
      role: 'ikm_owner',
    }).expect(201);
    expect(res.body).toEqual({
      user: {
        id: expect.any(String),
        email,
        fullName: 'Budi Santoso',
        role: 'ikm_owner',
        phone: null,
        emailVerified: false,
        emailVerifiedAt: null,
        memberships: [],
      },
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash|Subang-Cor/);
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toEqual(res.body.user);
  });

  it('hashes passwords with Argon2id at 19 MiB, 2 iterations, 1 lane', async () => {
    const user = await registerUser(t, 'oem_buyer');
    const [{ hash }] = await t.app
      .get(DataSource)
      .query('SELECT password_hash AS hash FROM users WHERE id = $1', [user.id]);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it.each(['curator', 'admin', 'superuser'])('refuses to register the %s role', async (role) => {
    const res = await register({ email: uniqueEmail('x'), password: PASSWORD, fullName: 'X', role }).expect(400);
    expect(res.body.errors).toEqual([{ field: 'role', message: expect.stringContaining('ikm_owner') }]);
  });

  it('refuses short and common passwords, bad emails and unknown fields, creating nothing', async () => {
    const email = uniqueEmail('weak');
    const short = await register({ email, password: 'short', fullName: 'W', role: 'ikm_owner' }).expect(400);
    expect(short.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
    const common = await register({ email, password: 'Password123', fullName: 'W', role: 'ikm_owner' }).expect(400);
    expect(common.body.errors).toEqual([
      { field: 'password', message: 'password terlalu umum; pilih kata sandi lain' },
    ]);
    const bad = await register({
      email: 'not-an-email',
      password: PASSWORD,
      fullName: '',
      role: 'ikm_owner',
      isAdmin: true,
    }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'fullName', 'isAdmin']);
    await login(t, email, PASSWORD).expect(401);
  });

  it('answers a duplicate email, in any case, with 409', async () => {
    const user = await registerUser(t, 'ikm_owner');
    const res = await register({
      email: user.email.toUpperCase(),
      password: PASSWORD,
      fullName: 'Again',
      role: 'oem_buyer',
    }).expect(409);
    expect(res.body.type).toBe('https://rantai.id/problems/conflict');
  });

  it('logs in with the contract shape, ignoring the case of the email, and answers with the account as register does', async () => {
    const user = await registerUser(t, 'ikm_owner');
    const supplier = await createSupplier(t, user);
    const res = await login(t, user.email.toUpperCase(), PASSWORD).expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      user: expect.objectContaining({
        id: user.id,
        role: 'ikm_owner',
        memberships: [{ organizationType: 'supplier', organizationId: supplier.id }],
      }),
    });
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(res.body.user).toEqual(me.body);
  });

  it('answers an unknown email and a wrong password with the same 401, in similar time', async () => {
    const user = await registerUser(t, 'ikm_owner');
    const timed = async (email: string, password: string) => {
      const started = process.hrtime.bigint();
      const res = await login(t, email, password).expect(401);
      return { body: { ...res.body, requestId: undefined }, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    };
    await timed(uniqueEmail('warmup'), 'whatever-password'); // the dummy hash is made on first use
    // Three of each, taken in turns, compared by their medians: one stall of a busy machine is not a difference.
    const unknown: Awaited<ReturnType<typeof timed>>[] = [];
    const wrong: Awaited<ReturnType<typeof timed>>[] = [];
    for (let i = 0; i < 3; i++) {
      unknown.push(await timed(uniqueEmail('nobody'), 'whatever-password'));
      wrong.push(await timed(user.email, `wrong-password-${i}`));
    }
    for (const run of [...unknown, ...wrong]) expect(run.body).toEqual(wrong[0].body);
    expect(wrong[0].body.detail).toBe('Wrong email or password.');
    // Both run one Argon2id verification (about 100 ms); a missing account must not answer much faster.
    const median = (runs: { ms: number }[]) => runs.map((run) => run.ms).sort((a, b) => a - b)[1];
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
  });

  it('needs a valid token for /auth/me', async () => {
    const none = await t.http.get('/api/v1/auth/me').expect(401);
    expect(none.headers['content-type']).toMatch(/problem\+json/);
    await t.http.get('/api/v1/auth/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
    const user = await registerUser(t, 'ikm_owner');
    const [header, payload] = user.accessToken.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' }),
    ).toString('base64url');
    await t.http
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${header}.${forged}.${user.accessToken.split('.')[2]}`)
      .expect(401);
  });
});
