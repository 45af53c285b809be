import { Clock } from '../../src/common/time/clock';
import { createTestApp, TestApp } from '../support/app';
import { FakeClock } from '../support/clock';
import { ADMIN_ENV, createUser, registerUser, TestUser } from '../support/accounts';
import { addCertification, createSupplier, uniqueWord } from '../support/suppliers';

describe('Supplier certifications', () => {
  let t: TestApp;
  let owner: TestUser;
  let other: TestUser;
  let curator: TestUser;
  let supplierId: string;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    owner = await registerUser(t, 'ikm_owner', 'owner');
    other = await registerUser(t, 'ikm_owner', 'other');
    curator = await createUser(t, 'curator');
    supplierId = (await createSupplier(t, owner)).id;
  });
  afterAll(() => t.close());

  const certs = () => `/api/v1/suppliers/${supplierId}/certifications`;

  it('lets members declare a certification', async () => {
    const res = await t.http
      .post(certs())
      .set('Authorization', owner.auth)
      .send({
        code: 'iatf_16949',
        number: 'IATF-0456789',
        issuer: 'TÜV Rheinland Indonesia',
        validFrom: '2024-03-01',
        validUntil: '2099-02-28',
        evidenceNote: 'Sertifikat asli diperiksa.',
      })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      code: 'iatf_16949',
      number: 'IATF-0456789',
      issuer: 'TÜV Rheinland Indonesia',
      validFrom: '2024-03-01',
      validUntil: '2099-02-28',
      expired: false,
      status: 'declared',
      statusReason: null,
      verifiedBy: null,
      verifiedAt: null,
      evidenceNote: 'Sertifikat asli diperiksa.',
      product: null,
    });
    const profile = await t.http.get(`/api/v1/suppliers/${supplierId}`).set('Authorization', other.auth).expect(200);
    expect(profile.body.certifications.map((c: { id: string }) => c.id)).toContain(res.body.id);
  });

  it('says in words, not by a constraint name, that the same certificate is already recorded', async () => {
    // A supplier of its own: a certificate it holds must not change what the other tests search for.
    const own = await createSupplier(t, owner);
    const cert = await addCertification(t, owner, own.id, { code: 'smk3', number: `SMK3-${Date.now()}` });
    const twice = await t.http
      .post(`/api/v1/suppliers/${own.id}/certifications`)
      .set('Authorization', owner.auth)
      .send({ code: 'smk3', number: cert.number, issuer: 'Kemnaker', validUntil: '2099-01-01' })
      .expect(409);
    expect(twice.body.detail).toBe('Sertifikat dengan jenis dan nomor ini sudah tercatat untuk pemasok ini.');
    const english = await t.http
      .post(`/api/v1/suppliers/${own.id}/certifications`)
      .set('Authorization', owner.auth)
      .set('Accept-Language', 'en')
      .send({ code: 'smk3', number: cert.number, issuer: 'Kemnaker', validUntil: '2099-01-01' })
      .expect(409);
    expect(english.body.detail).toBe('A certificate of this type and number is already recorded for this supplier.');
  });

  it('refuses unknown types, impossible dates and outsiders', async () => {
    const unknown = await t.http
      .post(certs())
      .set('Authorization', owner.auth)
      .send({ code: 'iso_99999', number: 'X', issuer: 'Y', validUntil: '2030-01-01' })
      .expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'code', message: "kode sertifikasi 'iso_99999' tidak dikenal" }]);
    const backwards = await t.http
      .post(certs())
      .set('Authorization', owner.auth)
      .send({ code: 'iso_9001', number: 'X', issuer: 'Y', validFrom: '2030-01-01', validUntil: '2029-01-01' })
      .expect(400);
    expect(backwards.body.errors).toEqual([
      { field: 'validUntil', message: 'validUntil tidak boleh sebelum validFrom' },
    ]);
    await t.http
      .post(certs())
      .set('Authorization', owner.auth)
      .send({ code: 'iso_9001', number: 'X', issuer: 'Y', validUntil: '2030-02-30' })
      .expect(400);
    await t.http
      .post(certs())
      .set('Authorization', other.auth)
      .send({ code: 'iso_9001', number: 'X', issuer: 'Y', validUntil: '2030-01-01' })
      .expect(403);
    await t.http
      .post(certs())
      .set('Authorization', curator.auth)
      .send({ code: 'iso_9001', number: 'X', issuer: 'Y', validUntil: '2030-01-01' })
      .expect(403);
  });

  it('lets curators verify or reject, and an edit returns a verified certificate to declared', async () => {
    const cert = await addCertification(t, owner, supplierId);
    await t.http.post(`${certs()}/${cert.id}/verify`).set('Authorization', owner.auth).expect(403);
    const unknownField = await t.http
      .post(`${certs()}/${cert.id}/verify`)
      .set('Authorization', curator.auth)
      .send({ evidenceNotes: 'typo' })
      .expect(400);
    expect(unknownField.body.errors.map((e: { field: string }) => e.field)).toEqual(['evidenceNotes']);
    const evidenceNote = 'Dicocokkan dengan laporan uji BBSPJILM No. 123/2026.';
    const verified = await t.http
      .post(`${certs()}/${cert.id}/verify`)
      .set('Authorization', curator.auth)
      .send({ evidenceNote })
      .expect(200);
    expect(verified.body).toMatchObject({
      status: 'verified',
      verifiedBy: curator.id,
      verifiedAt: expect.any(String),
      statusReason: evidenceNote,
    });
    const shown = await t.http.get(`/api/v1/suppliers/${supplierId}`).set('Authorization', curator.auth).expect(200);
    expect(shown.body.certifications.find((c: { id: string }) => c.id === cert.id).statusReason).toBe(evidenceNote);
    const edited = await t.http
      .patch(`${certs()}/${cert.id}`)
      .set('Authorization', owner.auth)
      .send({ validUntil: '2098-01-01' })
      .expect(200);
    expect(edited.body).toMatchObject({
      status: 'declared',
      verifiedBy: null,
      verifiedAt: null,
      statusReason: null,
      validUntil: '2098-01-01',
    });
    await t.http.post(`${certs()}/${cert.id}/reject`).set('Authorization', curator.auth).send({}).expect(400);
    const rejected = await t.http
      .post(`${certs()}/${cert.id}/reject`)
      .set('Authorization', curator.auth)
      .send({ reason: 'Nomor tidak terdaftar.' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', statusReason: 'Nomor tidak terdaftar.' });
  });

  it('marks expired certificates, which never count as held', async () => {
    const expired = await addCertification(t, owner, supplierId, {
      code: 'smk3',
      validFrom: '2020-01-01',
      validUntil: '2021-01-01',
    });
    expect(expired).toMatchObject({ expired: true });
    const search = await t.http
      .get('/api/v1/suppliers')
      .query({ certification: 'smk3', q: 'Logam Jaya' })
      .set('Authorization', owner.auth)
      .expect(200);
    expect(search.body.items.map((s: { id: string }) => s.id)).not.toContain(supplierId);
  });

  it('refuses to verify an expired certificate, and tells no one it was verified', async () => {
    const expired = await addCertification(t, owner, supplierId, { code: 'iso_14001', validUntil: '2021-06-30' });
    const res = await t.http
      .post(`${certs()}/${expired.id}/verify`)
      .set('Authorization', curator.auth)
      .send({})
      .expect(409);
    expect(res.body).toMatchObject({ status: 409, validUntil: '2021-06-30' });
    expect(res.body.type).toContain('certificate-expired');
    const after = await t.http.get(`/api/v1/suppliers/${supplierId}`).set('Authorization', owner.auth).expect(200);
    expect(after.body.certifications.find((c: { id: string }) => c.id === expired.id).status).toBe('declared');
    const notices = await t.http.get('/api/v1/notifications').set('Authorization', owner.auth).expect(200);
    expect(JSON.stringify(notices.body)).not.toContain(expired.id);
    // Rejecting it stays possible: the curator can say why.
    await t.http
      .post(`${certs()}/${expired.id}/reject`)
      .set('Authorization', curator.auth)
      .send({ reason: 'Sudah kedaluwarsa; unggah sertifikat perpanjangan.' })
      .expect(200);
  });

  it('lets members remove a certificate; others cannot touch it', async () => {
    const cert = await addCertification(t, owner, supplierId);
    await t.http.patch(`${certs()}/${cert.id}`).set('Authorization', other.auth).send({ number: 'HIJACK' }).expect(403);
    await t.http.delete(`${certs()}/${cert.id}`).set('Authorization', other.auth).expect(403);
    await t.http.delete(`${certs()}/${cert.id}`).set('Authorization', owner.auth).expect(204);
    await t.http.delete(`${certs()}/${cert.id}`).set('Authorization', owner.auth).expect(404);
    const otherSupplier = await createSupplier(t, other);
    const foreign = await addCertification(t, other, otherSupplier.id);
    // A certificate id of another supplier under this supplier's path is not found.
    await t.http.patch(`${certs()}/${foreign.id}`).set('Authorization', owner.auth).send({ number: 'X' }).expect(404);
  });
});

describe('Certificate expiry', () => {
  // 18:00 UTC on 15 June is already 16 June in Western Indonesia Time (UTC+7).
  const clock = new FakeClock(new Date('2030-06-15T18:00:00Z'));
  let t: TestApp;
  let owner: TestUser;
  let supplierId: string;
  const tag = uniqueWord();
  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: Clock, useValue: clock }] });
    owner = await registerUser(t, 'ikm_owner');
    supplierId = (await createSupplier(t, owner, { name: `CV Sertifikat ${tag}` })).id;
    await addCertification(t, owner, supplierId, { code: 'sni', validFrom: '2027-06-16', validUntil: '2030-06-15' });
  });
  afterAll(() => t.close());

  const state = async () => {
    const profile = await t.http.get(`/api/v1/suppliers/${supplierId}`).set('Authorization', owner.auth).expect(200);
    const search = await t.http
      .get('/api/v1/suppliers')
      .query({ certification: 'sni', q: tag })
      .set('Authorization', owner.auth)
      .expect(200);
    return {
      expired: profile.body.certifications[0].expired as boolean,
      found: search.body.items.some((s: { id: string }) => s.id === supplierId),
    };
  };

  it('comes at the end of the valid-until day in WIB, for profiles and search as for matching', async () => {
    expect(await state()).toEqual({ expired: true, found: false });
    clock.current = new Date('2030-06-15T16:59:00Z'); // 23:59 WIB on the last valid day
    expect(await state()).toEqual({ expired: false, found: true });
  });
});
