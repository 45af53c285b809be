import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMailbox } from '../../../test/support/smtp-mailbox';
import { OUTPUT, ROOT } from './server';

/** Starts `node dist/src/main.js` (built by `npm run test:web`) on a fresh data folder, with the demo world. */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rantai-web-'));
  const mailFile = join(dataDir, 'mail.jsonl');
  const mailbox = await startMailbox((mail) => appendFileSync(mailFile, JSON.stringify(mail) + '\n'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join('dist', 'src', 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: url,
      DEMO_DATA: 'true',
      SMTP_URL: mailbox.url,
      // Every test signs in from 127.0.0.1: the per-address budgets would soon refuse them.
      RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_AUTH_PER_MINUTE: '10000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
      RATE_LIMIT_REFRESH_PER_MINUTE: '10000',
      // Below the demo world's suppliers, so that the supplier search shows a broad search as one.
      SEARCH_EXACT_LIMIT: '100',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Rantai exited with ${child.exitCode} before it was healthy`);
    if (
      await fetch(`${url}/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    if (Date.now() - started > 120_000) throw new Error('Rantai was not healthy after 120 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  mkdirSync(OUTPUT, { recursive: true });
  process.env.RANTAI_WEB_URL = url;
  process.env.RANTAI_WEB_MAIL_FILE = mailFile;
  (globalThis as Record<string, unknown>).__rantaiWeb = { child, mailbox, dataDir };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
