import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon, { type Request, type Result } from 'autocannon';
import { DataSource } from 'typeorm';
import { seededRandom } from '../src/common/random';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ensureBenchSuppliers } from './generate-suppliers';
import { typicalSearches } from './searches';
import type { AuthUser } from '../src/auth/roles';
import { floorUser } from './floor';
import { arg, percentile, registerBenchUser, benchApi } from './support';

/** The share of each kind of request in the mix, as the issue sets it. */
const MIX = { search: 0.5, profile: 0.25, candidatesAndMatches: 0.15, write: 0.1 };

const PLANT = { name: 'Smartpolitan', regencyCode: '32.13', location: { lat: -6.48, lng: 107.62 } };
/** Two requests whose candidate lists the mix pages through: a common process and a rarer one. */
const REQUESTS = [
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
    title: 'Rumah motor BLDC',
    partCategory: 'ev_motor.housing',
    processes: ['casting.hpdc', 'machining.cnc_milling'],
    materials: ['aluminium'],
    annualVolume: 24000,
    unit: 'pcs',
    maxDistanceKm: 80,
  },
];

/**
 * `npm run bench:load -- [--n 100000] [--connections 50] [--duration 60]`, on DATABASE_URL: loads N generated
 * suppliers (kept for the next run), starts Rantai in a process of its own, and drives it with autocannon from
 * this one: 50% searches, 25% supplier profiles, 15% candidate pages and match lists, 10% writes (a buyer's new
 * draft request), from `connections` clients for `duration` seconds after a warm-up. Then the same mix against
 * the floor in the same process (see load-server.ts). Prints throughput, latency percentiles, errors and
 * Rantai's resident memory before and after.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('bench:load runs on a PostgreSQL server: set DATABASE_URL');
  const n = arg('n', 100_000);
  const connections = arg('connections', 50);
  const duration = arg('duration', 60);

  const db = await new DataSource(dataSourceOptions(url, false)).initialize();
  const server = await startLoadServer(); // migrates the database
  try {
    const total = await ensureBenchSuppliers(db, n);
    console.log(
      `Load benchmark on the ${server.database}, ${total} active suppliers, ${connections} connections, ` +
        `${duration} s, Node ${process.version}`,
    );
    const { token, user } = await registerBuyer(server.url);
    const api = benchApi(server.url, token);
    const buyer = (await api('POST', '/buyers', { name: 'PT Beban Motor', kind: 'oem', plants: [PLANT] })) as {
      id: string;
      plants: { id: string }[];
    };
    const draft = { buyerId: buyer.id, plantId: buyer.plants[0].id };
    const requestIds: string[] = [];
    for (const request of REQUESTS) {
      const { id } = (await api('POST', '/sourcing-requests', { ...draft, ...request })) as { id: string };
      await api('POST', `/sourcing-requests/${id}/publish`); // computes its candidate list
      requestIds.push(id);
    }
    const supplierIds = (
      await db.query<{ id: string }[]>(
        `SELECT id FROM suppliers WHERE deleted_at IS NULL ORDER BY md5(id::text) LIMIT 5000`,
      )
    ).map((row) => row.id);
    const searches = typicalSearches(1000, new Date().toISOString().slice(0, 10), 0).map(
      ({ query }) => `/api/v1/suppliers?${new URLSearchParams(query).toString()}`,
    );

    const random = seededRandom(11);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    // A copy per request: autocannon writes Content-Length into the headers object it is given.
    const headers = () => ({
      authorization: `Bearer ${token}`,
      ...floorUser(user),
      'content-type': 'application/json',
    });
    let written = 0;
    let acknowledged = 0;
    const next = (): Request => {
      const r = random();
      if (r < MIX.search) return { method: 'GET', path: pick(searches), headers: headers() };
      if (r < MIX.search + MIX.profile)
        return { method: 'GET', path: `/api/v1/suppliers/${pick(supplierIds)}`, headers: headers() };
      if (r < MIX.search + MIX.profile + MIX.candidatesAndMatches) {
        const path =
          random() < 0.7
            ? `/api/v1/sourcing-requests/${pick(requestIds)}/candidates?limit=20&page=${1 + Math.floor(random() * 5)}`
            : '/api/v1/matches?limit=20';
        return { method: 'GET', path, headers: headers() };
      }
      const body = { ...draft, ...pick(REQUESTS), title: `Permintaan beban ${++written}` };
      return { method: 'POST', path: '/api/v1/sourcing-requests', headers: headers(), body: JSON.stringify(body) };
    };
    /** autocannon's own percentiles skip p95; each response's time is kept to compute it. */
    const run = async (target: string, seconds: number) => {
      const latencies: number[] = [];
      const result = await new Promise<Result>((resolve, reject) => {
        const options = {
          url: target,
          connections,
          duration: seconds,
          requests: [{ setupRequest: (request: Request) => ({ ...request, ...next() }) }],
        };
        autocannon(options, (error, done) => (error ? reject(error as Error) : resolve(done))).on(
          'response',
          (_client, status, _bytes, ms) => {
            latencies.push(ms);
            if (status === 201) acknowledged++;
          },
        );
      });
      return { result, latencies: latencies.sort((a, b) => a - b) };
    };

    await run(server.url, 20); // warm-up: caches, JIT, the pool's connections, the heap's working size
    const start = await collectedMemory(server.process);
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(rssMiB(server.process)), 1000);
    const rantai = await run(server.url, duration);
    clearInterval(sampler);
    const end = await collectedMemory(server.process);
    await run(server.floorUrl, 10);
    const floor = await run(server.floorUrl, duration);

    printResult('Rantai', rantai);
    printResult('floor ', floor);
    console.log(
      `Rantai/floor throughput ${(rantai.result.requests.average / floor.result.requests.average).toFixed(2)}x`,
    );
    const growth = (from: number, to: number) => `${(((to - from) / from) * 100).toFixed(1)}%`;
    console.log(
      `Rantai after a full collection: RSS ${start.rssMiB} MiB at the start, ${end.rssMiB} MiB at the end ` +
        `(${growth(start.rssMiB, end.rssMiB)}); live heap ${start.heapMiB} → ${end.heapMiB} MiB ` +
        `(${growth(start.heapMiB, end.heapMiB)}). Under load: RSS ${Math.min(...rss)}–${Math.max(...rss)} MiB, ` +
        `every 10 s ${rss.filter((_, i) => i % 10 === 0).join(', ')} MiB`,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000)); // requests cut off at the end finish
    const [{ drafts }] = await db.query<{ drafts: number }[]>(
      `SELECT count(*)::int AS drafts FROM sourcing_requests WHERE buyer_id = $1 AND title LIKE 'Permintaan beban %'`,
      [buyer.id],
    );
    console.log(
      `writes: ${acknowledged} acknowledged (201), ${drafts} in the database, ${written} sent` +
        (drafts < acknowledged ? ': ACKNOWLEDGED WRITES LOST' : ''),
    );
  } finally {
    server.process.kill('SIGTERM');
    await db.destroy();
  }
}

interface LoadServer {
  url: string;
  floorUrl: string;
  database: string;
  process: ChildProcess;
}

/** Starts load-server.ts in its own process, so that the load generator does not share its event loop. */
async function startLoadServer(): Promise<LoadServer> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--experimental-vm-modules', '-r', 'ts-node/register/transpile-only', 'bench/load-server.ts'],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith('{') && line.includes('"floorUrl"')) {
      return { ...(JSON.parse(line) as Omit<LoadServer, 'process'>), process: child };
    }
  }
  throw new Error('the load server exited before it was ready');
}

async function registerBuyer(baseUrl: string): Promise<{ token: string; user: AuthUser }> {
  const token = await registerBenchUser(baseUrl, 'oem_buyer');
  const user = (await benchApi(baseUrl, token)('GET', '/auth/me')) as unknown as AuthUser;
  return { token, user };
}

function rssMiB(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}

interface Memory {
  rssMiB: number;
  heapMiB: number;
}

/** The server's resident memory and live heap after a full garbage collection. */
function collectedMemory(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    child.once('message', (memory) => resolve(memory as Memory));
    child.send('memory');
  });
}

function printResult(label: string, { result: r, latencies }: { result: Result; latencies: number[] }): void {
  const ms = (p: number) => `${percentile(latencies, p).toFixed(1)} ms`;
  console.log(
    `${label}: ${r.requests.total} requests, ${r.requests.average.toFixed(1)} req/s, ` +
      `p50=${ms(50)} p95=${ms(95)} p99=${ms(99)} max=${r.latency.max} ms, ` +
      `errors ${r.errors + r.timeouts + r.non2xx} (non-2xx ${r.non2xx}, timeouts ${r.timeouts})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
