import { DataSource } from 'typeorm';
import { createTestApp } from '../support/app';
import { login, PASSWORD, registerUser } from '../support/accounts';

describe('Abuse limits', () => {
  it('limits register, login and refresh per IP with RATE_LIMIT_AUTH_PER_MINUTE, other routes unaffected', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_AUTH_PER_MINUTE: '3' } });
    try {
      const user = await registerUser(t, 'ikm_owner'); // 1
      await login(t, user.email, PASSWORD).expect(200); // 2
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200); // 3
      const limited = await login(t, user.email, PASSWORD).expect(429);
      expect(limited.headers['content-type']).toMatch(/problem\+json/);
      expect(limited.body.type).toBe('https://rantai.id/problems/too-many-requests');
      expect(limited.headers['retry-after-auth']).toBeDefined();
      await t.http.get('/api/v1/auth/me').set('Authorization', user.auth).expect(200);
      await t.http.get('/api/v1/reference/kbli').expect(200);
    } finally {
      await t.close();
    }
  });

  it('limits all endpoints per client with RATE_LIMIT_PER_MINUTE', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
    try {
      for (let i = 0; i < 5; i++) await t.http.get('/api/v1/reference/kbli').expect(200);
      const res = await t.http.get('/api/v1/reference/processes').expect(429);
      expect(res.body.status).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('locks an account for 15 minutes after 10 failed logins, even for the right password, and only that account', async () => {
    const t = await createTestApp();
    try {
      const victim = await registerUser(t, 'ikm_owner', 'victim');
      const bystander = await registerUser(t, 'ikm_owner', 'bystander');
      for (let i = 0; i < 10; i++) await login(t, victim.email, `wrong-password-${i}`).expect(401);
      const locked = await login(t, victim.email, PASSWORD).expect(429);
      expect(locked.body.type).toBe('https://rantai.id/problems/account-locked');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
      expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
      await login(t, bystander.email, PASSWORD).expect(200);
      // Sessions already open are not cut: the lock is about guessing passwords.
      await t.http.get('/api/v1/auth/me').set('Authorization', victim.auth).expect(200);
    } finally {
      await t.close();
    }
  });

  it('evaluates no more guesses than the lockout allows, however many arrive at once', async () => {
    const t = await createTestApp();
    try {
      const victim = await registerUser(t, 'ikm_owner', 'raced');
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => login(t, victim.email, `wrong-password-${i}`).then((res) => res.status)),
      );
      expect(answers.filter((status) => status === 401)).toHaveLength(10);
      expect(answers.filter((status) => status === 429)).toHaveLength(30);
      const [{ evaluated }] = await t.app
        .get(DataSource)
        .query<{ evaluated: number }[]>(
          `SELECT count(*)::int AS evaluated FROM security_events WHERE type = 'login_failed' AND subject_user_id = $1`,
          [victim.id],
        );
      expect(evaluated).toBe(10);
      // Once 14 guesses at once have spent the budget, the right password waits too.
      const other = await registerUser(t, 'ikm_owner', 'raced-right');
      const mixed = await Promise.all(
        Array.from({ length: 14 }, (_, i) => login(t, other.email, `wrong-password-${i}`).then((res) => res.status)),
      );
      expect(mixed.filter((status) => status === 401)).toHaveLength(10);
      await login(t, other.email, PASSWORD).expect(429);
      await login(t, victim.email, PASSWORD).expect(429);
    } finally {
      await t.close();
    }
  });

  it('counts a successful sign-in as no failure', async () => {
    const t = await createTestApp();
    try {
      const user = await registerUser(t, 'ikm_owner', 'steady');
      for (let i = 0; i < 9; i++) await login(t, user.email, `wrong-password-${i}`).expect(401);
      await login(t, user.email, PASSWORD).expect(200);
      // Nine failures and a success leave one guess: the tenth failure locks.
      await login(t, user.email, 'wrong-password-x').expect(401);
      await login(t, user.email, PASSWORD).expect(429);
    } finally {
      await t.close();
    }
  });

  it('never rate-limits health probes, and they spend no budget', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
    try {
      for (let i = 0; i < 30; i++) await t.http.get(i % 2 ? '/health' : '/api/v1/health').expect(200);
      for (let i = 0; i < 5; i++) await t.http.get('/api/v1/reference/kbli').expect(200);
      await t.http.get('/api/v1/reference/kbli').expect(429);
      await t.http.get('/health').expect(200);
    } finally {
      await t.close();
    }
  });
});
