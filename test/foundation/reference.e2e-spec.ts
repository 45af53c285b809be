import { createTestApp, TestApp } from '../support/app';

describe('Reference data (GET /api/v1/reference/*)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('regions', () => {
    it('has the 38 provinces and 514 regencies and cities', async () => {
      const provinces = await t.http.get('/api/v1/reference/regions?level=province').expect(200);
      expect(provinces.body.total).toBe(38);
      expect(provinces.body.items).toHaveLength(38);
      const regencies = await t.http.get('/api/v1/reference/regions?level=regency').expect(200);
      expect(regencies.body.total).toBe(514);
    });

    it('lists the 27 regencies and cities of West Java, with Subang as 32.13 and its centroid', async () => {
      const res = await t.http.get('/api/v1/reference/regions?level=regency&parent=32').expect(200);
      expect(res.body.total).toBe(27);
      expect(res.body.items.every((r: { parentCode: string }) => r.parentCode === '32')).toBe(true);
      const subang = res.body.items.find((r: { code: string }) => r.code === '32.13');
      expect(subang).toEqual({
        code: '32.13',
        name: 'Kabupaten Subang',
        level: 'regency',
        kind: 'kabupaten',
        parentCode: '32',
        lat: -6.50833,
        lng: 107.7025,
      });
      const cities = res.body.items.filter((r: { kind: string }) => r.kind === 'kota');
      expect(cities.map((c: { code: string }) => c.code)).toContain('32.73');
      expect(cities).toHaveLength(9);
    });

    it('lists the seven regencies and cities of Rebana (Perpres 87/2021) as a group', async () => {
      const res = await t.http.get('/api/v1/reference/regions?group=rebana').expect(200);
      expect(res.body.items.map((r: { code: string }) => r.code).sort()).toEqual([
        '32.08',
        '32.09',
        '32.10',
        '32.11',
        '32.12',
        '32.13',
        '32.74',
      ]);
      expect((await t.http.get('/api/v1/reference/regions?group=nowhere').expect(200)).body.total).toBe(0);
      await t.http.get('/api/v1/reference/regions?group=Rebana!').expect(400);
    });

    it('finds regions by name, ignoring case', async () => {
      const res = await t.http.get('/api/v1/reference/regions?q=majalengka').expect(200);
      expect(res.body.items.map((r: { code: string }) => r.code)).toEqual(['32.10']);
    });

    it('refuses a malformed parent and unknown parameters with field errors', async () => {
      const res = await t.http.get('/api/v1/reference/regions?parent=3&level=village&color=red').expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['color', 'level', 'parent']);
    });
  });

  describe('capability taxonomy', () => {
    it.each([
      ['bubut', 'machining.cnc_turning'],
      ['cor', 'casting'],
      ['tempa', 'forging'],
      ['las', 'welding'],
      ['cetak injeksi', 'plastics.injection_moulding'],
      ['CNC turning', 'machining.cnc_turning'],
    ])('finds processes by the everyday word "%s"', async (q, code) => {
      const res = await t.http.get('/api/v1/reference/processes').query({ q }).expect(200);
      expect(res.body.items.map((p: { code: string }) => p.code)).toContain(code);
    });

    it('groups processes under a parent and names them in Indonesian by default, English on request', async () => {
      const id = await t.http.get('/api/v1/reference/processes').expect(200);
      const turning = id.body.items.find((p: { code: string }) => p.code === 'machining.cnc_turning');
      expect(turning).toMatchObject({
        parentCode: 'machining',
        name: 'Bubut CNC',
        nameId: 'Bubut CNC',
        nameEn: 'CNC turning',
      });
      expect(turning.aliases).toContain('bubut cnc');
      // "bubut" is turning on any lathe, conventional first: most IKM workshops turn by hand.
      const conventional = id.body.items.find((p: { code: string }) => p.code === 'machining.conventional_turning');
      expect(conventional).toMatchObject({ parentCode: 'machining', name: 'Bubut Konvensional' });
      expect(conventional.aliases).toContain('bubut');
      const en = await t.http.get('/api/v1/reference/processes').set('Accept-Language', 'en-GB,en;q=0.9').expect(200);
      expect(en.body.items.find((p: { code: string }) => p.code === 'machining.cnc_turning').name).toBe('CNC turning');
      expect(en.headers.vary).toMatch(/Accept-Language/);
    });

    it('every item points at an existing parent', async () => {
      for (const path of ['processes', 'materials', 'part-categories']) {
        const res = await t.http.get(`/api/v1/reference/${path}`).expect(200);
        const codes = new Set(res.body.items.map((i: { code: string }) => i.code));
        for (const item of res.body.items) {
          expect(item.code).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/);
          if (item.parentCode) expect(codes.has(item.parentCode)).toBe(true);
        }
      }
    });

    it('has materials such as aluminium and lithium-ion cells', async () => {
      const res = await t.http.get('/api/v1/reference/materials').expect(200);
      const codes = res.body.items.map((m: { code: string }) => m.code);
      expect(codes).toEqual(
        expect.arrayContaining(['steel.carbon', 'aluminium', 'iron.cast', 'li_ion_cell', 'rubber.epdm']),
      );
      const alu = await t.http.get('/api/v1/reference/materials?q=alumunium').expect(200);
      expect(alu.body.items.map((m: { code: string }) => m.code)).toEqual(['aluminium']);
    });

    it('has part categories for two- and four-wheelers, EV components included', async () => {
      const res = await t.http.get('/api/v1/reference/part-categories').expect(200);
      const byCode = new Map(res.body.items.map((c: { code: string }) => [c.code, c]));
      expect(byCode.get('ev_battery_enclosure')).toMatchObject({ vehicleTypes: ['2w', '4w', '3w', 'bus_truck'] });
      expect(byCode.get('body_frame.motorcycle_frame')).toMatchObject({ vehicleTypes: ['2w', '3w'] });
      // Charging stations are infrastructure, apart from the charger a vehicle carries.
      expect(byCode.get('charging_infrastructure')).toMatchObject({ aliases: expect.arrayContaining(['spklu']) });
      expect(byCode.get('ev_charger.onboard')).toMatchObject({ parentCode: 'ev_charger' });
      expect(byCode.get('brakes.drum')).toMatchObject({ aliases: expect.arrayContaining(['tromol']) });
      expect([...byCode.keys()]).toEqual(
        expect.arrayContaining(['ev_motor.housing', 'ev_inverter_controller', 'wiring_harness', 'brakes', 'fasteners']),
      );
    });

    it('has the certifications OEMs ask for', async () => {
      const res = await t.http.get('/api/v1/reference/certifications').expect(200);
      expect(res.body.items.map((c: { code: string }) => c.code)).toEqual(
        expect.arrayContaining([
          'iatf_16949',
          'iso_9001',
          'iso_14001',
          'iso_45001',
          'smk3',
          'sni',
          'iso_iec_17025',
          'welder_qualification',
          'iso_3834',
          'un_38_3',
          'iec_62619',
          'industri_hijau',
        ]),
      );
      expect(res.body.items.find((c: { code: string }) => c.code === 'iatf_16949').kind).toBe('quality');
    });

    it('has the KBLI 2020 codes for automotive and EV components', async () => {
      const res = await t.http.get('/api/v1/reference/kbli').expect(200);
      expect(res.body.total).toBe(18);
      const casting = res.body.items.find((k: { code: string }) => k.code === '24320');
      expect(casting).toMatchObject({
        name: 'Industri Pengecoran Logam Bukan Besi dan Baja',
        nameEn: expect.stringMatching(/die casting/),
      });
      // BPS's titles: 28113 is parts of engines and turbines, not job-shop machining; 27202 is every rechargeable battery.
      const engine = res.body.items.find((k: { code: string }) => k.code === '28113');
      expect(engine).toMatchObject({ name: 'Industri Komponen dan Suku Cadang Mesin dan Turbin' });
      const rechargeable = res.body.items.find((k: { code: string }) => k.code === '27202');
      expect(rechargeable.nameEn).toMatch(/lithium-ion/);
    });
  });

  describe('holidays', () => {
    type Holiday = { date: string; kind: string; name: string };
    it('lists national holidays and cuti bersama by year, named in the language asked for', async () => {
      const res = await t.http.get('/api/v1/reference/holidays?year=2026').expect(200);
      expect(res.body.years).toEqual([2025, 2026]);
      expect(res.body.total).toBe(25);
      const items = res.body.items as Holiday[];
      expect(items.filter((h) => h.kind === 'cuti_bersama')).toHaveLength(8);
      expect(items.find((h) => h.date === '2026-03-23')).toEqual({
        date: '2026-03-23',
        kind: 'cuti_bersama',
        name: 'Cuti Bersama Idul Fitri',
      });
      const english = await t.http.get('/api/v1/reference/holidays?year=2026').set('Accept-Language', 'en').expect(200);
      expect(english.body.items.find((h: Holiday) => h.date === '2026-08-17').name).toBe('Independence Day');
      await t.http.get('/api/v1/reference/holidays?year=abc').expect(400);
    });

    it('holds no cuti bersama on a weekend, and no year without New Year and Independence Day', async () => {
      const all = (await t.http.get('/api/v1/reference/holidays').expect(200)).body;
      for (const h of all.items as Holiday[]) {
        const weekday = new Date(`${h.date}T00:00:00Z`).getUTCDay();
        if (h.kind === 'cuti_bersama') expect({ date: h.date, weekday }).not.toMatchObject({ weekday: 0 });
        if (h.kind === 'cuti_bersama') expect({ date: h.date, weekday }).not.toMatchObject({ weekday: 6 });
      }
      for (const year of all.years as number[]) {
        const dates = (all.items as Holiday[]).map((h) => h.date);
        expect(dates).toEqual(expect.arrayContaining([`${year}-01-01`, `${year}-08-17`, `${year}-12-25`]));
      }
    });
  });

  describe('caching', () => {
    it('is public and cacheable, and revalidates with an ETag', async () => {
      const first = await t.http.get('/api/v1/reference/processes').expect(200);
      expect(first.headers['cache-control']).toBe('public, max-age=3600');
      expect(first.headers.etag).toBeDefined();
      await t.http.get('/api/v1/reference/processes').set('If-None-Match', first.headers.etag).expect(304);
    });

    it('needs no token', async () => {
      await t.http.get('/api/v1/reference/kbli').expect(200);
    });
  });
});
