import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, TestUser } from '../support/accounts';
import { createRequest, TestBuyer } from '../support/buyers';
import { createMatchCast } from '../support/matches';
import { createSupplier } from '../support/suppliers';

/** A process no other test asks for, so that these suppliers and requests are this file's own. */
const PROCESS = 'heat_treatment.carburising';

describe('Matches: from shortlist to contract', () => {
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
    ({ ikm, otherIkm, oem, otherOem, curator, estateManager, admin, buyer } = await createMatchCast(t, 'match'));
  });
  afterAll(() => t.close());

  const supplier = (overrides: Record<string, unknown> = {}) =>
    createSupplier(t, ikm, { nib: undefined, processes: [PROCESS, 'machining.cnc_turning'], ...overrides });
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
  const shortlist = (requestId: string, supplierId: string, user: TestUser = curator) =>
    t.http
      .post('/api/v1/matches')
      .set('Authorization', user.auth)
      .send({ sourcingRequestId: requestId, supplierId, note: 'Cocok.' });
  const send = (user: TestUser, matchId: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/matches/${matchId}/events`).set('Authorization', user.auth).send(body);
  const get = (user: TestUser, matchId: string) =>
    t.http.get(`/api/v1/matches/${matchId}`).set('Authorization', user.auth);

  it('lets a curator shortlist an eligible supplier, keeping the score, once per pair', async () => {
    const request = await openRequest();
    const { id: supplierId } = await supplier();
    const res = await shortlist(request.id, supplierId).expect(201);
    expect(res.body).toMatchObject({
      status: 'shortlisted',
      sourcingRequest: { id: request.id, buyerId: buyer.id },
      supplier: { id: supplierId },
      buyerAccepted: false,
      supplierAccepted: false,
      introducedAt: null,
      curatorId: curator.id,
      note: 'Cocok.',
      version: 1,
    });
    expect(res.body.breakdown).toHaveLength(6);
    expect(res.body.score).toBeCloseTo(
      res.body.breakdown.reduce((s: number, f: { points: number }) => s + f.points, 0),
      6,
    );
    // The same score the buyer's candidate list gives now.
    const candidates = await t.http
      .get(`/api/v1/sourcing-requests/${request.id}/candidates?limit=100`)
      .set('Authorization', oem.auth);
    const candidate = candidates.body.items.find((c: { supplier: { id: string } }) => c.supplier.id === supplierId);
    expect(candidate.score).toBe(res.body.score);

    await shortlist(request.id, supplierId).expect(409);
    // Others may only ask for an introduction for their own side (test/matches/requests): not their request or firm.
    await shortlist(request.id, supplierId, otherOem).expect(403);
    await shortlist(request.id, supplierId, otherIkm).expect(403);
  });

  it('refuses an ineligible supplier with what it lacks, and a request that is not open', async () => {
    const request = await openRequest({ requiredCertifications: ['iatf_16949'] });
    const { id: supplierId } = await supplier();
    const res = await shortlist(request.id, supplierId).expect(409);
    expect(res.body.missing).toEqual([{ kind: 'certification', code: 'iatf_16949', name: 'IATF 16949' }]);
    const draft = await openRequest({}, false);
    await shortlist(draft.id, supplierId).expect(409);
    const list = await t.http.get(`/api/v1/matches?supplierId=${supplierId}`).set('Authorization', curator.auth);
    expect(list.body.total).toBe(0);
  });

  it('runs shortlisted → introduced → engaged → won, with the history and the request awarded', async () => {
    const request = await openRequest();
    const { id: supplierId } = await supplier();
    const { body: match } = await shortlist(request.id, supplierId).expect(201);

    // Before the introduction, the two sides do not see the match at all.
    await get(oem, match.id).expect(404);
    await get(ikm, match.id).expect(404);
    await send(ikm, match.id, { type: 'accept' }).expect(404);

    await send(ikm, match.id, { type: 'introduce' }).expect(404);
    const introduced = await send(curator, match.id, { type: 'introduce', note: 'Silakan berkenalan.' }).expect(200);
    expect(introduced.body).toMatchObject({ status: 'introduced', version: 2, introducedAt: expect.any(String) });
    await send(ikm, match.id, { type: 'introduce' }).expect(403);
    await send(curator, match.id, { type: 'accept' }).expect(403);

    const buyerAccepted = await send(oem, match.id, { type: 'accept' }).expect(200);
    expect(buyerAccepted.body).toMatchObject({ status: 'introduced', buyerAccepted: true, supplierAccepted: false });
    const again = await send(oem, match.id, { type: 'accept' }).expect(409);
    expect(again.body.type).toContain('already-applied');
    await send(ikm, match.id, { type: 'accept', expectedVersion: 1 }).expect(409);
    const engaged = await send(ikm, match.id, { type: 'accept', expectedVersion: 3 }).expect(200);
    expect(engaged.body).toMatchObject({ status: 'engaged', buyerAccepted: true, supplierAccepted: true });

    await send(ikm, match.id, { type: 'win' }).expect(403);
    await send(curator, match.id, { type: 'withdraw' }).expect(409);
    await send(oem, match.id, { type: 'decline' }).expect(409);
    await send(oem, match.id, { type: 'lose', requestFilled: true }).expect(400);
    const won = await send(oem, match.id, { type: 'win', requestFilled: true, note: 'PO terbit.' }).expect(200);
    expect(won.body.status).toBe('won');
    const awarded = await t.http.get(`/api/v1/sourcing-requests/${request.id}`).set('Authorization', oem.auth);
    expect(awarded.body).toMatchObject({ status: 'awarded', closedAt: expect.any(String) });
    await send(curator, match.id, { type: 'lose' }).expect(409);

    const history = await t.http.get(`/api/v1/matches/${match.id}/events`).set('Authorization', ikm.auth).expect(200);
    expect(
      history.body.items.map(
        (e: { type: string; fromStatus: string | null; toStatus: string; organizationId: string | null }) => [
          e.type,
          e.fromStatus,
          e.toStatus,
          e.organizationId,
        ],
      ),
    ).toEqual([
      ['shortlist', null, 'shortlisted', null],
      ['introduce', 'shortlisted', 'introduced', null],
      ['accept', 'introduced', 'introduced', buyer.id],
      ['accept', 'introduced', 'engaged', supplierId],
      ['win', 'engaged', 'won', buyer.id],
    ]);
    expect(history.body.items[4]).toMatchObject({
      actorUserId: oem.id,
      note: 'PO terbit.',
      actorName: expect.any(String),
    });
  });

  it('lets either side decline an introduction, and a curator withdraw before engagement', async () => {
    const request = await openRequest();
    const declined = (await shortlist(request.id, (await supplier()).id).expect(201)).body;
    await send(curator, declined.id, { type: 'introduce' }).expect(200);
    expect((await send(ikm, declined.id, { type: 'decline', note: 'Kapasitas penuh.' }).expect(200)).body.status).toBe(
      'declined',
    );
    await send(oem, declined.id, { type: 'accept' }).expect(409);

    const withdrawn = (await shortlist(request.id, (await supplier()).id).expect(201)).body;
    expect((await send(curator, withdrawn.id, { type: 'withdraw' }).expect(200)).body.status).toBe('withdrawn');
    await send(curator, withdrawn.id, { type: 'introduce' }).expect(409);
    // Withdrawn before any introduction: the two sides never see it.
    await get(oem, withdrawn.id).expect(404);
  });

  it('exchanges contacts only from engaged on, and only between the two sides', async () => {
    const request = await openRequest();
    const { id: supplierId } = await supplier();
    const { body: match } = await shortlist(request.id, supplierId).expect(201);
    const profile = (user: TestUser) => t.http.get(`/api/v1/suppliers/${supplierId}`).set('Authorization', user.auth);
    await send(curator, match.id, { type: 'introduce' }).expect(200);
    await send(oem, match.id, { type: 'accept' }).expect(200);
    for (const user of [oem, ikm]) expect((await get(user, match.id)).body).not.toHaveProperty('counterpartContact');
    expect((await profile(oem)).body).not.toHaveProperty('contact');

    await send(ikm, match.id, { type: 'accept' }).expect(200);
    expect((await get(oem, match.id)).body.counterpartContact).toEqual({
      name: expect.any(String),
      phone: '+6281223456789', // sent as +62 812-2345-6789, stored in E.164
      email: 'marketing@cvlogamjaya.co.id',
      whatsappUrl: 'https://wa.me/6281223456789',
    });
    expect((await get(ikm, match.id)).body.counterpartContact).toEqual({
      name: 'PT Motor Listrik Nusantara',
      person: 'Test match-oem',
      email: oem.email,
    });
    expect((await get(curator, match.id)).body).not.toHaveProperty('counterpartContact');
    const mine = await t.http.get(`/api/v1/matches?sourcingRequestId=${request.id}`).set('Authorization', oem.auth);
    expect(mine.body.items[0].counterpartContact.email).toBe('marketing@cvlogamjaya.co.id');
    expect(mine.body.items[0]).not.toHaveProperty('contacts');

    // The engaged buyer may now read the supplier's contact on its profile, never its NPWP; other buyers still may not.
    const seen = (await profile(oem).expect(200)).body;
    expect(seen.contact).toEqual({ phone: '+6281223456789', email: 'marketing@cvlogamjaya.co.id' });
    expect(seen).not.toHaveProperty('npwp');
    expect((await profile(otherOem)).body).not.toHaveProperty('contact');
  });

  it('applies exactly one of five identical concurrent accepts', async () => {
    const request = await openRequest();
    const { body: match } = await shortlist(request.id, (await supplier()).id).expect(201);
    await send(curator, match.id, { type: 'introduce' }).expect(200);
    const results = await Promise.all(Array.from({ length: 5 }, () => send(oem, match.id, { type: 'accept' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const history = await t.http.get(`/api/v1/matches/${match.id}/events`).set('Authorization', curator.auth);
    expect(history.body.items.filter((e: { type: string }) => e.type === 'accept')).toHaveLength(1);
  });

  it('shows matches to curators, and to the two sides only from the introduction on', async () => {
    const request = await openRequest();
    const { id: supplierId } = await supplier();
    const { body: match } = await shortlist(request.id, supplierId).expect(201);
    const listed = async (user: TestUser) =>
      (
        await t.http.get(`/api/v1/matches?sourcingRequestId=${request.id}`).set('Authorization', user.auth).expect(200)
      ).body.items.map((m: { id: string }) => m.id);
    expect(await listed(curator)).toEqual([match.id]);
    expect(await listed(oem)).toEqual([]);
    await send(curator, match.id, { type: 'introduce' }).expect(200);
    expect(await listed(oem)).toEqual([match.id]);
    expect(await listed(ikm)).toEqual([match.id]);
    expect(await listed(otherOem)).toEqual([]);
    expect(await listed(otherIkm)).toEqual([]);
    for (const outsider of [otherOem, otherIkm]) {
      await get(outsider, match.id).expect(404);
      await t.http.get(`/api/v1/matches/${match.id}/events`).set('Authorization', outsider.auth).expect(404);
      await send(outsider, match.id, { type: 'accept' }).expect(404);
    }
    for (const notAParty of [admin, estateManager]) await get(notAParty, match.id).expect(403);

    const queue = await t.http
      .get('/api/v1/matches?status=shortlisted&sort=oldest&limit=100')
      .set('Authorization', curator.auth)
      .expect(200);
    const created = queue.body.items.map((m: { createdAt: string }) => m.createdAt);
    expect(created).toEqual([...created].sort());
    expect(queue.body.items.every((m: { status: string }) => m.status === 'shortlisted')).toBe(true);
  });

  it('keeps the history append-only in the database itself', async () => {
    const request = await openRequest();
    const { body: match } = await shortlist(request.id, (await supplier()).id).expect(201);
    await expect(
      t.app.get(DataSource).query(`UPDATE match_events SET note = 'diubah' WHERE match_id = $1`, [match.id]),
    ).rejects.toThrow(/append-only/);
  });
});
