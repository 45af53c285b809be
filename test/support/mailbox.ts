import { Clock } from '../../src/common/time/clock';
import { MailSender } from '../../src/notifications/mail-sender';
import { createTestApp, type TestApp } from './app';
import type { FakeClock } from './clock';
import { freshDatabase } from './fresh-database';
import { startMailbox, type Mailbox, type ReceivedMail } from './smtp-mailbox';

/** A test app that mails through its own SMTP server, with a clock the test moves. */
export interface MailingApp {
  t: TestApp;
  mailbox: Mailbox;
  close(): Promise<void>;
}

/**
 * Starts a mailbox and an app that sends to it, on a database of its own on
 * a server too: another test app's sender would otherwise deliver these mails
 * elsewhere.
 */
export async function startMailingApp(clock: FakeClock, env: Record<string, string> = {}): Promise<MailingApp> {
  const mailbox = await startMailbox();
  const database = await freshDatabase('mail');
  const t = await createTestApp({
    env: { ...database.env, SMTP_URL: mailbox.url, ...env },
    overrides: [{ provide: Clock, useValue: clock }],
  });
  return {
    t,
    mailbox,
    close: async () => {
      await t.close();
      await mailbox.close();
      await database.drop();
    },
  };
}

/**
 * Sends the outbox (as the app's 30-second job does) until `atLeast` mails to
 * `email` (with this subject, when given) have arrived, and answers them.
 * Other test files share a server database's outbox: their mails go out too,
 * to other addresses.
 */
export async function mailsTo(
  t: TestApp,
  mailbox: Mailbox,
  email: string,
  { subject, atLeast = 1 }: { subject?: string; atLeast?: number } = {},
): Promise<ReceivedMail[]> {
  const mine = () =>
    mailbox.received.filter(
      (mail) => mail.to.includes(email.toLowerCase()) && (subject === undefined || mail.subject === subject),
    );
  for (let attempt = 0; attempt < 20 && mine().length < atLeast; attempt++) {
    await t.app.get(MailSender).sendPending();
    if (mine().length < atLeast) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return mine();
}
