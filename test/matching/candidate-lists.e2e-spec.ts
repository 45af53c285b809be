import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/time/clock';
import { CandidateListsScheduler } from '../../src/matching/candidate-lists.scheduler';
import { toMatchRequest } from '../../src/matching/match-request';
import { MatchingRepository } from '../../src/matching/matching.repository';
import { DEFAULT_WEIGHTS } from '../../src/matching/scoring';
import { SourcingRequestsRepository } from '../../src/sourcing-requests/sourcing-requests.repository';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createTestApp, TestApp } from '../support/app';
import { createBuyer, createRequest, TestBuyer } from '../support/buyers';
import { FakeClock } from '../support/clock';
import { addCertification, createSupplier, uniqueWord } from '../support/suppliers';

/** A process no other test uses, so that the pool is this file's suppliers even on a shared database. */
const PROCESS = 'battery.cell';

interface Listed {
  eligible: number;
  evaluated: number;
  items: { id: string; score: number }[];
}

/**
 * Candidates are read from each request's stored list, updated by what
 * changed since it was computed. Whatever changes, a read must give exactly
 * what computing the candidates from the suppliers themselves gives.
 */
describe('Candidate lists: kept current through every change', () => {
  let t: TestApp;
  let ikm: TestUser;
  let owner: TestUser;
  let curator: TestUser;
  let buyer: TestBuyer;
  let db: DataSource;
  const clock = new FakeClock(new Date('2026-12-01T03:00:00Z'));
  const word = uniqueWord();

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV, overrides: [{ provide: Clock, useValue: clock }] });
    [ikm, owner, curator] = await Promise.all([
      createUser(t, 'ikm_owner'),
      createUser(t, 'oem_buyer', 'lists-owner'),
      createUser(t, 'curator'),
    ]);
    buyer = await createBuyer(t, owner);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const supplier = async (label: string, overrides: Record<string, unknown> = {}, validUntil = '2099-01-01') => {
    const { id } = await createSupplier(t, ikm, {
      nib: undefined,
      name: `CV ${word} ${label}`,
      processes: [PROCESS],
      materials: ['li_ion_cell'],
      productCategories: ['ev_battery_pack'],
      location: { lat: -6.5, lng: 107.65 },
      tkdnPercent: 50,
      monthlyCapacity: { quantity: 1000 + label.length * 100, unit: 'pcs' },
      ...overrides,
    });
    const cert = await addCertification(t, ikm, id, { code: 'iso_9001', validUntil });
    return { id, certId: cert.id };
  };

  const request = () =>
    createRequest(t, owner, buyer, {
      title: `Sel baterai ${word}`,
      partCategory: 'ev_battery_pack',
      processes: [PROCESS],
      materials: ['li_ion_cell'],
      requiredCertifications: ['iso_9001'],
      annualVolume: 12000,
      unit: 'pcs',
      maxDistanceKm: 80,
      minTkdnPercent: 40,
    });

  const viaApi = async (requestId: string): Promise<Listed> => {
    const res = await t.http
      .get(`/api/v1/sourcing-requests/${requestId}/candidates?limit=100`)
      .set('Authorization', owner.auth)
      .expect(200);
    const body = res.body as {
      eligible: number;
      evaluated: number;
      items: { supplier: { id: string }; score: number }[];
    };
    return {
      eligible: body.eligible,
      evaluated: body.evaluated,
      items: body.items.map((c) => ({ id: c.supplier.id, score: c.score })),
    };
  };

  /** The candidates computed from the suppliers themselves, without any list. */
  const fromScratch = async (requestId: string): Promise<Listed> => {
    const stored = (await t.app.get(SourcingRequestsRepository).find(requestId))!;
    const result = await t.app
      .get(MatchingRepository)
      .candidates(toMatchRequest(stored), stored.scoreWeights ?? DEFAULT_WEIGHTS, clock.today(), {
        limit: 100,
        offset: 0,
      });
    return {
      eligible: result.eligible,
      evaluated: result.evaluated,
      items: result.items.map((row) => ({ id: row.id, score: row.score })),
    };
  };

  /** Reads through the API, checks it against the computation from scratch, and answers it. */
  const current = async (requestId: string): Promise<Listed> => {
    const listed = await viaApi(requestId);
    expect(listed).toEqual(await fromScratch(requestId));
    return listed;
  };
  const ids = (listed: Listed) => listed.items.map((item) => item.id);
  const refreshedAt = async (requestId: string) =>
    (
      await db.query<{ at: string }[]>(
        'SELECT refreshed_at::text AS at FROM candidate_lists WHERE sourcing_request_id = $1',
        [requestId],
      )
    )[0]?.at;
  const patchSupplier = (id: string, body: Record<string, unknown>) =>
    t.http.patch(`/api/v1/suppliers/${id}`).set('Authorization', ikm.auth).send(body).expect(200);

  it('is computed once, read as it is while nothing changes, and follows each change', async () => {
    const [a, b, c, d] = [await supplier('a'), await supplier('bb'), await supplier('ccc'), await supplier('dddd')];
    const req = await request();

    let listed = await current(req.id);
    expect(ids(listed)).toEqual(expect.arrayContaining([a.id, b.id, c.id, d.id]));
    const computedAt = await refreshedAt(req.id);
    expect(computedAt).toBeDefined();
    await current(req.id);
    expect(await refreshedAt(req.id)).toBe(computedAt);

    // A new supplier joins.
    const e = await supplier('eeeee');
    expect(ids(await current(req.id))).toContain(e.id);

    // Dropping the process leaves the pool; too little TKDN stays in it, not eligible.
    await patchSupplier(a.id, { processes: ['battery.pack_assembly'] });
    listed = await current(req.id);
    expect(ids(listed)).not.toContain(a.id);
    await patchSupplier(b.id, { tkdnPercent: 10 });
    const afterTkdn = await current(req.id);
    expect(ids(afterTkdn)).not.toContain(b.id);
    expect(afterTkdn.evaluated).toBe(listed.evaluated);
    expect(afterTkdn.eligible).toBe(listed.eligible - 1);

    // Certificates: rejected leaves, a new one brings back, verified scores higher.
    await t.http
      .post(`/api/v1/suppliers/${c.id}/certifications/${c.certId}/reject`)
      .set('Authorization', curator.auth)
      .send({ reason: 'Nomor sertifikat tidak ditemukan.' })
      .expect(200);
    expect(ids(await current(req.id))).not.toContain(c.id);
    await addCertification(t, ikm, c.id, { code: 'iso_9001' });
    expect(ids(await current(req.id))).toContain(c.id);
    const scoreOf = (listed: Listed, id: string) => listed.items.find((item) => item.id === id)!.score;
    const before = scoreOf(await current(req.id), d.id);
    await t.http
      .post(`/api/v1/suppliers/${d.id}/certifications/${d.certId}/verify`)
      .set('Authorization', curator.auth)
      .send({})
      .expect(200);
    await t.http
      .post(`/api/v1/suppliers/${d.id}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'verified' })
      .expect(200);
    expect(scoreOf(await current(req.id), d.id)).toBeGreaterThan(before);

    // Deleted and merged suppliers leave.
    await t.http.delete(`/api/v1/suppliers/${e.id}`).set('Authorization', ikm.auth).expect(204);
    expect(ids(await current(req.id))).not.toContain(e.id);
    await t.http
      .post(`/api/v1/suppliers/${d.id}/merge`)
      .set('Authorization', curator.auth)
      .send({ duplicateId: c.id })
      .expect(200);
    expect(ids(await current(req.id))).not.toContain(c.id);

    // Readers at the same moment after a change all get the same, correct list.
    await patchSupplier(b.id, { tkdnPercent: 70 });
    const together = await Promise.all([viaApi(req.id), viaApi(req.id), viaApi(req.id)]);
    expect(together[1]).toEqual(together[0]);
    expect(together[2]).toEqual(together[0]);
    expect(together[0]).toEqual(await fromScratch(req.id));
    expect(ids(together[0])).toContain(b.id);
  });

  it('drops a supplier whose certificate expired since the list was computed', async () => {
    const expiring = await supplier('kedaluwarsa', {}, '2026-12-05');
    const lasting = await supplier('bertahan');
    const req = await request();
    expect(ids(await current(req.id))).toEqual(expect.arrayContaining([expiring.id, lasting.id]));

    clock.current = new Date('2026-12-05T16:59:00Z'); // 23:59 WIB on the last valid day
    expect(ids(await current(req.id))).toContain(expiring.id);
    clock.current = new Date('2026-12-05T17:00:00Z'); // 00:00 WIB the day after
    const listed = await current(req.id);
    expect(ids(listed)).not.toContain(expiring.id);
    expect(ids(listed)).toContain(lasting.id);

    // A clock set back computes the list again rather than trusting it.
    clock.current = new Date('2026-12-01T03:00:00Z');
    expect(ids(await current(req.id))).toContain(expiring.id);
  });

  it('is computed again when the request changes', async () => {
    const near = await supplier('dekat');
    const far = await supplier('jauh', { regencyCode: '32.09', location: { lat: -6.75, lng: 108.55 } });
    const req = await request();
    const listed = await current(req.id);
    expect(ids(listed)).toContain(near.id);
    expect(ids(listed)).not.toContain(far.id);

    await t.http
      .patch(`/api/v1/sourcing-requests/${req.id}`)
      .set('Authorization', owner.auth)
      .send({ maxDistanceKm: 200 })
      .expect(200);
    expect(ids(await current(req.id))).toEqual(expect.arrayContaining([near.id, far.id]));
  });

  it('is computed when the request is published, and pruned with the change log once no longer needed', async () => {
    await supplier('dipangkas');
    const req = await request();
    await t.http.post(`/api/v1/sourcing-requests/${req.id}/publish`).set('Authorization', owner.auth).expect(200);
    const computedAt = await refreshedAt(req.id);
    expect(computedAt).toBeDefined();
    await current(req.id);
    expect(await refreshedAt(req.id)).toBe(computedAt);
    await t.http.post(`/api/v1/sourcing-requests/${req.id}/close`).set('Authorization', owner.auth).expect(200);
    await db.query(
      `UPDATE supplier_changes SET changed_at = now() - interval '3 days'
        WHERE supplier_id IN (SELECT id FROM suppliers WHERE name LIKE $1)`,
      [`CV ${word} %`],
    );

    const entries = async () =>
      (
        await db.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM candidate_list_entries WHERE sourcing_request_id = $1',
          [req.id],
        )
      )[0].n;
    expect(await entries()).toBeGreaterThan(0);

    const pruned = await t.app.get(CandidateListsScheduler).prune();
    expect(pruned.lists).toBeGreaterThanOrEqual(1);
    expect(pruned.changes).toBeGreaterThanOrEqual(1);
    expect(await refreshedAt(req.id)).toBeUndefined();
    expect(await entries()).toBe(0);
    const [{ left }] = await db.query<{ left: number }[]>(
      `SELECT count(*)::int AS left FROM supplier_changes
        WHERE supplier_id IN (SELECT id FROM suppliers WHERE name LIKE $1)`,
      [`CV ${word} %`],
    );
    expect(left).toBe(0);
    // A closed request's candidates can still be read: computed again.
    await current(req.id);
    expect(await refreshedAt(req.id)).toBeDefined();
  });
});
