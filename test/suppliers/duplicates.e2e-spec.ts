import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, registerUser, TestUser } from '../support/accounts';
import { addCertification, createSupplier, randomNib, supplierBody, uniqueWord } from '../support/suppliers';

describe('Duplicate suppliers: suggestions and merging', () => {
  let t: TestApp;
  let first: TestUser;
  let second: TestUser;
  let curator: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    first = await registerUser(t, 'ikm_owner', 'first');
    second = await registerUser(t, 'ikm_owner', 'second');
    curator = await createUser(t, 'curator');
  });
  afterAll(() => t.close());

  it('suggests similarly named suppliers in the same regency, to members and curators', async () => {
    const word = uniqueWord();
    const a = await createSupplier(t, first, { name: `CV Sinar ${word} Teknik`, nib: undefined, regencyCode: '32.10' });
    const b = await createSupplier(t, second, {
      name: `CV. Sinar ${word} Tehnik`,
      nib: undefined,
      regencyCode: '32.10',
    });
    const elsewhere = await createSupplier(t, second, {
      name: `CV Sinar ${word} Teknik`,
      nib: undefined,
      regencyCode: '32.11',
    });
    const res = await t.http.get(`/api/v1/suppliers/${a.id}/duplicates`).set('Authorization', curator.auth).expect(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(b.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(a.id);
    expect(res.body.items.find((i: { id: string }) => i.id === b.id).similarity).toBeGreaterThan(0.5);
    await t.http.get(`/api/v1/suppliers/${a.id}/duplicates`).set('Authorization', first.auth).expect(200);
    await t.http.get(`/api/v1/suppliers/${a.id}/duplicates`).set('Authorization', second.auth).expect(403);
  });

  it('merges a duplicate into the survivor: lists united, gaps filled, members and certificates carried over', async () => {
    const nib = randomNib();
    const word = uniqueWord();
    const survivor = await createSupplier(t, first, {
      name: `CV Logam ${word}`,
      nib: undefined,
      processes: ['casting.hpdc'],
      materials: ['aluminium'],
      tkdnPercent: undefined,
    });
    const duplicate = await createSupplier(t, second, {
      nib,
      processes: ['machining.cnc_turning', 'casting.hpdc'],
      materials: ['aluminium', 'zinc_alloy'],
      tkdnPercent: 48,
    });
    const cert = await addCertification(t, second, duplicate.id, { code: 'iso_9001' });
    await t.http
      .post(`/api/v1/suppliers/${survivor.id}/merge`)
      .set('Authorization', first.auth)
      .send({ duplicateId: duplicate.id })
      .expect(403);
    const merged = await t.http
      .post(`/api/v1/suppliers/${survivor.id}/merge`)
      .set('Authorization', curator.auth)
      .send({ duplicateId: duplicate.id })
      .expect(200);
    expect(merged.body).toMatchObject({
      id: survivor.id,
      nib,
      processes: ['casting.hpdc', 'machining.cnc_turning'],
      materials: ['aluminium', 'zinc_alloy'],
      tkdnPercent: 48,
      version: 2,
    });
    expect(merged.body.certifications.map((c: { id: string }) => c.id)).toEqual([cert.id]);
    // Search finds the survivor by the certificate it took over.
    const found = await t.http
      .get('/api/v1/suppliers')
      .query({ q: word, certification: 'iso_9001' })
      .set('Authorization', curator.auth)
      .expect(200);
    expect(found.body.items.map((i: { id: string; certifications: string[] }) => [i.id, i.certifications])).toEqual([
      [survivor.id, ['iso_9001']],
    ]);
    await t.http.get(`/api/v1/suppliers/${duplicate.id}`).set('Authorization', curator.auth).expect(404);
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', second.auth).expect(200);
    expect(me.body.memberships.map((m: { organizationId: string }) => m.organizationId)).toContain(survivor.id);
    // The NIB now belongs to the survivor: a new registration with it points there.
    const dup = await t.http
      .post('/api/v1/suppliers')
      .set('Authorization', first.auth)
      .send(supplierBody({ nib }))
      .expect(409);
    expect(dup.body.existingSupplierId).toBe(survivor.id);
  });

  it('refuses to merge firms with different NIBs, a supplier with itself, or a deleted one', async () => {
    const a = await createSupplier(t, first);
    const b = await createSupplier(t, second);
    const different = await t.http
      .post(`/api/v1/suppliers/${a.id}/merge`)
      .set('Authorization', curator.auth)
      .send({ duplicateId: b.id })
      .expect(409);
    expect(different.body.type).toBe('https://rantai.id/problems/different-nib');
    await t.http
      .post(`/api/v1/suppliers/${a.id}/merge`)
      .set('Authorization', curator.auth)
      .send({ duplicateId: a.id })
      .expect(400);
    await t.http.delete(`/api/v1/suppliers/${b.id}`).set('Authorization', second.auth).expect(204);
    await t.http
      .post(`/api/v1/suppliers/${a.id}/merge`)
      .set('Authorization', curator.auth)
      .send({ duplicateId: b.id })
      .expect(404);
    const after = await t.http.get(`/api/v1/suppliers/${a.id}`).set('Authorization', curator.auth).expect(200);
    expect(after.body.version).toBe(1);
  });
});
