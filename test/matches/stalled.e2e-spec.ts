import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, TestUser } from '../support/accounts';
import { createRequest, TestBuyer } from '../support/buyers';
import { createMatchCast } from '../support/matches';
import { createSupplier } from '../support/suppliers';

/** A process no other test asks for, so that these matches are this file's own. */
const PROCESS = 'heat_treatment.induction_hardening';

interface Listed {
  id: string;
  status: string;
  statusSince: string;
  createdAt: string;
}

describe('Matches: days in stage, for stalled matches', () => {
  let t: TestApp;
  let ikm: TestUser;
  let oem: TestUser;
  let curator: TestUser;
  let buyer: TestBuyer;

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    ({ ikm, oem, curator, buyer } = await createMatchCast(t, 'stalled'));
  });
  afterAll(() => t.close());

  const shortlisted = async () => {
    const request = await createRequest(
      t,
      oem,
      buyer,
      { processes: [PROCESS], materials: [], requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null },
      { publish: true },
    );
    const supplier = await createSupplier(t, ikm, { nib: undefined, processes: [PROCESS] });
    const res = await t.http
      .post('/api/v1/matches')
      .set('Authorization', curator.auth)
      .send({ sourcingRequestId: request.id, supplierId: supplier.id })
      .expect(201);
    return res.body as Listed & { version: number };
  };
  const send = (user: TestUser, id: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/matches/${id}/events`).set('Authorization', user.auth).send(body).expect(200);
  const list = async (query: string) =>
    (await t.http.get(`/api/v1/matches?limit=100&${query}`).set('Authorization', curator.auth).expect(200)).body
      .items as Listed[];

  it('says since when a match is in its status: the event that moved it, not an acceptance', async () => {
    const match = await shortlisted();
    // Its first event (the shortlist), written with the match.
    expect(Math.abs(Date.parse(match.statusSince) - Date.parse(match.createdAt))).toBeLessThan(1000);

    const introduced = (await send(curator, match.id, { type: 'introduce' })).body as Listed & { introducedAt: string };
    expect(Date.parse(introduced.statusSince)).toBeGreaterThan(Date.parse(match.createdAt));
    // The introduction's event, written in the same transaction as introducedAt.
    expect(Math.abs(Date.parse(introduced.statusSince) - Date.parse(introduced.introducedAt))).toBeLessThan(1000);

    // One side's acceptance leaves it introduced: the days in that stage go on counting.
    const accepted = (await send(oem, match.id, { type: 'accept' })).body as Listed;
    expect(accepted.statusSince).toBe(introduced.statusSince);
    const engaged = (await send(ikm, match.id, { type: 'accept' })).body as Listed;
    expect(engaged.status).toBe('engaged');
    expect(Date.parse(engaged.statusSince)).toBeGreaterThan(Date.parse(introduced.statusSince));

    const [seen] = await list(`supplierId=${(await get(match.id)).supplier.id}`);
    expect(seen.statusSince).toBe(engaged.statusSince);
  });

  const get = async (id: string) =>
    (await t.http.get(`/api/v1/matches/${id}`).set('Authorization', curator.auth).expect(200)).body as Listed & {
      supplier: { id: string };
    };

  it('filters by days in stage and sorts the longest-waiting first', async () => {
    const first = await shortlisted();
    const second = await shortlisted();
    await send(curator, first.id, { type: 'introduce' });
    // The first was shortlisted before the second but introduced after: it is now the fresher in its stage.
    const stalest = await list('status=shortlisted&status=introduced&sort=stalest&stalledDays=0');
    const since = stalest.map((m) => Date.parse(m.statusSince));
    expect(since).toEqual([...since].sort((a, b) => a - b));
    const ids = stalest.map((m) => m.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));

    // Nothing here has waited a day.
    const stalled = (await list('status=shortlisted&status=introduced&stalledDays=1')).map((m) => m.id);
    expect(stalled).not.toContain(first.id);
    expect(stalled).not.toContain(second.id);
  });

  it('refuses a negative or unreadable number of days, and an unknown order', async () => {
    for (const query of ['stalledDays=-1', 'stalledDays=abc', 'stalledDays=3651', 'sort=slowest']) {
      await t.http.get(`/api/v1/matches?${query}`).set('Authorization', curator.auth).expect(400);
    }
  });
});
