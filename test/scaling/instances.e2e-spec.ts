import { DataSource } from 'typeorm';
import { CandidateListsScheduler } from '../../src/matching/candidate-lists.scheduler';
import { MailSender } from '../../src/notifications/mail-sender';
import { SourcingRequestsScheduler } from '../../src/sourcing-requests/sourcing-requests.scheduler';
import { login, PASSWORD, registerUser } from '../support/accounts';
import { createTestApp, isEmbedded, type TestApp } from '../support/app';
import { freshDatabase, type FreshDatabase } from '../support/fresh-database';

/** A Redis for the two-instance test (CI passes the local one); unset, that test is skipped. */
const redisUrl = process.env.TEST_REDIS_URL;
/** Two processes can share a server database only: each embedded database belongs to one process. */
const onServerWithRedis = !isEmbedded() && redisUrl ? describe : describe.skip;

const pendingMails = (t: TestApp) =>
  t.app
    .get(DataSource)
    .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM email_outbox WHERE status = 'pending'`)
    .then(([row]) => row.n);

onServerWithRedis('Two instances on one database and one Redis', () => {
  let database: FreshDatabase;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    database = await freshDatabase('instances');
    const env = { ...database.env, REDIS_URL: redisUrl!, RATE_LIMIT_LOGIN_PER_MINUTE: '4' };
    a = await createTestApp({ env }); // migrates the new database
    b = await createTestApp({ env });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await database.drop();
  });

  it('spend one sign-in budget between them', async () => {
    const user = await registerUser(a, 'ikm_owner');
    // Four tries in all, alternating: the fifth is refused by either.
    for (const t of [a, b, a, b]) await login(t, user.email, 'not-the-password').expect(401);
    await login(a, user.email, PASSWORD).expect(429);
    const refused = await login(b, user.email, PASSWORD).expect(429);
    expect(refused.headers['ratelimit-policy']).toBe('"login";q=4;w=60');
  });

  it('run a scheduled job once when their timers fire together', async () => {
    for (const job of [
      (t: TestApp) => t.app.get(SourcingRequestsScheduler).onSchedule(),
      (t: TestApp) => t.app.get(CandidateListsScheduler).onSchedule(),
    ]) {
      const together = await Promise.all([job(a), job(b)]);
      expect(together.filter(Boolean)).toHaveLength(1);
      // Until half the period has passed, neither runs it again.
      expect(await Promise.all([job(a), job(b)])).toEqual([false, false]);
    }
    const runs = await a.app.get(DataSource).query<{ name: string }[]>('SELECT name FROM job_runs ORDER BY name');
    expect(runs.map((run) => run.name)).toEqual(['close-overdue-requests', 'prune-candidate-lists']);
  });

  it('send each mail once when both work through the outbox at the same moment', async () => {
    // Each registration queues the mail that verifies the address.
    for (let i = 0; i < 12; i++) await registerUser(i % 2 ? a : b, 'ikm_owner', `mail${i}`);
    const queued = await pendingMails(a);
    expect(queued).toBeGreaterThanOrEqual(12);
    const sent = await Promise.all([a.app.get(MailSender).sendPending(), b.app.get(MailSender).sendPending()]);
    expect(sent[0] + sent[1]).toBe(queued);
    expect(await pendingMails(a)).toBe(0);
  });
});

describe('One instance', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('keeps limiting sign-ins in its own memory while Redis cannot be reached, and answers every request', async () => {
    // Nothing listens on port 9 (discard): every Redis command fails at once.
    t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:9', RATE_LIMIT_LOGIN_PER_MINUTE: '2' } });
    const user = await registerUser(t, 'ikm_owner');
    await login(t, user.email, 'not-the-password').expect(401);
    await login(t, user.email, PASSWORD).expect(200);
    await login(t, user.email, PASSWORD).expect(429);
    await t.http.get('/health').expect(200);
  });

  it('does not run a scheduled job again before half its period has passed', async () => {
    t = await createTestApp();
    await t.app.get(DataSource).query(`DELETE FROM job_runs WHERE name = 'close-overdue-requests'`);
    const scheduler = t.app.get(SourcingRequestsScheduler);
    expect(await scheduler.onSchedule()).toBe(true);
    expect(await scheduler.onSchedule()).toBe(false);
    // Its last start, long enough ago, lets the timer run it again.
    await t.app
      .get(DataSource)
      .query(`UPDATE job_runs SET started_at = now() - interval '6 minutes' WHERE name = 'close-overdue-requests'`);
    expect(await scheduler.onSchedule()).toBe(true);
  });
});
