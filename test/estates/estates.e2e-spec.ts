import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createBuyer, SMARTPOLITAN } from '../support/buyers';
import { estateBody } from '../support/estates';
import { createSupplier } from '../support/suppliers';

describe('Industrial estates', () => {
  let t: TestApp;
  let manager: TestUser;
  let otherManager: TestUser;
  let ikm: TestUser;
  let buyer: TestUser;
  let curator: TestUser;
  let smartpolitanId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [manager, otherManager, ikm, buyer, curator] = await Promise.all([
      createUser(t, 'estate_manager', 'estate-a'),
      createUser(t, 'estate_manager', 'estate-b'),
      createUser(t, 'ikm_owner'),
      createUser(t, 'oem_buyer'),
      createUser(t, 'curator'),
    ]);
    const res = await t.http.get('/api/v1/estates?q=smartpolitan').set('Authorization', ikm.auth).expect(200);
    smartpolitanId = res.body.items[0].id;
  });
  afterAll(() => t.close());

  const create = (user: TestUser, body: Record<string, unknown>) =>
    t.http.post('/api/v1/estates').set('Authorization', user.auth).send(body);

  it('ships the estates of estates.csv, with distances to the seaports as data', async () => {
    const res = await t.http.get(`/api/v1/estates/${smartpolitanId}`).set('Authorization', ikm.auth).expect(200);
    expect(res.body).toMatchObject({
      name: 'Subang Smartpolitan',
      operator: 'PT Suryacipta Swadaya',
      regencyCode: '32.13',
      location: SMARTPOLITAN,
      areaHa: 2717,
      status: 'developing',
      nationalStrategicProject: true,
      tenants: { suppliers: expect.any(Number), plants: expect.any(Number) },
    });
    // Patimban (-6.25, 107.92) is about 42 km in a straight line; the dry port, Kertajati airport, Tanjung Priok
    // and Cirebon's port farther, each with its kind.
    expect(res.body.ports.map((p: { code: string; kind: string }) => `${p.code}:${p.kind}`)).toEqual([
      'patimban:seaport',
      'cikarang_dry_port:dry_port',
      'kertajati:airport',
      'tanjung_priok:seaport',
      'cirebon:seaport',
    ]);
    expect(res.body.ports[0].distanceKm).toBeGreaterThan(40);
    expect(res.body.ports[0].distanceKm).toBeLessThan(44);
    const all = await t.http.get('/api/v1/estates?limit=100').set('Authorization', ikm.auth).expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(6);
    expect(all.body.items.map((e: { name: string }) => e.name)).toEqual(
      expect.arrayContaining(['Karawang International Industrial City (KIIC)', 'Kawasan Industri Cibogo']),
    );
  });

  it('finds estates by name or operator, regency, and radius, nearest first with distances', async () => {
    const byOperator = await t.http
      .get('/api/v1/estates?q=suryacipta&limit=100')
      .set('Authorization', buyer.auth)
      .expect(200);
    expect(byOperator.body.items.map((e: { name: string }) => e.name)).toEqual(
      expect.arrayContaining(['Subang Smartpolitan', 'Suryacipta City of Industry']),
    );
    const inSubang = await t.http.get('/api/v1/estates?regency=32.13&limit=100').set('Authorization', buyer.auth);
    expect(inSubang.body.items.every((e: { regencyCode: string }) => e.regencyCode === '32.13')).toBe(true);
    expect(inSubang.body.total).toBeGreaterThanOrEqual(3);

    const near = await t.http
      .get('/api/v1/estates?near=-6.48,107.62&radiusKm=25&limit=100')
      .set('Authorization', buyer.auth)
      .expect(200);
    const names = near.body.items.map((e: { name: string }) => e.name);
    // Other tests may list estates here too (the server database is shared): compare positions, not the first item.
    expect(near.body.items.find((e: { name: string }) => e.name === 'Subang Smartpolitan').distanceKm).toBe(0);
    expect(names.indexOf('Subang Smartpolitan')).toBeLessThan(names.indexOf('Taifa Industrial Estate'));
    expect(names.indexOf('Taifa Industrial Estate')).toBeLessThan(names.indexOf('Kawasan Industri Cibogo'));
    expect(names).toEqual(expect.arrayContaining(['Taifa Industrial Estate', 'Kawasan Industri Cibogo']));
    expect(names).not.toContain('Karawang International Industrial City (KIIC)'); // about 40 km away
    const distances = near.body.items.map((e: { distanceKm: number }) => e.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.every((d: number) => d <= 25)).toBe(true);

    await t.http.get('/api/v1/estates?radiusKm=10').set('Authorization', buyer.auth).expect(400);
  });

  it('lets estate managers list an estate and edit their own, and nobody else but staff', async () => {
    const created = await create(manager, estateBody()).expect(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ version: 1, tenants: { suppliers: 0, plants: 0 } });
    const members = await t.http.get(`/api/v1/organizations/${id}/members`).set('Authorization', manager.auth);
    expect(members.body.items.map((m: { userId: string }) => m.userId)).toEqual([manager.id]);

    const edited = await t.http
      .patch(`/api/v1/estates/${id}`)
      .set('Authorization', manager.auth)
      .send({ availablePlotsHa: 100, infrastructure: { waterLps: 80 }, expectedVersion: 1 })
      .expect(200);
    // Only the infrastructure fields sent change.
    expect(edited.body).toMatchObject({
      version: 2,
      availablePlotsHa: 100,
      infrastructure: { powerMva: 60, waterLps: 80, gas: false },
    });

    for (const outsider of [otherManager, ikm, buyer]) {
      await t.http
        .patch(`/api/v1/estates/${id}`)
        .set('Authorization', outsider.auth)
        .send({ note: 'diambil alih' })
        .expect(403);
    }
    await create(ikm, estateBody()).expect(403);
    await create(buyer, estateBody()).expect(403);

    // Curators edit any estate, the seeded ones included, without becoming members.
    const seeded = await t.http.get(`/api/v1/estates/${smartpolitanId}`).set('Authorization', curator.auth);
    await t.http
      .patch(`/api/v1/estates/${smartpolitanId}`)
      .set('Authorization', curator.auth)
      .send({ infrastructure: { tollAccessKm: 1 }, expectedVersion: seeded.body.version })
      .expect(200);
    const byCurator = await create(curator, estateBody()).expect(201);
    const curatorMembers = await t.http
      .get(`/api/v1/organizations/${byCurator.body.id}/members`)
      .set('Authorization', curator.auth);
    expect(curatorMembers.body.items).toEqual([]);
  });

  it('refuses stale versions, bad values, duplicates and fields nobody may set, changing nothing', async () => {
    const { body: estate } = await create(manager, estateBody()).expect(201);
    const patch = (body: Record<string, unknown>) =>
      t.http.patch(`/api/v1/estates/${estate.id}`).set('Authorization', manager.auth).send(body);

    const stale = await patch({ note: 'x', expectedVersion: 7 }).expect(409);
    expect(stale.body).toMatchObject({ currentVersion: 1 });
    const tooMuch = await patch({ availablePlotsHa: 501 }).expect(400);
    expect(tooMuch.body.errors).toEqual([{ field: 'availablePlotsHa', message: expect.any(String) }]);
    const bad = await patch({ location: { lat: 20, lng: 107 }, status: 'closed' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['location.lat', 'status']);
    const removed = await patch({ regencyCode: null, name: null }).expect(400);
    expect([...new Set(removed.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'name',
      'regencyCode',
    ]);
    const massAssignment = await patch({ id: smartpolitanId, version: 9, createdAt: '2020-01-01' }).expect(400);
    expect(massAssignment.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['createdAt', 'id', 'version'].sort(),
    );
    await create(manager, estateBody({ regencyCode: '32.99' })).expect(400);
    // An estate filed under Majalengka but placed in Bandung, or moved to Jakarta, is refused.
    const elsewhere = await create(manager, estateBody({ location: { lat: -6.9175, lng: 107.62444 } })).expect(400);
    expect(elsewhere.body.errors).toEqual([
      { field: 'location', message: expect.stringContaining('lebih dekat ke Kota Bandung') },
    ]);
    const movedAway = await patch({ location: { lat: -6.2, lng: 106.85 } }).expect(400);
    expect(movedAway.body.errors[0]).toMatchObject({
      field: 'location',
      message: expect.stringContaining('dari pusat Kabupaten Majalengka'),
    });
    await create(manager, estateBody({ name: estate.name.toUpperCase() })).expect(409);

    const after = await t.http.get(`/api/v1/estates/${estate.id}`).set('Authorization', manager.auth).expect(200);
    expect(after.body).toEqual(estate);
  });

  it("lists an estate's tenants: active suppliers and active buyer plants", async () => {
    const { body: estate } = await create(manager, estateBody()).expect(201);
    const supplier = await createSupplier(t, ikm, { nib: undefined, estateId: estate.id });
    expect(supplier.estateId).toBe(estate.id);
    const gone = await createSupplier(t, ikm, { nib: undefined, estateId: estate.id });
    await t.http.delete(`/api/v1/suppliers/${gone.id}`).set('Authorization', ikm.auth).expect(204);
    const plantAt = { regencyCode: '32.10', location: estate.location, estateId: estate.id };
    const oem = await createBuyer(t, buyer, {
      plants: [
        { name: 'Pabrik A', ...plantAt },
        { name: 'Pabrik B (tutup)', ...plantAt },
      ],
    });
    const closedPlant = oem.plants.find((p) => p.name.includes('tutup'))!;
    await t.http
      .post(`/api/v1/buyers/${oem.id}/plants/${closedPlant.id}/retire`)
      .set('Authorization', buyer.auth)
      .expect(200);

    const tenants = await t.http.get(`/api/v1/estates/${estate.id}/tenants`).set('Authorization', ikm.auth).expect(200);
    expect(tenants.body.suppliers.map((s: { id: string }) => s.id)).toEqual([supplier.id]);
    expect(tenants.body.plants).toEqual([
      {
        id: oem.plants.find((p) => p.name === 'Pabrik A')!.id,
        name: 'Pabrik A',
        buyerId: oem.id,
        buyerName: expect.any(String),
      },
    ]);
    const counted = await t.http.get(`/api/v1/estates/${estate.id}`).set('Authorization', ikm.auth);
    expect(counted.body.tenants).toEqual({ suppliers: 1, plants: 1 });

    const search = await t.http.get(`/api/v1/suppliers?estateId=${estate.id}`).set('Authorization', buyer.auth);
    expect(search.body.items.map((s: { id: string }) => s.id)).toEqual([supplier.id]);
    await t.http
      .get('/api/v1/estates/00000000-0000-4000-8000-000000000000/tenants')
      .set('Authorization', ikm.auth)
      .expect(404);
  });

  it('refuses an estate id that does not exist on a supplier', async () => {
    const res = await t.http
      .post('/api/v1/suppliers')
      .set('Authorization', ikm.auth)
      .send({
        name: 'CV Uji Kawasan',
        kbli: [],
        description: 'x',
        regencyCode: '32.13',
        address: 'Subang',
        processes: ['welding'],
        materials: [],
        productCategories: [],
        contact: { phone: '+62 812-0000-0000', email: 'uji@example.id' },
        estateId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'estateId', message: expect.stringContaining('kawasan industri') }]);
  });
});
