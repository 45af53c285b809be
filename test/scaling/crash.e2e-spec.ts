import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PASSWORD, uniqueEmail } from '../support/accounts';
import { createTestApp, isEmbedded } from '../support/app';
import { startRantaiProcess } from '../support/process';

/** The embedded database's durability is the subject: on a server it is PostgreSQL's own. */
const onEmbedded = isEmbedded() ? describe : describe.skip;
const EMBEDDED = { DATABASE_URL: '', DEMO_DATA: 'false', RATE_LIMIT_AUTH_PER_MINUTE: '100000' };
const WRITERS = 4;

onEmbedded('The embedded database, killed during writes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rantai-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every write it acknowledged when the process is killed with SIGKILL', async () => {
    // Migrated already (the template of global setup), so that the process starts in seconds.
    cpSync(process.env.RANTAI_TEST_TEMPLATE_DIR!, dataDir, { recursive: true });
    const rantai = startRantaiProcess({ ...EMBEDDED, DATA_DIR: dataDir });
    const banner = await rantai.waitForLog(/Rantai is ready/);
    const api = `http://localhost:${/localhost:(\d+)/.exec(banner)![1]}/api/v1`;

    // Writers register accounts (a user, its security event and the mail that verifies it, in one transaction)
    // until the process dies under them; a 201 is an acknowledged write.
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const email = uniqueEmail('crash');
        const res = await fetch(`${api}/auth/register`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: PASSWORD, fullName: 'Asep Kurniawan', role: 'ikm_owner' }),
        }).catch(() => undefined);
        if (res?.status === 201) acknowledged.push(email);
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    while (acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 50));
    await rantai.stop('SIGKILL');
    killed = true;
    await Promise.all(writers);

    const reopened = await createTestApp({ dataDir, env: EMBEDDED });
    try {
      const found = await reopened.app
        .get(DataSource)
        .query<{ email: string }[]>(`SELECT email FROM users WHERE email = ANY ($1)`, [acknowledged]);
      expect(found.map((row) => row.email).sort()).toEqual([...acknowledged].sort());
      // Each account's mail went in its transaction: nothing half-applied either.
      const [{ orphans }] = await reopened.app.get(DataSource).query<{ orphans: number }[]>(
        `SELECT count(*)::int AS orphans FROM users u
          WHERE u.role = 'ikm_owner' AND NOT EXISTS (SELECT 1 FROM email_outbox m WHERE m.to_email = u.email)`,
      );
      expect(orphans).toBe(0);
    } finally {
      await reopened.close({ keepData: true });
    }
  });

  it('finishes the requests in flight when stopped with SIGTERM, then exits', async () => {
    const rantai = startRantaiProcess({ ...EMBEDDED, DATA_DIR: dataDir });
    const banner = await rantai.waitForLog(/Rantai is ready/);
    const api = `http://localhost:${/localhost:(\d+)/.exec(banner)![1]}/api/v1`;
    // Registrations take a while (Argon2 hashing): eight are under way when the signal comes.
    const emails = Array.from({ length: 8 }, () => uniqueEmail('graceful'));
    const inFlight = emails.map((email) =>
      fetch(`${api}/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD, fullName: 'Asep Kurniawan', role: 'ikm_owner' }),
      }).then((res) => res.status),
    );
    await rantai.waitForLog(/POST \/api\/v1\/auth\/register/, 10_000).catch(() => undefined);
    const stopped = rantai.stop('SIGTERM');
    expect(await Promise.all(inFlight)).toEqual(emails.map(() => 201));
    await stopped;
    // Exited by itself on the signal (Nest re-raises it after its shutdown hooks), nothing left running.
    expect(String(rantai.child.signalCode ?? rantai.child.exitCode)).toMatch(/^(SIGTERM|0)$/);

    const reopened = await createTestApp({ dataDir, env: EMBEDDED });
    try {
      const found = await reopened.app
        .get(DataSource)
        .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM users WHERE email = ANY ($1)`, [emails]);
      expect(found[0].n).toBe(8);
    } finally {
      await reopened.close({ keepData: true });
    }
  });
});
