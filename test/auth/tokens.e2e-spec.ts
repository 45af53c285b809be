import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, login, loginAdmin, PASSWORD, registerUser, TestUser } from '../support/accounts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Tokens: refresh rotation, families, logout, revocation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
  });
  afterAll(() => t.close());

  const refresh = (refreshToken: string) => t.http.post('/api/v1/auth/refresh').send({ refreshToken });
  const me = (user: Pick<TestUser, 'accessToken'>) =>
    t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${user.accessToken}`);

  it('rotates: a refresh token gives a new pair and then stops working', async () => {
    const user = await registerUser(t, 'ikm_owner');
    const first = await refresh(user.refreshToken).expect(200);
    expect(first.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
    });
    expect(first.body.refreshToken).not.toBe(user.refreshToken);
    await me(first.body).expect(200);
    const second = await refresh(first.body.refreshToken).expect(200);
    await refresh(second.body.refreshToken).expect(200);
  });

  it('revokes the whole family when an old refresh token is used again, and logs it', async () => {
    const user = await registerUser(t, 'ikm_owner');
    const rotated = await refresh(user.refreshToken).expect(200);
    const reuse = await refresh(user.refreshToken).expect(401);
    expect(reuse.body.detail).toBe('The refresh token is invalid or expired.');
    // The thief's copy and the rightful holder's newer token are both dead now.
    await refresh(rotated.body.refreshToken).expect(401);
    // Another session of the same user is untouched.
    const other = await login(t, user.email, PASSWORD).expect(200);
    await refresh(other.body.refreshToken).expect(200);
    const admin = await loginAdmin(t);
    const log = await t.http
      .get('/api/v1/admin/security-events')
      .query({ type: 'refresh_reuse_detected', userId: user.id })
      .set('Authorization', admin.auth)
      .expect(200);
    expect(log.body.total).toBe(1);
  });

  it('lets only one of two simultaneous refreshes with the same token succeed', async () => {
    const user = await registerUser(t, 'oem_buyer');
    const results = await Promise.all([refresh(user.refreshToken), refresh(user.refreshToken)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('refuses garbage refresh tokens with 400 or 401, never 500', async () => {
    await refresh('x').expect(400);
    await refresh('a'.repeat(43)).expect(401);
  });

  it("logs out: the session's refresh tokens stop working, other sessions go on", async () => {
    const user = await registerUser(t, 'estate_manager');
    const other = await login(t, user.email, PASSWORD).expect(200);
    await t.http
      .post('/api/v1/auth/logout')
      .set('Authorization', user.auth)
      .send({ refreshToken: user.refreshToken })
      .expect(204);
    await refresh(user.refreshToken).expect(401);
    await refresh(other.body.refreshToken).expect(200);
    await t.http.post('/api/v1/auth/logout').send({ refreshToken: other.body.refreshToken }).expect(401);
  });

  it("cannot log out someone else's session", async () => {
    const victim = await registerUser(t, 'ikm_owner');
    const attacker = await registerUser(t, 'ikm_owner');
    await t.http
      .post('/api/v1/auth/logout')
      .set('Authorization', attacker.auth)
      .send({ refreshToken: victim.refreshToken })
      .expect(204);
    await refresh(victim.refreshToken).expect(200);
  });

  it('ends every session when the password changes, and starts a new one', async () => {
    const user = await registerUser(t, 'ikm_owner');
    const laptop = await login(t, user.email, PASSWORD).expect(200);
    const wrong = await t.http
      .post('/api/v1/auth/password')
      .set('Authorization', user.auth)
      .send({ currentPassword: 'not-my-password', newPassword: 'Majalengka-Tempa-2027' })
      .expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'currentPassword salah' }]);
    const changed = await t.http
      .post('/api/v1/auth/password')
      .set('Authorization', user.auth)
      .send({ currentPassword: PASSWORD, newPassword: 'Majalengka-Tempa-2027' })
      .expect(200);
    await me(user).expect(401);
    await me(laptop.body).expect(401);
    await refresh(user.refreshToken).expect(401);
    await refresh(laptop.body.refreshToken).expect(401);
    await me(changed.body).expect(200);
    await login(t, user.email, PASSWORD).expect(401);
    await login(t, user.email, 'Majalengka-Tempa-2027').expect(200);
  });

  it('ends access tokens issued in the same second as the password change', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const user = await registerUser(t, 'ikm_owner');
      const sameSecond = await login(t, user.email, PASSWORD).expect(200);
      const changed = await t.http
        .post('/api/v1/auth/password')
        .set('Authorization', user.auth)
        .send({ currentPassword: PASSWORD, newPassword: 'Majalengka-Tempa-2027' })
        .expect(200);
      await me(sameSecond.body).expect(401);
      await me(changed.body).expect(200);
    }
  });

  it('tells caches never to keep a response that carries tokens', async () => {
    const user = await registerUser(t, 'ikm_owner');
    const responses = [
      await t.http
        .post('/api/v1/auth/register')
        .send({ email: `n${Date.now()}@test.rantai.id`, password: PASSWORD, fullName: 'N', role: 'ikm_owner' }),
      await login(t, user.email, PASSWORD),
      await refresh(user.refreshToken),
      await t.http
        .post('/api/v1/auth/password')
        .set('Authorization', user.auth)
        .send({ currentPassword: PASSWORD, newPassword: 'Majalengka-Tempa-2027' }),
    ];
    for (const res of responses) {
      expect(res.status).toBeLessThan(300);
      expect(res.body.accessToken).toEqual(expect.any(String));
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('ends every session of a disabled account, and lets it in again once enabled', async () => {
    const admin = await loginAdmin(t);
    const user = await createUser(t, 'curator');
    await t.http.post(`/api/v1/admin/users/${user.id}/disable`).set('Authorization', admin.auth).expect(200);
    await me(user).expect(401);
    await refresh(user.refreshToken).expect(401);
    const denied = await login(t, user.email, PASSWORD).expect(401);
    expect(denied.body.detail).toBe('Wrong email or password.');
    await t.http.post(`/api/v1/admin/users/${user.id}/enable`).set('Authorization', admin.auth).expect(200);
    await login(t, user.email, PASSWORD).expect(200);
  });

  it('never stores refresh tokens in the clear', async () => {
    const user = await registerUser(t, 'ikm_owner');
    const rows = await t.app
      .get(DataSource)
      .query('SELECT token_hash FROM refresh_tokens WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(user.refreshToken);
  });
});

describe('Tokens: lifetimes', () => {
  it('expires access tokens after ACCESS_TOKEN_TTL_SECONDS', async () => {
    // JWT times are whole seconds: a 1-second token issued at x.9 s lives 0.1 s, so use 2 seconds.
    const t = await createTestApp({ env: { ACCESS_TOKEN_TTL_SECONDS: '2' } });
    try {
      const user = await registerUser(t, 'ikm_owner');
      expect((await login(t, user.email, PASSWORD).expect(200)).body.expiresIn).toBe(2);
      await t.http.get('/api/v1/auth/me').set('Authorization', user.auth).expect(200);
      await sleep(3100);
      await t.http.get('/api/v1/auth/me').set('Authorization', user.auth).expect(401);
      // The refresh token still works and gives a fresh access token.
      const fresh = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
      await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${fresh.body.accessToken}`).expect(200);
    } finally {
      await t.close();
    }
  });

  it('ends a session at its absolute lifetime however often it is refreshed', async () => {
    const t = await createTestApp({ env: { SESSION_MAX_AGE_SECONDS: '2' } });
    try {
      const user = await registerUser(t, 'ikm_owner');
      const once = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
      await sleep(2100);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: once.body.refreshToken }).expect(401);
    } finally {
      await t.close();
    }
  });
});
