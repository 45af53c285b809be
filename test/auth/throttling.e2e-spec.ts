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
      await login(t, bystander.email, PASSWORD).expect(200);
      // Sessions already open are not cut: the lock is about guessing passwords.
      await t.http.get('/api/v1/auth/me').set('Authorization', victim.auth).expect(200);
    } finally {
      await t.close();
    }
  });
});
