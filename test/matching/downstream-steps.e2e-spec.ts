import { createTestApp, TestApp } from '../support/app';
import { createUser, TestUser } from '../support/accounts';
import { createBuyer, createRequest, TestBuyer } from '../support/buyers';
import { everyCandidate, factorOf } from '../support/candidates';
import { createSupplier, supplierBody, uniqueWord } from '../support/suppliers';

/** Capability depth: the steps a buyer values after the required process, not sibling processes of its group. */
describe('Capability depth: downstream steps and machines', () => {
  let t: TestApp;
  let ikm: TestUser;
  let oem: TestUser;
  let buyer: TestBuyer;
  const word = uniqueWord();

  beforeAll(async () => {
    t = await createTestApp();
    [ikm, oem] = await Promise.all([createUser(t, 'ikm_owner'), createUser(t, 'oem_buyer')]);
    buyer = await createBuyer(t, oem);
  });
  afterAll(() => t.close());

  const caster = (label: string, processes: string[]) =>
    createSupplier(t, ikm, {
      nib: undefined,
      name: `PT Cor ${word} ${label}`,
      processes: ['casting.lpdc', ...processes],
      materials: ['aluminium'],
      productCategories: ['wheels_tyres'],
      location: { lat: -6.5, lng: 107.7 },
    }).then((s) => s.id);

  it('gives depth points for machining, coating and leak testing after casting, none for other casting processes', async () => {
    const finishing = await caster('finishing', [
      'machining.cnc_turning',
      'surface.powder_coating',
      'inspection.leak_testing',
    ]);
    const siblings = await caster('saudara', ['casting.sand', 'casting.gravity', 'casting.hpdc']);
    const req = await createRequest(t, oem, buyer, {
      title: `Velg ${word}`,
      partCategory: 'ev_motor.housing',
      processes: ['casting.lpdc'],
      materials: ['aluminium'],
      requiredCertifications: [],
      maxDistanceKm: null,
      minTkdnPercent: null,
    });
    const found = await everyCandidate(t, oem, req.id);
    const capability = (id: string) => factorOf(found.get(id)!, 'capability');
    // Neither makes motor housings: the capability points are depth alone, 40% of 25 at two steps or more.
    expect(capability(finishing)).toEqual({
      factor: 'capability',
      weight: 25,
      points: 10,
      reason: 'Belum membuat Rumah Motor; juga mengerjakan pengujian dan inspeksi, pemesinan, perlakuan permukaan',
    });
    expect(capability(siblings)).toMatchObject({
      points: 0,
      reason: 'Belum membuat Rumah Motor; tanpa proses lanjutan di luar yang diminta',
    });

    // A step the request itself requires is no extra depth.
    const machined = await createRequest(t, oem, buyer, {
      partCategory: 'ev_motor.housing',
      processes: ['casting.lpdc', 'machining.cnc_turning'],
      materials: ['aluminium'],
      requiredCertifications: [],
      maxDistanceKm: null,
      minTkdnPercent: null,
    });
    const again = (await everyCandidate(t, oem, machined.id, 'en')).get(finishing)!;
    expect(factorOf(again, 'capability').reason).toBe(
      'No Motor housing made yet; also does testing and inspection, surface treatment',
    );
  });

  it('gives half of depth to a stated machine that fits the need, and says which limits it meets', async () => {
    const die = (label: string, machines: Record<string, unknown>[]) =>
      createSupplier(t, ikm, {
        nib: undefined,
        name: `PT Die ${word} ${label}`,
        processes: ['casting.hpdc'],
        materials: ['aluminium'],
        productCategories: ['ev_motor.housing'],
        location: { lat: -6.5, lng: 107.7 },
        machines,
      }).then((s) => s.id);
    const big = await die('besar', [{ type: 'Mesin die casting', count: 1, process: 'casting.hpdc', tonnage: 1650 }]);
    const small = await die('kecil', [{ type: 'Mesin die casting', count: 2, process: 'casting.hpdc', tonnage: 800 }]);
    const unstated = await die('tanpa-data', [{ type: 'Mesin die casting 2000 ton', count: 1 }]);
    const req = await createRequest(
      t,
      oem,
      buyer,
      {
        title: `Rumah motor traksi 60 kW ${word}`,
        partCategory: 'ev_motor.housing',
        processes: ['casting.hpdc'],
        materials: ['aluminium'],
        requiredCertifications: [],
        maxDistanceKm: null,
        minTkdnPercent: null,
        machineNeed: { process: 'casting', minTonnage: 1600 },
      },
      { publish: true },
    );
    expect(req.machineNeed).toEqual({
      process: 'casting',
      minTonnage: 1600,
      minBedLengthMm: null,
      minBedWidthMm: null,
    });
    const found = await everyCandidate(t, oem, req.id);
    const capability = (id: string) => factorOf(found.get(id)!, 'capability');
    // All make motor housings (60% of 25 = 15); the fitting machine adds half of the 40% depth (5).
    expect(capability(big)).toMatchObject({
      points: 20,
      reason:
        'Sudah membuat Rumah Motor; tanpa proses lanjutan di luar yang diminta; punya mesin yang memenuhi (≥ 1.600 t)',
    });
    for (const id of [small, unstated]) {
      expect(capability(id)).toMatchObject({
        points: 15,
        reason:
          'Sudah membuat Rumah Motor; tanpa proses lanjutan di luar yang diminta; tidak ada mesin yang dinyatakan memenuhi (≥ 1.600 t)',
      });
    }
    // The supplier sees the same on its opportunities.
    const opportunities = await t.http
      .get(`/api/v1/suppliers/${big}/opportunities`)
      .set('Authorization', ikm.auth)
      .expect(200);
    const mine = opportunities.body.items.find(
      (o: { sourcingRequest: { id: string } }) => o.sourcingRequest.id === req.id,
    );
    expect(mine.breakdown[0]).toMatchObject({ points: 20, reason: capability(big).reason });

    const refused = async (path: string, body: Record<string, unknown>) => {
      const r = await t.http
        .post(path)
        .set('Authorization', path.includes('suppliers') ? ikm.auth : oem.auth)
        .send(body);
      expect(r.status).toBe(400);
      return r.body.errors.map((e: { field: string }) => e.field);
    };
    const base = {
      buyerId: buyer.id,
      title: 'x',
      partCategory: 'ev_motor.housing',
      processes: ['casting.hpdc'],
      annualVolume: 10,
      unit: 'pcs',
    };
    expect(await refused('/api/v1/sourcing-requests', { ...base, machineNeed: { process: 'casting' } })).toEqual([
      'machineNeed',
    ]);
    expect(
      await refused('/api/v1/sourcing-requests', { ...base, machineNeed: { process: 'casting.nope', minTonnage: 5 } }),
    ).toEqual(['machineNeed.process']);
    expect(
      await refused(
        '/api/v1/suppliers',
        supplierBody({ machines: [{ type: 'Press', count: 1, process: 'pressing.nope' }] }),
      ),
    ).toEqual(['machines[0].process']);
  });
});
