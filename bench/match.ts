import { DataSource } from 'typeorm';
import { Clock } from '../src/common/time/clock';
import {
  buildCandidateQuery,
  MatchRequest,
  MatchingRepository,
  toMatchRequest,
} from '../src/matching/matching.repository';
import { SourcingRequestsRepository } from '../src/sourcing-requests/sourcing-requests.repository';
import { DEFAULT_WEIGHTS } from '../src/matching/scoring';
import { ensureBenchSuppliers } from './generate-suppliers';
import { arg, compareHttpAndSql, printPlan, registerBenchUser, startServer, trackPeakRss } from './support';

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
 * `npm run bench:match -- --n 100000 [--queries 200]`: loads N generated
 * suppliers (kept on a server for the next run), publishes the request mix
 * from four plants through the API, then times the top 20 candidates through
 * HTTP and as the bare SQL, and prints a plan.
 */
async function main(): Promise<void> {
  const n = arg('n', 100_000);
  const queries = arg('queries', 200);
  const peakRss = trackPeakRss();
  const server = await startServer();
  try {
    const db = server.app.get(DataSource);
    const total = await ensureBenchSuppliers(db, n);
    console.log(`Matching benchmark on ${server.database}, ${total} active suppliers, Node ${process.version}`);

    const token = await registerBenchUser(server.baseUrl, 'oem_buyer');
    const api = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server.baseUrl}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<Record<string, unknown>>;
    };
    const buyer = (await api('POST', '/buyers', { name: 'PT Bench Motor', kind: 'oem', plants: PLANTS })) as {
      id: string;
      plants: { id: string; location: { lat: number; lng: number } }[];
    };
    const requests = server.app.get(SourcingRequestsRepository);
    const cases: { id: string; plant: string; match: MatchRequest }[] = [];
    for (const [i, plant] of (
      buyer.plants as { id: string; name: string; location: { lat: number; lng: number } }[]
    ).entries()) {
      for (const r of REQUESTS) {
        const body = { buyerId: buyer.id, plantId: plant.id, ...r, title: `${r.title} ${i}` };
        const { id } = (await api('POST', '/sourcing-requests', body)) as { id: string };
        await api('POST', `/sourcing-requests/${id}/publish`);
        // What matching reads of the stored request, as the endpoint reads it.
        cases.push({ id, plant: plant.name, match: toMatchRequest((await requests.find(id))!) });
      }
    }
    const today = server.app.get(Clock).today();
    const repository = server.app.get(MatchingRepository);
    const viaHttp = async (i: number) => {
      await api('GET', `/sourcing-requests/${cases[i % cases.length].id}/candidates?limit=20`);
    };
    const viaSql = async (i: number) => {
      await repository.candidates(cases[i % cases.length].match, DEFAULT_WEIGHTS, today, { limit: 20, offset: 0 });
    };
    await compareHttpAndSql('top 20', { warm: cases.length, queries }, viaHttp, viaSql);

    const counts = await Promise.all(
      cases.slice(0, REQUESTS.length).map(async ({ match }) => {
        const r = await repository.candidates(match, DEFAULT_WEIGHTS, today, { limit: 1, offset: 0 });
        return `${match.processes.join('+')}: ${r.eligible} eligible of ${r.evaluated}`;
      }),
    );
    console.log(`\nFrom ${cases[0].plant}:\n  ${counts.join('\n  ')}`);
    await printPlan(
      db,
      `"${REQUESTS[0].title}" from ${cases[0].plant}`,
      buildCandidateQuery(cases[0].match, DEFAULT_WEIGHTS, today, { limit: 20, offset: 0 }),
    );
  } finally {
    await server.close();
    console.log(`peak RSS ${peakRss()} MiB`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
