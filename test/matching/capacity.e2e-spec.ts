import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createBuyer, createRequest, requestBody, TestBuyer } from '../support/buyers';
import { everyCandidate, factorOf } from '../support/candidates';
import { createSupplier, uniqueWord } from '../support/suppliers';

/** Capacities in comparable units: kg and ton convert, and pieces compare with weight through the part's weight. */
describe('Capacity in comparable units', () => {
  let t: TestApp;
  let ikm: TestUser;
  let oem: TestUser;
  let buyer: TestBuyer;
  const word = uniqueWord();

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [ikm, oem] = await Promise.all([createUser(t, 'ikm_owner'), createUser(t, 'oem_buyer')]);
    buyer = await createBuyer(t, oem);
  });
  afterAll(() => t.close());

  const foundry = (label: string, monthlyCapacity: { quantity: number; unit: string }) =>
    createSupplier(t, ikm, {
      nib: undefined,
      name: `PT Cor ${word} ${label}`,
      processes: ['casting.sand', 'machining.conventional_turning'],
      materials: ['iron.cast'],
      productCategories: ['brakes.drum'],
      regencyCode: '32.10', // Majalengka, where the point is
      location: { lat: -6.84, lng: 108.23 },
      monthlyCapacity,
    }).then((s) => s.id);

  const request = (overrides: Record<string, unknown>) =>
    createRequest(t, oem, buyer, {
      title: `Tromol rem ${word}`,
      partCategory: 'brakes.drum',
      processes: ['casting.sand', 'machining.conventional_turning'],
      materials: ['iron.cast'],
      requiredCertifications: [],
      maxDistanceKm: null,
      minTkdnPercent: null,
      ...overrides,
    });

  const capacityOf = async (requestId: string, supplierId: string) =>
    factorOf((await everyCandidate(t, oem, requestId)).get(supplierId)!, 'capacity');

  it("compares a foundry's tonnes with brake drums in pieces through the part's weight, and says when it cannot", async () => {
    const tonnes = await foundry('30-ton', { quantity: 30, unit: 'ton' });
    // 12,000 drums a year of 6.5 kg: 6,500 kg a month against 30,000 kg, 4.6 times: full points.
    const weighed = await request({ annualVolume: 12000, unit: 'pcs', partWeightKg: 6.5 });
    expect(weighed.partWeightKg).toBe(6.5);
    expect(await capacityOf(weighed.id, tonnes)).toEqual({
      factor: 'capacity',
      weight: 15,
      points: 15,
      reason: 'Kapasitas 30 ton/bulan, 4,6× kebutuhan bulanan (dengan berat 6,5 kg/pcs)',
    });
    // Without the weight: not rated (half), and the reason says why.
    const unweighed = await request({ annualVolume: 12000, unit: 'pcs' });
    expect(await capacityOf(unweighed.id, tonnes)).toMatchObject({
      points: 7.5,
      reason:
        'Kapasitas 30 ton/bulan tidak dapat dibandingkan dengan kebutuhan dalam pcs tanpa berat komponen: tidak dinilai',
    });
  });

  it('converts kg and ton, and reports the capacity gap in comparable units', async () => {
    const kilograms = await foundry('5000-kg', { quantity: 5000, unit: 'kg' });
    // 120 t a year is 10 t a month: 5,000 kg is half the need, a quarter of the full points.
    const req = await request({ annualVolume: 120, unit: 'ton' });
    expect(await capacityOf(req.id, kilograms)).toMatchObject({
      points: 3.75,
      reason: 'Kapasitas 5.000 kg/bulan, 0,5× kebutuhan bulanan',
    });
    await t.http.post(`/api/v1/sourcing-requests/${req.id}/publish`).set('Authorization', oem.auth).expect(200);

    // Gaps compare in the same units: a sand caster without turning lacks capacity at 5 t, not at 20 t.
    const caster = (label: string, quantity: number) =>
      createSupplier(t, ikm, {
        nib: undefined,
        name: `PT Cor ${word} ${label}`,
        processes: ['casting.sand'],
        materials: ['iron.cast'],
        productCategories: ['brakes.drum'],
        regencyCode: '32.10',
        location: { lat: -6.84, lng: 108.23 },
        monthlyCapacity: { quantity, unit: 'kg' },
      }).then((s) => s.id);
    const missingFor = async (supplierId: string) => {
      const res = await t.http.get(`/api/v1/suppliers/${supplierId}/gaps`).set('Authorization', ikm.auth).expect(200);
      return (res.body.items as { missing: unknown[]; sourcingRequestIds: string[] }[]).find((g) =>
        g.sourcingRequestIds.includes(req.id),
      )?.missing;
    };
    // No BBSPJILM service trains conventional turning or adds capacity: the gaps name none.
    expect(await missingFor(await caster('kecil', 5000))).toEqual([
      { kind: 'process', code: 'machining.conventional_turning', name: 'Bubut Konvensional', services: [] },
      { kind: 'capacity', name: 'Kapasitas bulanan di bawah kebutuhan', services: [] },
    ]);
    expect(await missingFor(await caster('besar', 20000))).toEqual([
      { kind: 'process', code: 'machining.conventional_turning', name: 'Bubut Konvensional', services: [] },
    ]);
  });

  it("refuses a part's weight on a request counted by weight or length", async () => {
    for (const unit of ['kg', 'ton', 'm']) {
      const res = await t.http
        .post('/api/v1/sourcing-requests')
        .set('Authorization', oem.auth)
        .send(requestBody(buyer, { unit, partWeightKg: 2 }));
      expect({ unit, status: res.status, fields: res.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
        unit,
        status: 400,
        fields: ['partWeightKg'],
      });
    }
    const req = await request({ annualVolume: 1200, unit: 'pcs', partWeightKg: 2 });
    const patch = await t.http
      .patch(`/api/v1/sourcing-requests/${req.id}`)
      .set('Authorization', oem.auth)
      .send({ unit: 'kg' });
    expect(patch.status).toBe(400);
    await t.http
      .patch(`/api/v1/sourcing-requests/${req.id}`)
      .set('Authorization', oem.auth)
      .send({ unit: 'kg', partWeightKg: null })
      .expect(200);
    for (const partWeightKg of [0, -1, 100001, 1.0001, '2']) {
      const res = await t.http
        .post('/api/v1/sourcing-requests')
        .set('Authorization', oem.auth)
        .send(requestBody(buyer, { partWeightKg }));
      expect({ partWeightKg, status: res.status }).toEqual({ partWeightKg, status: 400 });
    }
  });
});
