import { addDays, Clock } from '../../src/common/time/clock';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, registerUser, TestUser } from '../support/accounts';
import { addCertification, createSupplier, uniqueWord } from '../support/suppliers';

interface Item {
  id: string;
  name: string;
  certifications: string[];
  distanceKm?: number;
}

describe('Supplier search (GET /api/v1/suppliers)', () => {
  let t: TestApp;
  let owner: TestUser;
  let curator: TestUser;
  /** Every supplier of this file carries this word, so that the shared server database does not disturb counts. */
  const tag = uniqueWord();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    owner = await registerUser(t, 'ikm_owner');
    curator = await createUser(t, 'curator');
    const make = async (key: string, overrides: Record<string, unknown>) => {
      ids[key] = (
        await createSupplier(t, owner, {
          ...overrides,
          description: `${tag} ${overrides.description as string}`,
          nib: undefined,
        })
      ).id;
    };
    await make('diecast', {
      name: 'PT Cor Presisi Subang',
      description: 'Spesialis cor aluminium untuk rumah motor listrik.',
      processes: ['casting.hpdc'],
      materials: ['aluminium'],
      productCategories: ['ev_motor.housing'],
      location: { lat: -6.5, lng: 107.7 },
    });
    await make('lathe', {
      name: 'CV Bubut Mandiri Majalengka',
      description: 'Pembubutan poros dan bushing.',
      regencyCode: '32.10',
      processes: ['machining.cnc_turning'],
      materials: ['steel.carbon'],
      productCategories: ['bearings'],
    });
    await make('stamping', {
      name: 'UD Press Baja Sumedang',
      description: 'Stamping braket dan panel baja.',
      regencyCode: '32.11',
      processes: ['sheet_metal.stamping', 'welding.spot'],
      materials: ['steel.carbon', 'aluminium'],
      productCategories: ['chassis_suspension.bracket'],
    });
    await make('far', {
      name: 'CV Logam Timur',
      description: 'Pengecoran besi cor di Jawa Timur.',
      regencyCode: '35.15',
      processes: ['casting.sand'],
      materials: ['iron.cast'],
      productCategories: ['brakes'],
    });
    await addCertification(t, owner, ids.diecast, { code: 'iatf_16949' });
    await addCertification(t, owner, ids.stamping, {
      code: 'iatf_16949',
      validFrom: '2019-01-01',
      validUntil: '2020-01-01',
    });
    await addCertification(t, owner, ids.stamping, { code: 'iso_9001' });
    await t.http
      .post(`/api/v1/suppliers/${ids.lathe}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'verified' })
      .expect(200);
  });
  afterAll(() => t.close());

  const search = (query: Record<string, unknown>) =>
    t.http.get('/api/v1/suppliers').query(query).set('Authorization', owner.auth).expect(200);
  const found = async (query: Record<string, unknown>) =>
    (await search({ q: tag, ...query })).body.items.map((i: Item) => i.id) as string[];

  it('finds "pengecoran aluminium" at a die-casting supplier whose description says "cor aluminium"', async () => {
    const res = await search({ q: `pengecoran aluminium ${tag}` });
    expect(res.body.items.map((i: Item) => i.id)).toEqual([ids.diecast]);
  });

  it('finds CNC turning suppliers by the everyday word "bubut", and by English', async () => {
    expect(await found({ q: `bubut ${tag}` })).toEqual([ids.lathe]);
    expect(await found({ q: `turning ${tag}` })).toEqual([ids.lathe]);
    expect(await found({ q: `spot welding ${tag}` })).toEqual([ids.stamping]);
  });

  it('tolerates a typo in a name', async () => {
    const res = await search({ q: 'Bubud Mandiri Majalengk', regency: '32.10' });
    expect(res.body.items.map((i: Item) => i.id)).toContain(ids.lathe);
  });

  it('applies filters that must all hold, group codes covering their members', async () => {
    expect((await found({ material: 'aluminium' })).sort()).toEqual([ids.diecast, ids.stamping].sort());
    expect(await found({ material: ['aluminium', 'steel.carbon'] })).toEqual([ids.stamping]);
    expect((await found({ process: 'casting' })).sort()).toEqual([ids.diecast, ids.far].sort());
    expect(await found({ process: ['casting', 'machining.cnc_turning'] })).toEqual([]);
    expect(await found({ productCategory: 'chassis_suspension' })).toEqual([ids.stamping]);
    expect(await found({ regency: '32.10' })).toEqual([ids.lathe]);
    expect((await found({ province: '32' })).sort()).toEqual([ids.diecast, ids.lathe, ids.stamping].sort());
    expect(await found({ verified: true })).toEqual([ids.lathe]);
  });

  it('counts only held certificates: unexpired and not rejected', async () => {
    expect(await found({ certification: 'iatf_16949' })).toEqual([ids.diecast]);
    // IATF 16949 includes ISO 9001: the IATF holder meets both; the stamping shop, whose IATF expired, only ISO 9001.
    expect(await found({ certification: ['iatf_16949', 'iso_9001'] })).toEqual([ids.diecast]);
    const items = (await search({ q: tag, certification: 'iso_9001' })).body.items as Item[];
    expect(items.find((s) => s.id === ids.stamping)!.certifications).toEqual(['iso_9001']);
    expect(items.find((s) => s.id === ids.diecast)!.certifications).toEqual(['iatf_16949', 'iso_9001']);
  });

  it('searches a radius around a point, with distances, nearest first', async () => {
    const res = await search({ q: tag, near: '-6.48,107.62', radiusKm: 100, sort: 'distance' });
    const items: Item[] = res.body.items;
    expect(items.map((i) => i.id)).toEqual([ids.diecast, ids.stamping, ids.lathe]);
    expect(items[0].distanceKm).toBeCloseTo(9.14, 0);
    expect(items.every((i, n) => n === 0 || i.distanceKm! >= items[n - 1].distanceKm!)).toBe(true);
    const small = await search({ q: tag, near: '-6.48,107.62', radiusKm: 20 });
    expect(small.body.items.map((i: Item) => i.id)).toEqual([ids.diecast]);
  });

  it('sorts by name, and pages without gaps or repeats', async () => {
    const all = (await search({ q: tag, sort: 'name' })).body.items.map((i: Item) => i.name);
    expect(all).toEqual([
      'CV Bubut Mandiri Majalengka',
      'CV Logam Timur',
      'PT Cor Presisi Subang',
      'UD Press Baja Sumedang',
    ]);
    const pages = [];
    for (let page = 1; page <= 2; page++) {
      const res = await search({ q: tag, sort: 'name', limit: 2, page });
      expect(res.body).toMatchObject({ total: 4, page, limit: 2 });
      pages.push(...res.body.items.map((i: Item) => i.name));
    }
    expect(pages).toEqual(all);
  });

  it('follows edits to what a supplier does, where it is, its verification and its certificates', async () => {
    const moved = await createSupplier(t, owner, {
      name: `Pindah ${tag}`,
      nib: undefined,
      processes: ['casting.hpdc'],
      materials: ['aluminium'],
    });
    const movedFound = async (query: Record<string, unknown>) =>
      (await search({ q: `Pindah ${tag}`, ...query })).body.items.map((i: Item) => i.id) as string[];
    const near = ({ lat, lng }: { lat: number; lng: number }) => ({ near: `${lat},${lng}`, radiusKm: 3 });
    const subang = moved.location as { lat: number; lng: number };
    expect(await movedFound({ process: 'casting', regency: '32.13', ...near(subang) })).toEqual([moved.id]);
    const patched = await t.http
      .patch(`/api/v1/suppliers/${moved.id}`)
      .set('Authorization', owner.auth)
      .send({ processes: ['machining.cnc_turning'], materials: ['brass'], regencyCode: '32.10', expectedVersion: 1 })
      .expect(200);
    // The new regency moved it to that regency's centroid.
    expect(await movedFound(near(subang))).toEqual([]);
    expect(await movedFound(near(patched.body.location))).toEqual([moved.id]);
    expect(await movedFound({ process: 'casting' })).toEqual([]);
    expect(await movedFound({ material: 'aluminium' })).toEqual([]);
    expect(await movedFound({ regency: '32.13' })).toEqual([]);
    expect(await movedFound({ process: 'machining', material: 'brass', regency: '32.10', province: '32' })).toEqual([
      moved.id,
    ]);
    expect(await movedFound({ verified: true })).toEqual([]);
    await t.http
      .post(`/api/v1/suppliers/${moved.id}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'verified' })
      .expect(200);
    expect(await movedFound({ verified: true, process: 'machining.cnc_turning' })).toEqual([moved.id]);
    const cert = await addCertification(t, owner, moved.id, { code: 'iatf_16949' });
    expect(await movedFound({ certification: 'iatf_16949' })).toEqual([moved.id]);
    const validUntil = async (date: string) =>
      t.http
        .patch(`/api/v1/suppliers/${moved.id}/certifications/${cert.id}`)
        .set('Authorization', owner.auth)
        .send({ validUntil: date })
        .expect(200);
    const today = t.app.get(Clock).today();
    await validUntil(addDays(today, -1));
    expect(await movedFound({ certification: 'iatf_16949' })).toEqual([]);
    expect((await search({ q: `Pindah ${tag}` })).body.facets.certifications).toEqual([]);
    await validUntil(today);
    expect(await movedFound({ certification: 'iatf_16949' })).toEqual([moved.id]);
    await t.http
      .post(`/api/v1/suppliers/${moved.id}/certifications/${cert.id}/reject`)
      .set('Authorization', curator.auth)
      .send({ reason: 'Nomor tidak terdaftar.' })
      .expect(200);
    expect(await movedFound({ certification: 'iatf_16949' })).toEqual([]);
    await t.http.delete(`/api/v1/suppliers/${moved.id}`).set('Authorization', owner.auth).expect(204);
  });

  it('gives facet counts that match the totals of the refined searches', async () => {
    const res = await search({ q: tag });
    expect(res.body.total).toBe(4);
    const facets = res.body.facets;
    expect(facets.processes).toEqual(
      expect.arrayContaining([
        { code: 'casting', count: 2 },
        { code: 'casting.hpdc', count: 1 },
      ]),
    );
    expect(facets.regencies).toEqual(
      expect.arrayContaining([
        { code: '32.13', count: 1 },
        { code: '35.15', count: 1 },
      ]),
    );
    expect(facets.certifications).toEqual(
      expect.arrayContaining([
        { code: 'iatf_16949', count: 1 },
        { code: 'iso_9001', count: 2 },
      ]),
    );
    for (const [param, list] of [
      ['process', 'processes'],
      ['material', 'materials'],
      ['certification', 'certifications'],
      ['regency', 'regencies'],
    ] as const) {
      for (const facet of facets[list] as { code: string; count: number }[]) {
        const refined = await search({ q: tag, [param]: facet.code });
        expect({ [param]: facet.code, total: refined.body.total }).toEqual({ [param]: facet.code, total: facet.count });
      }
    }
  });

  it('gives curators a verification queue', async () => {
    const queue = await t.http
      .get('/api/v1/suppliers')
      .query({ q: tag, verification: 'unverified', sort: 'updated' })
      .set('Authorization', curator.auth)
      .expect(200);
    expect(queue.body.items.map((i: Item) => i.id)).not.toContain(ids.lathe);
    expect(queue.body.total).toBe(3);
  });

  it('refuses unknown codes and inconsistent parameters with field errors', async () => {
    const res = await t.http
      .get('/api/v1/suppliers')
      .query({ process: ['casting', 'nope'], radiusKm: 5, sort: 'distance', limit: 101 })
      .set('Authorization', owner.auth)
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit']);
    const codes = await t.http
      .get('/api/v1/suppliers')
      .query({ process: ['casting', 'nope'], radiusKm: 5, sort: 'distance' })
      .set('Authorization', owner.auth)
      .expect(400);
    expect(codes.body.errors).toEqual([
      { field: 'process[1]', message: "kode proses 'nope' tidak dikenal" },
      { field: 'radiusKm', message: 'radiusKm memerlukan near' },
      { field: 'sort', message: 'sort=distance memerlukan near' },
    ]);
    await t.http.get('/api/v1/suppliers').query({ near: 'here' }).set('Authorization', owner.auth).expect(400);
  });

  it("never lists deleted suppliers, nor anyone's contact", async () => {
    const gone = await createSupplier(t, owner, { name: `Hilang ${tag}`, nib: undefined });
    await t.http.delete(`/api/v1/suppliers/${gone.id}`).set('Authorization', owner.auth).expect(204);
    const res = await search({ q: tag });
    expect(res.body.items.map((i: Item) => i.id)).not.toContain(gone.id);
    expect(JSON.stringify(res.body)).not.toMatch(/contact|npwp|812-2345/);
  });
});
