import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createBuyer, createRequest, TestBuyer } from '../support/buyers';
import { type Candidate, everyCandidate, factorOf } from '../support/candidates';
import { addCertification, createSupplier, uniqueWord } from '../support/suppliers';

/** TKDN belongs to a product: certificates per product, certified values above declared ones. */
describe('TKDN per product', () => {
  let t: TestApp;
  let ikm: TestUser;
  let otherIkm: TestUser;
  let oem: TestUser;
  let curator: TestUser;
  let buyer: TestBuyer;
  const word = uniqueWord();

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [ikm, otherIkm, oem, curator] = await Promise.all([
      createUser(t, 'ikm_owner'),
      createUser(t, 'ikm_owner', 'tkdn-other'),
      createUser(t, 'oem_buyer'),
      createUser(t, 'curator'),
    ]);
    buyer = await createBuyer(t, oem);
  });
  afterAll(() => t.close());

  const foundry = (label: string, tkdnPercent: number | null) =>
    createSupplier(t, ikm, {
      nib: undefined,
      name: `CV Cor ${word} ${label}`,
      processes: ['casting.sand', 'machining.conventional_turning'],
      materials: ['iron.cast'],
      productCategories: ['brakes.drum'],
      location: { lat: -6.56, lng: 107.76 },
      tkdnPercent,
    }).then((s) => s.id);

  /** A TKDN certificate for a product of `partCategory`, verified by a curator unless told otherwise. */
  async function tkdnCertificate(
    supplierId: string,
    tkdnPercent: number,
    { partCategory = 'brakes.drum', verify = true, code = 'tkdn' } = {},
  ) {
    const c = await addCertification(t, ikm, supplierId, {
      code,
      issuer: code === 'tkdn' ? 'PT Sucofindo' : 'Kementerian Perindustrian',
      product: { name: 'Tromol rem belakang 200 mm', partCategory, tkdnPercent, bmpPercent: 5 },
    });
    if (verify) {
      await t.http
        .post(`/api/v1/suppliers/${supplierId}/certifications/${c.id}/verify`)
        .set('Authorization', curator.auth)
        .expect(200);
    }
    return c;
  }

  const request = (overrides: Record<string, unknown> = {}) =>
    createRequest(t, oem, buyer, {
      title: `Tromol rem ${word}`,
      partCategory: 'brakes.drum',
      processes: ['casting.sand', 'machining.conventional_turning'],
      materials: ['iron.cast'],
      requiredCertifications: [],
      unit: 'pcs',
      maxDistanceKm: null,
      minTkdnPercent: 40,
      ...overrides,
    });

  const candidates = (requestId: string) => everyCandidate(t, oem, requestId);
  const tkdnFactor = (c: Candidate) => factorOf(c, 'tkdn');

  it('declares a TKDN certificate with its product, and refuses one without, or a product on another certificate', async () => {
    const id = await foundry('deklarasi', 30);
    const created = await tkdnCertificate(id, 45.5, { verify: false });
    expect(created).toMatchObject({
      code: 'tkdn',
      status: 'declared',
      product: { name: 'Tromol rem belakang 200 mm', partCategory: 'brakes.drum', tkdnPercent: 45.5, bmpPercent: 5 },
    });
    const iso = await addCertification(t, ikm, id, { code: 'iso_9001' });
    expect(iso.product).toBeNull();

    const post = (body: Record<string, unknown>) =>
      t.http
        .post(`/api/v1/suppliers/${id}/certifications`)
        .set('Authorization', ikm.auth)
        .send({ number: 'TKDN-1', issuer: 'PT Sucofindo', validUntil: '2099-12-31', ...body });
    const product = { name: 'Tromol', partCategory: 'brakes.drum', tkdnPercent: 40 };
    const refusals: [Record<string, unknown>, string][] = [
      [{ code: 'tkdn' }, 'product'],
      [{ code: 'tkdn_ik' }, 'product'],
      [{ code: 'iso_9001', product }, 'product'],
      [{ code: 'tkdn', product: { ...product, partCategory: 'brakes.rotor_x' } }, 'product.partCategory'],
      [{ code: 'tkdn', product: { ...product, tkdnPercent: 100.5 } }, 'product.tkdnPercent'],
      [{ code: 'tkdn', product: { ...product, bmpPercent: 16 } }, 'product.bmpPercent'],
      [{ code: 'tkdn', product: { ...product, name: '' } }, 'product.name'],
    ];
    for (const [body, field] of refusals) {
      const res = await post(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const listed = await t.http.get(`/api/v1/suppliers/${id}`).set('Authorization', ikm.auth).expect(200);
    expect(listed.body.certifications).toHaveLength(2);

    // Only the supplier's members declare; editing the product returns it to declared.
    await t.http
      .patch(`/api/v1/suppliers/${id}/certifications/${created.id}`)
      .set('Authorization', otherIkm.auth)
      .send({ product: { ...product, tkdnPercent: 90 } })
      .expect(403);
    await t.http
      .post(`/api/v1/suppliers/${id}/certifications/${created.id}/verify`)
      .set('Authorization', curator.auth)
      .expect(200);
    const edited = await t.http
      .patch(`/api/v1/suppliers/${id}/certifications/${created.id}`)
      .set('Authorization', ikm.auth)
      .send({ product: { ...product, tkdnPercent: 47 } })
      .expect(200);
    expect(edited.body).toMatchObject({ status: 'declared', product: { tkdnPercent: 47, bmpPercent: null } });
    // Other fields alone keep the product.
    const renumbered = await t.http
      .patch(`/api/v1/suppliers/${id}/certifications/${created.id}`)
      .set('Authorization', ikm.auth)
      .send({ number: 'TKDN-2' })
      .expect(200);
    expect(renumbered.body.product).toMatchObject({ tkdnPercent: 47 });
  });

  it("filters on the best known value for the request's part category: certified where verified, else declared", async () => {
    const declared60 = await foundry('deklarasi-60', 60);
    const certified45 = await foundry('sertifikat-45', 30);
    await tkdnCertificate(certified45, 45);
    const certifiedBelow = await foundry('sertifikat-35', 70);
    await tkdnCertificate(certifiedBelow, 35);
    const pending = await foundry('belum-diverifikasi', 20);
    await tkdnCertificate(pending, 50, { verify: false });
    const otherCategory = await foundry('kategori-lain', 50);
    await tkdnCertificate(otherCategory, 80, { partCategory: 'brakes.disc' });
    const smallIndustry = await foundry('ik', 10);
    await tkdnCertificate(smallIndustry, 42, { code: 'tkdn_ik' });
    // Verified while valid, then run out (curators cannot verify an expired certificate).
    const expired = await foundry('kedaluwarsa', 10);
    const lapsed = await tkdnCertificate(expired, 90);
    await t.app
      .get(DataSource)
      .query(`UPDATE supplier_certifications SET valid_until = '2026-01-31', valid_from = NULL WHERE id = $1`, [
        lapsed.id,
      ]);

    const list = await candidates((await request()).id);
    const eligible = [declared60, certified45, otherCategory, smallIndustry];
    for (const id of eligible) expect({ id, listed: list.has(id) }).toEqual({ id, listed: true });
    for (const id of [certifiedBelow, pending, expired])
      expect({ id, listed: list.has(id) }).toEqual({ id, listed: false });

    // A certified 45% scores above a declared 60%, and the reasons say which is which.
    expect(tkdnFactor(list.get(certified45)!)).toMatchObject({ reason: 'TKDN 45% bersertifikat', points: 4.5 });
    expect(tkdnFactor(list.get(declared60)!)).toMatchObject({ reason: 'TKDN 60% dinyatakan pemasok', points: 3 });
    expect(tkdnFactor(list.get(smallIndustry)!).reason).toBe('TKDN 42% bersertifikat');
    expect(tkdnFactor(list.get(otherCategory)!).reason).toBe('TKDN 50% dinyatakan pemasok');

    // A request for the group (brakes) counts a certificate for a member (brake drums).
    const group = await candidates((await request({ partCategory: 'brakes', minTkdnPercent: 79 })).id);
    expect(group.has(otherCategory)).toBe(true);
    expect(group.has(declared60)).toBe(false);

    // tkdnCertifiedOnly: declared values no longer count.
    const strict = await candidates((await request({ tkdnCertifiedOnly: true })).id);
    expect(strict.has(certified45)).toBe(true);
    expect(strict.has(smallIndustry)).toBe(true);
    expect(strict.has(declared60)).toBe(false);
    expect(strict.has(otherCategory)).toBe(false);

    // The supplier's opportunities and gaps apply the same rule: the certified 35% lacks TKDN.
    const published = await request();
    await t.http.post(`/api/v1/sourcing-requests/${published.id}/publish`).set('Authorization', oem.auth).expect(200);
    const opportunities = async (supplierId: string) =>
      (
        await t.http.get(`/api/v1/suppliers/${supplierId}/opportunities`).set('Authorization', ikm.auth).expect(200)
      ).body.items.map((o: { sourcingRequest: { id: string } }) => o.sourcingRequest.id) as string[];
    expect(await opportunities(certified45)).toContain(published.id);
    expect(await opportunities(certifiedBelow)).not.toContain(published.id);
    const gaps = await t.http
      .get(`/api/v1/suppliers/${certifiedBelow}/gaps`)
      .set('Authorization', ikm.auth)
      .expect(200);
    const gap = (gaps.body.items as { missing: { kind: string }[]; sourcingRequestIds: string[] }[]).find((g) =>
      g.sourcingRequestIds.includes(published.id),
    );
    // A TKDN below the minimum names BBSPJILM's (free) TKDN certification support.
    expect(gap?.missing).toEqual([
      {
        kind: 'tkdn',
        name: 'TKDN di bawah minimum permintaan',
        services: [expect.objectContaining({ code: 'pendampingan_tkdn', hasFee: false })],
      },
    ]);
  });
});
