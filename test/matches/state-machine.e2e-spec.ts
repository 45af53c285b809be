import { Actor, EVENT_TYPES, EventType, MatchStatus, Side, transition } from '../../src/matches/match-state';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createBuyer, createRequest, TestRequest } from '../support/buyers';
import { createSupplier } from '../support/suppliers';

/** A process no other test asks for. */
const PROCESS = 'surface.anodising';

/** Every state a match can be in, and the events (by whom) that lead there from a new shortlist. */
const STATES: {
  name: string;
  status: MatchStatus;
  path: [EventType, Actor][];
  buyerAccepted?: boolean;
  supplierAccepted?: boolean;
  seenBySides: boolean;
  /** The side that asked for the introduction (it sees its request from the start); else a curator shortlisted it. */
  requestedBy?: Side;
}[] = [
  { name: 'requested by the buyer', status: 'requested', path: [], seenBySides: false, requestedBy: 'buyer' },
  { name: 'requested by the supplier', status: 'requested', path: [], seenBySides: false, requestedBy: 'supplier' },
  {
    name: 'a request declined',
    status: 'declined',
    path: [['decline', 'curator']],
    seenBySides: false,
    requestedBy: 'supplier',
  },
  {
    name: 'a request introduced',
    status: 'introduced',
    path: [['introduce', 'curator']],
    seenBySides: true,
    requestedBy: 'buyer',
  },
  { name: 'shortlisted', status: 'shortlisted', path: [], seenBySides: false },
  {
    name: 'withdrawn before the introduction',
    status: 'withdrawn',
    path: [['withdraw', 'curator']],
    seenBySides: false,
  },
  { name: 'introduced', status: 'introduced', path: [['introduce', 'curator']], seenBySides: true },
  {
    name: 'introduced, buyer accepted',
    status: 'introduced',
    path: [
      ['introduce', 'curator'],
      ['accept', 'buyer'],
    ],
    buyerAccepted: true,
    seenBySides: true,
  },
  {
    name: 'introduced, supplier accepted',
    status: 'introduced',
    path: [
      ['introduce', 'curator'],
      ['accept', 'supplier'],
    ],
    supplierAccepted: true,
    seenBySides: true,
  },
  {
    name: 'withdrawn after the introduction',
    status: 'withdrawn',
    path: [
      ['introduce', 'curator'],
      ['withdraw', 'curator'],
    ],
    seenBySides: true,
  },
  {
    name: 'declined',
    status: 'declined',
    path: [
      ['introduce', 'curator'],
      ['decline', 'supplier'],
    ],
    seenBySides: true,
  },
  {
    name: 'engaged',
    status: 'engaged',
    path: [
      ['introduce', 'curator'],
      ['accept', 'buyer'],
      ['accept', 'supplier'],
    ],
    buyerAccepted: true,
    supplierAccepted: true,
    seenBySides: true,
  },
  {
    name: 'won',
    status: 'won',
    path: [
      ['introduce', 'curator'],
      ['accept', 'buyer'],
      ['accept', 'supplier'],
      ['win', 'buyer'],
    ],
    buyerAccepted: true,
    supplierAccepted: true,
    seenBySides: true,
  },
  {
    name: 'lost',
    status: 'lost',
    path: [
      ['introduce', 'curator'],
      ['accept', 'buyer'],
      ['accept', 'supplier'],
      ['lose', 'curator'],
    ],
    buyerAccepted: true,
    supplierAccepted: true,
    seenBySides: true,
  },
];
const ACTORS: Actor[] = ['curator', 'buyer', 'supplier'];

describe('Match state machine over HTTP: every event, by every party, in every state', () => {
  let t: TestApp;
  let users: Record<Actor, TestUser>;
  let request: TestRequest;

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    const [curator, oem, ikm] = await Promise.all([
      createUser(t, 'curator'),
      createUser(t, 'oem_buyer', 'sm-oem'),
      createUser(t, 'ikm_owner', 'sm-ikm'),
    ]);
    users = { curator, buyer: oem, supplier: ikm };
    const buyer = await createBuyer(t, oem);
    request = await createRequest(
      t,
      oem,
      buyer,
      { processes: [PROCESS], materials: [], requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null },
      { publish: true },
    );
  });
  afterAll(() => t.close());

  // Every event carries a note: a curator declining a side's request must give one (matches.e2e-spec tests without).
  const send = (actor: Actor, matchId: string, type: EventType) =>
    t.http
      .post(`/api/v1/matches/${matchId}/events`)
      .set('Authorization', users[actor].auth)
      .send({ type, note: 'Catatan.' });

  /** A new match (with a new supplier: one match per pair) brought into the state. */
  async function matchIn(state: (typeof STATES)[number]): Promise<string> {
    const { id: supplierId } = await createSupplier(t, users.supplier, { nib: undefined, processes: [PROCESS] });
    const { body } = await t.http
      .post('/api/v1/matches')
      .set('Authorization', users[state.requestedBy ?? 'curator'].auth)
      .send({ sourcingRequestId: request.id, supplierId })
      .expect(201);
    for (const [type, actor] of state.path) await send(actor, body.id, type).expect(200);
    return body.id as string;
  }

  describe.each(STATES)('$name', (state) => {
    const cases = EVENT_TYPES.flatMap((type) => ACTORS.map((actor) => ({ type, actor })));
    it.each(cases)('$type by $actor', async ({ type, actor }) => {
      const matchId = await matchIn(state);
      const result = transition(
        { status: state.status, buyerAccepted: !!state.buyerAccepted, supplierAccepted: !!state.supplierAccepted },
        type,
        actor,
      );
      const res = await send(actor, matchId, type);
      if (actor !== 'curator' && !state.seenBySides && actor !== state.requestedBy) {
        expect(res.status).toBe(404); // a side sees a match from its introduction on, or its own request
      } else if (result.ok) {
        expect({ status: res.status, match: res.body.status }).toEqual({ status: 200, match: result.status });
      } else {
        expect(res.status).toBe(result.reason === 'role' ? 403 : 409);
        // The problem's status is the HTTP status; the match's state has a member of its own.
        expect(res.body.status).toBe(res.status);
        if (result.reason === 'state') expect(res.body.currentState).toBe(state.status);
      }
      const history = await t.http.get(`/api/v1/matches/${matchId}/events`).set('Authorization', users.curator.auth);
      expect(history.body.items).toHaveLength(1 + state.path.length + (res.status === 200 ? 1 : 0));
    });
  });
});
