import { DataSource } from 'typeorm';
import { createTestApp } from '../support/app';
import { login, PASSWORD, registerUser } from '../support/accounts';

describe('Abuse limits', () => {
  it('limits the account routes per network with RATE_LIMIT_AUTH_PER_MINUTE, saying so in words and standard headers', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_AUTH_PER_MINUTE: '3' } });
    try {
      const user = await registerUser(t, 'ikm_owner'); // 1
      await login(t, user.email, PASSWORD).expect(200); // 2
      await t.http.post('/api/v1/auth/forgot-password').send({ email: user.email }).expect(202); // 3
      const limited = await login(t, user.email, PASSWORD).expect(429);
      expect(limited.headers['content-type']).toMatch(/problem\+json/);
      expect(limited.body.type).toBe('https://rantai.id/problems/too-many-requests');
      expect(limited.body.detail).toMatch(
        /^Too many sign-in and account requests from this network; try again in \d+ seconds?\.$/,
      );
      const wait = Number(limited.headers['retry-after']);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(limited.body.retryAfter).toBe(wait);
      expect(limited.body.detail).toContain(`${wait} second`);
      // The budget that was exhausted, not the default one, and nothing the standards do not define.
      expect(limited.headers['ratelimit-policy']).toBe('"auth";q=3;w=60');
      expect(limited.headers['ratelimit']).toBe(`"auth";r=0;t=${wait}`);
      expect(Object.keys(limited.headers).filter((name) => /^x-ratelimit|^retry-after-/.test(name))).toEqual([]);
      // Refresh has its own budget; signed-in routes and reference data only the default one.
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
      await t.http.get('/api/v1/auth/me').set('Authorization', user.auth).expect(200);
      await t.http.get('/api/v1/reference/kbli').expect(200);
    } finally {
      await t.close();
    }
  });

  it('sends RateLimit-Policy and RateLimit on successes for every budget the route spends, nearest to running out first', async () => {
    const t = await createTestApp({
      env: { RATE_LIMIT_PER_MINUTE: '50', RATE_LIMIT_AUTH_PER_MINUTE: '5', RATE_LIMIT_LOGIN_PER_MINUTE: '3' },
    });
    try {
      const user = await registerUser(t, 'ikm_owner'); // default 1, auth 1
      const signedIn = await login(t, user.email, PASSWORD).expect(200); // default 2, auth 2, login 1
      expect(signedIn.headers['ratelimit-policy']).toBe('"login";q=3;w=60, "auth";q=5;w=60, "default";q=50;w=60');
      expect(signedIn.headers['ratelimit']).toMatch(/^"login";r=2;t=\d+, "auth";r=3;t=\d+, "default";r=48;t=\d+$/);
      const reference = await t.http.get('/api/v1/reference/kbli').expect(200); // default 3
      expect(reference.headers['ratelimit-policy']).toBe('"default";q=50;w=60');
      expect(reference.headers['ratelimit']).toMatch(/^"default";r=47;t=([1-9]|[1-5]\d|60)$/);
    } finally {
      await t.close();
    }
  });

  it('counts sign-ins per account and network with RATE_LIMIT_LOGIN_PER_MINUTE: one account spent leaves the others alone', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_LOGIN_PER_MINUTE: '3' } });
    try {
      const guessed = await registerUser(t, 'ikm_owner', 'guessed');
      const neighbour = await registerUser(t, 'ikm_owner', 'neighbour');
      for (let i = 0; i < 3; i++) await login(t, guessed.email, `wrong-password-${i}`).expect(401);
      // The same account however the email is typed.
      const limited = await login(t, ` ${guessed.email.toUpperCase()} `, PASSWORD).expect(429);
      expect(limited.body.type).toBe('https://rantai.id/problems/too-many-requests');
      expect(limited.body.detail).toMatch(
        /^Too many sign-in attempts for this account from this network; try again in \d+ seconds?\.$/,
      );
      expect(limited.headers['ratelimit-policy']).toBe('"login";q=3;w=60');
      expect(Number(limited.headers['retry-after'])).toBe(limited.body.retryAfter);
      await login(t, neighbour.email, PASSWORD).expect(200);
    } finally {
      await t.close();
    }
  });

  it('with the default limits, 25 people on one Wi-Fi all register and sign in within a minute, while guessing one password is stopped', async () => {
    // Empty values are unset: the documented defaults, not the tests' high limits.
    const defaults = { RATE_LIMIT_PER_MINUTE: '', RATE_LIMIT_AUTH_PER_MINUTE: '', RATE_LIMIT_LOGIN_PER_MINUTE: '' };
    const t = await createTestApp({ env: defaults });
    try {
      const owners = [];
      for (let i = 0; i < 25; i++) owners.push(await registerUser(t, 'ikm_owner', `workshop-${i}`));
      for (const owner of owners) await login(t, owner.email, PASSWORD).expect(200);
      const [victim, ...others] = owners;
      for (let i = 0; i < 10; i++) await login(t, victim.email, `wrong-password-${i}`).expect(401);
      const stopped = await login(t, victim.email, 'wrong-password-10').expect(429);
      expect(stopped.body.type).toBe('https://rantai.id/problems/account-locked');
      await login(t, victim.email, PASSWORD).expect(429);
      await login(t, others[0].email, PASSWORD).expect(200);
    } finally {
      await t.close();
    }
  });

  it('gives refresh its own budget, RATE_LIMIT_REFRESH_PER_MINUTE: spent sign-ins do not stop refreshes', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_AUTH_PER_MINUTE: '2', RATE_LIMIT_REFRESH_PER_MINUTE: '2' } });
    try {
      const user = await registerUser(t, 'ikm_owner'); // auth 1
      await login(t, user.email, PASSWORD).expect(200); // auth 2
      await login(t, user.email, PASSWORD).expect(429);
      let refreshToken = user.refreshToken;
      for (let i = 0; i < 2; i++) {
        const res = await t.http.post('/api/v1/auth/refresh').send({ refreshToken }).expect(200);
        expect(res.headers['ratelimit-policy']).toContain('"refresh";q=2;w=60');
        refreshToken = res.body.refreshToken;
      }
      const limited = await t.http.post('/api/v1/auth/refresh').send({ refreshToken }).expect(429);
      expect(limited.body.detail).toMatch(
        /^Too many session refreshes from this network; try again in \d+ seconds?\.$/,
      );
      expect(limited.headers['ratelimit-policy']).toBe('"refresh";q=2;w=60');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
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
      expect(res.body.detail).toMatch(/^Too many requests from this network; try again in \d+ seconds?\.$/);
      expect(res.headers['retry-after']).toBe(String(res.body.retryAfter));
      expect(res.headers['ratelimit-policy']).toBe('"default";q=5;w=60');
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
