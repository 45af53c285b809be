import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createBuyer, createRequest, TestBuyer } from '../support/buyers';
import { addCertification, createSupplier } from '../support/suppliers';

/** BBSPJILM's services (migrations/data/3500-centre-services) as a gap names them. */
const IATF_SUPPORT = {
  code: 'konsultansi_iatf_16949',
  kind: 'consultancy',
  name: 'Pendampingan IATF 16949 pemasok otomotif',
  typicalDays: 180,
  hasFee: true,
};
const TKDN_SUPPORT = {
  code: 'pendampingan_tkdn',
  kind: 'consultancy',
  name: 'Pendampingan sertifikasi TKDN',
  typicalDays: 30,
  hasFee: false,
};

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
  let isoId: string;
  let open: (overrides: Record<string, unknown>, publish?: boolean) => ReturnType<typeof createRequest>;
  const requests: Record<string, string> = {};
  const titles: Record<string, string> = {};

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
    isoId = (await addCertification(t, owner, supplierId, { code: 'iso_9001', validUntil: '2099-01-01' })).id;
    open = (overrides: Record<string, unknown>, publish = true) =>
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
    const moulds = await open({ processes: ['tooling.jigs_fixtures', 'tooling.moulds'], minTkdnPercent: 80 });
    requests.mouldsAndTkdn = moulds.id;
    titles.mouldsAndTkdn = moulds.title as string;
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
    type Gap = {
      missing: { kind: string; code?: string; name: string }[];
      requests: number;
      sourcingRequestIds: string[];
      sourcingRequests: { id: string; title: string }[];
    };
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
    // Each names the BBSPJILM services that would close it (none for capacity).
    expect(withCapacity.missing).toEqual([
      { kind: 'certification', code: 'iatf_16949', name: 'IATF 16949', services: [IATF_SUPPORT] },
      { kind: 'capacity', name: 'Kapasitas bulanan di bawah kebutuhan', services: [] },
    ]);
    const moulds = ours.find((gap) => gap.sourcingRequestIds.includes(requests.mouldsAndTkdn))!;
    expect(moulds.missing).toEqual([
      { kind: 'process', code: 'tooling.moulds', name: 'Pembuatan Cetakan', services: [] },
      { kind: 'tkdn', name: 'TKDN di bawah minimum permintaan', services: [TKDN_SUPPORT] },
    ]);
    // Each gap names its requests by title too, in the order of their ids.
    expect(moulds.sourcingRequests).toEqual([{ id: requests.mouldsAndTkdn, title: titles.mouldsAndTkdn }]);
    const listed = ours.flatMap((gap) => gap.sourcingRequestIds);
    for (const notBlocked of [requests.plain, requests.sameProduct, requests.draft, requests.closed]) {
      expect(listed).not.toContain(notBlocked);
    }
    // Ordered by how many requests each gap blocks.
    const counts = (res.body.items as Gap[]).map((gap) => gap.requests);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(res.body.blockedRequests).toBe(counts.reduce((a, b) => a + b, 0));
  });

  it('tells a declared certificate awaiting verification from a missing one, in Indonesian or English', async () => {
    // The supplier declared ISO 9001 (not verified); a request that accepts only verified certificates.
    const verifiedOnly = await open({
      verifiedOnly: true,
      title: `Braket terverifikasi ${Object.keys(titles).length}`,
    });
    const gapOf = async (language?: string) => {
      let get = t.http.get(`/api/v1/suppliers/${supplierId}/gaps`).set('Authorization', owner.auth);
      if (language) get = get.set('Accept-Language', language);
      const res = await get.expect(200);
      return (res.body.items as { missing: unknown[]; sourcingRequests: { id: string; title: string }[] }[]).find(
        (gap) => gap.sourcingRequests.some((r) => r.id === verifiedOnly.id),
      )!;
    };
    const indonesian = await gapOf();
    // Verification is a curator's check, not a service to ask for.
    expect(indonesian.missing).toEqual([
      {
        kind: 'certificate_unverified',
        code: 'iso_9001',
        name: 'ISO 9001 dinyatakan, belum diverifikasi BBSPJILM',
        services: [],
      },
    ]);
    expect(indonesian.sourcingRequests).toContainEqual({ id: verifiedOnly.id, title: verifiedOnly.title });
    expect((await gapOf('en')).missing).toEqual([
      {
        kind: 'certificate_unverified',
        code: 'iso_9001',
        name: 'ISO 9001 declared, not yet verified by BBSPJILM',
        services: [],
      },
    ]);
    // IATF 16949, never declared, stays a missing certificate even where only verified ones count.
    const iatfVerifiedOnly = await open({ verifiedOnly: true, requiredCertifications: ['iso_9001', 'iatf_16949'] });
    const res = await t.http
      .get(`/api/v1/suppliers/${supplierId}/gaps`)
      .set('Authorization', owner.auth)
      .set('Accept-Language', 'en')
      .expect(200);
    const both = (res.body.items as { missing: unknown[]; sourcingRequestIds: string[] }[]).find((gap) =>
      gap.sourcingRequestIds.includes(iatfVerifiedOnly.id),
    )!;
    // In the order the request lists them.
    expect(both.missing).toEqual([
      {
        kind: 'certificate_unverified',
        code: 'iso_9001',
        name: 'ISO 9001 declared, not yet verified by BBSPJILM',
        services: [],
      },
      {
        kind: 'certification',
        code: 'iatf_16949',
        name: 'IATF 16949',
        services: [{ ...IATF_SUPPORT, name: 'IATF 16949 support for automotive suppliers' }],
      },
    ]);
    // Once BBSPJILM verifies it, the request is open to the supplier.
    await t.http
      .post(`/api/v1/suppliers/${supplierId}/certifications/${isoId}/verify`)
      .set('Authorization', curator.auth)
      .send({})
      .expect(200);
    const opportunities = await t.http
      .get(`/api/v1/suppliers/${supplierId}/opportunities?limit=100`)
      .set('Authorization', owner.auth)
      .expect(200);
    expect(opportunities.body.items.map((o: { sourcingRequest: { id: string } }) => o.sourcingRequest.id)).toContain(
      verifiedOnly.id,
    );
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
