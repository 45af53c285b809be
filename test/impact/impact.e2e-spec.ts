import { asBuffer, readWorkbook } from '../support/workbooks';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createBuyer, createRequest, TestBuyer } from '../support/buyers';
import { freshDatabase, FreshDatabase } from '../support/fresh-database';
import { createSupplier } from '../support/suppliers';

const PROCESS = 'electrical.motor_winding';
/** WIB today, as the API writes days. */
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * The region's impact on a known dataset of its own (a fresh database): two
 * firms, in Subang and Majalengka; a test that makes the first eligible for a
 * request asking for its report, a consultancy for the second that does not
 * (yet); the first verified and winning a contract of Rp 450 million with six
 * jobs. Every figure is checked.
 */
describe("The region's impact and the demand for BBSPJILM's services", () => {
  let database: FreshDatabase;
  let t: TestApp;
  let oem: TestUser;
  let curator: TestUser;
  let admin: TestUser;
  let ownerA: TestUser;
  let ownerB: TestUser;
  let buyer: TestBuyer;
  const supplier: Record<'subang' | 'majalengka', string> = { subang: '', majalengka: '' };
  const requests: Record<string, string> = {};

  const step = (user: TestUser, id: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/service-requests/${id}/events`).set('Authorization', user.auth).send(body).expect(200);
  const deliver = async (
    owner: TestUser,
    supplierId: string,
    serviceCode: string,
    evidence?: Record<string, string>,
  ) => {
    const { id } = (
      await t.http
        .post(`/api/v1/suppliers/${supplierId}/service-requests`)
        .set('Authorization', owner.auth)
        .send({ serviceCode })
        .expect(201)
    ).body;
    await step(curator, id, { type: 'schedule', startsOn: today() });
    await step(curator, id, { type: 'start' });
    await step(curator, id, { type: 'complete', evidence });
  };
  const matchEvent = (user: TestUser, id: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/matches/${id}/events`).set('Authorization', user.auth).send(body).expect(200);

  beforeAll(async () => {
    database = await freshDatabase('impact');
    t = await createTestApp({ env: { ...database.env, ...ADMIN_ENV } });
    [oem, curator, admin, ownerA, ownerB] = await Promise.all([
      createUser(t, 'oem_buyer', 'impact-oem'),
      createUser(t, 'curator', 'impact-curator'),
      createUser(t, 'admin', 'impact-admin'),
      createUser(t, 'ikm_owner', 'impact-a'),
      createUser(t, 'ikm_owner', 'impact-b'),
    ]);
    buyer = await createBuyer(t, oem);
    const firm = {
      processes: [PROCESS],
      materials: ['copper'],
      productCategories: ['ev_motor.stator'],
      nib: undefined,
    };
    supplier.subang = (
      await createSupplier(t, ownerA, { ...firm, regencyCode: '32.13', location: { lat: -6.5, lng: 107.65 } })
    ).id;
    supplier.majalengka = (
      await createSupplier(t, ownerB, { ...firm, regencyCode: '32.10', location: { lat: -6.84, lng: 108.23 } })
    ).id;
    const open = async (overrides: Record<string, unknown>) =>
      (
        await createRequest(
          t,
          oem,
          buyer,
          {
            partCategory: 'ev_motor.stator',
            processes: [PROCESS],
            materials: ['copper'],
            requiredCertifications: [],
            minTkdnPercent: null,
            maxDistanceKm: null,
            ...overrides,
          },
          { publish: true },
        )
      ).id;
    requests.report = await open({ requiredCertifications: ['material_test_report'], verifiedOnly: true });
    requests.iso = await open({ requiredCertifications: ['iso_9001'] });
    requests.plain = await open({});

    await deliver(ownerA, supplier.subang, 'uji_material', { number: 'LHU-7/2026', issuedOn: today() });
    await deliver(ownerB, supplier.majalengka, 'konsultansi_iso_9001');
    await t.http
      .post(`/api/v1/suppliers/${supplier.subang}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'verified', reason: 'Kunjungan pabrik.' })
      .expect(200);
    const match = (
      await t.http
        .post('/api/v1/matches')
        .set('Authorization', curator.auth)
        .send({ sourcingRequestId: requests.plain, supplierId: supplier.subang })
        .expect(201)
    ).body.id as string;
    await matchEvent(curator, match, { type: 'introduce' });
    await matchEvent(oem, match, { type: 'accept' });
    await matchEvent(ownerA, match, { type: 'accept' });
    await matchEvent(oem, match, { type: 'win', contractValueIdr: 450_000_000, expectedJobs: 6 });
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  it('counts services, firms eligible after them, verifications and wins with their value and jobs, by regency and month', async () => {
    await t.http.get('/api/v1/impact').expect(401);
    for (const user of [oem, ownerA]) await t.http.get('/api/v1/impact').set('Authorization', user.auth).expect(403);
    const res = await t.http.get('/api/v1/impact').set('Authorization', admin.auth).expect(200);
    const month = today().slice(0, 7);
    expect(res.body.totals).toEqual({
      servicesDelivered: 2,
      suppliersEligibleAfterService: 1,
      suppliersVerified: 1,
      matchesWon: 1,
      contractValueIdr: 450_000_000,
      expectedJobs: 6,
    });
    expect(res.body.byRegency).toEqual([
      {
        regencyCode: '32.13',
        regencyName: 'Kabupaten Subang',
        servicesDelivered: 1,
        suppliersEligibleAfterService: 1,
        suppliersVerified: 1,
        matchesWon: 1,
        contractValueIdr: 450_000_000,
        expectedJobs: 6,
      },
      {
        regencyCode: '32.10',
        regencyName: 'Kabupaten Majalengka',
        servicesDelivered: 1,
        suppliersEligibleAfterService: 0,
        suppliersVerified: 0,
        matchesWon: 0,
        contractValueIdr: 0,
        expectedJobs: 0,
      },
    ]);
    expect(res.body.byMonth).toEqual([{ month, ...res.body.totals }]);
    expect(res.body.rows.map((r: { regencyCode: string; month: string }) => `${r.regencyCode} ${r.month}`)).toEqual([
      `32.10 ${month}`,
      `32.13 ${month}`,
    ]);

    // One regency's office; a range before anything happened counts nothing, its months included.
    const subang = await t.http.get('/api/v1/impact?regencyCode=32.13').set('Authorization', curator.auth).expect(200);
    expect(subang.body.totals.servicesDelivered).toBe(1);
    expect(subang.body.byRegency).toHaveLength(1);
    const before = await t.http
      .get('/api/v1/impact?from=2020-01-01&to=2020-03-31')
      .set('Authorization', curator.auth)
      .expect(200);
    expect(before.body.totals).toMatchObject({ servicesDelivered: 0, matchesWon: 0, contractValueIdr: 0 });
    expect(before.body.byMonth.map((m: { month: string }) => m.month)).toEqual(['2020-01', '2020-02', '2020-03']);
    const backwards = await t.http
      .get('/api/v1/impact?from=2026-03-01&to=2026-01-01')
      .set('Authorization', curator.auth)
      .expect(400);
    expect(backwards.body.errors[0].field).toBe('to');
  });

  it('ranks, per regency, the services that would open the most open demand', async () => {
    const res = await t.http.get('/api/v1/impact/service-demand').set('Authorization', curator.auth).expect(200);
    const of = (code: string) =>
      res.body.items
        .find((r: { regencyCode: string }) => r.regencyCode === code)
        .services.map((s: { code: string; suppliers: number; requests: number; openings: number }) =>
          [s.code, s.suppliers, s.requests, s.openings].join(' '),
        );
    // Majalengka's firm lacks the material test report and ISO 9001 (the consultancy is done, the certificate not yet);
    // Subang's has its report now and lacks ISO 9001 only.
    expect(of('32.10')).toEqual(['konsultansi_iatf_16949 1 1 1', 'konsultansi_iso_9001 1 1 1', 'uji_material 1 1 1']);
    expect(of('32.13')).toEqual(['konsultansi_iatf_16949 1 1 1', 'konsultansi_iso_9001 1 1 1']);
  });

  it('gives the report as a workbook and as a PDF a regency office can file, in Indonesian', async () => {
    const xlsx = await asBuffer(t.http.get('/api/v1/impact/report.xlsx').set('Authorization', curator.auth)).expect(
      200,
    );
    expect(xlsx.headers['content-disposition']).toMatch(/rantai-dampak-\d{4}-\d{2}-\d{2}\.xlsx/);
    const sheets = await readWorkbook(xlsx.body as Buffer);
    expect([...sheets.keys()]).toEqual([
      'Ringkasan',
      'Per wilayah',
      'Per bulan',
      'Per wilayah dan bulan',
      'Kebutuhan layanan BBSPJILM',
    ]);
    const summary = Object.fromEntries(
      sheets
        .get('Ringkasan')!
        .slice(1)
        .map(([item, value]) => [item, value]),
    );
    expect(summary).toMatchObject({
      'Layanan BBSPJILM selesai': 2,
      'Pemasok memenuhi syarat setelah layanan': 1,
      'Nilai kontrak (Rp)': 450_000_000,
      'Perkiraan lapangan kerja baru': 6,
    });
    expect(sheets.get('Per wilayah')![1].slice(0, 3)).toEqual(['32.13', 'Kabupaten Subang', 1]);

    const pdf = await asBuffer(
      t.http.get('/api/v1/impact/report.pdf?regencyCode=32.13').set('Authorization', curator.auth),
    ).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/rantai-dampak-32\.13-/);
    const body = pdf.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(2000);
  });
});
