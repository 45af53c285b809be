import { MatchingRepository } from '../../src/matching/matching.repository';
import { DEFAULT_WEIGHTS, scoreCandidate } from '../../src/matching/scoring';
import { createTestApp, TestApp } from '../support/app';
import { asBuffer, readWorkbook, XLSX } from '../support/workbooks';
import { ADMIN_ENV, createUser, loginAdmin, TestUser } from '../support/accounts';
import { createBuyer, createRequest, SMARTPOLITAN, TestBuyer } from '../support/buyers';
import { addCertification, createSupplier, uniqueWord } from '../support/suppliers';

/** Processes no other test uses, so that the candidates are this file's suppliers even on a shared database. */
const PROCESSES = ['forging.hot', 'machining.edm'];

interface Candidate {
  supplier: {
    id: string;
    name: string;
    regencyCode: string;
    regencyName: string;
    certificates: { code: string; name: string; verified: boolean }[];
  };
  score: number;
  distanceKm: number | null;
  monthlyCapacity: { quantity: number; unit: string } | null;
  tkdnPercent: number | null;
  tkdnCertified: boolean;
  match: { id: string; status: string } | null;
  breakdown: { factor: string; weight: number; points: number; reason: string }[];
}

describe('Candidates: eligible suppliers, ranked and explained', () => {
  let t: TestApp;
  let ikm: TestUser;
  let owner: TestUser;
  let otherBuyer: TestUser;
  let curator: TestUser;
  let admin: TestUser;
  let buyer: TestBuyer;
  const word = uniqueWord();

  /** An eligible supplier near Smartpolitan unless overridden, with an ISO 9001 declared unless `cert` says otherwise. */
  async function supplier(
    label: string,
    overrides: Record<string, unknown> = {},
    cert: { validUntil?: string; review?: 'verify' | 'reject'; code?: string } | null = {},
  ) {
    const created = await createSupplier(t, ikm, {
      nib: undefined,
      name: `CV ${word} ${label}`,
      processes: PROCESSES,
      materials: ['steel.alloy'],
      productCategories: ['engine_ice'],
      location: { lat: -6.5, lng: 107.65 },
      tkdnPercent: 60,
      monthlyCapacity: { quantity: 2000, unit: 'pcs' },
      ...overrides,
    });
    if (cert) {
      const c = await addCertification(t, ikm, created.id, {
        code: cert.code ?? 'iso_9001',
        validUntil: cert.validUntil ?? '2099-01-01',
      });
      if (cert.review) {
        await t.http
          .post(`/api/v1/suppliers/${created.id}/certifications/${c.id}/${cert.review}`)
          .set('Authorization', curator.auth)
          .send(cert.review === 'reject' ? { reason: 'Nomor sertifikat tidak ditemukan.' } : {})
          .expect(200);
      }
    }
    return created.id;
  }

  const request = (overrides: Record<string, unknown> = {}, publish = false) =>
    createRequest(
      t,
      owner,
      buyer,
      {
        title: `Poros tempa ${word}`,
        partCategory: 'engine_ice',
        processes: PROCESSES,
        materials: ['steel.carbon', 'steel.alloy'],
        requiredCertifications: ['iso_9001'],
        annualVolume: 12000,
        unit: 'pcs',
        maxDistanceKm: 80,
        minTkdnPercent: 40,
        ...overrides,
      },
      { publish },
    );

  const candidates = async (requestId: string, user: TestUser = owner, query = 'limit=100', language = 'id') => {
    const res = await t.http
      .get(`/api/v1/sourcing-requests/${requestId}/candidates?${query}`)
      .set('Authorization', user.auth)
      .set('Accept-Language', language)
      .expect(200);
    return res.body as { items: Candidate[]; eligible: number; evaluated: number; weights: Record<string, number> };
  };
  const ids = (list: { items: Candidate[] }) => list.items.map((c) => c.supplier.id);
  /** Every candidate, page by page: a database reused across runs may hold more than one page of them. */
  const everyCandidate = async (requestId: string, user: TestUser = owner, language = 'id') => {
    const first = await candidates(requestId, user, 'limit=100', language);
    for (let page = 2; page <= Math.ceil(first.eligible / 100); page++) {
      first.items.push(...(await candidates(requestId, user, `limit=100&page=${page}`, language)).items);
    }
    return first;
  };

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [ikm, owner, otherBuyer, curator] = await Promise.all([
      createUser(t, 'ikm_owner'),
      createUser(t, 'oem_buyer', 'match-owner'),
      createUser(t, 'oem_buyer', 'match-other'),
      createUser(t, 'curator'),
    ]);
    admin = await loginAdmin(t);
    buyer = await createBuyer(t, owner);
  });
  afterAll(() => t.close());

  it('lists only eligible suppliers: each rule, broken alone, excludes', async () => {
    const eligible = await supplier('lolos');
    const excluded = {
      process: await supplier('tanpa-edm', { processes: ['forging.hot'] }),
      material: await supplier('aluminium', { materials: ['aluminium'] }),
      certificate: await supplier('tanpa-iso', {}, null),
      expired: await supplier('iso-kedaluwarsa', {}, { validUntil: '2026-01-31' }),
      rejected: await supplier('iso-ditolak', {}, { review: 'reject' }),
      distance: await supplier('cirebon', { regencyCode: '32.09', location: { lat: -6.75, lng: 108.55 } }),
      tkdn: await supplier('tkdn-rendah', { tkdnPercent: 39.99 }),
      deleted: await supplier('dihapus'),
    };
    await t.http.delete(`/api/v1/suppliers/${excluded.deleted}`).set('Authorization', ikm.auth).expect(204);
    const req = await request();

    const list = await everyCandidate(req.id);
    expect(ids(list)).toContain(eligible);
    for (const [rule, id] of Object.entries(excluded))
      expect({ rule, listed: ids(list).includes(id) }).toEqual({ rule, listed: false });
    expect(list.eligible).toBe(list.items.length);
    // Evaluated: active suppliers with every required process (the one without EDM and the deleted one are not).
    expect(list.evaluated).toBeGreaterThanOrEqual(list.eligible + 6);

    // A group code in the request is covered by any of its members; a material group likewise.
    const byGroup = await everyCandidate(
      (await request({ processes: ['forging', 'machining.edm'], materials: ['steel'] })).id,
    );
    expect(ids(byGroup)).toEqual(expect.arrayContaining([eligible]));
    // Without the rules that excluded them, they come back.
    const lenient = await everyCandidate(
      (await request({ requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null, materials: [] })).id,
    );
    for (const id of [excluded.material, excluded.certificate, excluded.expired, excluded.distance, excluded.tkdn]) {
      expect(ids(lenient)).toContain(id);
    }
    expect(ids(lenient)).not.toContain(excluded.deleted);
    expect(ids(lenient)).not.toContain(excluded.process);
  });

  it('counts IATF 16949 as ISO 9001, which it includes, but not the other way round', async () => {
    const iatf = await supplier('iatf-saja', {}, { code: 'iatf_16949' });
    const iso = await supplier('iso-saja');
    const wantsIso = await everyCandidate((await request()).id);
    expect(ids(wantsIso)).toEqual(expect.arrayContaining([iatf, iso]));
    const wantsIatf = await everyCandidate((await request({ requiredCertifications: ['iatf_16949'] })).id);
    expect(ids(wantsIatf)).toContain(iatf);
    expect(ids(wantsIatf)).not.toContain(iso);
    // Supplier search's certificate filter reads the same hierarchy.
    const found = await t.http
      .get(`/api/v1/suppliers?q=${word}&certification=iso_9001&limit=100`)
      .set('Authorization', owner.auth)
      .expect(200);
    expect(found.body.items.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([iatf, iso]));
  });

  it('counts only verified certificates when verifiedOnly', async () => {
    const declared = await supplier('deklarasi');
    const verified = await supplier('terverifikasi', {}, { review: 'verify' });
    const strict = await everyCandidate((await request({ verifiedOnly: true })).id);
    expect(ids(strict)).toContain(verified);
    expect(ids(strict)).not.toContain(declared);
  });

  it('ranks nearer, verified and higher-capacity suppliers higher, other things equal, and explains why', async () => {
    const near = await supplier('dekat', { location: { lat: -6.49, lng: 107.63 } });
    const far = await supplier('jauh', { location: { lat: -6.7, lng: 107.9 } });
    const small = await supplier('kecil', {
      location: { lat: -6.49, lng: 107.63 },
      monthlyCapacity: { quantity: 200, unit: 'pcs' },
    });
    const verifiedProfile = await supplier('profil-terverifikasi', { location: { lat: -6.49, lng: 107.63 } });
    await t.http
      .post(`/api/v1/suppliers/${verifiedProfile}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'verified' })
      .expect(200);
    const iatf = await supplier('iatf', { location: { lat: -6.49, lng: 107.63 } }, { code: 'iatf_16949' });
    await addCertification(t, ikm, iatf, { code: 'iso_9001', validUntil: '2099-01-01' });

    const list = await everyCandidate((await request()).id);
    const position = (id: string) => ids(list).indexOf(id);
    expect(position(near)).toBeLessThan(position(far));
    expect(position(near)).toBeLessThan(position(small));
    expect(position(verifiedProfile)).toBeLessThan(position(near));
    expect(position(iatf)).toBeLessThan(position(near));

    const scores = list.items.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const c of list.items) {
      expect(c.score).toBeCloseTo(
        c.breakdown.reduce((sum, f) => sum + f.points, 0),
        6,
      );
      expect(c.breakdown.map((f) => f.factor)).toEqual([
        'capability',
        'certification',
        'distance',
        'capacity',
        'tkdn',
        'verification',
      ]);
    }
    const best = list.items[position(verifiedProfile)];
    expect(best.breakdown.find((f) => f.factor === 'verification')).toMatchObject({
      points: 10,
      reason: 'Profil dicek kurator BBSPJILM',
    });
    expect(best.breakdown.find((f) => f.factor === 'distance')!.reason).toMatch(
      /^\d+ km garis lurus dari Pabrik Subang$/,
    );
    expect(list.items[position(iatf)].breakdown.find((f) => f.factor === 'certification')!.reason).toBe(
      'IATF 16949 dinyatakan pemasok, belum diverifikasi',
    );
    // Ties are broken by supplier id: equal scores appear in id order.
    for (let i = 1; i < list.items.length; i++) {
      if (list.items[i].score === list.items[i - 1].score) {
        expect(list.items[i].supplier.id > list.items[i - 1].supplier.id).toBe(true);
      }
    }

    const english = await everyCandidate((await request()).id, owner, 'en');
    const reasons = english.items.flatMap((c) => c.breakdown.map((f) => f.reason));
    expect(reasons).toContain('Profile checked by a BBSPJILM curator');
    expect(reasons.some((r) => /^\d+ km in a straight line from Pabrik Subang$/.test(r))).toBe(true);
  });

  it('pages deterministically, without duplicates or gaps', async () => {
    for (let i = 0; i < 5; i++) await supplier(`halaman-${i}`, { location: { lat: -6.48 - i * 0.01, lng: 107.62 } });
    const req = await request();
    const all = await everyCandidate(req.id);
    expect(await everyCandidate(req.id)).toEqual(all);
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(all.eligible / 3); page++) {
      const res = await candidates(req.id, owner, `limit=3&page=${page}`);
      expect(res.eligible).toBe(all.eligible);
      paged.push(...ids(res));
    }
    expect(paged).toEqual(ids(all));
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('uses the request’s own weights within bounds, and its SQL agrees with the scoring module', async () => {
    await t.http
      .post('/api/v1/sourcing-requests')
      .set('Authorization', owner.auth)
      .send({
        buyerId: buyer.id,
        title: 'x',
        partCategory: 'engine_ice',
        processes: PROCESSES,
        annualVolume: 10,
        unit: 'pcs',
        scoreWeights: { capability: 60, certification: 0, distance: 20, capacity: 10, tkdn: 0, verification: 10 },
      })
      .expect(400);
    const weights = { capability: 10, certification: 10, distance: 50, capacity: 10, tkdn: 10, verification: 10 };
    const req = await request({ scoreWeights: weights });
    const list = await candidates(req.id);
    expect(list.weights).toEqual(weights);
    expect(list.items[0].breakdown.find((f) => f.factor === 'distance')!.weight).toBe(50);

    // Random suppliers: the pure module, fed the facts the database found, gives the points the database gave.
    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
    for (let i = 0; i < 25; i++) {
      const id = await supplier(
        `acak-${i}`,
        {
          processes: [...PROCESSES, ...['forging.cold', 'machining.cnc_turning', 'machining.grinding'].slice(0, i % 4)],
          productCategories: [pick(['ev_motor.housing', 'ev_motor.stator', 'brakes'])],
          // Anywhere within about 28 km of Subang's centroid (north, south, east, west): plausibly in Subang.
          location: { lat: -6.51 + (Math.random() - 0.5) * 0.5, lng: 107.7 + (Math.random() - 0.5) * 0.5 },
          tkdnPercent: pick([null, Math.round(Math.random() * 10000) / 100]),
          machines: [
            { type: 'Mesin tempa', count: 1, process: 'forging.hot', tonnage: pick([100, 250, 300, 630]) },
          ].slice(0, i % 2),
          monthlyCapacity: pick([
            null,
            { quantity: Math.ceil(Math.random() * 5000), unit: pick(['pcs', 'kg', 'ton']) },
          ]),
        },
        pick([null, { code: pick(['iso_9001', 'iatf_16949', 'smk3']), review: pick([undefined, 'verify' as const]) }]),
      );
      // A TKDN certificate, verified or not, for the request's category or another; every fifth supplier
      // has a verified one for the request's category, so that both kinds are always among the candidates.
      if (i % 5 === 0 || Math.random() < 0.4) {
        const tkdn = await addCertification(t, ikm, id, {
          code: 'tkdn',
          product: {
            name: `Produk ${i}`,
            partCategory: i % 5 === 0 ? 'ev_motor.housing' : pick(['ev_motor.housing', 'brakes']),
            tkdnPercent: Math.round(Math.random() * 10000) / 100,
          },
        });
        if (i % 5 === 0 || Math.random() < 0.7) {
          await t.http
            .post(`/api/v1/suppliers/${id}/certifications/${tkdn.id}/verify`)
            .set('Authorization', curator.auth)
            .expect(200);
        }
      }
      if (Math.random() < 0.3) {
        await t.http
          .post(`/api/v1/suppliers/${id}/verify`)
          .set('Authorization', curator.auth)
          .send({ verification: 'verified' });
      }
    }
    const repository = t.app.get(MatchingRepository);
    // With and without a machine need: a press of at least 300 t for forging, which some random suppliers state.
    const need = { process: 'forging', minTonnage: 300, minBedLengthMm: null, minBedWidthMm: null };
    for (const [w, partWeightKg, machineNeed] of [
      [DEFAULT_WEIGHTS, null, null],
      [weights, 2.5, need],
    ] as const) {
      const { items } = await repository.candidates(
        {
          partCategory: 'ev_motor.housing',
          processes: PROCESSES,
          materials: [],
          requiredCertifications: [],
          annualVolume: 12000,
          unit: 'pcs',
          partWeightKg,
          machineNeed,
          plant: { lat: SMARTPOLITAN.lat, lng: SMARTPOLITAN.lng },
          maxDistanceKm: null,
          minTkdnPercent: null,
          verifiedOnly: false,
          tkdnCertifiedOnly: false,
        },
        w,
        '2026-11-28',
        { limit: 100, offset: 0 },
      );
      expect(items.length).toBeGreaterThan(25);
      expect(new Set(items.map((row) => row.categoryExperience))).toEqual(new Set([0, 0.5, 1]));
      expect(new Set(items.map((row) => row.tkdnCertified))).toEqual(new Set([false, true]));
      // Without the part's weight, capacities by weight cannot be compared with pieces; with it, all can.
      expect(items.some((row) => row.capacityIncomparable)).toBe(partWeightKg === null);
      expect(new Set(items.map((row) => row.machineFit))).toEqual(
        machineNeed ? new Set([true, false]) : new Set([null]),
      );
      for (const row of items) {
        const expected = scoreCandidate(row, w);
        expect({ id: row.id, score: row.score, points: row.points }).toEqual({
          id: row.id,
          score: expected.score,
          points: Object.fromEntries(expected.breakdown.map((f) => [f.factor, f.points])),
        });
      }
    }
  });

  it('carries what a buyer chooses by: regency name, certificates held, capacity, TKDN', async () => {
    const id = await supplier('kartu', { regencyCode: '32.13', tkdnPercent: 55.5 }, { review: 'verify' });
    await addCertification(t, ikm, id, { code: 'iso_14001', validUntil: '2099-01-01' });
    await addCertification(t, ikm, id, { code: 'smk3', validUntil: '2026-01-31' });
    const req = await request();
    const card = (list: { items: Candidate[] }) => list.items.find((c) => c.supplier.id === id)!;
    const inIndonesian = card(await everyCandidate(req.id));
    expect(inIndonesian.supplier).toMatchObject({ regencyCode: '32.13', regencyName: 'Kabupaten Subang' });
    // The expired SMK3 certificate is not held; the declared ISO 14001 is, unverified.
    expect(inIndonesian.supplier.certificates).toEqual([
      { code: 'iso_14001', name: 'ISO 14001', verified: false },
      { code: 'iso_9001', name: 'ISO 9001', verified: true },
    ]);
    expect(inIndonesian).toMatchObject({
      monthlyCapacity: { quantity: 2000, unit: 'pcs' },
      tkdnPercent: 55.5,
      tkdnCertified: false,
      match: null,
    });
    const inEnglish = card(await everyCandidate(req.id, curator, 'en'));
    expect(inEnglish.supplier.regencyName).toBe('Subang Regency');
  });

  it('shows the match with each supplier to whoever may see it: curators always, the buyer once introduced', async () => {
    const id = await supplier('sudah-dipilih');
    const req = await request({}, true);
    const shortlisted = await t.http
      .post('/api/v1/matches')
      .set('Authorization', curator.auth)
      .send({ sourcingRequestId: req.id, supplierId: id, note: 'Cocok.' })
      .expect(201);
    const matchOf = async (user: TestUser) =>
      (await everyCandidate(req.id, user)).items.find((c) => c.supplier.id === id)!.match;
    expect(await matchOf(curator)).toEqual({ id: shortlisted.body.id, status: 'shortlisted' });
    // A shortlist is the curators' own until they introduce it.
    expect(await matchOf(owner)).toBeNull();
    await t.http
      .post(`/api/v1/matches/${shortlisted.body.id}/events`)
      .set('Authorization', curator.auth)
      .send({ type: 'introduce' })
      .expect(200);
    expect(await matchOf(owner)).toEqual({ id: shortlisted.body.id, status: 'introduced' });
    // Other suppliers of the list have none.
    expect((await everyCandidate(req.id, curator)).items.filter((c) => c.match).map((c) => c.supplier.id)).toEqual([
      id,
    ]);
  });

  it('exports the candidates to Excel as the list shows them, in Indonesian unless asked otherwise', async () => {
    const formula = await supplier('=1+2', { name: `=1+2 ${word}` }, { review: 'verify' });
    const plain = await supplier('xlsx-biasa', { regencyCode: '32.13', tkdnPercent: 45.25 });
    const req = await request({}, true);
    const list = await everyCandidate(req.id);
    const download = async (user: TestUser, language = 'id') => {
      const res = await asBuffer(
        t.http
          .get(`/api/v1/sourcing-requests/${req.id}/candidates.xlsx`)
          .set('Authorization', user.auth)
          .set('Accept-Language', language),
      ).expect(200);
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="rantai-.*\.xlsx"$/);
      const [[name, rows]] = [...(await readWorkbook(res.body as Buffer))];
      return { name, rows };
    };
    const { name, rows } = await download(owner);
    expect(name).toBe('Kandidat');
    expect(rows[0]).toEqual([
      'Peringkat',
      'Nama pemasok',
      'Kabupaten/kota',
      'Verifikasi',
      'Sertifikat dimiliki',
      'Jarak (km)',
      'Kapasitas per bulan',
      'Satuan',
      'TKDN (%)',
      'TKDN bersertifikat',
      'Skor',
      'Status pencocokan',
      'ID pemasok',
    ]);
    // Same order as the list, best first.
    expect(rows.slice(1).map((row) => row[12])).toEqual(list.items.map((c) => c.supplier.id));
    const plainRow = rows.find((row) => row[12] === plain)!;
    const plainCard = list.items.find((c) => c.supplier.id === plain)!;
    expect(plainRow).toEqual([
      list.items.indexOf(plainCard) + 1,
      `CV ${word} xlsx-biasa`,
      'Kabupaten Subang',
      'Belum diverifikasi',
      'ISO 9001 (belum diverifikasi)',
      plainCard.distanceKm,
      2000,
      'pcs',
      45.25,
      'Tidak',
      plainCard.score,
      undefined,
      plain,
    ]);
    expect(typeof plainRow[5]).toBe('number');
    // A name that starts like a formula is text, never run.
    const formulaRow = rows.find((row) => row[12] === formula)!;
    expect(formulaRow[1]).toBe(`'=1+2 ${word}`);
    expect(formulaRow[4]).toBe('ISO 9001');

    const english = await download(curator, 'en');
    expect(english.name).toBe('Candidates');
    expect(english.rows[0].slice(0, 4)).toEqual(['Rank', 'Supplier name', 'Regency/city', 'Verification']);
    expect(english.rows.find((row) => row[12] === plain)!.slice(2, 4)).toEqual(['Subang Regency', 'Not verified']);

    const path = `/api/v1/sourcing-requests/${req.id}/candidates.xlsx`;
    await t.http.get(path).set('Authorization', otherBuyer.auth).expect(404);
    await t.http.get(path).set('Authorization', ikm.auth).expect(403);
    await t.http.get(`${path}?limit=5`).set('Authorization', owner.auth).expect(400);
  });

  it('shows candidates to the buyer’s members and curators only', async () => {
    const req = await request();
    await candidates(req.id, curator);
    const path = `/api/v1/sourcing-requests/${req.id}/candidates`;
    await t.http.get(path).set('Authorization', otherBuyer.auth).expect(404);
    await t.http.get(path).set('Authorization', ikm.auth).expect(403);
    await t.http.get(path).set('Authorization', admin.auth).expect(403);
    await t.http.get(path).expect(401);
    await t.http
      .get('/api/v1/sourcing-requests/00000000-0000-4000-8000-000000000000/candidates')
      .set('Authorization', owner.auth)
      .expect(404);
  });
});
