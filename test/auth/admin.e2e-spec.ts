import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { freshDatabase, type FreshDatabase } from '../support/fresh-database';
import { ADMIN_ENV, createUser, login, loginAdmin, PASSWORD, registerUser, uniqueEmail } from '../support/accounts';

const adminCount = (t: TestApp, email: string) =>
  t.app
    .get(DataSource)
    .query<{ count: number }[]>(`SELECT count(*)::int AS count FROM users WHERE role = 'admin' AND email = $1`, [email])
    .then(([row]) => row.count);

describe('Admin bootstrap', () => {
  it('creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD once, however often Rantai starts', async () => {
    const database = await freshDatabase('bootstrap');
    const env = { ...database.env, ADMIN_EMAIL: uniqueEmail('first-admin'), ADMIN_PASSWORD: 'first-admin-password' };
    const first = await createTestApp({ env });
    const dataDir = first.config.dataDir;
    try {
      expect(await adminCount(first, env.ADMIN_EMAIL)).toBe(1);
      await login(first, env.ADMIN_EMAIL, env.ADMIN_PASSWORD).expect(200);
    } finally {
      await first.close({ keepData: true });
    }
    const second = await createTestApp({ env, dataDir });
    try {
      expect(await adminCount(second, env.ADMIN_EMAIL)).toBe(1);
    } finally {
      await second.close();
      await database.drop();
    }
  });

  it('says how to create an admin when a database has none and ADMIN_EMAIL is not set', async () => {
    const database = await freshDatabase('bootstrap');
    // Which logger stream a second app in this process writes to is Nest's global choice; the warning itself is what counts.
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const t = await createTestApp({ env: database.env });
    try {
      expect(warn.mock.calls.map(([message]) => message)).toContainEqual(
        expect.stringMatching(/^No admin account exists yet: set ADMIN_EMAIL/),
      );
    } finally {
      warn.mockRestore();
      await t.close();
      await database.drop();
    }
  });

  it('never turns an existing account into an admin', async () => {
    const database = await freshDatabase('bootstrap');
    const t = await createTestApp({ env: database.env });
    const owner = await registerUser(t, 'ikm_owner');
    await t.close({ keepData: true });
    const again = await createTestApp({
      env: { ...database.env, ADMIN_EMAIL: owner.email, ADMIN_PASSWORD: 'another-password-1' },
      dataDir: t.config.dataDir,
    });
    try {
      const res = await login(again, owner.email, PASSWORD).expect(200);
      const me = await again.http
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${res.body.accessToken}`)
        .expect(200);
      expect(me.body.role).toBe('ikm_owner');
      expect(await adminCount(again, owner.email)).toBe(0);
    } finally {
      await again.close();
      await database.drop();
    }
  });
});

describe('Staff accounts and the security log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
  });
  afterAll(() => t.close());

  const staffBody = (role: string) => ({
    email: uniqueEmail(role),
    password: PASSWORD,
    fullName: 'Dewi Lestari',
    role,
  });

  it('lets an admin create curators and admins, and nobody else', async () => {
    const admin = await loginAdmin(t);
    const curator = await t.http
      .post('/api/v1/admin/users')
      .set('Authorization', admin.auth)
      .send(staffBody('curator'))
      .expect(201);
    expect(curator.body).toEqual({
      id: expect.any(String),
      email: expect.stringMatching(/^curator-/),
      fullName: 'Dewi Lestari',
      role: 'curator',
      phone: null,
      emailVerified: false,
      emailVerifiedAt: null,
      disabledAt: null,
      createdAt: expect.any(String),
    });
    await t.http.post('/api/v1/admin/users').set('Authorization', admin.auth).send(staffBody('admin')).expect(201);
    await t.http.post('/api/v1/admin/users').set('Authorization', admin.auth).send(staffBody('ikm_owner')).expect(400);
    for (const role of ['ikm_owner', 'oem_buyer', 'estate_manager', 'curator'] as const) {
      const user = await createUser(t, role);
      const res = await t.http
        .post('/api/v1/admin/users')
        .set('Authorization', user.auth)
        .send(staffBody('curator'))
        .expect(403);
      expect(res.body.type).toBe('https://rantai.id/problems/forbidden');
    }
    await t.http.post('/api/v1/admin/users').send(staffBody('curator')).expect(401);
  });

  it('lists users with paging and filters', async () => {
    const admin = await loginAdmin(t);
    const curator = await createUser(t, 'curator', 'pagedcurator');
    const page = await t.http
      .get('/api/v1/admin/users')
      .query({ role: 'curator', limit: 1 })
      .set('Authorization', admin.auth)
      .expect(200);
    expect(page.body).toMatchObject({ page: 1, limit: 1, items: [expect.objectContaining({ role: 'curator' })] });
    expect(page.body.total).toBeGreaterThanOrEqual(1);
    const found = await t.http
      .get('/api/v1/admin/users')
      .query({ q: curator.email })
      .set('Authorization', admin.auth)
      .expect(200);
    expect(found.body.items.map((u: { id: string }) => u.id)).toEqual([curator.id]);
    await t.http.get('/api/v1/admin/users').query({ limit: 101 }).set('Authorization', admin.auth).expect(400);
    expect(JSON.stringify(found.body)).not.toMatch(/argon2|password/i);
  });

  it('will not let an admin disable their own account', async () => {
    const admin = await loginAdmin(t);
    await t.http.post(`/api/v1/admin/users/${admin.id}/disable`).set('Authorization', admin.auth).expect(409);
    await t.http
      .post(`/api/v1/admin/users/00000000-0000-4000-8000-000000000000/disable`)
      .set('Authorization', admin.auth)
      .expect(404);
  });

  it('records security events without secrets, readable by admins only, and refuses to change them', async () => {
    const admin = await loginAdmin(t);
    const user = await registerUser(t, 'ikm_owner');
    await login(t, user.email, 'a-wrong-password').expect(401);
    await login(t, user.email, PASSWORD).expect(200);
    const res = await t.http
      .get('/api/v1/admin/security-events')
      .query({ userId: user.id })
      .set('Authorization', admin.auth)
      .expect(200);
    expect(res.body.items.map((e: { type: string }) => e.type)).toEqual([
      'login_succeeded',
      'login_failed',
      'account_created',
    ]);
    expect(res.body.items[1]).toMatchObject({
      subjectUserId: user.id,
      subjectEmail: user.email,
      actorEmail: null,
      ip: expect.any(String),
      details: { reason: 'wrong_password' },
    });
    const everything = JSON.stringify(res.body);
    expect(everything).not.toContain('a-wrong-password');
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(user.refreshToken);
    await t.http.get('/api/v1/admin/security-events').set('Authorization', user.auth).expect(403);
    const db = t.app.get(DataSource);
    await expect(db.query('DELETE FROM security_events WHERE subject_user_id = $1', [user.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(
      db.query(`UPDATE security_events SET type = 'logout' WHERE subject_user_id = $1`, [user.id]),
    ).rejects.toThrow(/append-only/);
  });
});

// A database of its own: the test moves events in time, past the log's append-only trigger.
describe("The security log's filters", () => {
  let t: TestApp;
  let database: FreshDatabase;
  beforeAll(async () => {
    database = await freshDatabase('security_log');
    t = await createTestApp({ env: { ...ADMIN_ENV, ...database.env } });
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  it('filters by type, account and WIB days, naming the accounts by email', async () => {
    const admin = await loginAdmin(t);
    const user = await createUser(t, 'curator');
    await t.http.post(`/api/v1/admin/users/${user.id}/disable`).set('Authorization', admin.auth).expect(200);
    await t.http.post(`/api/v1/admin/users/${user.id}/enable`).set('Authorization', admin.auth).expect(200);
    const log = async (query: Record<string, string>) =>
      (
        await t.http
          .get('/api/v1/admin/security-events')
          .query({ userId: user.id, ...query })
          .set('Authorization', admin.auth)
          .expect(200)
      ).body as { items: { type: string; actorEmail: string | null; subjectEmail: string | null }[]; total: number };
    const disabled = await log({ type: 'account_disabled' });
    expect(disabled.total).toBe(1);
    expect(disabled.items[0]).toMatchObject({ actorEmail: admin.email, subjectEmail: user.email });

    // Move the disabling to 23:30 WIB on 1 October and the enabling to 00:30 WIB on 2 October.
    const db = t.app.get(DataSource);
    await db.query(`ALTER TABLE security_events DISABLE TRIGGER USER`);
    try {
      await db.query(
        `UPDATE security_events SET created_at = CASE type WHEN 'account_disabled' THEN $2::timestamptz ELSE $3::timestamptz END
          WHERE subject_user_id = $1 AND type IN ('account_disabled', 'account_enabled')`,
        [user.id, '2026-10-01T16:30:00Z', '2026-10-01T17:30:00Z'],
      );
    } finally {
      await db.query(`ALTER TABLE security_events ENABLE TRIGGER USER`);
    }
    const types = async (query: Record<string, string>) => (await log(query)).items.map((e) => e.type);
    expect(await types({ from: '2026-10-01', to: '2026-10-01' })).toEqual(['account_disabled']);
    expect(await types({ from: '2026-10-02', to: '2026-10-02' })).toEqual(['account_enabled']);
    expect(await types({ from: '2026-10-01', to: '2026-10-02' })).toEqual(['account_enabled', 'account_disabled']);
    expect(await types({ to: '2026-09-30' })).toEqual([]);
    expect(await types({ from: '2026-10-02', type: 'account_disabled' })).toEqual([]);

    for (const [query, field] of [
      [{ from: '2026-10-02', to: '2026-10-01' }, 'to'],
      [{ from: '2026-02-30' }, 'from'],
      [{ to: '1-10-2026' }, 'to'],
    ] as const) {
      const res = await t.http
        .get('/api/v1/admin/security-events')
        .query(query)
        .set('Authorization', admin.auth)
        .expect(400);
      expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))]).toEqual([field]);
    }
  });
});
