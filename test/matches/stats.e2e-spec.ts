import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, loginAdmin, TestUser } from '../support/accounts';
import { createBuyer, createRequest } from '../support/buyers';
import { freshDatabase, FreshDatabase } from '../support/fresh-database';
import { createSupplier } from '../support/suppliers';
import { asBuffer, readWorkbook, XLSX } from '../support/workbooks';

describe('Curator dashboard stats on a known dataset', () => {
  let db: FreshDatabase;
  let t: TestApp;
  let curator: TestUser;
  let ikm: TestUser;
  let oem: TestUser;

  beforeAll(async () => {
    db = await freshDatabase('stats');
    t = await createTestApp({ env: { ...ADMIN_ENV, ...db.env } });
    [curator, ikm, oem] = await Promise.all([
      createUser(t, 'curator'),
      createUser(t, 'ikm_owner'),
      createUser(t, 'oem_buyer'),
    ]);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('counts suppliers, requests, matches, the funnel and the gaps by regency', async () => {
    const supplier = (processes: string[], regencyCode: string) =>
      createSupplier(t, ikm, { nib: undefined, processes, regencyCode, location: undefined, tkdnPercent: null });
    const s1 = await supplier(['heat_treatment.carburising'], '32.13');
    const s2 = await supplier(['heat_treatment.carburising', 'machining.cnc_turning'], '32.13');
    await supplier(['machining.cnc_turning'], '32.10');
    await t.http
      .post(`/api/v1/suppliers/${s1.id}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'verified' })
      .expect(200);

    const buyer = await createBuyer(t, oem);
    const plain = { materials: [], requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null };
    const r1 = await createRequest(
      t,
      oem,
      buyer,
      { ...plain, processes: ['heat_treatment.carburising'] },
      { publish: true },
    );
    await createRequest(
      t,
      oem,
      buyer,
      { ...plain, processes: ['machining.cnc_turning'], requiredCertifications: ['iso_9001'] },
      { publish: true },
    );
    await createRequest(t, oem, buyer, { ...plain, processes: ['forging.hot'] });

    const shortlist = async (supplierId: string) =>
      (
        await t.http
          .post('/api/v1/matches')
          .set('Authorization', curator.auth)
          .send({ sourcingRequestId: r1.id, supplierId })
          .expect(201)
      ).body.id as string;
    const send = (user: TestUser, id: string, type: string) =>
      t.http.post(`/api/v1/matches/${id}/events`).set('Authorization', user.auth).send({ type }).expect(200);
    const won = await shortlist(s1.id);
    const pending = await shortlist(s2.id);
    await send(curator, won, 'introduce');
    await send(oem, won, 'accept');
    await send(ikm, won, 'accept');
    await send(oem, won, 'win');

    const res = await t.http.get('/api/v1/stats').set('Authorization', curator.auth).expect(200);
    expect(res.body.suppliers).toEqual({
      total: 3,
      verified: 1,
      byRegency: [
        { regencyCode: '32.13', regencyName: 'Kabupaten Subang', total: 2, verified: 1 },
        { regencyCode: '32.10', regencyName: 'Kabupaten Majalengka', total: 1, verified: 0 },
      ],
    });
    expect(res.body.openRequests).toBe(2);
    expect(res.body.matchesByStatus).toEqual({
      requested: 0,
      shortlisted: 1,
      introduced: 0,
      engaged: 0,
      won: 1,
      lost: 0,
      declined: 0,
      withdrawn: 0,
    });
    // Over time: both matches were shortlisted this month (WIB), the series running from it to it.
    const thisMonth = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    expect(res.body.matchesByMonth).toEqual([{ month: thisMonth, byStatus: res.body.matchesByStatus }]);
    expect(
      res.body.funnel.map((s: { stage: string; matches: number; conversion: number | null }) => [
        s.stage,
        s.matches,
        s.conversion,
      ]),
    ).toEqual([
      ['shortlisted', 2, null],
      ['introduced', 1, 0.5],
      ['engaged', 1, 1],
      ['won', 1, 1],
    ]);
    // Each step of the won match took seconds.
    expect(res.body.funnel.map((s: { medianDays: number | null }) => s.medianDays)).toEqual([null, 0, 0, 0]);
    expect(res.body.gapsByRegency).toEqual([
      {
        regencyCode: '32.10',
        regencyName: 'Kabupaten Majalengka',
        missing: [
          { kind: 'certification', code: 'iso_9001', requests: 1, suppliers: 1 },
          { kind: 'process', code: 'heat_treatment.carburising', requests: 1, suppliers: 1 },
        ],
      },
      {
        regencyCode: '32.13',
        regencyName: 'Kabupaten Subang',
        missing: [
          { kind: 'certification', code: 'iso_9001', requests: 1, suppliers: 2 },
          { kind: 'process', code: 'machining.cnc_turning', requests: 1, suppliers: 1 },
        ],
      },
    ]);

    // Days come from the history: an introduction four days after its shortlisting makes the median of
    // (about 0, 4) days 2 for that step.
    await t.app.get(DataSource).query(
      `INSERT INTO match_events (match_id, type, actor_user_id, from_status, to_status, created_at)
       SELECT match_id, 'introduce', actor_user_id, 'shortlisted', 'introduced', created_at + interval '4 days'
         FROM match_events WHERE match_id = $1 AND to_status = 'shortlisted'`,
      [pending],
    );
    const later = await t.http.get('/api/v1/stats').set('Authorization', curator.auth).expect(200);
    expect(later.body.funnel[1]).toEqual({ stage: 'introduced', matches: 2, conversion: 1, medianDays: 2 });

    await t.http
      .get('/api/v1/stats')
      .set('Authorization', (await loginAdmin(t)).auth)
      .expect(200);
    for (const user of [ikm, oem]) await t.http.get('/api/v1/stats').set('Authorization', user.auth).expect(403);
  });

  it('names regencies in English when asked, and counts only matches shortlisted in the range (WIB days)', async () => {
    const english = await t.http
      .get('/api/v1/stats')
      .set('Authorization', curator.auth)
      .set('Accept-Language', 'en')
      .expect(200);
    expect(english.body.suppliers.byRegency.map((r: { regencyName: string }) => r.regencyName)).toEqual([
      'Subang Regency',
      'Majalengka Regency',
    ]);
    expect(english.body.range).toEqual({ from: null, to: null });

    // Move the two matches of the first test: one shortlisted at 23:30 WIB on 1 Oct, the other at 00:30 WIB on 2 Oct.
    const dataSource = t.app.get(DataSource);
    const ids = await dataSource.query<{ id: string }[]>(`SELECT id FROM matches ORDER BY created_at, id`);
    expect(ids).toHaveLength(2);
    // The range selects matches by when they were shortlisted (matches.created_at; the history is append-only).
    const move = (id: string, at: string) =>
      dataSource.query(`UPDATE matches SET created_at = $2 WHERE id = $1`, [id, at]);
    await move(ids[0].id, '2026-10-01T16:30:00Z');
    await move(ids[1].id, '2026-10-01T17:30:00Z');
    const statuses = async (query: string) => {
      const res = await t.http.get(`/api/v1/stats?${query}`).set('Authorization', curator.auth).expect(200);
      const counts = res.body.matchesByStatus as Record<string, number>;
      return {
        total: Object.values(counts).reduce((sum, n) => sum + n, 0),
        funnel: (res.body.funnel as { matches: number }[])[0].matches,
        suppliers: res.body.suppliers.total as number,
        range: res.body.range as unknown,
      };
    };
    expect(await statuses('from=2026-10-01&to=2026-10-01')).toEqual({
      total: 1,
      funnel: 1,
      suppliers: 3,
      range: { from: '2026-10-01', to: '2026-10-01' },
    });
    expect(await statuses('from=2026-10-02')).toMatchObject({ total: 1, funnel: 1, suppliers: 3 });
    expect(await statuses('to=2026-09-30')).toMatchObject({ total: 0, funnel: 0, suppliers: 3 });
    expect(await statuses('from=2026-10-01&to=2026-10-02')).toMatchObject({ total: 2, funnel: 2 });

    const refused = async (query: string, field: string) => {
      const res = await t.http.get(`/api/v1/stats?${query}`).set('Authorization', curator.auth).expect(400);
      expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))]).toEqual([field]);
    };
    await refused('from=2026-10-02&to=2026-10-01', 'to');
    await refused('from=2026-02-30', 'from');
    await refused('to=01-10-2026', 'to');
    await refused('from=2026-10-01T00:00:00Z', 'from');
  });

  it('exports the dashboard to Excel, one sheet per table, in Indonesian unless asked otherwise', async () => {
    const download = async (query: string, language = 'id') => {
      const res = await asBuffer(
        t.http
          .get(`/api/v1/stats/export.xlsx?${query}`)
          .set('Authorization', curator.auth)
          .set('Accept-Language', language),
      ).expect(200);
      expect(res.headers['content-type']).toBe(XLSX);
      return readWorkbook(res.body as Buffer);
    };
    const sheets = await download('from=2026-10-01&to=2026-10-01');
    expect([...sheets.keys()]).toEqual([
      'Ringkasan',
      'Pemasok per wilayah',
      'Status pencocokan',
      'Pencocokan per bulan',
      'Corong',
      'Kesenjangan kemampuan',
    ]);
    expect(sheets.get('Ringkasan')).toEqual([
      ['Butir', 'Nilai'],
      ['Dari tanggal (pencocokan)', '2026-10-01'],
      ['Sampai tanggal (pencocokan)', '2026-10-01'],
      ['Pemasok aktif', 3],
      ['Pemasok terverifikasi', 1],
      ['Permintaan terbuka', 2],
    ]);
    expect(sheets.get('Pemasok per wilayah')).toEqual([
      ['Kode wilayah', 'Kabupaten/kota', 'Pemasok aktif', 'Pemasok terverifikasi'],
      ['32.13', 'Kabupaten Subang', 2, 1],
      ['32.10', 'Kabupaten Majalengka', 1, 0],
    ]);
    const matches = sheets.get('Status pencocokan')!;
    expect(matches[0]).toEqual(['Status', 'Jumlah']);
    expect(matches.slice(1).reduce((sum, row) => sum + (row[1] as number), 0)).toBe(1);
    expect(matches.map((row) => row[0])).toContain('Masuk daftar pendek');
    expect(sheets.get('Pencocokan per bulan')).toEqual([
      [
        'Bulan',
        'Diminta',
        'Masuk daftar pendek',
        'Diperkenalkan',
        'Berlanjut',
        'Berhasil',
        'Tidak berhasil',
        'Ditolak',
        'Ditarik',
      ],
      ['2026-10', 0, 0, 0, 0, 1, 0, 0, 0],
    ]);
    const funnel = sheets.get('Corong')!;
    expect(funnel[0]).toEqual(['Tahap', 'Jumlah', 'Konversi dari tahap sebelumnya', 'Median hari']);
    expect(funnel[1].slice(0, 2)).toEqual(['Masuk daftar pendek', 1]);
    expect(sheets.get('Kesenjangan kemampuan')!.slice(0, 2)).toEqual([
      [
        'Kode wilayah',
        'Kabupaten/kota',
        'Jenis',
        'Kode kemampuan',
        'Permintaan terbuka yang membutuhkan',
        'Pemasok yang belum memiliki',
      ],
      ['32.10', 'Kabupaten Majalengka', 'Sertifikasi', 'iso_9001', 1, 1],
    ]);

    const english = await download('', 'en');
    expect(english.get('Suppliers by regency')![1]).toEqual(['32.13', 'Subang Regency', 2, 1]);
    const conversion = english
      .get('Funnel')!
      .slice(1)
      .map((row) => row[2]);
    expect(conversion).toEqual([undefined, 1, 0.5, 1]);

    await t.http
      .get('/api/v1/stats/export.xlsx?from=2026-10-02&to=2026-10-01')
      .set('Authorization', curator.auth)
      .expect(400);
    for (const user of [ikm, oem]) {
      await t.http.get('/api/v1/stats/export.xlsx').set('Authorization', user.auth).expect(403);
    }
  });

  it('counts the matches by the month (WIB) they were shortlisted in, every month of the range', async () => {
    const dataSource = t.app.get(DataSource);
    const ids = await dataSource.query<{ id: string; status: string }[]>(
      `SELECT id, status FROM matches ORDER BY created_at, id`,
    );
    expect(ids.map((m) => m.status)).toEqual(['won', 'shortlisted']);
    // 23:30 WIB on 31 August, and 00:30 WIB on 1 November (still 31 October in UTC).
    await dataSource.query(`UPDATE matches SET created_at = $2 WHERE id = $1`, [ids[0].id, '2026-08-31T16:30:00Z']);
    await dataSource.query(`UPDATE matches SET created_at = $2 WHERE id = $1`, [ids[1].id, '2026-10-31T17:30:00Z']);
    const monthly = async (query: string) => {
      const res = await t.http.get(`/api/v1/stats?${query}`).set('Authorization', curator.auth).expect(200);
      return (res.body.matchesByMonth as { month: string; byStatus: Record<string, number> }[]).map(
        ({ month, byStatus }) => [month, Object.entries(byStatus).filter(([, n]) => n > 0)],
      );
    };
    expect(await monthly('from=2026-08-01&to=2026-11-30')).toEqual([
      ['2026-08', [['won', 1]]],
      ['2026-09', []],
      ['2026-10', []],
      ['2026-11', [['shortlisted', 1]]],
    ]);
    // Without from, the series begins at the first match counted; without to, it ends this month.
    const thisMonth = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const unbounded = await monthly('');
    expect(unbounded[0]).toEqual(['2026-08', [['won', 1]]]);
    expect(unbounded.at(-1)![0]).toBe(thisMonth);
    expect(await monthly('to=2026-09-15')).toEqual([
      ['2026-08', [['won', 1]]],
      ['2026-09', []],
    ]);
    expect(await monthly('from=2026-09-01&to=2026-10-31')).toEqual([
      ['2026-09', []],
      ['2026-10', []],
    ]);
    expect(await monthly('to=2026-07-31')).toEqual([]);
    // A far from answers the latest ten years only.
    const decades = await monthly('from=1990-01-01&to=2026-11-30');
    expect(decades).toHaveLength(120);
    expect(decades[0][0]).toBe('2016-12');

    const sheets = await readWorkbook(
      (
        await asBuffer(
          t.http
            .get('/api/v1/stats/export.xlsx?from=2026-08-01&to=2026-09-30')
            .set('Authorization', curator.auth)
            .set('Accept-Language', 'en'),
        ).expect(200)
      ).body as Buffer,
    );
    expect(sheets.get('Matches by month')).toEqual([
      ['Month', 'Requested', 'Shortlisted', 'Introduced', 'Engaged', 'Won', 'Lost', 'Declined', 'Withdrawn'],
      ['2026-08', 0, 0, 0, 0, 1, 0, 0, 0],
      ['2026-09', 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });
});
