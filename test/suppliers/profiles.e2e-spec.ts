import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, registerUser, TestUser } from '../support/accounts';
import { createSupplier, randomNib, supplierBody } from '../support/suppliers';

describe('Supplier profiles', () => {
  let t: TestApp;
  let owner: TestUser;
  let other: TestUser;
  let buyer: TestUser;
  let curator: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    owner = await registerUser(t, 'ikm_owner', 'owner');
    other = await registerUser(t, 'ikm_owner', 'other');
    buyer = await registerUser(t, 'oem_buyer');
    curator = await createUser(t, 'curator');
    admin = await createUser(t, 'admin');
  });
  afterAll(() => t.close());

  const url = (id: string) => `/api/v1/suppliers/${id}`;

  it('registers a supplier with every contract field, the creator as member', async () => {
    const nib = randomNib();
    const res = await t.http
      .post('/api/v1/suppliers')
      .set('Authorization', owner.auth)
      .send(supplierBody({ nib }))
      .expect(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      name: 'CV Logam Jaya Subang',
      nib,
      npwp: '0012345678901234',
      kbli: ['24320'],
      sizeClass: 'small',
      regencyCode: '32.13',
      location: { lat: -6.50833, lng: 107.7025 },
      processes: ['casting.hpdc', 'machining.cnc_turning'],
      monthlyCapacity: { quantity: 20000, unit: 'pcs' },
      tkdnPercent: 62.5,
      machines: [{ type: 'Mesin die casting 350 ton', count: 2 }],
      contact: { phone: '+6281223456789', email: 'marketing@cvlogamjaya.co.id' }, // stored in E.164
      verification: 'unverified',
      certifications: [],
      version: 1,
    });
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', owner.auth).expect(200);
    expect(me.body.memberships).toContainEqual({ organizationType: 'supplier', organizationId: res.body.id });
  });

  it('registers a supplier with only the required fields, the rest empty', async () => {
    const body = supplierBody();
    for (const optional of ['nib', 'npwp', 'sizeClass', 'monthlyCapacity', 'employees', 'tkdnPercent', 'machines']) {
      delete body[optional];
    }
    const res = await t.http.post('/api/v1/suppliers').set('Authorization', owner.auth).send(body).expect(201);
    expect(res.body).toMatchObject({
      nib: null,
      npwp: null,
      sizeClass: null,
      monthlyCapacity: null,
      employees: null,
      tkdnPercent: null,
      machines: [],
    });
  });

  it('keeps given coordinates', async () => {
    const supplier = await createSupplier(t, owner, { location: { lat: -6.5583, lng: 107.7612 } });
    expect(supplier.location).toEqual({ lat: -6.5583, lng: 107.7612 });
  });

  it('names a missing contact (a NOT NULL column) before the database refuses it', async () => {
    const { contact: _contact, ...withoutContact } = supplierBody({});
    const res = await t.http
      .post('/api/v1/suppliers')
      .set('Authorization', owner.auth)
      .send(withoutContact)
      .expect(400);
    expect(res.body.type).toBe('https://rantai.id/problems/validation-error');
    expect(res.body.errors).toEqual([{ field: 'contact', message: 'contact wajib diisi' }]);
  });

  it('refuses unknown codes, provinces as regencies and places outside the Indonesian bounding box (Manila), with field paths, storing nothing', async () => {
    const name = `Tidak Tersimpan ${randomNib()}`;
    const res = await t.http
      .post('/api/v1/suppliers')
      .set('Authorization', owner.auth)
      .send(
        supplierBody({
          name,
          processes: ['casting.hpdc', 'casting.unobtainium'],
          kbli: ['99999'],
          materials: ['mithril'],
        }),
      )
      .expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'processes[1]', message: "kode proses 'casting.unobtainium' tidak dikenal" },
        { field: 'kbli[0]', message: "kode KBLI '99999' tidak dikenal" },
        { field: 'materials[0]', message: "kode bahan 'mithril' tidak dikenal" },
      ]),
    );
    const province = await t.http
      .post('/api/v1/suppliers')
      .set('Authorization', owner.auth)
      .send(supplierBody({ regencyCode: '32.00' }))
      .expect(400);
    expect(province.body.errors).toEqual([
      { field: 'regencyCode', message: "kode kabupaten atau kota '32.00' tidak dikenal" },
    ]);
    const abroad = await t.http
      .post('/api/v1/suppliers')
      .set('Authorization', owner.auth)
      .send(supplierBody({ location: { lat: 14.6, lng: 121.0 }, tkdnPercent: 101, nib: '123', processes: [] }))
      .expect(400);
    expect(abroad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'location.lat',
      'nib',
      'processes',
      'tkdnPercent',
    ]);
    const search = await t.http
      .get('/api/v1/suppliers')
      .query({ q: name })
      .set('Authorization', owner.auth)
      .expect(200);
    expect(search.body.total).toBe(0);
  });

  it.each([
    ['verification', 'verified'],
    ['id', '0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10'],
    ['createdAt', '2020-01-01'],
    ['version', 9],
  ])('refuses %s in the body (mass assignment)', async (field, value) => {
    const res = await t.http
      .post('/api/v1/suppliers')
      .set('Authorization', owner.auth)
      .send(supplierBody({ [field]: value }))
      .expect(400);
    expect(res.body.errors).toEqual([{ field, message: `${field} tidak dikenal: hapus kolom ini` }]);
  });

  it('lets only IKM owners register suppliers', async () => {
    await t.http.post('/api/v1/suppliers').set('Authorization', buyer.auth).send(supplierBody()).expect(403);
    await t.http.post('/api/v1/suppliers').set('Authorization', curator.auth).send(supplierBody()).expect(403);
  });

  it('answers a second profile with the same NIB with 409 naming the existing supplier, until that one is deleted', async () => {
    const nib = randomNib();
    const first = await createSupplier(t, owner, { nib });
    const dup = await t.http
      .post('/api/v1/suppliers')
      .set('Authorization', other.auth)
      .send(supplierBody({ nib: `${nib.slice(0, 4)} ${nib.slice(4)}` }))
      .expect(409);
    expect(dup.body).toMatchObject({ type: 'https://rantai.id/problems/duplicate-nib', existingSupplierId: first.id });
    // Two registrations of a new NIB at the same moment: the database lets exactly one through.
    const racedNib = randomNib();
    const racers = await Promise.all(
      [1, 2].map(() =>
        t.http
          .post('/api/v1/suppliers')
          .set('Authorization', other.auth)
          .send(supplierBody({ nib: racedNib })),
      ),
    );
    expect(racers.map((r) => r.status).sort()).toEqual([201, 409]);
    await t.http.delete(url(first.id)).set('Authorization', owner.auth).expect(204);
    await t.http.post('/api/v1/suppliers').set('Authorization', other.auth).send(supplierBody({ nib })).expect(201);
  });

  it('shows contact and NPWP only to members, curators and admins', async () => {
    const supplier = await createSupplier(t, owner);
    for (const viewer of [owner, curator, admin]) {
      const res = await t.http.get(url(supplier.id)).set('Authorization', viewer.auth).expect(200);
      expect(res.body.contact).toEqual({ phone: '+6281223456789', email: 'marketing@cvlogamjaya.co.id' });
      expect(res.body.npwp).toBe('0012345678901234');
    }
    for (const viewer of [other, buyer]) {
      const res = await t.http.get(url(supplier.id)).set('Authorization', viewer.auth).expect(200);
      expect(res.body.name).toBe('CV Logam Jaya Subang');
      expect(res.body).not.toHaveProperty('contact');
      expect(res.body).not.toHaveProperty('npwp');
      expect(JSON.stringify(res.body)).not.toMatch(/812-2345|marketing@|0012345678901234/);
    }
    await t.http.get(url(supplier.id)).expect(401);
    await t.http.get(url('00000000-0000-4000-8000-000000000000')).set('Authorization', owner.auth).expect(404);
  });

  it('lets members and curators edit, with optimistic concurrency; others get 403', async () => {
    const supplier = await createSupplier(t, owner);
    const edited = await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .send({ employees: 50, expectedVersion: 1 })
      .expect(200);
    expect(edited.body).toMatchObject({ employees: 50, version: 2 });
    const stale = await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .send({ employees: 51, expectedVersion: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ type: 'https://rantai.id/problems/stale-version', currentVersion: 2 });
    await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .set('If-Match', '"1"')
      .send({ employees: 52 })
      .expect(409);
    await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .set('If-Match', '"2"')
      .send({ employees: 52 })
      .expect(200);
    await t.http
      .patch(url(supplier.id))
      .set('Authorization', curator.auth)
      .send({ description: 'Dicek kurator.' })
      .expect(200);
    for (const intruder of [other, buyer, admin]) {
      await t.http.patch(url(supplier.id)).set('Authorization', intruder.auth).send({ employees: 1 }).expect(403);
    }
    const after = await t.http.get(url(supplier.id)).set('Authorization', owner.auth).expect(200);
    expect(after.body).toMatchObject({ employees: 52, description: 'Dicek kurator.', version: 4 });
  });

  it('refuses removing required fields and bad edits, changing nothing', async () => {
    const supplier = await createSupplier(t, owner);
    const res = await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .send({ name: null, processes: null, employees: -1 })
      .expect(400);
    // Removing a required field is refused by validation itself, together with the other errors.
    const fieldsOf = (body: { errors: { field: string }[] }) => [...new Set(body.errors.map((e) => e.field))].sort();
    expect(fieldsOf(res.body)).toEqual(['employees', 'name', 'processes']);
    // Optional on create but never empty: left out is fine, null is not.
    const nulls = await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .send({ location: null, machines: null, contact: null })
      .expect(400);
    expect(fieldsOf(nulls.body)).toEqual(['contact', 'location', 'machines']);
    await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .send({ processes: ['nope'] })
      .expect(400);
    const after = await t.http.get(url(supplier.id)).set('Authorization', owner.auth).expect(200);
    expect(after.body).toMatchObject({ name: 'CV Logam Jaya Subang', version: 1 });
  });

  it('refuses a location implausibly far from its regency, naming the regency it is nearer to', async () => {
    const jakarta = { lat: -6.1777, lng: 106.8403 };
    const created = await t.http
      .post('/api/v1/suppliers')
      .set('Authorization', owner.auth)
      .send(supplierBody({ regencyCode: '32.13', location: jakarta }))
      .expect(400);
    expect(created.body.errors).toEqual([
      {
        field: 'location',
        message:
          'titik ini 102 km dari pusat Kabupaten Subang dan 0 km dari pusat Kota Administrasi Jakarta Pusat: lebih dekat ke Kota Administrasi Jakarta Pusat; periksa koordinat atau regencyCode',
      },
    ]);
    const supplier = await createSupplier(t, owner);
    // A new point alone is checked against the profile's regency, and a refused edit changes nothing.
    const moved = await t.http.patch(url(supplier.id)).set('Authorization', owner.auth).send({ location: jakarta });
    expect(moved.status).toBe(400);
    expect(moved.body.errors[0]).toMatchObject({
      field: 'location',
      message: expect.stringContaining('lebih dekat ke Kota Administrasi Jakarta Pusat'),
    });
    // The edge of a large regency is not another one: Cileungsi, 34 km from Kabupaten Bogor's centre, 13 km from Kota Bekasi's.
    const cileungsi = await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .send({ regencyCode: '32.01', location: { lat: -6.4, lng: 106.96 } })
      .expect(200);
    expect(cileungsi.body).toMatchObject({ regencyCode: '32.01', location: { lat: -6.4, lng: 106.96 }, version: 2 });
    // The same point filed under Karawang, whose centre is 52 km away, is refused.
    const karawang = await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .send({ regencyCode: '32.15', location: { lat: -6.4, lng: 106.96 } })
      .expect(400);
    expect(karawang.body.errors[0].field).toBe('location');
  });

  it('clears optional fields with null and moves to the new regency centroid', async () => {
    const supplier = await createSupplier(t, owner);
    const res = await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .send({ tkdnPercent: null, monthlyCapacity: null, nib: null, regencyCode: '32.10' })
      .expect(200);
    expect(res.body).toMatchObject({
      tkdnPercent: null,
      monthlyCapacity: null,
      nib: null,
      regencyCode: '32.10',
      location: { lat: -6.81667, lng: 108.28333 },
    });
  });

  it('lets curators verify or reject a profile, and a member editing its claims returns it to unverified', async () => {
    const supplier = await createSupplier(t, owner);
    await t.http
      .post(`${url(supplier.id)}/verify`)
      .set('Authorization', owner.auth)
      .send({ verification: 'verified' })
      .expect(403);
    const noReason = await t.http
      .post(`${url(supplier.id)}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'rejected' })
      .expect(400);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'reason wajib diisi saat menolak' }]);
    await t.http
      .post(`${url(supplier.id)}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'unverified', reason: 'Belum dikunjungi.' })
      .expect(400);
    const visit = 'Kunjungan lapangan 12 November: tiga mesin CNC sesuai daftar.';
    const verified = await t.http
      .post(`${url(supplier.id)}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'verified', reason: visit })
      .expect(200);
    expect(verified.body).toMatchObject({
      verification: 'verified',
      verifiedAt: expect.any(String),
      verificationReason: visit,
    });
    // The curator's note is kept for curators and the firm's members, not shown to the public.
    expect((await t.http.get(url(supplier.id)).set('Authorization', owner.auth)).body.verificationReason).toBe(visit);
    expect((await t.http.get(url(supplier.id)).set('Authorization', curator.auth)).body.verificationReason).toBe(visit);
    expect((await t.http.get(url(supplier.id)).set('Authorization', other.auth)).body).not.toHaveProperty(
      'verificationReason',
    );
    await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .send({ contact: { phone: '0260 123456', email: 'cs@logamjaya.id' } })
      .expect(200);
    expect((await t.http.get(url(supplier.id)).set('Authorization', owner.auth)).body.verification).toBe('verified');
    await t.http
      .patch(url(supplier.id))
      .set('Authorization', owner.auth)
      .send({ processes: ['casting.hpdc'] })
      .expect(200);
    expect((await t.http.get(url(supplier.id)).set('Authorization', owner.auth)).body.verification).toBe('unverified');
    const rejected = await t.http
      .post(`${url(supplier.id)}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'rejected', reason: 'Alamat pabrik tidak sesuai NIB.' })
      .expect(200);
    expect(rejected.body).toMatchObject({
      verification: 'rejected',
      verificationReason: 'Alamat pabrik tidak sesuai NIB.',
    });
  });

  it('soft-deletes for members and admins only: gone from reads and search, kept in the database', async () => {
    const supplier = await createSupplier(t, owner);
    await t.http.delete(url(supplier.id)).set('Authorization', other.auth).expect(403);
    await t.http.delete(url(supplier.id)).set('Authorization', curator.auth).expect(403);
    await t.http.delete(url(supplier.id)).set('Authorization', admin.auth).expect(204);
    await t.http.get(url(supplier.id)).set('Authorization', owner.auth).expect(404);
    await t.http.patch(url(supplier.id)).set('Authorization', owner.auth).send({ employees: 1 }).expect(404);
    await t.http.delete(url(supplier.id)).set('Authorization', owner.auth).expect(404);
  });
});
