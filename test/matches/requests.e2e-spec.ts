import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, TestUser } from '../support/accounts';
import { createRequest, TestBuyer } from '../support/buyers';
import { createMatchCast } from '../support/matches';
import { createSupplier } from '../support/suppliers';

/** A process no other test asks for, so that these suppliers and requests are this file's own. */
const PROCESS = 'heat_treatment.nitriding';

interface Notification {
  type: string;
  title: string;
  body: string;
  data: Record<string, string>;
}

describe('Matches: either side asks for an introduction', () => {
  let t: TestApp;
  let ikm: TestUser;
  let otherIkm: TestUser;
  let oem: TestUser;
  let otherOem: TestUser;
  let curator: TestUser;
  let admin: TestUser;
  let estateManager: TestUser;
  let buyer: TestBuyer;

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    ({ ikm, otherIkm, oem, otherOem, curator, estateManager, admin, buyer } = await createMatchCast(t, 'req'));
  });
  afterAll(() => t.close());

  const supplier = (owner: TestUser = ikm) => createSupplier(t, owner, { nib: undefined, processes: [PROCESS] });
  const openRequest = (overrides: Record<string, unknown> = {}, publish = true) =>
    createRequest(
      t,
      oem,
      buyer,
      {
        processes: [PROCESS],
        materials: [],
        requiredCertifications: [],
        maxDistanceKm: null,
        minTkdnPercent: null,
        ...overrides,
      },
      { publish },
    );
  const ask = (user: TestUser, sourcingRequestId: string, supplierId: string, note?: string) =>
    t.http
      .post('/api/v1/matches')
      .set('Authorization', user.auth)
      .send({ sourcingRequestId, supplierId, ...(note && { note }) });
  const send = (user: TestUser, matchId: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/matches/${matchId}/events`).set('Authorization', user.auth).send(body);
  const get = (user: TestUser, matchId: string) =>
    t.http.get(`/api/v1/matches/${matchId}`).set('Authorization', user.auth);
  const listed = async (user: TestUser, query: string) =>
    (
      (await t.http.get(`/api/v1/matches?${query}`).set('Authorization', user.auth).expect(200)).body as {
        items: { id: string }[];
      }
    ).items.map((m) => m.id);
  const inbox = async (user: TestUser) =>
    (
      (await t.http.get('/api/v1/notifications?limit=100').set('Authorization', user.auth).expect(200)).body as {
        items: Notification[];
      }
    ).items;

  it("lets a buyer's member ask from its candidates; the supplier learns of it only once introduced", async () => {
    const request = await openRequest();
    const { id: supplierId } = await supplier();
    const res = await ask(oem, request.id, supplierId, 'Kami ingin bertemu pemasok ini.').expect(201);
    expect(res.body).toMatchObject({
      status: 'requested',
      requestedBy: 'buyer',
      curatorId: null,
      introducedAt: null,
      note: 'Kami ingin bertemu pemasok ini.',
      version: 1,
    });
    expect(res.body.breakdown).toHaveLength(6);
    const matchId = res.body.id as string;

    // The requesting side sees its request; the other side does not, yet.
    await get(oem, matchId).expect(200);
    expect(await listed(oem, `sourcingRequestId=${request.id}`)).toEqual([matchId]);
    await get(ikm, matchId).expect(404);
    expect(await listed(ikm, `supplierId=${supplierId}`)).toEqual([]);
    await get(otherOem, matchId).expect(404);

    // Who asked, and the note, are in the history.
    const history = await t.http.get(`/api/v1/matches/${matchId}/events`).set('Authorization', oem.auth).expect(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        type: 'request',
        actorUserId: oem.id,
        organizationId: buyer.id,
        fromStatus: null,
        toStatus: 'requested',
        note: 'Kami ingin bertemu pemasok ini.',
      }),
    ]);

    // The same pair again, by either side or a curator: 409.
    await ask(oem, request.id, supplierId).expect(409);
    await ask(curator, request.id, supplierId).expect(409);
    await ask(ikm, request.id, supplierId).expect(409);

    // A curator introduces it: both sides are told, and both now see it.
    const introduced = await send(curator, matchId, { type: 'introduce' }).expect(200);
    expect(introduced.body).toMatchObject({ status: 'introduced', curatorId: curator.id, requestedBy: 'buyer' });
    await get(ikm, matchId).expect(200);
    for (const user of [oem, ikm]) {
      expect((await inbox(user)).filter((n) => n.data.matchId === matchId).map((n) => n.type)).toEqual([
        'match_introduced',
      ]);
    }
    // From there on it is an introduction like any other: the requester accepts as well.
    await send(oem, matchId, { type: 'accept' }).expect(200);
    const engaged = await send(ikm, matchId, { type: 'accept' }).expect(200);
    expect(engaged.body.status).toBe('engaged');
  });

  it("lets an owner say 'saya berminat' for its own supplier; a curator declines with a reason", async () => {
    const request = await openRequest();
    const { id: supplierId } = await supplier();
    const res = await ask(ikm, request.id, supplierId, 'Saya berminat.').expect(201);
    expect(res.body).toMatchObject({ status: 'requested', requestedBy: 'supplier', curatorId: null });
    const matchId = res.body.id as string;
    await get(ikm, matchId).expect(200);
    await get(oem, matchId).expect(404);
    await get(otherIkm, matchId).expect(404);

    // A side cannot move its own request on; a curator's decline needs a reason.
    await send(ikm, matchId, { type: 'accept' }).expect(409);
    await send(ikm, matchId, { type: 'introduce' }).expect(403);
    const noReason = await send(curator, matchId, { type: 'decline' }).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'note' })]);
    await send(curator, matchId, { type: 'decline', note: '   ' }).expect(400);
    await send(curator, matchId, { type: 'withdraw' }).expect(409);

    const declined = await send(curator, matchId, {
      type: 'decline',
      note: 'Kapasitas belum cukup untuk volume ini.',
    }).expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', curatorId: curator.id, introducedAt: null });
    await send(curator, matchId, { type: 'introduce' }).expect(409);

    // The owner is told why, and still sees its request; the buyer never learns of it.
    const told = (await inbox(ikm)).filter((n) => n.data.matchId === matchId);
    expect(told).toEqual([
      expect.objectContaining({
        type: 'match_request_declined',
        body: expect.stringContaining('Alasan: Kapasitas belum cukup untuk volume ini.'),
      }),
    ]);
    expect((await inbox(oem)).filter((n) => n.data.matchId === matchId)).toEqual([]);
    await get(ikm, matchId).expect(200);
    await get(oem, matchId).expect(404);
    const history = await t.http.get(`/api/v1/matches/${matchId}/events`).set('Authorization', ikm.auth).expect(200);
    expect(history.body.items.map((e: { type: string; organizationId: string | null }) => e)).toEqual([
      expect.objectContaining({ type: 'request', organizationId: supplierId, note: 'Saya berminat.' }),
      expect.objectContaining({
        type: 'decline',
        actorUserId: curator.id,
        fromStatus: 'requested',
        toStatus: 'declined',
        note: 'Kapasitas belum cukup untuk volume ini.',
      }),
    ]);
  });

  it('refuses to ask for another side, and other roles', async () => {
    const request = await openRequest();
    const { id: supplierId } = await supplier();
    // Another buyer's member, and another firm's owner: not their side.
    await ask(otherOem, request.id, supplierId).expect(403);
    await ask(otherIkm, request.id, supplierId).expect(403);
    await ask(estateManager, request.id, supplierId).expect(403);
    await ask(admin, request.id, supplierId).expect(403);
    expect(await listed(curator, `supplierId=${supplierId}`)).toEqual([]);
  });

  it('asks the same eligibility as shortlisting, and an open request', async () => {
    const { id: supplierId } = await supplier();
    const strict = await openRequest({ requiredCertifications: ['iatf_16949'] });
    const res = await ask(ikm, strict.id, supplierId).expect(409);
    expect(res.body.missing).toEqual([{ kind: 'certification', code: 'iatf_16949', name: 'IATF 16949' }]);
    const draft = await openRequest({}, false);
    await ask(oem, draft.id, supplierId).expect(409);
    await ask(ikm, draft.id, supplierId).expect(409);
  });

  it('tells the side a reason of any allowed length, within the notification body limit', async () => {
    const request = await openRequest();
    const { id: supplierId } = await supplier();
    const matchId = (await ask(ikm, request.id, supplierId).expect(201)).body.id as string;
    const reason = 'Dokumen belum lengkap. '.repeat(87).slice(0, 2000); // the most a note may hold
    await send(curator, matchId, { type: 'decline', note: reason }).expect(200);
    const [told] = (await inbox(ikm)).filter((n) => n.data.matchId === matchId);
    expect(told.body.length).toBeLessThanOrEqual(2000);
    expect(told.body).toMatch(/Alasan: Dokumen belum lengkap\..*…$/);
  });

  it('gives curators the queue of requests, oldest first', async () => {
    const request = await openRequest();
    const first = (await ask(ikm, request.id, (await supplier()).id).expect(201)).body.id as string;
    const second = (await ask(oem, request.id, (await supplier(otherIkm)).id).expect(201)).body.id as string;
    const queue = await listed(curator, `status=requested&sort=oldest&sourcingRequestId=${request.id}`);
    expect(queue).toEqual([first, second]);
    expect(await listed(curator, `status=shortlisted&sourcingRequestId=${request.id}`)).toEqual([]);
  });
});
