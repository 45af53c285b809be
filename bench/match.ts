import { DataSource } from 'typeorm';
import { Clock } from '../src/common/time/clock';
import { CandidateListsRepository } from '../src/matching/candidate-lists.repository';
import { type MatchRequest, toMatchRequest } from '../src/matching/match-request';
import { buildCandidateQuery } from '../src/matching/matching.queries';
import { MatchingRepository } from '../src/matching/matching.repository';
import { MatchingService } from '../src/matching/matching.service';
import type { AuthUser } from '../src/auth/roles';
import { seededRandom } from '../src/common/random';
import { SourcingRequestsRepository } from '../src/sourcing-requests/sourcing-requests.repository';
import { DEFAULT_WEIGHTS } from '../src/matching/scoring';
import { ensureBenchSuppliers } from './generate-suppliers';
import {
  benchApi,
  arg,
  compareHttpAndSql,
  measure,
  printPlan,
  registerBenchUser,
  report,
  startServer,
  trackPeakRss,
} from './support';
import { floorUser, startFloor } from './floor';

/** Buyers' plants: Smartpolitan, Purwakarta, Karawang, Majalengka. */
const PLANTS = [
  { name: 'Smartpolitan', regencyCode: '32.13', location: { lat: -6.48, lng: 107.62 } },
  { name: 'Purwakarta', regencyCode: '32.14', location: { lat: -6.56, lng: 107.44 } },
  { name: 'Karawang', regencyCode: '32.15', location: { lat: -6.36, lng: 107.3 } },
  { name: 'Majalengka', regencyCode: '32.10', location: { lat: -6.78, lng: 108.2 } },
];

/** A mix of realistic requests, one per kind of workshop the generator makes, with and without hard limits. */
const REQUESTS = [
  {
    title: 'Rumah motor BLDC',
    partCategory: 'ev_motor.housing',
    processes: ['casting.hpdc', 'machining.cnc_milling'],
    materials: ['aluminium'],
    requiredCertifications: ['iso_9001'],
    annualVolume: 24000,
    unit: 'pcs',
    maxDistanceKm: 80,
  },
  {
    title: 'Tromol rem',
    partCategory: 'brakes',
    processes: ['casting.sand'],
    materials: ['iron.cast'],
    annualVolume: 60000,
    unit: 'pcs',
    maxDistanceKm: 120,
    minTkdnPercent: 40,
  },
  {
    title: 'Poros gir',
    partCategory: 'transmission_gears',
    processes: ['machining.cnc_turning', 'machining.grinding'],
    materials: ['steel.alloy'],
    requiredCertifications: ['iatf_16949'],
    verifiedOnly: true,
    annualVolume: 100000,
    unit: 'pcs',
  },
  {
    title: 'Braket',
    partCategory: 'chassis_suspension.bracket',
    processes: ['sheet_metal.stamping'],
    materials: ['steel.carbon'],
    annualVolume: 500000,
    unit: 'pcs',
    maxDistanceKm: 60,
  },
  {
    title: 'Rangka motor',
    partCategory: 'body_frame.motorcycle_frame',
    processes: ['welding.mig_mag'],
    annualVolume: 36000,
    unit: 'set',
    maxDistanceKm: 100,
  },
  {
    title: 'Lapis seng',
    partCategory: 'fasteners',
    processes: ['surface.zinc_plating'],
    requiredCertifications: ['iso_9001'],
    annualVolume: 200,
    unit: 'ton',
  },
  {
    title: 'Cover plastik',
    partCategory: 'exterior_trim',
    processes: ['plastics.injection_moulding'],
    materials: ['plastic.pp', 'plastic.abs'],
    annualVolume: 120000,
    unit: 'pcs',
    maxDistanceKm: 70,
    minTkdnPercent: 30,
  },
  {
    title: 'Wiring harness',
    partCategory: 'wiring_harness',
    processes: ['electrical.wire_harness'],
    materials: ['copper'],
    requiredCertifications: ['iso_9001'],
    annualVolume: 50000,
    unit: 'set',
    maxDistanceKm: 50,
  },
];

/**
 * `npm run bench:match -- --n 100000 [--queries 200] [--churn 10]`: loads N
 * generated suppliers (kept on a server for the next run), publishes the
 * request mix from four plants through the API (timing the publishing,
 * which computes each request's list), then times the top 20 candidates:
 * the first read, later reads through HTTP and without it, reads that follow `churn` supplier
 * edits each, and the computation from scratch; and prints plans.
 */
async function main(): Promise<void> {
  const n = arg('n', 100_000);
  const queries = arg('queries', 200);
  const peakRss = trackPeakRss();
  const server = await startServer();
  const floor = await startFloor(server.app);
  try {
    const db = server.app.get(DataSource);
    const total = await ensureBenchSuppliers(db, n);
    console.log(`Matching benchmark on ${server.database}, ${total} active suppliers, Node ${process.version}`);

    const token = await registerBenchUser(server.baseUrl, 'oem_buyer');
    const api = benchApi(server.baseUrl, token);
    const buyer = (await api('POST', '/buyers', { name: 'PT Bench Motor', kind: 'oem', plants: PLANTS })) as {
      id: string;
      plants: { id: string; location: { lat: number; lng: number } }[];
    };
    const requests = server.app.get(SourcingRequestsRepository);
    const drafts: { id: string; plant: string }[] = [];
    for (const [i, plant] of (
      buyer.plants as { id: string; name: string; location: { lat: number; lng: number } }[]
    ).entries()) {
      for (const r of REQUESTS) {
        const body = { buyerId: buyer.id, plantId: plant.id, ...r, title: `${r.title} ${i}` };
        const { id } = (await api('POST', '/sourcing-requests', body)) as { id: string };
        drafts.push({ id, plant: plant.name });
      }
    }
    // Publishing computes each request's candidate list (and notifies the best 1,000 suppliers).
    report(
      'publish via HTTP',
      await measure(drafts.length, 1, async (i) => {
        await api('POST', `/sourcing-requests/${drafts[i].id}/publish`);
      }),
    );
    // What matching reads of the stored request, as the endpoint reads it.
    const cases: { id: string; plant: string; match: MatchRequest }[] = [];
    for (const draft of drafts) cases.push({ ...draft, match: toMatchRequest((await requests.find(draft.id))!) });
    const today = server.app.get(Clock).today();
    const lists = server.app.get(CandidateListsRepository);
    const repository = server.app.get(MatchingRepository);
    const top20 = { limit: 20, offset: 0 };
    const candidatesPath = (i: number) => `/sourcing-requests/${cases[i % cases.length].id}/candidates?limit=20`;
    const read = async (i: number) => void (await api('GET', candidatesPath(i)));

    report('first read via HTTP', await measure(cases.length, 1, read));

    // Later reads: one page of a current list.
    const client = { baseUrl: server.baseUrl, token };
    await compareHttpAndSql(
      'top 20',
      { warm: cases.length, queries },
      { ...client, path: candidatesPath },
      async (i) => {
        const { id, match } = cases[i % cases.length];
        await lists.candidates(id, match, DEFAULT_WEIGHTS, today, top20, { all: true });
      },
    );

    // The same page as the endpoint's own service call: what HTTP adds (routing, the guards and the account
    // re-read, validation, serialisation, compression, logging), as the search benchmark's profile read.
    const me = (await api('GET', '/auth/me')) as unknown as AuthUser;
    const matching = server.app.get(MatchingService);
    await compareHttpAndSql(
      'top 20, as the service call',
      { warm: cases.length, queries },
      { ...client, path: candidatesPath },
      async (i) => void (await matching.candidates(me, cases[i % cases.length].id, { page: 1, limit: 20 }, 'id')),
      { baseUrl: floor.url, token, headers: floorUser(me) },
    );

    // Reads while suppliers keep changing: each read follows `churn` supplier edits.
    const churn = arg('churn', 10);
    const [{ ids: benchIds }] = await db.query<{ ids: string[] }[]>(
      `SELECT array_agg(id) AS ids FROM (SELECT id FROM suppliers WHERE contact_email LIKE '%@bench.rantai.id' LIMIT 200000) s`,
    );
    const random = seededRandom(7);
    report(
      `read after ${churn} supplier edits via HTTP`,
      await measure(queries, 1, async (i) => {
        const edited = Array.from({ length: churn }, () => benchIds[Math.floor(random() * benchIds.length)]);
        await db.query(
          `UPDATE suppliers SET tkdn_percent = round((random() * 100)::numeric, 2) WHERE id = ANY ($1::uuid[])`,
          [edited],
        );
        await read(i);
      }),
    );

    // For comparison: the candidates computed from the suppliers themselves, as the list is.
    report(
      'from scratch as SQL',
      await measure(Math.min(queries, 2 * cases.length), 1, async (i) => {
        await repository.candidates(cases[i % cases.length].match, DEFAULT_WEIGHTS, today, top20);
      }),
    );

    const counts = await Promise.all(
      cases.slice(0, REQUESTS.length).map(async ({ id, match }) => {
        const r = await lists.candidates(id, match, DEFAULT_WEIGHTS, today, { limit: 1, offset: 0 }, { all: true });
        return `${match.processes.join('+')}: ${r.eligible} eligible of ${r.evaluated}`;
      }),
    );
    console.log(`\nFrom ${cases[0].plant}:\n  ${counts.join('\n  ')}`);
    const [page] = await db.query<{ ids: string[] }[]>(
      `SELECT array_agg(supplier_id) AS ids FROM (SELECT supplier_id FROM candidate_list_entries
        WHERE sourcing_request_id = $1 AND score IS NOT NULL ORDER BY score DESC, supplier_id LIMIT 20) e`,
      [cases[0].id],
    );
    await printPlan(
      db,
      `the facts of one page of "${REQUESTS[0].title}" from ${cases[0].plant}`,
      buildCandidateQuery(cases[0].match, DEFAULT_WEIGHTS, today, top20, page.ids),
    );
    await printPlan(
      db,
      `"${REQUESTS[0].title}" from ${cases[0].plant} from scratch (as a list is computed)`,
      buildCandidateQuery(cases[0].match, DEFAULT_WEIGHTS, today, top20),
    );
  } finally {
    await floor.close();
    await server.close();
    console.log(`peak RSS ${peakRss()} MiB`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
