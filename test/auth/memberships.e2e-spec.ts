import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createOrganization, createUser, loginAdmin, registerUser, TestUser } from '../support/accounts';

describe('Organisations and membership', () => {
  let t: TestApp;
  let owner: TestUser;
  let supplierId: string;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    owner = await registerUser(t, 'ikm_owner', 'owner');
    supplierId = await createOrganization(t, 'supplier', owner);
  });
  afterAll(() => t.close());

  const members = (id: string) => `/api/v1/organizations/${id}/members`;

  it('makes the creator the first member, visible in /auth/me', async () => {
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', owner.auth).expect(200);
    expect(me.body.memberships).toEqual([{ organizationType: 'supplier', organizationId: supplierId }]);
    const list = await t.http.get(members(supplierId)).set('Authorization', owner.auth).expect(200);
    expect(list.body).toEqual({
      items: [
        {
          userId: owner.id,
          email: owner.email,
          fullName: 'Test owner',
          role: 'ikm_owner',
          joinedAt: expect.any(String),
        },
      ],
      total: 1,
    });
  });

  it('refuses a founder of the wrong role', async () => {
    const buyer = await registerUser(t, 'oem_buyer');
    await expect(createOrganization(t, 'supplier', buyer)).rejects.toThrow(/Only ikm_owner accounts/);
  });

  it('lets a member add a registered user of the right role, once', async () => {
    const colleague = await registerUser(t, 'ikm_owner', 'colleague');
    const added = await t.http
      .post(members(supplierId))
      .set('Authorization', owner.auth)
      .send({ email: colleague.email.toUpperCase() })
      .expect(201);
    expect(added.body.items.map((m: { userId: string }) => m.userId)).toEqual([owner.id, colleague.id]);
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', colleague.auth).expect(200);
    expect(me.body.memberships).toEqual([{ organizationType: 'supplier', organizationId: supplierId }]);
    await t.http
      .post(members(supplierId))
      .set('Authorization', owner.auth)
      .send({ email: colleague.email })
      .expect(409);
  });

  it('refuses users of another role, unknown emails and bad input with field errors', async () => {
    const buyer = await registerUser(t, 'oem_buyer');
    const wrongRole = await t.http
      .post(members(supplierId))
      .set('Authorization', owner.auth)
      .send({ email: buyer.email })
      .expect(400);
    expect(wrongRole.body.errors).toEqual([
      { field: 'email', message: 'tidak ada akun ikm_owner aktif yang terdaftar dengan e-mail ini' },
    ]);
    await t.http
      .post(members(supplierId))
      .set('Authorization', owner.auth)
      .send({ email: 'nobody@test.rantai.id' })
      .expect(400);
    await t.http
      .post(members(supplierId))
      .set('Authorization', owner.auth)
      .send({ email: 'x', role: 'admin' })
      .expect(400);
    await t.http.get(members('not-a-uuid')).set('Authorization', owner.auth).expect(400);
  });

  it('hides an organisation from non-members (404) but shows it to curators, who may not change it (403)', async () => {
    const outsider = await registerUser(t, 'ikm_owner', 'outsider');
    const curator = await createUser(t, 'curator');
    await t.http.get(members(supplierId)).set('Authorization', outsider.auth).expect(404);
    await t.http
      .post(members(supplierId))
      .set('Authorization', outsider.auth)
      .send({ email: outsider.email })
      .expect(404);
    await t.http
      .delete(`${members(supplierId)}/${owner.id}`)
      .set('Authorization', outsider.auth)
      .expect(404);
    await t.http.get(members(supplierId)).set('Authorization', curator.auth).expect(200);
    await t.http
      .post(members(supplierId))
      .set('Authorization', curator.auth)
      .send({ email: outsider.email })
      .expect(403);
    await t.http.get(members('00000000-0000-4000-8000-000000000000')).set('Authorization', curator.auth).expect(404);
  });

  it('lets admins repair a team', async () => {
    const admin = await loginAdmin(t);
    const helper = await registerUser(t, 'ikm_owner', 'helper');
    await t.http.post(members(supplierId)).set('Authorization', admin.auth).send({ email: helper.email }).expect(201);
    await t.http
      .delete(`${members(supplierId)}/${helper.id}`)
      .set('Authorization', admin.auth)
      .expect(204);
  });

  it('removes members but never the last one, and logs membership changes', async () => {
    const founder = await registerUser(t, 'oem_buyer', 'founder');
    const buyerId = await createOrganization(t, 'buyer', founder);
    const second = await registerUser(t, 'oem_buyer', 'second');
    await t.http.post(members(buyerId)).set('Authorization', founder.auth).send({ email: second.email }).expect(201);
    await t.http
      .delete(`${members(buyerId)}/${founder.id}`)
      .set('Authorization', second.auth)
      .expect(204);
    const lastOne = await t.http
      .delete(`${members(buyerId)}/${second.id}`)
      .set('Authorization', second.auth)
      .expect(409);
    expect(lastOne.body.type).toBe('https://rantai.id/problems/last-member');
    // The removed founder no longer sees the organisation.
    await t.http.get(members(buyerId)).set('Authorization', founder.auth).expect(404);
    const admin = await loginAdmin(t);
    const log = await t.http
      .get('/api/v1/admin/security-events')
      .query({ userId: founder.id })
      .set('Authorization', admin.auth)
      .expect(200);
    expect(log.body.items.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['membership_removed']));
  });

  it('keeps one member when the last two remove each other at the same moment', async () => {
    const a = await registerUser(t, 'estate_manager', 'a');
    const b = await registerUser(t, 'estate_manager', 'b');
    const estateId = await createOrganization(t, 'estate', a);
    await t.http.post(members(estateId)).set('Authorization', a.auth).send({ email: b.email }).expect(201);
    const results = await Promise.all([
      t.http.delete(`${members(estateId)}/${b.id}`).set('Authorization', a.auth),
      t.http.delete(`${members(estateId)}/${a.id}`).set('Authorization', b.auth),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([204, 404]);
    const admin = await loginAdmin(t);
    const left = await t.http.get(members(estateId)).set('Authorization', admin.auth).expect(200);
    expect(left.body.total).toBe(1);
  });
});
