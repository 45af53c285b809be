import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, loginAdmin, TestUser } from '../support/accounts';
import { buyerBody, createBuyer, createRequest, SMARTPOLITAN } from '../support/buyers';
import { uniqueWord } from '../support/suppliers';

describe('Buyers and plants', () => {
  let t: TestApp;
  let owner: TestUser;
  let otherBuyer: TestUser;
  let ikm: TestUser;
  let curator: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [owner, otherBuyer, ikm, curator] = await Promise.all([
      createUser(t, 'oem_buyer', 'oem-a'),
      createUser(t, 'oem_buyer', 'oem-b'),
      createUser(t, 'ikm_owner'),
      createUser(t, 'curator'),
    ]);
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  it('registers a buyer with its plants, each with distances to the seaports', async () => {
    const res = await t.http
      .post('/api/v1/buyers')
      .set('Authorization', owner.auth)
      .send(
        buyerBody({
          plants: [
            { name: 'Pabrik Subang', regencyCode: '32.13', location: SMARTPOLITAN },
            { name: 'Pabrik Karawang', regencyCode: '32.15', location: { lat: -6.36, lng: 107.3 } },
          ],
        }),
      )
      .expect(201);
    expect(res.body).toMatchObject({ name: 'PT Motor Listrik Nusantara', kind: 'oem', version: 1 });
    expect(res.body.plants.map((p: { name: string }) => p.name)).toEqual(['Pabrik Karawang', 'Pabrik Subang']);
    const subang = res.body.plants.find((p: { name: string }) => p.name === 'Pabrik Subang');
    expect(subang).toMatchObject({ id: expect.any(String), estateId: null, retiredAt: null });
    expect(subang.ports[0]).toEqual({
      code: 'patimban',
      name: 'Patimban',
      kind: 'seaport',
      distanceKm: expect.any(Number),
    });
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', owner.auth);
    expect(me.body.memberships).toContainEqual({ organizationType: 'buyer', organizationId: res.body.id });
    // Tier-2 suppliers and APM (a brand's sole agent) buy too.
    for (const kind of ['tier2', 'apm']) {
      const other = await t.http
        .post('/api/v1/buyers')
        .set('Authorization', owner.auth)
        .send(buyerBody({ name: `PT ${kind} Nusantara`, kind }))
        .expect(201);
      expect(other.body.kind).toBe(kind);
    }
  });

  it('shows a buyer to its members and staff only; only members change it', async () => {
    const buyer = await createBuyer(t, owner);
    const get = (user: TestUser) => t.http.get(`/api/v1/buyers/${buyer.id}`).set('Authorization', user.auth);
    await get(owner).expect(200);
    await get(curator).expect(200);
    await get(admin).expect(200);
    await get(otherBuyer).expect(404);
    await get(ikm).expect(404);

    const patch = (user: TestUser) =>
      t.http.patch(`/api/v1/buyers/${buyer.id}`).set('Authorization', user.auth).send({ description: 'diubah' });
    await patch(otherBuyer).expect(404);
    await patch(ikm).expect(404);
    await patch(curator).expect(403);
    const edited = await patch(owner).expect(200);
    expect(edited.body).toMatchObject({ description: 'diubah', version: 2 });
    await t.http
      .patch(`/api/v1/buyers/${buyer.id}`)
      .set('Authorization', owner.auth)
      .set('If-Match', '"1"')
      .send({ name: 'PT Lain' })
      .expect(409);

    const plant = { name: 'Gudang', regencyCode: '32.13', location: SMARTPOLITAN };
    await t.http
      .post(`/api/v1/buyers/${buyer.id}/plants`)
      .set('Authorization', otherBuyer.auth)
      .send(plant)
      .expect(404);
    await t.http.post(`/api/v1/buyers/${buyer.id}/plants`).set('Authorization', curator.auth).send(plant).expect(403);
    await t.http.post('/api/v1/buyers').set('Authorization', ikm.auth).send(buyerBody()).expect(403);
  });

  it('lists buyers: members their own, staff all', async () => {
    const word = uniqueWord();
    const mine = await createBuyer(t, owner, { name: `PT ${word} Satu` });
    const theirs = await createBuyer(t, otherBuyer, { name: `PT ${word} Dua` });
    const ids = async (user: TestUser) =>
      (await t.http.get(`/api/v1/buyers?q=${word}`).set('Authorization', user.auth).expect(200)).body.items.map(
        (b: { id: string }) => b.id,
      );
    expect(await ids(owner)).toEqual([mine.id]);
    expect(await ids(otherBuyer)).toEqual([theirs.id]);
    expect(await ids(curator)).toEqual([theirs.id, mine.id]); // by name: Dua, Satu
    await t.http.get('/api/v1/buyers').set('Authorization', ikm.auth).expect(403);
  });

  it('edits and retires plants; a retired plant stays on its requests but takes no new ones', async () => {
    const buyer = await createBuyer(t, owner);
    const plantId = buyer.plants[0].id;
    const request = await createRequest(t, owner, buyer);

    const moved = await t.http
      .patch(`/api/v1/buyers/${buyer.id}/plants/${plantId}`)
      .set('Authorization', owner.auth)
      .send({ name: 'Pabrik Subang 2', location: { lat: -6.5, lng: 107.6 } })
      .expect(200);
    expect(moved.body).toMatchObject({ name: 'Pabrik Subang 2', location: { lat: -6.5, lng: 107.6 } });

    const retired = await t.http
      .post(`/api/v1/buyers/${buyer.id}/plants/${plantId}/retire`)
      .set('Authorization', owner.auth)
      .expect(200);
    expect(retired.body.retiredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    await t.http
      .post(`/api/v1/buyers/${buyer.id}/plants/${plantId}/retire`)
      .set('Authorization', owner.auth)
      .expect(409);
    await t.http
      .patch(`/api/v1/buyers/${buyer.id}/plants/${plantId}`)
      .set('Authorization', owner.auth)
      .send({ name: 'x' })
      .expect(409);

    const kept = await t.http.get(`/api/v1/sourcing-requests/${request.id}`).set('Authorization', owner.auth);
    expect(kept.body).toMatchObject({ plantId, plant: { id: plantId, retired: true } });
    const newRequest = await t.http
      .post('/api/v1/sourcing-requests')
      .set('Authorization', owner.auth)
      .send({
        buyerId: buyer.id,
        plantId,
        title: 'Braket',
        partCategory: 'chassis_suspension.bracket',
        processes: ['sheet_metal.stamping'],
        annualVolume: 1000,
        unit: 'pcs',
      })
      .expect(400);
    expect(newRequest.body.errors).toEqual([{ field: 'plantId', message: expect.any(String) }]);
    // Another buyer's plant id on a plant route is simply not found.
    const other = await createBuyer(t, otherBuyer);
    await t.http
      .post(`/api/v1/buyers/${buyer.id}/plants/${other.plants[0].id}/retire`)
      .set('Authorization', owner.auth)
      .expect(404);
  });

  it('refuses a plant whose location is implausibly far from its regency, new or edited', async () => {
    const jakarta = { lat: -6.2, lng: 106.85 };
    const res = await t.http
      .post('/api/v1/buyers')
      .set('Authorization', owner.auth)
      .send(buyerBody({ plants: [{ name: 'Pabrik Karawang', regencyCode: '32.15', location: jakarta }] }))
      .expect(400);
    expect(res.body.errors).toEqual([
      {
        field: 'plants[0].location',
        message: expect.stringContaining('lebih dekat ke Kota Administrasi Jakarta Pusat'),
      },
    ]);
    const buyer = await createBuyer(t, owner);
    const plantUrl = `/api/v1/buyers/${buyer.id}/plants/${buyer.plants[0].id}`;
    const added = await t.http
      .post(`/api/v1/buyers/${buyer.id}/plants`)
      .set('Authorization', owner.auth)
      .send({ name: 'Gudang Jakarta', regencyCode: '32.13', location: jakarta })
      .expect(400);
    expect(added.body.errors[0].field).toBe('location');
    const moved = await t.http.patch(plantUrl).set('Authorization', owner.auth).send({ location: jakarta }).expect(400);
    expect(moved.body.errors[0]).toMatchObject({
      field: 'location',
      message: expect.stringContaining('Kabupaten Subang'),
    });
    // A new regency alone must fit the plant's point (Smartpolitan is not in Cirebon).
    const refiled = await t.http
      .patch(plantUrl)
      .set('Authorization', owner.auth)
      .send({ regencyCode: '32.09' })
      .expect(400);
    expect(refiled.body.errors[0]).toMatchObject({
      field: 'regencyCode',
      message: expect.stringContaining('lebih dekat ke Kabupaten Subang'),
    });
    const after = await t.http.get(`/api/v1/buyers/${buyer.id}`).set('Authorization', owner.auth).expect(200);
    expect(after.body.plants[0]).toMatchObject({ regencyCode: '32.13', location: SMARTPOLITAN });
  });

  it('refuses bad plants with field paths, and writes nothing', async () => {
    const name = `PT ${uniqueWord()}`;
    const res = await t.http
      .post('/api/v1/buyers')
      .set('Authorization', owner.auth)
      .send(
        buyerBody({
          name,
          plants: [
            { name: 'OK', regencyCode: '32.13', location: SMARTPOLITAN },
            {
              name: 'Salah',
              regencyCode: '32.98',
              location: SMARTPOLITAN,
              estateId: '00000000-0000-4000-8000-000000000000',
            },
          ],
        }),
      )
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'plants[1].estateId',
      'plants[1].regencyCode',
    ]);
    const invalid = await t.http
      .post('/api/v1/buyers')
      .set('Authorization', owner.auth)
      .send(buyerBody({ kind: 'dealer', plants: [{ name: 'X', regencyCode: '32.13', location: { lat: -6.4 } }] }))
      .expect(400);
    expect([...new Set(invalid.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'kind',
      'plants[0].location.lng',
    ]);
    await t.http
      .post('/api/v1/buyers')
      .set('Authorization', owner.auth)
      .send(buyerBody({ id: '00000000-0000-4000-8000-000000000000', version: 3 }))
      .expect(400);
    const list = await t.http.get(`/api/v1/buyers?q=${encodeURIComponent(name)}`).set('Authorization', curator.auth);
    expect(list.body.total).toBe(0);
  });
});
