import { Clock } from '../../src/common/time/clock';
import { SuppliersSearchRepository } from '../../src/suppliers/suppliers-search.repository';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, registerUser, TestUser } from '../support/accounts';
import { createBuyer, SMARTPOLITAN, TestBuyer } from '../support/buyers';
import { createSupplier, uniqueWord } from '../support/suppliers';

interface Point {
  id: string;
  name: string;
  lat: number;
  lng: number;
  verification: string;
}
interface PlantPoint {
  id: string;
  name: string;
  buyerId: string;
  buyerName: string;
  estateId: string | null;
  distanceKm?: number;
}

/**
 * The map's points: suppliers with the search's own filters (the same statement builds both), buyers'
 * plants with who may see which, and the tile server the deployment configured.
 */
describe('Map points', () => {
  let t: TestApp;
  let owner: TestUser;
  let buyerUser: TestUser;
  let otherBuyerUser: TestUser;
  let estateManager: TestUser;
  let curator: TestUser;
  let admin: TestUser;
  let smartpolitanId: string;
  let buyer: TestBuyer;
  let otherBuyer: TestBuyer;
  /** On every supplier of this file, so that the shared server database does not disturb the sets. */
  const tag = uniqueWord();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // The search reads every match, so that its pages and the map can be compared for a name search that
    // finds more suppliers of a shared database than the default limit.
    t = await createTestApp({ env: { ...ADMIN_ENV, SEARCH_EXACT_LIMIT: '1000000' } });
    [owner, buyerUser, otherBuyerUser, estateManager, curator, admin] = await Promise.all([
      registerUser(t, 'ikm_owner'),
      registerUser(t, 'oem_buyer', 'buyer-a'),
      registerUser(t, 'oem_buyer', 'buyer-b'),
      registerUser(t, 'estate_manager'),
      createUser(t, 'curator'),
      createUser(t, 'admin'),
    ]);
    const make = async (key: string, overrides: Record<string, unknown>) => {
      ids[key] = (await createSupplier(t, owner, { ...overrides, description: `${tag} ${key}`, nib: undefined })).id;
    };
    await make('diecast', {
      name: 'PT Cor Peta Subang',
      processes: ['casting.hpdc'],
      location: { lat: -6.5, lng: 107.7 },
    });
    await make('lathe', {
      name: 'CV Bubut Peta Majalengka',
      regencyCode: '32.10',
      processes: ['machining.cnc_turning'],
      materials: ['steel.carbon'],
    });
    await make('far', {
      name: 'CV Logam Peta Timur',
      regencyCode: '35.15',
      processes: ['casting.sand'],
      materials: ['iron.cast'],
    });
    await t.http
      .post(`/api/v1/suppliers/${ids.lathe}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'verified' })
      .expect(200);

    const estates = await t.http.get('/api/v1/estates?q=smartpolitan').set('Authorization', owner.auth).expect(200);
    smartpolitanId = estates.body.items[0].id;
    const plants = (label: string) => [
      { name: `Pabrik ${label} Smartpolitan`, regencyCode: '32.13', location: SMARTPOLITAN, estateId: smartpolitanId },
      { name: `Gudang ${label} Cikampek`, regencyCode: '32.15', location: { lat: -6.42, lng: 107.46 } },
      { name: `Pabrik lama ${label}`, regencyCode: '32.15', location: { lat: -6.3, lng: 107.3 } },
    ];
    buyer = await createBuyer(t, buyerUser, { name: `PT Pembeli A ${tag}`, plants: plants('A') });
    otherBuyer = await createBuyer(t, otherBuyerUser, { name: `PT Pembeli B ${tag}`, plants: plants('B') });
    for (const [user, owned] of [
      [buyerUser, buyer],
      [otherBuyerUser, otherBuyer],
    ] as const) {
      await t.http
        .post(
          `/api/v1/buyers/${owned.id}/plants/${owned.plants.find((p) => p.name.startsWith('Pabrik lama'))!.id}/retire`,
        )
        .set('Authorization', user.auth)
        .expect(200);
    }
  });
  afterAll(() => t.close());

  const points = (user: TestUser, query: Record<string, unknown>, status = 200) =>
    t.http.get('/api/v1/suppliers/points').query(query).set('Authorization', user.auth).expect(status);
  const search = (user: TestUser, query: Record<string, unknown>, page = 1) =>
    t.http
      .get('/api/v1/suppliers')
      .query({ ...query, limit: 100, page })
      .set('Authorization', user.auth)
      .expect(200);
  const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id).sort();
  /**
   * Every page of a search: a text query also finds names like it ("… Majalengka" of other files' suppliers,
   * on the shared server database), which may be more than a page.
   */
  const searchAll = async (user: TestUser, query: Record<string, unknown>) => {
    const items: { id: string }[] = [];
    for (let page = 1; ; page++) {
      const body = (await search(user, query, page)).body as { items: { id: string }[]; total: number };
      items.push(...body.items);
      if (body.items.length < 100) return { items };
    }
  };

  it('answers every supplier the search finds, with the same filters, as compact points', async () => {
    const all = (await points(buyerUser, { q: tag })).body;
    expect(all).toEqual({ items: expect.any(Array), truncated: false, limit: 50_000 });
    expect(idsOf(all)).toEqual([ids.diecast, ids.lathe, ids.far].sort());
    expect(all.items.find((p: Point) => p.id === ids.diecast)).toEqual({
      id: ids.diecast,
      name: 'PT Cor Peta Subang',
      lat: -6.5,
      lng: 107.7,
      verification: 'unverified',
    });
    for (const query of [
      { q: tag, process: 'casting' },
      { q: tag, material: 'steel.carbon' },
      { q: tag, verified: true },
      { q: tag, verified: false },
      { q: tag, regency: '32.13' },
      { q: tag, province: '35' },
      { q: tag, near: '-6.55,107.75', radiusKm: 100 },
      { q: 'Peta Majalengka' },
    ]) {
      const found = idsOf((await points(estateManager, query)).body);
      expect({ query, found }).toEqual({ query, found: idsOf(await searchAll(estateManager, query)) });
    }
    expect(idsOf((await points(owner, { q: tag, process: 'casting' })).body)).toEqual([ids.diecast, ids.far].sort());
  });

  it('refuses what the search refuses, and the search parameters a map has no use for', async () => {
    const unknownCode = await points(buyerUser, { process: 'casting.nonexistent' }, 400);
    expect(unknownCode.body.errors.map((e: { field: string }) => e.field)).toEqual(['process[0]']);
    const radius = await points(buyerUser, { radiusKm: 10 }, 400);
    expect(radius.body.errors.map((e: { field: string }) => e.field)).toEqual(['radiusKm']);
    for (const param of ['sort', 'page', 'limit', 'exact']) {
      const res = await points(curator, { [param]: param === 'sort' ? 'name' : '1' }, 400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([param]);
    }
    await t.http.get('/api/v1/suppliers/points').expect(401);
  });

  it('cuts at its limit, as the search reads (storage order), and says so', async () => {
    const repository = t.app.get(SuppliersSearchRepository);
    const filter = {
      q: tag,
      processes: [],
      materials: [],
      productCategories: [],
      certifications: [],
      today: t.app.get(Clock).today(),
    };
    const all = await repository.points(filter, 3);
    expect(all.truncated).toBe(false);
    expect(all.items.map((item) => item.id).sort()).toEqual(Object.values(ids).sort());
    // The first of them as the search reads them, not any one.
    expect(await repository.points(filter, 1)).toEqual({ items: [all.items[0]], truncated: true });
  });

  const plants = (user: TestUser, query: Record<string, unknown> = {}) =>
    t.http.get('/api/v1/buyers/plants').query(query).set('Authorization', user.auth).expect(200);
  /** This file's plants among those answered (other files' may be there on a shared server database). */
  const names = (body: { items: PlantPoint[] }) =>
    body.items
      .filter((p) => p.buyerName.endsWith(tag))
      .map((p) => p.name)
      .sort();

  it("shows plants in an estate to everyone, a buyer's others to its members and every plant to staff", async () => {
    const inEstates = ['Pabrik A Smartpolitan', 'Pabrik B Smartpolitan'];
    expect(names((await plants(owner)).body)).toEqual(inEstates);
    expect(names((await plants(estateManager)).body)).toEqual(inEstates);
    expect(names((await plants(buyerUser)).body)).toEqual(['Gudang A Cikampek', ...inEstates]);
    expect(names((await plants(otherBuyerUser)).body)).toEqual(['Gudang B Cikampek', ...inEstates]);
    const everyActive = ['Gudang A Cikampek', 'Gudang B Cikampek', ...inEstates];
    expect(names((await plants(curator)).body)).toEqual(everyActive);
    expect(names((await plants(admin)).body)).toEqual(everyActive);
    const own = (await plants(buyerUser)).body.items.find((p: PlantPoint) => p.name === 'Gudang A Cikampek');
    expect(own).toEqual({
      id: expect.any(String),
      name: 'Gudang A Cikampek',
      buyerId: buyer.id,
      buyerName: `PT Pembeli A ${tag}`,
      regencyCode: '32.15',
      estateId: null,
      lat: -6.42,
      lng: 107.46,
    });
    await t.http.get('/api/v1/buyers/plants').expect(401);
  });

  it('finds plants around a point, nearest first with distances, and by estate or regency', async () => {
    const near = (await plants(curator, { near: '-6.42,107.46', radiusKm: 5 })).body;
    expect(names(near)).toEqual(['Gudang A Cikampek', 'Gudang B Cikampek']);
    expect(near.items.every((p: PlantPoint) => p.distanceKm !== undefined && p.distanceKm < 5)).toBe(true);
    const wider = (await plants(curator, { near: '-6.42,107.46', radiusKm: 30 })).body.items as PlantPoint[];
    const distances = wider.map((p) => p.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(names({ items: wider })).toEqual([
      'Gudang A Cikampek',
      'Gudang B Cikampek',
      'Pabrik A Smartpolitan',
      'Pabrik B Smartpolitan',
    ]);
    expect(names((await plants(owner, { estateId: smartpolitanId })).body)).toEqual([
      'Pabrik A Smartpolitan',
      'Pabrik B Smartpolitan',
    ]);
    expect(names((await plants(curator, { regency: '32.15' })).body)).toEqual([
      'Gudang A Cikampek',
      'Gudang B Cikampek',
    ]);
    const bad = await t.http.get('/api/v1/buyers/plants?radiusKm=5').set('Authorization', curator.auth).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['radiusKm']);
  });
});

describe('Map settings', () => {
  it('tell the app to draw its own outline when no tile server is configured, to anyone', async () => {
    const t = await createTestApp();
    try {
      const res = await t.http.get('/api/v1/reference/map-settings').expect(200);
      expect(res.body).toEqual({ tileUrl: null, attribution: null });
      expect(res.headers['content-security-policy']).toContain("img-src 'self' data:;");
    } finally {
      await t.close();
    }
  });

  it("hand the app MAP_TILE_URL and its credit, and let the page load the server's tiles", async () => {
    const t = await createTestApp({
      env: { MAP_TILE_URL: 'https://{s}.tiles.example.id/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© OpenStreetMap' },
    });
    try {
      const res = await t.http.get('/api/v1/reference/map-settings').expect(200);
      expect(res.body).toEqual({
        tileUrl: 'https://{s}.tiles.example.id/{z}/{x}/{y}.png',
        attribution: '© OpenStreetMap',
      });
      expect(res.headers['content-security-policy']).toContain("img-src 'self' data: https://*.tiles.example.id;");
    } finally {
      await t.close();
    }
  });
});
