import { DataSource } from 'typeorm';
import type { AuthUser } from '../src/auth/roles';
import { SuppliersSearchRepository } from '../src/suppliers/suppliers-search.repository';
import { SuppliersService } from '../src/suppliers/suppliers.service';
import { ensureBenchSuppliers } from './generate-suppliers';
import { orderedSearches, typicalSearches } from './searches';
import { Clock } from '../src/common/time/clock';
import { AppConfig } from '../src/config/app-config';
import {
  benchApi,
  arg,
  benchAdminToken,
  compareHttpAndSql,
  timeGets,
  measure,
  percentile,
  registerBenchUser,
  report,
  startServer,
  trackPeakRss,
} from './support';
import { floorUser, startFloor } from './floor';

/** SQL latency by how many suppliers a search finds (exactly): beyond the limit, the work stops at the limit. */
function reportBySize(runs: { total: number; ms: number }[]): void {
  console.log('SQL latency by result count (bounded search):');
  const bounds = [0, 1_000, 5_000, 20_000, 100_000, Infinity];
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

const overlap = (exact: string[], bounded: string[]) =>
  exact.length ? exact.filter((id) => bounded.includes(id)).length / exact.length : 1;

/**
 * `npm run bench:search -- --n 100000 [--queries 300]`: loads N generated
 * suppliers (kept for the next run on the same database), then times typical
 * searches through HTTP and as the bare SQL, the same computed exactly
 * (exact=true, as curators may ask), and broad browsing in a given order; for
 * the typical searches that went past the limit, the overlap of their first 20
 * with the exact first 20; and prints the slowest search's plan.
 */
async function main(): Promise<void> {
  const n = arg('n', 100_000);
  const queries = arg('queries', 300);
  const peakRss = trackPeakRss();
  const server = await startServer();
  const floor = await startFloor(server.app);
  try {
    const db = server.app.get(DataSource);
    const total = await ensureBenchSuppliers(db, n);
    const exactLimit = server.app.get(AppConfig).searchExactLimit;
    console.log(
      `Supplier search benchmark on ${server.database}, ${total} active suppliers, ` +
        `SEARCH_EXACT_LIMIT ${exactLimit}, Node ${process.version}`,
    );

    const token = await registerBenchUser(server.baseUrl, 'oem_buyer');
    const client = { baseUrl: server.baseUrl, token };
    const adminToken = await benchAdminToken(server.baseUrl);
    const today = server.app.get(Clock).today();
    const cases = typicalSearches(queries, today, exactLimit);
    const repository = server.app.get(SuppliersSearchRepository);
    const bounded: { relation: string; ids: string[]; ms: number }[] = [];
    const viaSql = async (i: number) => {
      const started = performance.now();
      const result = await repository.search(cases[i].search);
      const ms = performance.now() - started;
      bounded[i] = { relation: result.totalRelation, ids: result.items.map((item) => item.id), ms };
    };
    const searchPath = (query: Record<string, string>) => `/suppliers?${new URLSearchParams(query).toString()}`;
    await compareHttpAndSql(
      'search',
      { warm: Math.min(20, queries), queries },
      { ...client, path: (i) => searchPath(cases[i].query) },
      viaSql,
    );

    // A profile read, the fastest common request: what the HTTP layer adds to the service's own queries.
    const reader = (await benchApi(server.baseUrl, token)('GET', '/auth/me')) as unknown as AuthUser;
    const profileIds = (
      await db.query<{ id: string }[]>(
        'SELECT id FROM suppliers WHERE deleted_at IS NULL ORDER BY md5(id::text) LIMIT 500',
      )
    ).map((row) => row.id);
    const suppliers = server.app.get(SuppliersService);
    await compareHttpAndSql(
      'profile read',
      { warm: 50, queries },
      { ...client, path: (i) => `/suppliers/${profileIds[i % profileIds.length]}` },
      async (i) => {
        await suppliers.get(reader, profileIds[i % profileIds.length]);
      },
      { baseUrl: floor.url, token, headers: floorUser(reader) },
    );

    // The same searches over every match: their exact totals and first pages, and what that costs.
    const exact: { total: number; ids: string[] }[] = [];
    report(
      'exact=true via HTTP',
      await timeGets(
        { baseUrl: server.baseUrl, token: adminToken },
        cases.map(({ query }) => searchPath({ ...query, exact: 'true' })),
        0,
      ),
    );
    const exactSql = await measure(queries, 1, async (i) => {
      const result = await repository.search({ ...cases[i].search, exactLimit: null });
      exact[i] = { total: result.total, ids: result.items.map((item) => item.id) };
    });
    report('exact as SQL       ', exactSql);
    reportBySize(bounded.map((run, i) => ({ total: exact[i].total, ms: run.ms })));
    const past = bounded.flatMap((run, i) => (run.relation === 'gte' ? [overlap(exact[i].ids, run.ids)] : []));
    console.log(
      `Searches past the limit: ${past.length} of ${queries}; their relevance overlap@20 with the exact first 20: ` +
        (past.length
          ? `mean ${(past.reduce((a, b) => a + b, 0) / past.length).toFixed(3)}, min ${Math.min(...past).toFixed(2)}`
          : 'none to compare'),
    );

    const ordered = orderedSearches(Math.max(30, Math.round(queries / 3)), today, exactLimit);
    await compareHttpAndSql(
      'ordered browse',
      { warm: 5, queries: ordered.length },
      { ...client, path: (i) => searchPath(ordered[i].query) },
      async (i) => void (await repository.search(ordered[i].search)),
    );

    const slowest = bounded.reduce((worst, run, i) => (run.ms > bounded[worst].ms ? i : worst), 0);
    const { query, search } = cases[slowest];
    console.log(
      `\nPlan of the slowest search, ${new URLSearchParams(query).toString()} (${exact[slowest].total} found):\n` +
        (await repository.explainAnalyze(search)),
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
