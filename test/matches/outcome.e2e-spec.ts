import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, TestUser } from '../support/accounts';
import { createRequest, TestBuyer } from '../support/buyers';
import { createMatchCast } from '../support/matches';
import { createSupplier } from '../support/suppliers';

/** A process no other test asks for, so that these suppliers and requests are this file's own. */
const PROCESS = 'heat_treatment.quench_temper';

interface HistoryRow {
  type: string;
  fromStatus: string | null;
  toStatus: string;
  actorUserId: string;
  organizationId: string | null;
  note: string | null;
  contractValueIdr: number | null;
  expectedJobs: number | null;
}

describe("Matches: a won match's contract value and expected jobs", () => {
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
    ({ ikm, otherIkm, oem, otherOem, curator, estateManager, admin, buyer } = await createMatchCast(t, 'outcome'));
    // The other owner has a firm of its own: an owner of another supplier, not an account without one.
    await createSupplier(t, otherIkm, { nib: undefined, processes: [PROCESS] });
  });
  afterAll(() => t.close());

  const send = (user: TestUser, matchId: string, body: Record<string, unknown>, language = 'id') =>
    t.http
      .post(`/api/v1/matches/${matchId}/events`)
      .set('Authorization', user.auth)
      .set('Accept-Language', language)
      .send(body);
  const get = (user: TestUser, matchId: string) =>
    t.http.get(`/api/v1/matches/${matchId}`).set('Authorization', user.auth);
  const correct = (user: TestUser | null, matchId: string, body: Record<string, unknown>, language = 'id') => {
    const req = t.http.patch(`/api/v1/matches/${matchId}/outcome`).set('Accept-Language', language);
    return (user ? req.set('Authorization', user.auth) : req).send(body);
  };
  const history = async (matchId: string): Promise<HistoryRow[]> =>
    (await t.http.get(`/api/v1/matches/${matchId}/events`).set('Authorization', curator.auth).expect(200)).body.items;

  /** A match between this file's buyer and a new supplier of `ikm`, moved to engaged. */
  async function engagedMatch(): Promise<{ id: string; supplierId: string }> {
    const request = await createRequest(
      t,
      oem,
      buyer,
      { processes: [PROCESS], materials: [], requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null },
      { publish: true },
    );
    const { id: supplierId } = await createSupplier(t, ikm, { nib: undefined, processes: [PROCESS] });
    const { body: match } = await t.http
      .post('/api/v1/matches')
      .set('Authorization', curator.auth)
      .send({ sourcingRequestId: request.id, supplierId })
      .expect(201);
    await send(curator, match.id, { type: 'introduce' }).expect(200);
    await send(oem, match.id, { type: 'accept' }).expect(200);
    await send(ikm, match.id, { type: 'accept' }).expect(200);
    return { id: match.id, supplierId };
  }

  it("records the buyer's win with its contract value and jobs, shown to curators and both sides", async () => {
    const match = await engagedMatch();
    const engaged = await get(curator, match.id).expect(200);
    expect(engaged.body).toMatchObject({ status: 'engaged', contractValueIdr: null, expectedJobs: null });

    const won = await send(oem, match.id, {
      type: 'win',
      note: 'PO pertama terbit.',
      contractValueIdr: 450_000_000,
      expectedJobs: 6,
    }).expect(200);
    expect(won.body).toMatchObject({ status: 'won', contractValueIdr: 450_000_000, expectedJobs: 6 });
    for (const viewer of [curator, oem, ikm]) {
      expect((await get(viewer, match.id).expect(200)).body).toMatchObject({
        contractValueIdr: 450_000_000,
        expectedJobs: 6,
      });
    }
    const listed = await t.http.get(`/api/v1/matches?supplierId=${match.supplierId}`).set('Authorization', ikm.auth);
    expect(listed.body.items[0]).toMatchObject({ contractValueIdr: 450_000_000, expectedJobs: 6 });
    for (const outsider of [otherOem, otherIkm]) await get(outsider, match.id).expect(404);

    const rows = await history(match.id);
    expect(rows.at(-1)).toMatchObject({
      type: 'win',
      actorUserId: oem.id,
      organizationId: buyer.id,
      contractValueIdr: 450_000_000,
      expectedJobs: 6,
    });
    // The other events carry no outcome.
    expect(rows.slice(0, -1).every((e) => e.contractValueIdr === null && e.expectedJobs === null)).toBe(true);
  });

  it("records a curator's win with a value near the limit, and a win without either", async () => {
    const byCurator = await engagedMatch();
    const won = await send(curator, byCurator.id, {
      type: 'win',
      contractValueIdr: 1_000_000_000_000_000, // Rp 10^15, the largest allowed
      expectedJobs: 0,
    }).expect(200);
    expect(won.body).toMatchObject({ status: 'won', contractValueIdr: 1e15, expectedJobs: 0 });
    expect((await history(byCurator.id)).at(-1)).toMatchObject({
      type: 'win',
      actorUserId: curator.id,
      organizationId: null,
      contractValueIdr: 1e15,
      expectedJobs: 0,
    });

    const plain = await engagedMatch();
    const plainWin = await send(oem, plain.id, { type: 'win', expectedJobs: 14 }).expect(200);
    expect(plainWin.body).toMatchObject({ status: 'won', contractValueIdr: null, expectedJobs: 14 });
  });

  it('refuses the fields with any other event, naming them, and changes nothing', async () => {
    const match = await engagedMatch();
    const before = (await get(curator, match.id).expect(200)).body;
    const eventsBefore = (await history(match.id)).length;

    const lose = await send(oem, match.id, { type: 'lose', contractValueIdr: 450_000_000, expectedJobs: 6 }).expect(
      400,
    );
    expect(lose.body.errors).toEqual([
      { field: 'contractValueIdr', message: 'contractValueIdr hanya dicatat bersama kemenangan (win)' },
      { field: 'expectedJobs', message: 'expectedJobs hanya dicatat bersama kemenangan (win)' },
    ]);
    const english = await send(curator, match.id, { type: 'lose', expectedJobs: 3 }, 'en').expect(400);
    expect(english.body.errors).toEqual([
      { field: 'expectedJobs', message: 'expectedJobs is recorded only with a win' },
    ]);
    // Even null, and whoever sends it: the field does not go with the event.
    const withdraw = await send(curator, match.id, { type: 'withdraw', contractValueIdr: null }).expect(400);
    expect(withdraw.body.errors).toEqual([expect.objectContaining({ field: 'contractValueIdr' })]);

    const after = (await get(curator, match.id).expect(200)).body;
    expect(after).toMatchObject({
      status: 'engaged',
      version: before.version,
      contractValueIdr: null,
      expectedJobs: null,
    });
    expect(await history(match.id)).toHaveLength(eventsBefore);

    // Earlier in the life of a match too.
    const request = await createRequest(
      t,
      oem,
      buyer,
      { processes: [PROCESS], materials: [], requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null },
      { publish: true },
    );
    const { id: supplierId } = await createSupplier(t, ikm, { nib: undefined, processes: [PROCESS] });
    const { body: shortlisted } = await t.http
      .post('/api/v1/matches')
      .set('Authorization', curator.auth)
      .send({ sourcingRequestId: request.id, supplierId })
      .expect(201);
    const introduce = await send(curator, shortlisted.id, { type: 'introduce', expectedJobs: 2 }).expect(400);
    expect(introduce.body.errors).toEqual([expect.objectContaining({ field: 'expectedJobs' })]);
    expect((await get(curator, shortlisted.id).expect(200)).body.status).toBe('shortlisted');
  });

  it('refuses bad values with the field named, in Indonesian and English, and the match stays engaged', async () => {
    const match = await engagedMatch();
    const cases: [string, unknown, string, string][] = [
      [
        'contractValueIdr',
        -450_000_000,
        'contractValueIdr tidak boleh kurang dari 1',
        'contractValueIdr must not be less than 1',
      ],
      ['contractValueIdr', 0, 'contractValueIdr tidak boleh kurang dari 1', 'contractValueIdr must not be less than 1'],
      [
        'contractValueIdr',
        450_000_000.5,
        'contractValueIdr harus berupa bilangan bulat',
        'contractValueIdr must be a whole number',
      ],
      [
        'contractValueIdr',
        1e15 + 1,
        'contractValueIdr tidak boleh lebih dari 1000000000000000',
        'contractValueIdr must not be greater than 1000000000000000',
      ],
      [
        'contractValueIdr',
        '450000000',
        'contractValueIdr harus berupa bilangan bulat',
        'contractValueIdr must be a whole number',
      ],
      ['expectedJobs', -1, 'expectedJobs tidak boleh kurang dari 0', 'expectedJobs must not be less than 0'],
      ['expectedJobs', 2.5, 'expectedJobs harus berupa bilangan bulat', 'expectedJobs must be a whole number'],
      [
        'expectedJobs',
        100_001,
        'expectedJobs tidak boleh lebih dari 100000',
        'expectedJobs must not be greater than 100000',
      ],
      ['expectedJobs', '6', 'expectedJobs harus berupa bilangan bulat', 'expectedJobs must be a whole number'],
    ];
    for (const [field, value, indonesian, english] of cases) {
      const id = await send(oem, match.id, { type: 'win', [field]: value }).expect(400);
      expect({ value, errors: id.body.errors }).toEqual({ value, errors: [{ field, message: indonesian }] });
      const en = await send(oem, match.id, { type: 'win', [field]: value }, 'en').expect(400);
      expect({ value, errors: en.body.errors }).toEqual({ value, errors: [{ field, message: english }] });
    }
    expect((await get(oem, match.id).expect(200)).body).toMatchObject({ status: 'engaged', contractValueIdr: null });
    // The same rules hold on a correction.
    await send(oem, match.id, { type: 'win' }).expect(200);
    const bad = await correct(curator, match.id, { contractValueIdr: 1.5, expectedJobs: 'enam' }, 'en').expect(400);
    expect(bad.body.errors).toEqual([
      { field: 'contractValueIdr', message: 'contractValueIdr must be a whole number' },
      { field: 'expectedJobs', message: 'expectedJobs must be a whole number' },
    ]);
  });

  it("lets the buyer's members and curators correct a won match, as the history records", async () => {
    const match = await engagedMatch();
    await send(oem, match.id, { type: 'win', contractValueIdr: 450_000_000, expectedJobs: 6 }).expect(200);
    const won = (await get(curator, match.id).expect(200)).body;

    const byBuyer = await correct(oem, match.id, { contractValueIdr: 520_000_000, note: 'Nilai PO final.' }).expect(
      200,
    );
    expect(byBuyer.body).toMatchObject({
      status: 'won',
      contractValueIdr: 520_000_000,
      expectedJobs: 6, // left out: it stays
      version: won.version + 1,
      statusSince: won.statusSince, // still won since the win
    });
    const byCurator = await correct(curator, match.id, { expectedJobs: 8, expectedVersion: won.version + 1 }).expect(
      200,
    );
    expect(byCurator.body).toMatchObject({ contractValueIdr: 520_000_000, expectedJobs: 8, version: won.version + 2 });
    // A stale version, by body or If-Match, is 409.
    await correct(curator, match.id, { expectedJobs: 9, expectedVersion: won.version }).expect(409);
    await t.http
      .patch(`/api/v1/matches/${match.id}/outcome`)
      .set('Authorization', curator.auth)
      .set('If-Match', `"${won.version}"`)
      .send({ expectedJobs: 9 })
      .expect(409);
    // null clears a value.
    const cleared = await correct(curator, match.id, { contractValueIdr: null }).expect(200);
    expect(cleared.body).toMatchObject({ contractValueIdr: null, expectedJobs: 8 });
    // The same values again change nothing and write nothing.
    const same = await correct(oem, match.id, { contractValueIdr: null, expectedJobs: 8 }).expect(200);
    expect(same.body.version).toBe(cleared.body.version);

    const rows = await history(match.id);
    expect(
      rows
        .slice(-4)
        .map((e) => [e.type, e.fromStatus, e.toStatus, e.organizationId, e.contractValueIdr, e.expectedJobs]),
    ).toEqual([
      ['win', 'engaged', 'won', buyer.id, 450_000_000, 6],
      ['outcome', 'won', 'won', buyer.id, 520_000_000, 6],
      ['outcome', 'won', 'won', null, 520_000_000, 8],
      ['outcome', 'won', 'won', null, null, 8],
    ]);
    expect(rows.at(-3)).toMatchObject({ actorUserId: oem.id, note: 'Nilai PO final.' });
    expect(rows.at(-2)).toMatchObject({ actorUserId: curator.id, note: null });
    // The supplier sees the corrected values too: it is their contract.
    expect((await get(ikm, match.id).expect(200)).body).toMatchObject({ contractValueIdr: null, expectedJobs: 8 });
  });

  it('keeps the correction from everyone else, and from a match that is not won', async () => {
    const match = await engagedMatch();
    const body = { contractValueIdr: 300_000_000 };
    // Not won yet: 409 for those who may correct; the supplier's members may not at all.
    const notWon = await correct(curator, match.id, body).expect(409);
    expect(notWon.body).toMatchObject({ currentState: 'engaged' });
    expect(notWon.body.type).toContain('wrong-state');
    await correct(oem, match.id, body).expect(409);
    await correct(ikm, match.id, body).expect(403);

    await send(curator, match.id, { type: 'win', contractValueIdr: 250_000_000 }).expect(200);
    await correct(ikm, match.id, body).expect(403);
    await correct(otherOem, match.id, body).expect(404);
    await correct(otherIkm, match.id, body).expect(404);
    await correct(null, match.id, body).expect(401);
    for (const notAParty of [admin, estateManager]) await correct(notAParty, match.id, body).expect(403);
    const empty = await correct(curator, match.id, {}, 'en').expect(400);
    expect(empty.body.errors).toEqual([
      { field: 'contractValueIdr', message: 'send contractValueIdr or expectedJobs to correct' },
    ]);
    expect((await get(curator, match.id).expect(200)).body.contractValueIdr).toBe(250_000_000);
    expect((await history(match.id)).filter((e) => e.type === 'outcome')).toHaveLength(0);

    // A lost match has no outcome to correct either.
    const lost = await engagedMatch();
    await send(oem, lost.id, { type: 'lose' }).expect(200);
    await correct(oem, lost.id, body).expect(409);
  });

  it('keeps the values off a match that is not won in the database itself', async () => {
    const match = await engagedMatch();
    await expect(
      t.app.get(DataSource).query('UPDATE matches SET expected_jobs = 3 WHERE id = $1', [match.id]),
    ).rejects.toThrow(/matches_outcome_check/);
  });
});
