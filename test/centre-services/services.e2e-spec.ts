import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, loginAdmin, TestUser } from '../support/accounts';
import { createBuyer, createRequest, TestBuyer } from '../support/buyers';
import { createSupplier } from '../support/suppliers';

/** A process no other test asks for, so that this file's requests are the supplier's only ones it can do. */
const PROCESS = 'electrical.motor_winding';
/** A catalogue code of this run's own: the catalogue outlives a run on a server database. */
const NEW_SERVICE = `uji_kekerasan_${Math.random().toString(36).slice(2, 8)}`;

interface Gap {
  missing: { kind: string; code?: string; name: string; services: { code: string; name: string }[] }[];
  requests: number;
  sourcingRequestIds: string[];
}

/** WIB today plus some days, as the API writes days. */
const dayFromNow = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe("BBSPJILM's services: the catalogue, gaps that name them, and firms' requests", () => {
  let t: TestApp;
  let owner: TestUser;
  let otherOwner: TestUser;
  let oem: TestUser;
  let curator: TestUser;
  let admin: TestUser;
  let buyer: TestBuyer;
  let supplierId: string;
  const requests: Record<string, string> = {};

  const events = (id: string, user: TestUser, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/service-requests/${id}/events`).set('Authorization', user.auth).send(body);
  const ask = (user: TestUser, serviceCode: string, note?: string) =>
    t.http
      .post(`/api/v1/suppliers/${supplierId}/service-requests`)
      .set('Authorization', user.auth)
      .send({ serviceCode, note });
  const gaps = async (): Promise<Gap[]> =>
    (await t.http.get(`/api/v1/suppliers/${supplierId}/gaps`).set('Authorization', owner.auth).expect(200)).body.items;
  const gapOf = async (requestId: string) => (await gaps()).find((gap) => gap.sourcingRequestIds.includes(requestId));
  const serviceNotifications = async () =>
    (
      await t.http.get('/api/v1/notifications?limit=100').set('Authorization', owner.auth).expect(200)
    ).body.items.filter((n: { type: string }) => n.type === 'service_request') as { title: string; body: string }[];

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [owner, otherOwner, oem, curator] = await Promise.all([
      createUser(t, 'ikm_owner', 'svc-owner'),
      createUser(t, 'ikm_owner', 'svc-other'),
      createUser(t, 'oem_buyer', 'svc-oem'),
      createUser(t, 'curator', 'svc-curator'),
    ]);
    admin = await loginAdmin(t);
    buyer = await createBuyer(t, oem);
    supplierId = (
      await createSupplier(t, owner, {
        nib: undefined,
        processes: [PROCESS],
        materials: ['copper'],
        productCategories: ['ev_motor.stator'],
        location: { lat: -6.5, lng: 107.65 },
        tkdnPercent: 60,
        monthlyCapacity: { quantity: 5000, unit: 'pcs' },
      })
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
            annualVolume: 6000,
            minTkdnPercent: null,
            maxDistanceKm: null,
            ...overrides,
          },
          { publish: true },
        )
      ).id;
    requests.testReport = await open({ requiredCertifications: ['material_test_report'], verifiedOnly: true });
    requests.iso = await open({ requiredCertifications: ['iso_9001'] });
    requests.casting = await open({ processes: [PROCESS, 'casting.sand'] });
    requests.tkdn = await open({ minTkdnPercent: 80, tkdnCertifiedOnly: true });
  });
  afterAll(() => t.close());

  describe('the catalogue', () => {
    it('is public, in Indonesian or English, with what each service helps with and the evidence it records', async () => {
      const res = await t.http.get('/api/v1/services').expect(200);
      expect(res.body.total).toBeGreaterThanOrEqual(11);
      const test = res.body.items.find((s: { code: string }) => s.code === 'uji_material');
      expect(test).toMatchObject({
        kind: 'testing',
        name: 'Uji material logam',
        hasFee: true,
        typicalDays: 5,
        issues: { code: 'material_test_report', name: 'Laporan Hasil Uji Material' },
        evidenceValidMonths: 12,
        active: true,
      });
      const welding = res.body.items.find((s: { code: string }) => s.code === 'pelatihan_juru_las');
      expect(welding).toMatchObject({
        kind: 'training',
        hasFee: false,
        processes: [{ code: 'welding', name: 'Pengelasan' }],
      });
      const en = await t.http.get('/api/v1/services/uji_material').set('Accept-Language', 'en').expect(200);
      expect(en.body.name).toBe('Metal material testing');
      await t.http.get('/api/v1/services/no_such_service').expect(404);
    });

    it('is kept by curators and admins only, with the codes it names checked, and a retired service offered no more', async () => {
      const body = {
        code: NEW_SERVICE,
        kind: 'testing',
        nameId: 'Uji kekerasan',
        nameEn: 'Hardness testing',
        descriptionId: 'Rockwell, Brinell, Vickers.',
        descriptionEn: 'Rockwell, Brinell, Vickers.',
        certifications: ['material_test_report'],
        processes: ['heat_treatment'],
        issues: 'material_test_report',
        evidenceValidMonths: 12,
        typicalDays: 3,
        hasFee: true,
      };
      await t.http.post('/api/v1/services').send(body).expect(401);
      for (const user of [owner, oem])
        await t.http.post('/api/v1/services').set('Authorization', user.auth).send(body).expect(403);
      const unknown = await t.http
        .post('/api/v1/services')
        .set('Authorization', curator.auth)
        .send({ ...body, certifications: ['iso_99999'], evidenceValidMonths: undefined })
        .expect(400);
      expect(unknown.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['certifications[0]']);
      const unpaired = await t.http
        .post('/api/v1/services')
        .set('Authorization', curator.auth)
        .send({ ...body, evidenceValidMonths: undefined })
        .expect(400);
      expect(unpaired.body.errors).toEqual([
        { field: 'evidenceValidMonths', message: 'evidenceValidMonths diisi bersama issues, dan hanya bersamanya' },
      ]);
      expect((await t.http.get(`/api/v1/services/${NEW_SERVICE}`).expect(404)).status).toBe(404);

      const created = await t.http.post('/api/v1/services').set('Authorization', curator.auth).send(body).expect(201);
      expect(created.body).toMatchObject({ code: NEW_SERVICE, version: 1, active: true });
      const again = await t.http.post('/api/v1/services').set('Authorization', admin.auth).send(body).expect(409);
      expect(again.body.detail).toBe('Layanan dengan kode ini sudah ada di katalog.');

      const stale = await t.http
        .patch(`/api/v1/services/${NEW_SERVICE}`)
        .set('Authorization', admin.auth)
        .send({ typicalDays: 4, expectedVersion: 7 })
        .expect(409);
      expect(stale.body.currentVersion).toBe(1);
      await t.http
        .patch(`/api/v1/services/${NEW_SERVICE}`)
        .set('Authorization', owner.auth)
        .send({ active: false })
        .expect(403);
      const retired = await t.http
        .patch(`/api/v1/services/${NEW_SERVICE}`)
        .set('Authorization', admin.auth)
        .send({ active: false, expectedVersion: 1 })
        .expect(200);
      expect(retired.body).toMatchObject({ active: false, version: 2 });
      const listed = await t.http.get('/api/v1/services').expect(200);
      expect(listed.body.items.map((s: { code: string }) => s.code)).not.toContain(NEW_SERVICE);
      const all = await t.http.get('/api/v1/services?includeRetired=true').expect(200);
      expect(all.body.items.map((s: { code: string }) => s.code)).toContain(NEW_SERVICE);
      const refused = await ask(owner, NEW_SERVICE).expect(400);
      expect(refused.body.errors).toEqual([
        { field: 'serviceCode', message: `layanan ${NEW_SERVICE} tidak lagi ditawarkan` },
      ]);
    });
  });

  it('names, for each gap, the services that close it, and how many open requests closing it would open', async () => {
    const testReport = (await gapOf(requests.testReport))!;
    expect(testReport.missing).toEqual([
      expect.objectContaining({
        kind: 'certification',
        code: 'material_test_report',
        services: [expect.objectContaining({ code: 'uji_material', name: 'Uji material logam' })],
      }),
    ]);
    expect(testReport.requests).toBe(testReport.sourcingRequestIds.length);
    // IATF 16949 includes ISO 9001: its support closes the gap too, after the ISO 9001 consultancy (shorter).
    const iso = (await gapOf(requests.iso))!;
    expect(iso.missing[0].services.map((s) => s.code)).toEqual(['konsultansi_iso_9001', 'konsultansi_iatf_16949']);
    // Training for sand casting; the free small-industry TKDN support for a TKDN below the minimum.
    expect((await gapOf(requests.casting))!.missing[0].services.map((s) => s.code)).toEqual(['pelatihan_pengecoran']);
    expect((await gapOf(requests.tkdn))!.missing[0]).toMatchObject({
      kind: 'tkdn',
      services: [expect.objectContaining({ code: 'pendampingan_tkdn' })],
    });
  });

  it('takes a test from the owner’s request to a verified report that opens the requests asking for it', async () => {
    await t.http
      .post(`/api/v1/suppliers/${supplierId}/service-requests`)
      .send({ serviceCode: 'uji_material' })
      .expect(401);
    await ask(otherOwner, 'uji_material').expect(403);
    await ask(oem, 'uji_material').expect(403);
    const asked = await ask(owner, 'uji_material', 'Sampel rotor tembaga siap diambil.').expect(201);
    const id = asked.body.id as string;
    expect(asked.body).toMatchObject({
      status: 'requested',
      note: 'Sampel rotor tembaga siap diambil.',
      supplier: { id: supplierId },
      service: { code: 'uji_material', kind: 'testing' },
      evidence: null,
    });
    const twice = await ask(owner, 'uji_material').expect(409);
    expect(twice.body.detail).toMatch(/masih berjalan/);

    // Who sees it: the firm and staff; another owner, a buyer, nobody else.
    for (const user of [owner, curator, admin]) {
      await t.http.get(`/api/v1/service-requests/${id}`).set('Authorization', user.auth).expect(200);
    }
    await t.http.get(`/api/v1/service-requests/${id}`).set('Authorization', otherOwner.auth).expect(404);
    await t.http.get(`/api/v1/service-requests/${id}`).set('Authorization', oem.auth).expect(403);
    const othersList = await t.http.get('/api/v1/service-requests').set('Authorization', otherOwner.auth).expect(200);
    expect(othersList.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
    const queue = await t.http
      .get('/api/v1/service-requests?status=requested&serviceCode=uji_material')
      .set('Authorization', curator.auth)
      .expect(200);
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(id);

    // Only curators move it on, in order, with dates from today.
    await events(id, owner, { type: 'schedule', startsOn: dayFromNow(3) }).expect(403);
    await events(id, admin, { type: 'schedule', startsOn: dayFromNow(3) }).expect(403);
    await events(id, otherOwner, { type: 'cancel' }).expect(404);
    const early = await events(id, curator, { type: 'start' }).expect(409);
    expect(early.body.currentState).toBe('requested');
    const past = await events(id, curator, { type: 'schedule', startsOn: dayFromNow(-1) }).expect(400);
    expect(past.body.errors).toEqual([{ field: 'startsOn', message: 'startsOn tidak boleh sebelum hari ini' }]);
    const misplaced = await events(id, curator, {
      type: 'schedule',
      startsOn: dayFromNow(3),
      evidence: { number: 'X', issuedOn: dayFromNow(0) },
    }).expect(400);
    expect(misplaced.body.errors).toEqual([
      { field: 'evidence', message: 'evidence hanya dikirim dengan type complete' },
    ]);
    const scheduled = await events(id, curator, {
      type: 'schedule',
      startsOn: dayFromNow(3),
      note: 'Sampel diambil petugas BBSPJILM.',
    }).expect(200);
    // Five working days usually: the last day by default.
    expect(scheduled.body).toMatchObject({
      status: 'scheduled',
      startsOn: dayFromNow(3),
      endsOn: dayFromNow(7),
      version: 2,
    });
    const moved = await events(id, curator, {
      type: 'schedule',
      startsOn: dayFromNow(4),
      endsOn: dayFromNow(6),
    }).expect(200);
    expect(moved.body).toMatchObject({ status: 'scheduled', startsOn: dayFromNow(4), endsOn: dayFromNow(6) });
    await events(id, curator, { type: 'start', expectedVersion: 1 }).expect(409);
    await events(id, curator, { type: 'start' }).expect(200);
    // The firm may no longer cancel once the work has started.
    await events(id, owner, { type: 'cancel' }).expect(409);

    const bare = await events(id, curator, { type: 'complete' }).expect(400);
    expect(bare.body.errors).toEqual([
      {
        field: 'evidence',
        message: 'evidence wajib diisi: layanan ini mencatat Laporan Hasil Uji Material pada profil pemasok',
      },
    ]);
    const future = await events(id, curator, {
      type: 'complete',
      evidence: { number: 'LHU-0412/BBSPJILM/XI/2026', issuedOn: dayFromNow(2) },
    })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(future.body.errors).toEqual([{ field: 'evidence.issuedOn', message: 'issuedOn must not be after today' }]);
    const notADay = await events(id, curator, {
      type: 'complete',
      evidence: { number: 'LHU-1', issuedOn: '2026-02-30' },
    }).expect(400);
    expect(notADay.body.errors.map((e: { field: string }) => e.field)).toEqual(['evidence.issuedOn']);
    expect((await t.http.get(`/api/v1/service-requests/${id}`).set('Authorization', owner.auth)).body.status).toBe(
      'in_progress',
    );

    const done = await events(id, curator, {
      type: 'complete',
      evidence: { number: 'LHU-0412/BBSPJILM/XI/2026', issuedOn: dayFromNow(0) },
      note: 'Komposisi sesuai C11000.',
    }).expect(200);
    expect(done.body).toMatchObject({
      status: 'done',
      completedOn: dayFromNow(0),
      evidence: { code: 'material_test_report', number: 'LHU-0412/BBSPJILM/XI/2026', validFrom: dayFromNow(0) },
    });
    expect(done.body.history.map((e: { type: string; by: string }) => `${e.type}:${e.by}`)).toEqual([
      'request:firm',
      'schedule:curator',
      'schedule:curator',
      'start:curator',
      'complete:curator',
    ]);
    expect(done.body.history[1]).toMatchObject({ note: 'Sampel diambil petugas BBSPJILM.', startsOn: dayFromNow(3) });
    await events(id, curator, { type: 'cancel', note: 'x' }).expect(409);

    // The report is on the profile, verified and issued by BBSPJILM, and the request asking for it is open to the firm.
    const profile = await t.http.get(`/api/v1/suppliers/${supplierId}`).set('Authorization', oem.auth).expect(200);
    expect(profile.body.certifications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: done.body.evidence.certificationId,
          code: 'material_test_report',
          issuer: 'BBSPJILM',
          status: 'verified',
        }),
      ]),
    );
    expect(await gapOf(requests.testReport)).toBeUndefined();
    const opportunities = await t.http
      .get(`/api/v1/suppliers/${supplierId}/opportunities?limit=100`)
      .set('Authorization', owner.auth)
      .expect(200);
    expect(opportunities.body.items.map((o: { sourcingRequest: { id: string } }) => o.sourcingRequest.id)).toContain(
      requests.testReport,
    );

    // The firm heard of every step, in Indonesian.
    const told = (await serviceNotifications()).map((n) => n.title);
    expect(told).toEqual(
      expect.arrayContaining([
        'Permintaan layanan BBSPJILM diterima',
        'Layanan BBSPJILM dijadwalkan',
        'Layanan BBSPJILM dimulai',
        'Layanan BBSPJILM selesai',
      ]),
    );
    expect((await serviceNotifications()).find((n) => n.title === 'Layanan BBSPJILM selesai')!.body).toContain(
      'Laporan Hasil Uji Material No. LHU-0412/BBSPJILM/XI/2026 tercatat di profil Anda sebagai terverifikasi.',
    );

    // The history cannot be rewritten.
    await expect(
      t.app.get(DataSource).query(`UPDATE service_request_events SET note = 'x' WHERE service_request_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
  });

  it('lets the firm cancel before the work starts, and a curator only with a reason; a consultancy records no evidence', async () => {
    const consultancy = (await ask(owner, 'konsultansi_iso_9001').expect(201)).body.id as string;
    const reasonless = await events(consultancy, curator, { type: 'cancel' }).expect(400);
    expect(reasonless.body.errors).toEqual([
      { field: 'note', message: 'note wajib menjelaskan kepada perusahaan alasan pembatalan' },
    ]);
    await events(consultancy, curator, { type: 'schedule', startsOn: dayFromNow(0) }).expect(200);
    await events(consultancy, curator, { type: 'start' }).expect(200);
    const withEvidence = await events(consultancy, curator, {
      type: 'complete',
      evidence: { number: 'X-1', issuedOn: dayFromNow(0) },
    }).expect(400);
    expect(withEvidence.body.errors[0].field).toBe('evidence');
    const done = await events(consultancy, curator, { type: 'complete' }).expect(200);
    expect(done.body).toMatchObject({ status: 'done', evidence: null });

    const training = (await ask(owner, 'pelatihan_pengecoran').expect(201)).body.id as string;
    const cancelled = await events(training, owner, { type: 'cancel', note: 'Jadwal produksi penuh.' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    // Cancelled, it can be asked for again.
    const again = await ask(owner, 'pelatihan_pengecoran').expect(201);
    await events(again.body.id, curator, {
      type: 'cancel',
      note: 'Kelas Desember penuh; daftar ulang Januari.',
    }).expect(200);
    expect((await serviceNotifications()).map((n) => n.body)).toContain(
      'Permintaan layanan "Pelatihan teknologi pengecoran logam" dibatalkan. Alasan: Kelas Desember penuh; daftar ulang Januari.',
    );
    // A curator may file a request for a firm (a walk-in at the centre); the firm hears of it.
    const filed = await ask(curator, 'kalibrasi_alat_ukur').expect(201);
    expect(filed.body.status).toBe('requested');
    const mine = await t.http.get(`/api/v1/service-requests?supplierId=${supplierId}`).set('Authorization', owner.auth);
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining([consultancy, training, filed.body.id]),
    );
  });
});
