import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MailSender } from '../../src/notifications/mail-sender';
import { createTestApp, TestApp } from '../support/app';
import { login, PASSWORD, registerUser, uniqueEmail } from '../support/accounts';
import { FakeClock } from '../support/clock';
import { MailingApp, mailsTo, startMailingApp } from '../support/mailbox';
import { Mailbox, tokenIn } from '../support/smtp-mailbox';

const PUBLIC_URL = 'https://rantai.example.id';
const NEW_PASSWORD = 'Majalengka-Tempa-2027';
const SUBJECT = 'Atur ulang kata sandi Rantai';

/**
 * "Lupa kata sandi" end to end: the app mails through a real SMTP server
 * started here, and every token is read from the mail that arrived.
 */
describe('Password reset by e-mail', () => {
  let t: TestApp;
  let mailbox: Mailbox;
  let app: MailingApp;
  const clock = new FakeClock(new Date());

  beforeAll(async () => {
    app = await startMailingApp(clock, { PUBLIC_URL: `${PUBLIC_URL}/` });
    ({ t, mailbox } = app);
  });
  afterAll(() => app.close());
  beforeEach(() => {
    clock.current = new Date();
  });

  const sql = <T>(query: string, params: unknown[] = []) => t.app.get(DataSource).query<T[]>(query, params);
  const forgot = (email: string) => t.http.post('/api/v1/auth/forgot-password').send({ email });
  const reset = (token: string, password = NEW_PASSWORD) =>
    t.http.post('/api/v1/auth/reset-password').send({ token, password });
  /** Asks for a reset and answers the token from the newest mail. */
  async function resetToken(email: string): Promise<string> {
    const before = (await mailsTo(t, mailbox, email, { subject: SUBJECT, atLeast: 0 })).length;
    await forgot(email).expect(202);
    const mails = await mailsTo(t, mailbox, email, { subject: SUBJECT, atLeast: before + 1 });
    expect(mails).toHaveLength(before + 1);
    return tokenIn(mails[mails.length - 1]);
  }

  it('answers 202 alike for an unknown email, and mails nothing', async () => {
    const user = await registerUser(t, 'ikm_owner', 'reset-known');
    const unknown = uniqueEmail('reset-nobody');
    const [known, nobody] = await Promise.all([forgot(user.email).expect(202), forgot(unknown).expect(202)]);
    expect(nobody.body).toEqual(known.body);
    expect(nobody.body).toEqual({ message: expect.stringContaining('If an account uses this email') });
    await t.app.get(MailSender).sendPending();
    expect(mailbox.received.filter((m) => m.to.includes(unknown))).toEqual([]);
    expect(await sql(`SELECT 1 FROM email_outbox WHERE to_email = $1`, [unknown])).toEqual([]);
    expect(await mailsTo(t, mailbox, user.email, { subject: SUBJECT })).toHaveLength(1);
  });

  it('mails an Indonesian link built from PUBLIC_URL, and keeps neither the token nor the mail body', async () => {
    const user = await registerUser(t, 'ikm_owner', 'reset-mail');
    const token = await resetToken(user.email);
    const [mail] = await mailsTo(t, mailbox, user.email, { subject: SUBJECT });
    expect(mail.text).toContain(`Halo Test reset-mail,`);
    expect(mail.text).toContain(`${PUBLIC_URL}/reset-password#token=${token}`);
    expect(mail.text).toContain('dalam 1 jam');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the SHA-256 of the token is stored; the sent mail's body is blanked.
    const stored = await sql<{ token_hash: string }>(
      `SELECT token_hash FROM account_tokens t JOIN users u ON u.id = t.user_id
        WHERE u.email = $1 AND t.purpose = 'password_reset'`,
      [user.email],
    );
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    const outbox = await sql<{ body: string; status: string }>(
      `SELECT body, status FROM email_outbox WHERE to_email = $1 AND subject = $2`,
      [user.email, SUBJECT],
    );
    expect(outbox).toEqual([{ body: expect.not.stringContaining(token), status: 'sent' }]);
  });

  it('sends the link ahead of a backlog of older notification mails', async () => {
    const user = await registerUser(t, 'ikm_owner', 'reset-backlog');
    // More older mails than the sender takes in one round (50).
    await sql(
      `INSERT INTO email_outbox (to_email, subject, body, created_at)
       SELECT 'backlog-' || i || '@example.id', 'Notifikasi Rantai', 'isi', now() - interval '1 hour'
         FROM generate_series(1, 60) AS i`,
    );
    await forgot(user.email).expect(202);
    await t.app.get(MailSender).sendPending();
    expect(mailbox.received.filter((m) => m.to.includes(user.email) && m.subject === SUBJECT)).toHaveLength(1);
  });

  it('sets the new password once, ends every session, and records it', async () => {
    const user = await registerUser(t, 'ikm_owner', 'reset-once');
    const token = await resetToken(user.email);
    await reset(token).expect(204);

    const again = await reset(token, 'Sumedang-Tahu-2028').expect(400);
    expect(again.body.type).toBe('https://rantai.id/problems/invalid-token');
    expect(again.body.errors).toEqual([{ field: 'token', message: expect.stringContaining('sudah dipakai') }]);
    await login(t, user.email, PASSWORD).expect(401);
    await login(t, user.email, NEW_PASSWORD).expect(200);
    await login(t, user.email, 'Sumedang-Tahu-2028').expect(401);
    // The refresh token and the access token from before the reset are dead.
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    await t.http.get('/api/v1/auth/me').set('Authorization', user.auth).expect(401);
    const events = await sql<{ type: string }>(
      `SELECT type FROM security_events WHERE subject_user_id = $1 AND type LIKE 'password_reset%' ORDER BY id`,
      [user.id],
    );
    expect(events.map((e) => e.type)).toEqual(['password_reset_requested', 'password_reset']);
  });

  it('lets only one of two simultaneous uses of a token succeed', async () => {
    const user = await registerUser(t, 'ikm_owner', 'reset-race');
    const token = await resetToken(user.email);
    const statuses = await Promise.all([
      reset(token, 'Subang-Nanas-2029').then((r) => r.status),
      reset(token, 'Cirebon-Udang-2029').then((r) => r.status),
    ]);
    expect(statuses.sort()).toEqual([204, 400]);
    const logins = await Promise.all([
      login(t, user.email, 'Subang-Nanas-2029').then((r) => r.status),
      login(t, user.email, 'Cirebon-Udang-2029').then((r) => r.status),
    ]);
    expect(logins.sort()).toEqual([200, 401]);
  });

  it('refuses an expired token, an unknown one, and a password the rules refuse (which spends nothing)', async () => {
    const user = await registerUser(t, 'ikm_owner', 'reset-expiry');
    const token = await resetToken(user.email);
    const weak = await reset(token, 'short').expect(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
    await reset(token, 'password123').expect(400); // a common password, as at registration
    await reset('A'.repeat(43)).expect(400);

    clock.current = new Date(Date.now() + 61 * 60 * 1000);
    const expired = await reset(token).expect(400);
    expect(expired.body.type).toBe('https://rantai.id/problems/invalid-token');
    clock.current = new Date(Date.now() + 59 * 60 * 1000);
    await reset(token).expect(204); // only the clock made the difference
  });

  it('lifts a sign-in lockout', async () => {
    const user = await registerUser(t, 'ikm_owner', 'reset-locked');
    for (let i = 0; i < 10; i++) await login(t, user.email, `wrong-password-${i}`).expect(401);
    await login(t, user.email, PASSWORD).expect(429);
    await reset(await resetToken(user.email)).expect(204);
    await login(t, user.email, NEW_PASSWORD).expect(200);
  });

  it('ends the other reset links once one worked', async () => {
    const user = await registerUser(t, 'ikm_owner', 'reset-two');
    const first = await resetToken(user.email);
    const second = await resetToken(user.email);
    await reset(second).expect(204);
    await reset(first, 'Indramayu-Mangga-2029').expect(400);
  });

  it('mails at most 5 links an hour to one account, answering 202 all the same', async () => {
    const user = await registerUser(t, 'ikm_owner', 'reset-flood');
    for (let i = 0; i < 7; i++) await forgot(user.email).expect(202);
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM email_outbox WHERE to_email = $1 AND subject = $2`,
      [user.email, SUBJECT],
    );
    expect(count).toBe(5);
    clock.current = new Date(Date.now() + 61 * 60 * 1000);
    await forgot(user.email).expect(202);
    const [{ later }] = await sql<{ later: number }>(
      `SELECT count(*)::int AS later FROM email_outbox WHERE to_email = $1 AND subject = $2`,
      [user.email, SUBJECT],
    );
    expect(later).toBe(6);
  });

  it('mails nothing for a disabled account', async () => {
    const user = await registerUser(t, 'ikm_owner', 'reset-disabled');
    await sql(`UPDATE users SET disabled_at = now() WHERE id = $1`, [user.id]);
    await forgot(user.email).expect(202);
    expect(await sql(`SELECT 1 FROM email_outbox WHERE to_email = $1 AND subject = $2`, [user.email, SUBJECT])).toEqual(
      [],
    );
  });
});

describe('Password reset: rate limits', () => {
  it('counts forgot-password and reset-password in the sign-in routes’ per-IP budget', async () => {
    const t = await createTestApp({ env: { RATE_LIMIT_AUTH_PER_MINUTE: '2' } });
    try {
      await t.http
        .post('/api/v1/auth/forgot-password')
        .send({ email: uniqueEmail('limit') })
        .expect(202);
      await t.http
        .post('/api/v1/auth/reset-password')
        .send({ token: 'A'.repeat(43), password: NEW_PASSWORD })
        .expect(400);
      const limited = await t.http.post('/api/v1/auth/forgot-password').send({ email: uniqueEmail('limit') });
      expect(limited.status).toBe(429);
    } finally {
      await t.close();
    }
  });
});
