import { DataSource } from 'typeorm';
import { CreateBuyerDto } from '../../src/buyers/dto/buyer.dto';
import { validationPipe } from '../../src/common/validation/validation-pipe';
import { DemoSeeder } from '../../src/demo/demo-seeder.service';
import { DEMO_ACCOUNTS, DEMO_NIB_PREFIX } from '../../src/demo/demo-world';
import { MATCH_STATUSES } from '../../src/matches/match-state';
import { CreateSourcingRequestDto } from '../../src/sourcing-requests/dto/sourcing-request.dto';
import { CreateCertificationDto } from '../../src/suppliers/dto/certification.dto';
import { CreateSupplierDto } from '../../src/suppliers/dto/supplier.dto';
import { createTestApp, TestApp } from '../support/app';
import { demoCandidates, loginDemo } from '../support/demo';
import { freshDatabase, FreshDatabase } from '../support/fresh-database';

const WORLD = { accounts: 49, suppliers: 150, buyers: 6, sourcingRequests: 26, matches: 15, serviceRequests: 7 };

/** Rows in every table the demo writes to: what a second run must leave unchanged. */
async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = [
    'users',
    'organizations',
    'memberships',
    'suppliers',
    'supplier_certifications',
    'buyers',
    'buyer_plants',
    'sourcing_requests',
    'matches',
    'match_events',
    'notifications',
    'email_outbox',
    'security_events',
  ];
  const [row] = await dataSource.query<Record<string, number>[]>(
    `SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`,
  );
  return row;
}

describe('Demo world', () => {
  let db: FreshDatabase;
  let t: TestApp;
  let seeder: DemoSeeder;
  beforeAll(async () => {
    db = await freshDatabase('demo');
    t = await createTestApp({ env: db.env });
    seeder = t.app.get(DemoSeeder);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });
  const sql = <T>(query: string, params: unknown[] = []) => t.app.get(DataSource).query<T[]>(query, params);

  it('is the same world on every run (fixed seed)', () => {
    expect(seeder.world()).toEqual(seeder.world());
    expect(seeder.world().suppliers).toHaveLength(WORLD.suppliers);
  });

  it('passes the API validation, object by object', async () => {
    const world = seeder.world();
    const check = (metatype: new () => object, body: object) =>
      validationPipe.transform(body, { type: 'body', metatype }).then(
        () => null,
        (error: { fieldErrors?: unknown }) => ({ body, errors: error.fieldErrors ?? error }),
      );
    const someId = '00000000-0000-4000-8000-000000000000';
    const problems = (
      await Promise.all([
        ...world.suppliers.map((s) =>
          check(CreateSupplierDto, { ...s.profile, ...(s.estate ? { estateId: someId } : {}) }),
        ),
        ...world.suppliers.flatMap((s) =>
          s.certificates.map(({ review: _review, ...c }) => check(CreateCertificationDto, c)),
        ),
        ...world.buyers.map(({ owner: _owner, plants, ...b }) =>
          check(CreateBuyerDto, { ...b, plants: plants.map(({ estate: _estate, ...p }) => p) }),
        ),
        ...world.requests.map((r) => check(CreateSourcingRequestDto, { ...r.body, buyerId: someId, plantId: someId })),
      ])
    ).filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('writes the world through the services, and a second run adds nothing', async () => {
    expect(await seeder.isPresent()).toBe(false);
    expect(await seeder.seed()).toEqual(WORLD);
    const before = await tableCounts(t.app.get(DataSource));
    expect(await seeder.seed()).toEqual(WORLD);
    expect(await tableCounts(t.app.get(DataSource))).toEqual(before);
    expect(await seeder.isPresent()).toBe(true);
  });

  it('spreads the suppliers over the Rebana regencies and Purwakarta/Karawang, most of them in Subang', async () => {
    const rows = await sql<{ regency_code: string; n: number }>(
      'SELECT regency_code, count(*)::int AS n FROM suppliers WHERE nib LIKE $1 GROUP BY 1 ORDER BY 2 DESC',
      [`${DEMO_NIB_PREFIX}%`],
    );
    expect(rows[0].regency_code).toBe('32.13');
    expect(rows.map((r) => r.regency_code).sort()).toEqual([
      '32.09',
      '32.10',
      '32.11',
      '32.12',
      '32.13',
      '32.14',
      '32.15',
    ]);
    const names = await sql<{ name: string }>('SELECT name FROM suppliers WHERE nib LIKE $1', [`${DEMO_NIB_PREFIX}%`]);
    expect(new Set(names.map((n) => n.name.split(' ')[0]))).toEqual(new Set(['CV', 'PT', 'UD']));
  });

  it('has certificates verified and declared, IATF 16949 and ISO 9001, some expired, one rejected', async () => {
    const rows = await sql<{ code: string; status: string; expired: boolean; n: number }>(
      `SELECT code, status, valid_until < CURRENT_DATE AS expired, count(*)::int AS n
         FROM supplier_certifications GROUP BY 1, 2, 3`,
    );
    const count = (filter: (r: (typeof rows)[number]) => boolean) =>
      rows.filter(filter).reduce((sum, r) => sum + r.n, 0);
    expect(count((r) => r.code === 'iatf_16949' && r.status === 'verified' && !r.expired)).toBeGreaterThan(0);
    expect(count((r) => r.code === 'iatf_16949' && r.status === 'declared')).toBeGreaterThan(0);
    expect(count((r) => r.code === 'iso_9001' && r.status === 'verified' && !r.expired)).toBeGreaterThan(0);
    expect(count((r) => r.expired)).toBeGreaterThanOrEqual(2);
    expect(count((r) => r.status === 'rejected')).toBeGreaterThan(0);
    const verification = await sql<{ verification: string }>('SELECT DISTINCT verification FROM suppliers');
    expect(verification.map((v) => v.verification).sort()).toEqual(['rejected', 'unverified', 'verified']);
  });

  it("keeps the 13 owners who asked for verification apart from the 110 imported firms in the curators' queue", async () => {
    const waiting = await sql<{ source: string; n: number }>(
      `SELECT source, count(*)::int AS n FROM suppliers
        WHERE deleted_at IS NULL AND verification = 'unverified' GROUP BY source ORDER BY source`,
    );
    expect(waiting).toEqual([
      { source: 'imported', n: 110 },
      { source: 'self_registered', n: 13 },
    ]);
  });

  it('has requests in every state and matches in every state, each with the history that led there', async () => {
    const requests = await sql<{ status: string }>('SELECT DISTINCT status FROM sourcing_requests');
    expect(requests.map((r) => r.status).sort()).toEqual(['awarded', 'closed', 'draft', 'open']);
    const matches = await sql<{ status: string; events: number; last_to: string }>(
      `SELECT m.status, count(e.*)::int AS events,
              (array_agg(e.to_status ORDER BY e.created_at DESC, e.id DESC))[1] AS last_to
         FROM matches m LEFT JOIN match_events e ON e.match_id = m.id GROUP BY m.id`,
    );
    expect(new Set(matches.map((m) => m.status))).toEqual(new Set(MATCH_STATUSES));
    for (const match of matches) {
      expect(match.events).toBeGreaterThanOrEqual(1); // at least the shortlisting
      expect(match.last_to).toBe(match.status);
    }
    const won = matches.filter((m) => m.status === 'won');
    expect(won.every((m) => m.events >= 5)).toBe(true); // shortlist, introduce, two accepts, win
  });

  it('gives its won matches, in more than one regency, a contract value and expected jobs, one corrected later', async () => {
    const won = await sql<{ regency: string; value: string; jobs: number; corrections: number }>(
      `SELECT s.regency_code AS regency, m.contract_value_idr AS value, m.expected_jobs AS jobs,
              (SELECT count(*)::int FROM match_events e WHERE e.match_id = m.id AND e.type = 'outcome') AS corrections
         FROM matches m JOIN suppliers s ON s.id = m.supplier_id WHERE m.status = 'won' ORDER BY value`,
    );
    expect(won.map((m) => [Number(m.value), m.jobs])).toEqual([
      [450_000_000, 6],
      [780_000_000, 9],
      [1_200_000_000, 14],
      [2_150_000_000, 22],
    ]);
    expect(new Set(won.map((m) => m.regency)).size).toBeGreaterThan(1);
    expect(won.map((m) => m.corrections)).toEqual([0, 0, 1, 0]);
    // Only won matches hold them (the database checks it too).
    const others = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM matches
        WHERE status <> 'won' AND (contract_value_idr IS NOT NULL OR expected_jobs IS NOT NULL)`,
    );
    expect(others[0].n).toBe(0);
  });

  it("has BBSPJILM's services in every state, three delivered with their evidence on the firm, and shows the region's impact", async () => {
    const states = await sql<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM service_requests GROUP BY 1 ORDER BY 1',
    );
    expect(states).toEqual([
      { status: 'cancelled', n: 1 },
      { status: 'done', n: 3 },
      { status: 'in_progress', n: 1 },
      { status: 'requested', n: 1 },
      { status: 'scheduled', n: 1 },
    ]);
    const evidence = await sql<{ code: string; issuer: string; status: string }>(
      `SELECT c.code, c.issuer, c.status FROM service_requests sr
         JOIN supplier_certifications c ON c.id = sr.certification_id ORDER BY c.code`,
    );
    expect(evidence).toEqual([
      { code: 'calibration_certificate', issuer: 'BBSPJILM', status: 'verified' },
      { code: 'dimensional_report', issuer: 'BBSPJILM', status: 'verified' },
      { code: 'material_test_report', issuer: 'BBSPJILM', status: 'verified' },
    ]);
    const impact = await t.http
      .get('/api/v1/impact')
      .set('Authorization', await loginDemo(t, DEMO_ACCOUNTS.curator.email))
      .expect(200);
    expect(impact.body.totals).toMatchObject({
      servicesDelivered: 3,
      matchesWon: 4,
      contractValueIdr: 4_580_000_000,
      expectedJobs: 51,
    });
    expect(impact.body.totals.suppliersVerified).toBeGreaterThan(0);
    // The dimensional report opened the request that asks for one to the firm that had its samples measured.
    expect(impact.body.totals.suppliersEligibleAfterService).toBe(1);
  });

  it('lets oem@demo.rantai.id sign in and read ranked, explained candidates of its request', async () => {
    const candidates = await demoCandidates(t, 'en');
    expect(candidates.eligible).toBeGreaterThanOrEqual(3);
    const scores = candidates.items.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const best = candidates.items[0];
    expect(best.breakdown).toHaveLength(6);
    expect(best.breakdown.reduce((sum, f) => sum + f.points, 0)).toBeCloseTo(best.score, 6);
    expect(best.breakdown.find((f) => f.factor === 'distance')?.reason).toMatch(
      /km in a straight line from Pabrik Smartpolitan/,
    );
    // The 60 kW housing needs a large die-casting cell: the one firm that has one says so, the others do not.
    const capability = candidates.items.map((c) => c.breakdown.find((f) => f.factor === 'capability')!.reason);
    expect(capability.filter((reason) => reason.includes('has a machine that fits (≥ 1,600 t)'))).toHaveLength(1);
    expect(capability.filter((reason) => reason.includes('no machine stated that fits')).length).toBeGreaterThan(1);
  });

  it('gives every role its account, with the right role, and ikm@demo a firm of its own', async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const me = await t.http.get('/api/v1/auth/me').set('Authorization', await loginDemo(t, account.email));
      expect(me.body).toMatchObject({ email: account.email, role: account.role });
      if (account.role === 'ikm_owner' || account.role === 'oem_buyer' || account.role === 'estate_manager') {
        expect(me.body.memberships).toHaveLength(1);
      }
    }
  });

  // Last: it takes part of the world apart before the seeder puts it back.
  it('finishes a supplier and a request that a killed start left half-done', async () => {
    // As if killed after creating a verified supplier but before its certificates and verdict, and after
    // creating an open request but before publishing it.
    const [supplier] = await sql<{ id: string; certificates: number }>(
      `SELECT s.id, count(c.id)::int AS certificates FROM suppliers s JOIN supplier_certifications c ON c.supplier_id = s.id
        WHERE s.verification = 'verified' AND s.source = 'self_registered'
          AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.supplier_id = s.id)
          AND NOT EXISTS (SELECT 1 FROM service_requests sr WHERE sr.supplier_id = s.id)
        GROUP BY s.id ORDER BY s.nib LIMIT 1`,
    );
    const [request] = await sql<{ id: string }>(
      `SELECT r.id FROM sourcing_requests r WHERE r.status = 'open'
          AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.sourcing_request_id = r.id) ORDER BY r.title LIMIT 1`,
    );
    await sql('DELETE FROM supplier_certifications WHERE supplier_id = $1', [supplier.id]);
    await sql(`UPDATE suppliers SET verification = 'unverified', waiting_since = now() WHERE id = $1`, [supplier.id]);
    await sql(`UPDATE sourcing_requests SET status = 'draft', published_at = NULL WHERE id = $1`, [request.id]);

    await seeder.seed();
    const [after] = await sql<{ verification: string; certificates: number }>(
      `SELECT s.verification, (SELECT count(*)::int FROM supplier_certifications c WHERE c.supplier_id = s.id) AS certificates
         FROM suppliers s WHERE s.id = $1`,
      [supplier.id],
    );
    expect(after).toEqual({ verification: 'verified', certificates: supplier.certificates });
    const [{ status }] = await sql<{ status: string }>('SELECT status FROM sourcing_requests WHERE id = $1', [
      request.id,
    ]);
    expect(status).toBe('open');
  });
});
