import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Clock } from '../../src/common/time/clock';
import { MailSender } from '../../src/notifications/mail-sender';
import { createTestApp, type TestApp } from './app';
import type { FakeClock } from './clock';
import { freshDatabase } from './fresh-database';

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The text body, decoded from its transfer encoding. */
  text: string;
}

/** A real SMTP server (smtp-server, from the nodemailer project) on a free local port, keeping what it receives. */
export interface Mailbox {
  /** For SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

export async function startMailbox(): Promise<Mailbox> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          ...parseMessage(Buffer.concat(chunks).toString('utf8')),
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

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

/** The token of a mailed link: the code the mail states, which must also be the link's `#token=`. */
export function tokenIn(mail: ReceivedMail): string {
  const link = /#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  const code = /^Kode [a-z ]+: ([A-Za-z0-9_-]+)$/m.exec(mail.text)?.[1];
  if (!link || link !== code) throw new Error(`No token in the mail:\n${mail.text}`);
  return link;
}

function parseMessage(raw: string): Omit<ReceivedMail, 'to'> {
  const split = raw.indexOf('\r\n\r\n');
  // Unfolded headers: a continuation line starts with white space.
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1].trim() ?? '';
  const body = raw.slice(split + 4);
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { subject: header('Subject'), text: text.replace(/\r\n/g, '\n').trimEnd() };
}

function decodeQuotedPrintable(body: string): string {
  // Literal % escaped first, so that decodeURIComponent reads only the =XX octets as escapes.
  return decodeURIComponent(
    body
      .replace(/=\r\n/g, '')
      .replace(/%/g, '%25')
      .replace(/=([0-9A-F]{2})/gi, '%$1'),
  );
}
