import { DataSource } from 'typeorm';
import type { TestApp } from '../support/app';
import { login, PASSWORD, registerUser } from '../support/accounts';
import { FakeClock } from '../support/clock';
import { MailingApp, mailsTo, startMailingApp } from '../support/mailbox';
import { Mailbox, tokenIn } from '../support/smtp-mailbox';

const SUBJECT = 'Verifikasi alamat e-mail Rantai Anda';

/** E-mail verification end to end, through a real SMTP server started here. */
describe('E-mail verification', () => {
  let t: TestApp;
  let mailbox: Mailbox;
  let app: MailingApp;
  const clock = new FakeClock(new Date());

  beforeAll(async () => {
    app = await startMailingApp(clock);
    ({ t, mailbox } = app);
  });
  afterAll(() => app.close());
  beforeEach(() => {
    clock.current = new Date();
  });

  const me = (auth: string) => t.http.get('/api/v1/auth/me').set('Authorization', auth).expect(200);
  const verify = (token: string) => t.http.post('/api/v1/auth/verify-email').send({ token });
  const resend = (auth: string) => t.http.post('/api/v1/auth/resend-verification').set('Authorization', auth);

  it('mails a link at registration; opening it verifies the address, once', async () => {
    const user = await registerUser(t, 'oem_buyer', 'verify-me');
    expect((await me(user.auth)).body).toMatchObject({ emailVerified: false, emailVerifiedAt: null });
    // Unverified accounts sign in all the same.
    await login(t, user.email, PASSWORD).expect(200);

    const [mail] = await mailsTo(t, mailbox, user.email, { subject: SUBJECT });
    expect(mail.text).toContain('Terima kasih telah mendaftar di Rantai');
    expect(mail.text).toContain('http://localhost:3000/verify-email#token='); // PUBLIC_URL's default
    expect(mail.text).toContain('dalam 48 jam');
    await verify(tokenIn(mail)).expect(204);

    const verified = (await me(user.auth)).body;
    expect(verified.emailVerified).toBe(true);
    expect(Date.parse(verified.emailVerifiedAt)).toBeGreaterThan(Date.now() - 60_000);
    const again = await verify(tokenIn(mail)).expect(400);
    expect(again.body.type).toBe('https://rantai.id/problems/invalid-token');
    await resend(user.auth).expect(409);
    const [event] = await t.app
      .get(DataSource)
      .query<{ type: string }[]>(
        `SELECT type FROM security_events WHERE subject_user_id = $1 AND type = 'email_verified'`,
        [user.id],
      );
    expect(event).toEqual({ type: 'email_verified' });
  });

  it('refuses a link after 48 hours, and mails a new one on request', async () => {
    const user = await registerUser(t, 'estate_manager', 'verify-late');
    const [first] = await mailsTo(t, mailbox, user.email, { subject: SUBJECT });
    clock.current = new Date(Date.now() + 49 * 60 * 60 * 1000);
    await verify(tokenIn(first)).expect(400);
    expect((await me(user.auth)).body.emailVerified).toBe(false);

    const accepted = await resend(user.auth).expect(202);
    expect(accepted.body.message).toEqual(expect.any(String));
    const mails = await mailsTo(t, mailbox, user.email, { subject: SUBJECT, atLeast: 2 });
    expect(mails).toHaveLength(2);
    const second = tokenIn(mails[1]);
    expect(second).not.toBe(tokenIn(first));
    await verify(second).expect(204);
    expect((await me(user.auth)).body.emailVerified).toBe(true);
  });

  it('does not take a reset token for verification, nor the other way round', async () => {
    const user = await registerUser(t, 'ikm_owner', 'verify-cross');
    const [mail] = await mailsTo(t, mailbox, user.email, { subject: SUBJECT });
    await t.http
      .post('/api/v1/auth/reset-password')
      .send({ token: tokenIn(mail), password: 'Majalengka-Tempa-2027' })
      .expect(400);
    await verify(tokenIn(mail)).expect(204); // not spent by the wrong use
  });

  it('counts a password reset as verification: the link reached the address', async () => {
    const user = await registerUser(t, 'ikm_owner', 'verify-by-reset');
    await t.http.post('/api/v1/auth/forgot-password').send({ email: user.email }).expect(202);
    const [mail] = await mailsTo(t, mailbox, user.email, { subject: 'Atur ulang kata sandi Rantai' });
    await t.http
      .post('/api/v1/auth/reset-password')
      .send({ token: tokenIn(mail), password: 'Majalengka-Tempa-2027' })
      .expect(204);
    const tokens = (await login(t, user.email, 'Majalengka-Tempa-2027').expect(200)).body;
    expect((await me(`Bearer ${tokens.accessToken}`)).body.emailVerified).toBe(true);
  });

  it('answers 429 after 5 verification mails in an hour', async () => {
    const user = await registerUser(t, 'ikm_owner', 'verify-flood'); // the first mail
    for (let i = 0; i < 4; i++) await resend(user.auth).expect(202);
    const limited = await resend(user.auth).expect(429);
    expect(limited.body.type).toBe('https://rantai.id/problems/too-many-mails');
  });

  it('needs a signed-in caller to resend', async () => {
    await t.http.post('/api/v1/auth/resend-verification').expect(401);
  });
});
