import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createBuyer, createRequest, TestBuyer } from '../support/buyers';
import { addCertification, createSupplier } from '../support/suppliers';

/** Processes no other test asks for, so that these requests are this file's own. */
const PROCESSES = ['tooling.jigs_fixtures', 'assembly.mechanical', 'tooling.dies'];

describe("A supplier's opportunities and gaps", () => {
  let t: TestApp;
  let owner: TestUser;
  let otherIkm: TestUser;
  let oem: TestUser;
  let curator: TestUser;
  let buyer: TestBuyer;
  let supplierId: string;
  const requests: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [owner, otherIkm, oem, curator] = await Promise.all([
      createUser(t, 'ikm_owner', 'opp-owner'),
      createUser(t, 'ikm_owner', 'opp-other'),
      createUser(t, 'oem_buyer', 'opp-oem'),
      createUser(t, 'curator'),
    ]);
    buyer = await createBuyer(t, oem);
    supplierId = (
      await createSupplier(t, owner, {
        nib: undefined,
        processes: PROCESSES,
        materials: ['steel.carbon'],
        productCategories: ['ev_motor.housing'],
        location: { lat: -6.5, lng: 107.65 },
        tkdnPercent: 50,
        monthlyCapacity: { quantity: 1000, unit: 'pcs' },
      })
    ).id;
    await addCertification(t, owner, supplierId, { code: 'iso_9001', validUntil: '2099-01-01' });
    const open = (overrides: Record<string, unknown>, publish = true) =>
      createRequest(
        t,
        oem,
        buyer,
        {
          partCategory: 'chassis_suspension.bracket',
          processes: ['tooling.jigs_fixtures'],
          materials: ['steel.carbon'],
          requiredCertifications: ['iso_9001'],
          annualVolume: 6000,
          minTkdnPercent: null,
          ...overrides,
        },
        { publish },
      );
    requests.plain = (await open({})).id;
    requests.sameProduct = (await open({ partCategory: 'ev_motor.housing' })).id;
    requests.iatfA = (await open({ requiredCertifications: ['iatf_16949'] })).id;
    requests.iatfB = (await open({ requiredCertifications: ['iso_9001', 'iatf_16949'] })).id;
    requests.mouldsAndTkdn = (
      await open({ processes: ['tooling.jigs_fixtures', 'tooling.moulds'], minTkdnPercent: 80 })
    ).id;
    requests.bigVolume = (await open({ requiredCertifications: ['iatf_16949'], annualVolume: 120000 })).id;
    requests.draft = (await open({ requiredCertifications: ['iatf_16949'] }, false)).id;
    requests.closed = (await open({})).id;
    await t.http.post(`/api/v1/sourcing-requests/${requests.closed}/close`).set('Authorization', oem.auth).expect(200);
  });
  afterAll(() => t.close());

  it('lists the open requests the supplier is eligible for, ranked and explained as buyers see them', async () => {
    const res = await t.http
      .get(`/api/v1/suppliers/${supplierId}/opportunities`)
      .set('Authorization', owner.auth)
      .expect(200);
    const ids = res.body.items.map((o: { sourcingRequest: { id: string } }) => o.sourcingRequest.id);
    expect(ids).toEqual(expect.arrayContaining([requests.plain, requests.sameProduct]));
    for (const excluded of ['iatfA', 'iatfB', 'mouldsAndTkdn', 'bigVolume', 'draft', 'closed']) {
      expect({ excluded, listed: ids.includes(requests[excluded]) }).toEqual({ excluded, listed: false });
    }
    // Experience with the part category ranks the same request higher.
    expect(ids.indexOf(requests.sameProduct)).toBeLessThan(ids.indexOf(requests.plain));
    const first = res.body.items[ids.indexOf(requests.sameProduct)];
    expect(first.sourcingRequest).toMatchObject({
      partCategory: 'ev_motor.housing',
      buyerName: 'PT Motor Listrik Nusantara',
    });
    expect(first.score).toBeCloseTo(
      first.breakdown.reduce((sum: number, f: { points: number }) => sum + f.points, 0),
      6,
    );
    // tooling.dies, a sibling of the required jigs and fixtures, is no step after them: no depth.
    expect(first.breakdown[0].reason).toBe('Sudah membuat Rumah Motor; tanpa proses lanjutan di luar yang diminta');

    // The same score as the buyer's candidate list gives this supplier for that request.
    const candidates = await t.http
      .get(`/api/v1/sourcing-requests/${requests.sameProduct}/candidates?limit=100`)
      .set('Authorization', oem.auth)
      .expect(200);
    const asCandidate = candidates.body.items.find((c: { supplier: { id: string } }) => c.supplier.id === supplierId);
    expect(asCandidate).toMatchObject({ score: first.score, distanceKm: first.distanceKm, breakdown: first.breakdown });
  });

  it('groups what keeps the supplier from other open requests, most valuable first', async () => {
    const res = await t.http.get(`/api/v1/suppliers/${supplierId}/gaps`).set('Authorization', curator.auth).expect(200);
    type Gap = { missing: { kind: string; code?: string }[]; requests: number; sourcingRequestIds: string[] };
    const ours = (res.body.items as Gap[])
      .map((gap) => ({
        ...gap,
        sourcingRequestIds: gap.sourcingRequestIds.filter((id) => Object.values(requests).includes(id)),
      }))
      .filter((gap) => gap.sourcingRequestIds.length > 0);
    const iatf = ours.find((gap) => gap.missing.length === 1 && gap.missing[0].code === 'iatf_16949')!;
    expect(iatf.sourcingRequestIds.sort()).toEqual([requests.iatfA, requests.iatfB].sort());
    // The big-volume request also lacks capacity (1,000 pcs a month against 10,000).
    const withCapacity = ours.find((gap) => gap.sourcingRequestIds.includes(requests.bigVolume))!;
    expect(withCapacity.missing).toEqual([{ kind: 'certification', code: 'iatf_16949' }, { kind: 'capacity' }]);
    const moulds = ours.find((gap) => gap.sourcingRequestIds.includes(requests.mouldsAndTkdn))!;
    expect(moulds.missing).toEqual([{ kind: 'process', code: 'tooling.moulds' }, { kind: 'tkdn' }]);
    const listed = ours.flatMap((gap) => gap.sourcingRequestIds);
    for (const notBlocked of [requests.plain, requests.sameProduct, requests.draft, requests.closed]) {
      expect(listed).not.toContain(notBlocked);
    }
    // Ordered by how many requests each gap blocks.
    const counts = (res.body.items as Gap[]).map((gap) => gap.requests);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(res.body.blockedRequests).toBe(counts.reduce((a, b) => a + b, 0));
  });

  it("is for the supplier's members and curators only", async () => {
    for (const path of ['opportunities', 'gaps']) {
      const url = `/api/v1/suppliers/${supplierId}/${path}`;
      await t.http.get(url).set('Authorization', otherIkm.auth).expect(403);
      await t.http.get(url).set('Authorization', oem.auth).expect(403);
      await t.http.get(url).set('Authorization', curator.auth).expect(200);
      await t.http.get(url).expect(401);
      await t.http
        .get(`/api/v1/suppliers/00000000-0000-4000-8000-000000000000/${path}`)
        .set('Authorization', owner.auth)
        .expect(404);
    }
  });
});
