import { DataSource } from 'typeorm';
import { SuppliersSearchRepository, SupplierSearch } from '../src/suppliers/suppliers-search.repository';
import { ensureBenchSuppliers } from './generate-suppliers';
import { seededRandom } from '../src/common/random';
import { Clock } from '../src/common/time/clock';
import { arg, compareHttpAndSql, percentile, registerBenchUser, startServer, trackPeakRss } from './support';

const TERMS = [
  'pengecoran aluminium',
  'bubut',
  'stamping braket',
  'las rangka',
  'cor',
  'cetak injeksi',
  'wiring harness',
  'galvanis',
  'die casting',
  'CNC milling',
];
const MATERIALS = ['aluminium', 'steel.carbon', 'iron.cast', 'plastic.pp', 'copper'];
const PROCESSES = ['casting', 'machining', 'sheet_metal.stamping', 'welding', 'surface', 'plastics.injection_moulding'];
/** Where buyers search from: Smartpolitan, Purwakarta, Karawang, Majalengka. */
const PLANTS = [
  [-6.48, 107.62],
  [-6.56, 107.44],
  [-6.36, 107.3],
  [-6.78, 108.2],
];

/** Typical buyer searches: a text, two filters and a radius, facets included. */
function typicalSearches(count: number, today: string): { query: Record<string, string>; search: SupplierSearch }[] {
  const random = seededRandom(2026);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, () => {
    const [lat, lng] = pick(PLANTS);
    const radiusKm = 20 + Math.floor(random() * 60);
    const q = pick(TERMS);
    const search: SupplierSearch = {
      today,
      q,
      processes: [],
      materials: [],
      productCategories: [],
      certifications: [],
      near: { lat, lng },
      radiusKm,
      sort: 'relevance',
      page: 1,
      limit: 20,
    };
    const query: Record<string, string> = { q, near: `${lat},${lng}`, radiusKm: String(radiusKm) };
    const filters = [
      () => ((search.materials = [pick(MATERIALS)]), (query.material = search.materials[0])),
      () => ((search.processes = [pick(PROCESSES)]), (query.process = search.processes[0])),
      () => ((search.certifications = ['iso_9001']), (query.certification = 'iso_9001')),
      () => ((search.verification = 'verified'), (query.verified = 'true')),
    ];
    const first = Math.floor(random() * filters.length);
    filters[first]();
    filters[(first + 1 + Math.floor(random() * (filters.length - 1))) % filters.length]();
    return { query, search };
  });
}

/** SQL latency by how many suppliers a search finds: counting, ranking and faceting read every one. */
function reportBySize(runs: { total: number; ms: number }[]): void {
  console.log('SQL latency by result count:');
  const bounds = [0, 1_000, 5_000, 20_000, Infinity];
  for (let b = 0; b < bounds.length - 1; b++) {
    const ms = runs
      .filter(({ total }) => total >= bounds[b] && total < bounds[b + 1])
      .map((run) => run.ms)
      .sort((x, y) => x - y);
    if (!ms.length) continue;
    const range = bounds[b + 1] === Infinity ? `>= ${bounds[b]}` : `${bounds[b]}-${bounds[b + 1] - 1}`;
    console.log(
      `  ${range.padEnd(12)} n=${String(ms.length).padEnd(4)} p50=${percentile(ms, 50).toFixed(1)} ms ` +
        `p95=${percentile(ms, 95).toFixed(1)} ms max=${ms[ms.length - 1].toFixed(1)} ms`,
    );
  }
}

/**
 * `npm run bench:search -- --n 100000 [--queries 300]`: loads N generated
 * suppliers (kept for the next run on the same database), then times typical
 * searches through HTTP and as the bare SQL, and prints the slowest one's plan.
 */
async function main(): Promise<void> {
  const n = arg('n', 100_000);
  const queries = arg('queries', 300);
  const peakRss = trackPeakRss();
  const server = await startServer();
  try {
    const db = server.app.get(DataSource);
    const total = await ensureBenchSuppliers(db, n);
    console.log(`Supplier search benchmark on ${server.database}, ${total} active suppliers, Node ${process.version}`);

    const token = await registerBenchUser(server.baseUrl, 'oem_buyer');
    const cases = typicalSearches(queries, server.app.get(Clock).today());
    const viaHttp = async (i: number) => {
      const res = await fetch(`${server.baseUrl}/api/v1/suppliers?${new URLSearchParams(cases[i].query).toString()}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.status !== 200) throw new Error(`search: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };
    const repository = server.app.get(SuppliersSearchRepository);
    const sqlRuns: { total: number; ms: number }[] = [];
    const viaSql = async (i: number) => {
      const started = performance.now();
      const { total } = await repository.search(cases[i].search);
      sqlRuns[i] = { total, ms: performance.now() - started };
    };
    await compareHttpAndSql('search', { warm: Math.min(20, queries), queries }, viaHttp, viaSql);
    reportBySize(sqlRuns);
    const slowest = sqlRuns.reduce((worst, run, i) => (run.ms > sqlRuns[worst].ms ? i : worst), 0);
    const { query, search } = cases[slowest];
    console.log(
      `\nPlan of the slowest search, ${new URLSearchParams(query).toString()} (${sqlRuns[slowest].total} found):\n` +
        (await repository.explainAnalyze(search)),
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
