import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

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

/** `onReceive` also hears each mail, for a mailbox kept in another process than its reader. */
export async function startMailbox(onReceive?: (mail: ReceivedMail) => void): Promise<Mailbox> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = {
          ...parseMessage(Buffer.concat(chunks).toString('utf8')),
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        };
        received.push(mail);
        onReceive?.(mail);
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
