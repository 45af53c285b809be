import { Clock } from '../../src/common/time/clock';
import { SourcingRequestsScheduler } from '../../src/sourcing-requests/sourcing-requests.scheduler';
import { FakeClock } from '../support/clock';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, loginAdmin, TestUser } from '../support/accounts';
import { createBuyer, createRequest, requestBody, TestBuyer } from '../support/buyers';

const PRIVATE_FIELDS = ['internalNotes', 'targetPriceIdr'];

describe('Sourcing requests', () => {
  const clock = new FakeClock(new Date('2027-01-05T03:00:00Z'));
  let t: TestApp;
  let owner: TestUser;
  let otherBuyer: TestUser;
  let ikm: TestUser;
  let estateManager: TestUser;
  let curator: TestUser;
  let admin: TestUser;
  let buyer: TestBuyer;

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV, overrides: [{ provide: Clock, useValue: clock }] });
    [owner, otherBuyer, ikm, estateManager, curator] = await Promise.all([
      createUser(t, 'oem_buyer', 'req-owner'),
      createUser(t, 'oem_buyer', 'req-other'),
      createUser(t, 'ikm_owner'),
      createUser(t, 'estate_manager'),
      createUser(t, 'curator'),
    ]);
    admin = await loginAdmin(t);
    buyer = await createBuyer(t, owner);
  });
  afterAll(() => t.close());

  const act = (user: TestUser, id: string, action: 'publish' | 'close') =>
    t.http.post(`/api/v1/sourcing-requests/${id}/${action}`).set('Authorization', user.auth);
  const get = (user: TestUser, id: string) =>
    t.http.get(`/api/v1/sourcing-requests/${id}`).set('Authorization', user.auth);
  const patch = (user: TestUser, id: string, body: Record<string, unknown>) =>
    t.http.patch(`/api/v1/sourcing-requests/${id}`).set('Authorization', user.auth).send(body);

  it('moves draft → open → closed, with 409 on every wrong transition', async () => {
    const draft = await createRequest(t, owner, buyer);
    expect(draft).toMatchObject({
      status: 'draft',
      buyerId: buyer.id,
      buyerName: 'PT Motor Listrik Nusantara',
      plant: { id: buyer.plants[0].id, retired: false },
      processes: ['casting.hpdc', 'machining.cnc_milling'],
      requiredCertifications: ['iso_9001'],
      annualVolume: 24000,
      maxDistanceKm: 80,
      dueDate: '2099-12-31',
      internalNotes: 'Bandingkan dengan harga impor.',
      targetPriceIdr: 185000,
      publishedAt: null,
      closedAt: null,
      version: 1,
    });
    await act(owner, draft.id, 'close').expect(409);
    const open = await act(owner, draft.id, 'publish').expect(200);
    expect(open.body).toMatchObject({ status: 'open', version: 2, publishedAt: expect.any(String) });
    const again = await act(owner, draft.id, 'publish').expect(409);
    expect(again.body).toMatchObject({
      type: expect.stringContaining('wrong-state'),
      status: 409,
      currentState: 'open',
    });
    expect(again.body.detail).toBe('An open request cannot be published.');

    const edited = await patch(owner, draft.id, { annualVolume: 30000, expectedVersion: 2 }).expect(200);
    expect(edited.body).toMatchObject({ annualVolume: 30000, version: 3, status: 'open' });
    await patch(owner, draft.id, { annualVolume: 1, expectedVersion: 2 }).expect(409);

    const closed = await act(owner, draft.id, 'close').expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedReason: 'buyer', closedAt: expect.any(String) });
    await act(owner, draft.id, 'close').expect(409);
    await act(owner, draft.id, 'publish').expect(409);
    await patch(owner, draft.id, { title: 'Tidak bisa' }).expect(409);
    expect((await get(owner, draft.id)).body).toEqual(closed.body);
  });

  it('shows each role what it may see: suppliers only open requests, without private fields', async () => {
    const draft = await createRequest(t, owner, buyer);
    const open = await createRequest(t, owner, buyer, {}, { publish: true });
    const closed = await createRequest(t, owner, buyer, {}, { publish: true });
    await act(owner, closed.id, 'close').expect(200);

    // IKM owners: open ones only, and never the buyer's private fields.
    await get(ikm, draft.id).expect(404);
    await get(ikm, closed.id).expect(404);
    const seen = await get(ikm, open.id).expect(200);
    for (const field of PRIVATE_FIELDS) expect(seen.body).not.toHaveProperty(field);
    const ikmList = await t.http
      .get(`/api/v1/sourcing-requests?buyerId=${buyer.id}&limit=100`)
      .set('Authorization', ikm.auth)
      .expect(200);
    expect(ikmList.body.items.every((r: { status: string }) => r.status === 'open')).toBe(true);
    expect(ikmList.body.items.map((r: { id: string }) => r.id)).toContain(open.id);
    for (const item of ikmList.body.items) for (const field of PRIVATE_FIELDS) expect(item).not.toHaveProperty(field);

    // Another buyer: nothing of this buyer's, open or not.
    for (const id of [draft.id, open.id, closed.id]) await get(otherBuyer, id).expect(404);
    const otherList = await t.http
      .get(`/api/v1/sourcing-requests?buyerId=${buyer.id}`)
      .set('Authorization', otherBuyer.auth)
      .expect(200);
    expect(otherList.body.total).toBe(0);

    // Staff: everything, private fields included.
    for (const staff of [curator, admin]) {
      const res = await get(staff, draft.id).expect(200);
      expect(res.body.targetPriceIdr).toBe(185000);
    }
    const curatorList = await t.http
      .get(`/api/v1/sourcing-requests?buyerId=${buyer.id}&status=draft&status=closed&limit=100`)
      .set('Authorization', curator.auth);
    const ids = curatorList.body.items.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining([draft.id, closed.id]));
    expect(ids).not.toContain(open.id);

    // Estate managers have no business with requests.
    await t.http.get('/api/v1/sourcing-requests').set('Authorization', estateManager.auth).expect(403);
    await get(estateManager, open.id).expect(403);
  });

  it('finds requests by title or buyer name (any case and accents) and sorts them as asked', async () => {
    const buyerName = `PT Rem Cakram Jaya ${Date.now()}`;
    const own = await createBuyer(t, owner, { name: buyerName });
    const make = (title: string, dueDate: string | null) => createRequest(t, owner, own, { title, dueDate });
    const late = await make('Cakram rem depan Élan', '2027-06-30');
    const soon = await make('Engsel kaliper', '2027-02-15');
    const none = await make('Anak kunci roda', null);
    const list = async (query: string, user: TestUser = owner) =>
      (
        await t.http
          .get(`/api/v1/sourcing-requests?buyerId=${own.id}&${query}`)
          .set('Authorization', user.auth)
          .expect(200)
      ).body as { items: { id: string }[]; total: number };
    const ids = async (query: string, user?: TestUser) => (await list(query, user)).items.map((r) => r.id);

    expect(await ids('q=CAKRAM%20REM%20DEPAN%20elan')).toEqual([late.id]);
    expect(await ids('q=kaliper', curator)).toEqual([soon.id]);
    expect((await list(`q=${encodeURIComponent(buyerName.slice(3, 22).toLowerCase())}`)).total).toBe(3);
    // A LIKE wildcard is taken literally.
    expect((await list('q=%25')).total).toBe(0);
    expect(await ids('')).toEqual([none.id, soon.id, late.id]);
    expect(await ids('sort=newest')).toEqual([none.id, soon.id, late.id]);
    expect(await ids('sort=oldest')).toEqual([late.id, soon.id, none.id]);
    expect(await ids('sort=due')).toEqual([soon.id, late.id, none.id]);
    expect(await ids('sort=title')).toEqual([none.id, late.id, soon.id]);
    expect(await ids('sort=due&status=draft&q=a')).toEqual([soon.id, late.id, none.id]);

    const bad = await t.http.get('/api/v1/sourcing-requests?sort=price').set('Authorization', owner.auth).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['sort']);
    const long = await t.http
      .get(`/api/v1/sourcing-requests?q=${'a'.repeat(101)}`)
      .set('Authorization', owner.auth)
      .expect(400);
    expect(long.body.errors.map((e: { field: string }) => e.field)).toEqual(['q']);
  });

  it('lets only the buyer’s members change a request', async () => {
    const draft = await createRequest(t, owner, buyer);
    const open = await createRequest(t, owner, buyer, {}, { publish: true });
    await patch(otherBuyer, draft.id, { title: 'x' }).expect(404);
    await patch(otherBuyer, open.id, { title: 'x' }).expect(404);
    await act(otherBuyer, draft.id, 'publish').expect(404);
    await act(otherBuyer, open.id, 'close').expect(404);
    for (const user of [ikm, curator, admin, estateManager]) {
      await patch(user, open.id, { title: 'x' }).expect(403);
      await act(user, open.id, 'close').expect(403);
    }
    await t.http
      .post('/api/v1/sourcing-requests')
      .set('Authorization', otherBuyer.auth)
      .send(requestBody(buyer))
      .expect(404);
    expect((await get(owner, open.id)).body).toMatchObject({ title: 'Rumah motor BLDC 3 kW', status: 'open' });
  });

  it('refuses bad requests with field errors and writes nothing', async () => {
    const post = (body: Record<string, unknown>) =>
      t.http.post('/api/v1/sourcing-requests').set('Authorization', owner.auth).send(body);
    const before = await t.http.get(`/api/v1/sourcing-requests?buyerId=${buyer.id}`).set('Authorization', owner.auth);

    const codes = await post(
      requestBody(buyer, {
        processes: ['casting.hpdc', 'casting.nope'],
        requiredCertifications: ['iso_0'],
        partCategory: 'ev_motor.nope',
      }),
    ).expect(400);
    expect(codes.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['partCategory', 'processes[1]', 'requiredCertifications[0]'].sort(),
    );
    const distance = await post(requestBody(buyer, { plantId: undefined })).expect(400);
    expect(distance.body.errors).toEqual([{ field: 'maxDistanceKm', message: expect.any(String) }]);
    const past = await post(requestBody(buyer, { dueDate: '2027-01-04' })).expect(400);
    expect(past.body.errors).toEqual([{ field: 'dueDate', message: expect.any(String) }]);
    const shape = await post(
      requestBody(buyer, { annualVolume: 0, unit: 'crates', dueDate: '2027-02-30', processes: [] }),
    ).expect(400);
    expect([...new Set(shape.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(
      ['annualVolume', 'dueDate', 'processes', 'unit'].sort(),
    );
    const mass = await post(requestBody(buyer, { status: 'open', id: buyer.id, version: 5 })).expect(400);
    expect(mass.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['id', 'status', 'version']);

    const draft = await createRequest(t, owner, buyer);
    const unplanted = await patch(owner, draft.id, { plantId: null }).expect(400);
    expect(unplanted.body.errors).toEqual([{ field: 'maxDistanceKm', message: expect.any(String) }]);
    await patch(owner, draft.id, { status: 'awarded' }).expect(400);
    await patch(owner, draft.id, { title: null }).expect(400);
    const emptied = await patch(owner, draft.id, { materials: null, verifiedOnly: null }).expect(400);
    expect([...new Set(emptied.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'materials',
      'verifiedOnly',
    ]);
    expect((await get(owner, draft.id)).body).toEqual(draft);

    const after = await t.http.get(`/api/v1/sourcing-requests?buyerId=${buyer.id}`).set('Authorization', owner.auth);
    expect(after.body.total).toBe(before.body.total + 1); // only the valid draft
  });

  it('closes open requests after their due date (WIB), once, and refuses to publish a late draft', async () => {
    clock.current = new Date('2027-01-05T03:00:00Z');
    const due = await createRequest(t, owner, buyer, { dueDate: '2027-01-10' }, { publish: true });
    const later = await createRequest(t, owner, buyer, { dueDate: '2027-01-11' }, { publish: true });
    const lateDraft = await createRequest(t, owner, buyer, { dueDate: '2027-01-10' });
    const scheduler = t.app.get(SourcingRequestsScheduler);

    clock.current = new Date('2027-01-10T16:59:00Z'); // 23:59 WIB on the due date: still open
    await scheduler.closeOverdue();
    expect((await get(owner, due.id)).body.status).toBe('open');

    clock.current = new Date('2027-01-10T17:00:00Z'); // 00:00 WIB the day after
    expect(await scheduler.closeOverdue()).toBeGreaterThanOrEqual(1);
    const closed = (await get(owner, due.id)).body;
    expect(closed).toMatchObject({ status: 'closed', closedReason: 'due_date', version: due.version + 1 });
    expect((await get(owner, later.id)).body.status).toBe('open');

    await scheduler.closeOverdue(); // idempotent: nothing changes the second time
    expect((await get(owner, due.id)).body).toEqual(closed);

    const late = await act(owner, lateDraft.id, 'publish').expect(409);
    expect(late.body.type).toContain('due-date-passed');
    clock.current = new Date('2027-01-05T03:00:00Z');
  });

  it('counts the business days left to respond: weekends, holidays and cuti bersama skipped, unknown years not guessed', async () => {
    clock.current = new Date('2026-03-16T03:00:00Z'); // Monday 16 March 2026, the week of Nyepi and Idul Fitri
    try {
      // Through Friday 27 March: 16, 17, 25, 26, 27 (18–24 are Nyepi, Idul Fitri and their cuti bersama).
      const lebaran = await createRequest(t, owner, buyer, { dueDate: '2026-03-27' });
      expect(lebaran.businessDaysLeft).toBe(5);
      const published = (await act(owner, lebaran.id, 'publish').expect(200)).body;
      expect(published.businessDaysLeft).toBe(5);
      // IKM owners see the same count on open requests.
      expect((await get(ikm, lebaran.id)).body.businessDaysLeft).toBe(5);
      // The weekend and the holiday itself have none left before Wednesday 25 March.
      clock.current = new Date('2026-03-21T03:00:00Z');
      expect((await get(owner, lebaran.id)).body.businessDaysLeft).toBe(3);
      // A due date in a year whose calendar is not known yet, no due date, or a closed request: null.
      const nextYear = await createRequest(t, owner, buyer, { dueDate: '2027-01-29' });
      expect(nextYear.businessDaysLeft).toBeNull();
      const undated = await createRequest(t, owner, buyer, { dueDate: null });
      expect(undated.businessDaysLeft).toBeNull();
      const closed = (await act(owner, lebaran.id, 'close').expect(200)).body;
      expect(closed.businessDaysLeft).toBeNull();
    } finally {
      clock.current = new Date('2027-01-05T03:00:00Z');
    }
  });
});
