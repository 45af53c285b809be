import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, loginAdmin, TestUser } from '../support/accounts';
import { createBuyer, createRequest } from '../support/buyers';
import { freshDatabase, FreshDatabase } from '../support/fresh-database';
import { createSupplier } from '../support/suppliers';

describe('Curator dashboard stats on a known dataset', () => {
  let db: FreshDatabase;
  let t: TestApp;
  let curator: TestUser;
  let ikm: TestUser;
  let oem: TestUser;

  beforeAll(async () => {
    db = await freshDatabase('stats');
    t = await createTestApp({ env: { ...ADMIN_ENV, ...db.env } });
    [curator, ikm, oem] = await Promise.all([
      createUser(t, 'curator'),
      createUser(t, 'ikm_owner'),
      createUser(t, 'oem_buyer'),
    ]);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('counts suppliers, requests, matches, the funnel and the gaps by regency', async () => {
    const supplier = (processes: string[], regencyCode: string) =>
      createSupplier(t, ikm, { nib: undefined, processes, regencyCode, location: undefined, tkdnPercent: null });
    const s1 = await supplier(['heat_treatment.carburising'], '32.13');
    const s2 = await supplier(['heat_treatment.carburising', 'machining.cnc_turning'], '32.13');
    await supplier(['machining.cnc_turning'], '32.10');
    await t.http
      .post(`/api/v1/suppliers/${s1.id}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'verified' })
      .expect(200);

    const buyer = await createBuyer(t, oem);
    const plain = { materials: [], requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null };
    const r1 = await createRequest(
      t,
      oem,
      buyer,
      { ...plain, processes: ['heat_treatment.carburising'] },
      { publish: true },
    );
    await createRequest(
      t,
      oem,
      buyer,
      { ...plain, processes: ['machining.cnc_turning'], requiredCertifications: ['iso_9001'] },
      { publish: true },
    );
    await createRequest(t, oem, buyer, { ...plain, processes: ['forging.hot'] });

    const shortlist = async (supplierId: string) =>
      (
        await t.http
          .post('/api/v1/matches')
          .set('Authorization', curator.auth)
          .send({ sourcingRequestId: r1.id, supplierId })
          .expect(201)
      ).body.id as string;
    const send = (user: TestUser, id: string, type: string) =>
      t.http.post(`/api/v1/matches/${id}/events`).set('Authorization', user.auth).send({ type }).expect(200);
    const won = await shortlist(s1.id);
    const pending = await shortlist(s2.id);
    await send(curator, won, 'introduce');
    await send(oem, won, 'accept');
    await send(ikm, won, 'accept');
    await send(oem, won, 'win');

    const res = await t.http.get('/api/v1/stats').set('Authorization', curator.auth).expect(200);
    expect(res.body.suppliers).toEqual({
      total: 3,
      verified: 1,
      byRegency: [
        { regencyCode: '32.13', total: 2, verified: 1 },
        { regencyCode: '32.10', total: 1, verified: 0 },
      ],
    });
    expect(res.body.openRequests).toBe(2);
    expect(res.body.matchesByStatus).toEqual({
      requested: 0,
      shortlisted: 1,
      introduced: 0,
      engaged: 0,
      won: 1,
      lost: 0,
      declined: 0,
      withdrawn: 0,
    });
    expect(
      res.body.funnel.map((s: { stage: string; matches: number; conversion: number | null }) => [
        s.stage,
        s.matches,
        s.conversion,
      ]),
    ).toEqual([
      ['shortlisted', 2, null],
      ['introduced', 1, 0.5],
      ['engaged', 1, 1],
      ['won', 1, 1],
    ]);
    // Each step of the won match took seconds.
    expect(res.body.funnel.map((s: { medianDays: number | null }) => s.medianDays)).toEqual([null, 0, 0, 0]);
    expect(res.body.gapsByRegency).toEqual([
      {
        regencyCode: '32.10',
        missing: [
          { kind: 'certification', code: 'iso_9001', requests: 1, suppliers: 1 },
          { kind: 'process', code: 'heat_treatment.carburising', requests: 1, suppliers: 1 },
        ],
      },
      {
        regencyCode: '32.13',
        missing: [
          { kind: 'certification', code: 'iso_9001', requests: 1, suppliers: 2 },
          { kind: 'process', code: 'machining.cnc_turning', requests: 1, suppliers: 1 },
        ],
      },
    ]);

    // Days come from the history: an introduction four days after its shortlisting makes the median of
    // (about 0, 4) days 2 for that step.
    await t.app.get(DataSource).query(
      `INSERT INTO match_events (match_id, type, actor_user_id, from_status, to_status, created_at)
       SELECT match_id, 'introduce', actor_user_id, 'shortlisted', 'introduced', created_at + interval '4 days'
         FROM match_events WHERE match_id = $1 AND to_status = 'shortlisted'`,
      [pending],
    );
    const later = await t.http.get('/api/v1/stats').set('Authorization', curator.auth).expect(200);
    expect(later.body.funnel[1]).toEqual({ stage: 'introduced', matches: 2, conversion: 1, medianDays: 2 });

    await t.http
      .get('/api/v1/stats')
      .set('Authorization', (await loginAdmin(t)).auth)
      .expect(200);
    for (const user of [ikm, oem]) await t.http.get('/api/v1/stats').set('Authorization', user.auth).expect(403);
  });
});
