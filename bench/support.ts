import type { DataSource } from 'typeorm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';

export interface BenchServer {
  app: NestExpressApplication;
  baseUrl: string;
  database: string;
  close(): Promise<void>;
}

/**
 * Starts Rantai as `npm start` does, on DATABASE_URL when set or else on a
 * fresh embedded database in a temporary folder, with rate limits raised so
 * the benchmark measures the work, not the limiter.
 */
export async function startServer(): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rantai-bench-'));
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
    // Benchmarks make their own data; the demo world would add to it (and queue its mails).
    DEMO_DATA: 'false',
    // An admin for what only staff may ask (a password that differs from the demo's).
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_AUTH_PER_MINUTE: '1000000',
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
    RATE_LIMIT_REFRESH_PER_MINUTE: '1000000',
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  return {
    app,
    baseUrl: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
    database: process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite',
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `--name value` from the command line, as a number. */
export const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};

export function percentile(sortedMs: number[], p: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)];
}

/** Runs `task` `count` times with `concurrency` in flight; returns latencies (ms) and wall time. */
export async function measure(count: number, concurrency: number, task: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const wallMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return { latencies, wallMs };
}

/** Samples the process's resident memory until stopped; answers the peak in MiB. */
export function trackPeakRss(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  return () => {
    clearInterval(timer);
    return Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024);
  };
}

const BENCH_ADMIN = { email: 'bench-admin@bench.rantai.id', password: 'Bench-Admin-Password-2026' };

/** An access token of the benchmark's admin, created at start-up. */
export async function benchAdminToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function registerBenchUser(baseUrl: string, role: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `bench-${role}-${Date.now()}@bench.rantai.id`,
      password: 'Bench-Password-2026',
      fullName: 'Bench',
      role,
    }),
  });
  if (res.status !== 201) throw new Error(`register: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** A JSON client of Rantai's API as the holder of `token`; throws on any answer but 2xx. */
export function benchApi(baseUrl: string, token: string) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
}

/** What a client sends with each timed request: the bearer token, and the encodings a browser accepts. */
export interface HttpClient {
  baseUrl: string;
  token: string;
  /** More headers, such as the floor's `x-bench-user`. */
  headers?: Record<string, string>;
}

/**
 * Sends GET requests one at a time, as a browser does (one kept-alive connection, compressed answers
 * accepted), from a process of its own, and answers each one's latency after `warm` untimed ones. Apart,
 * the client's work (building requests, reading answers) is not counted as the server's: with `fetch` in
 * the server's own event loop, its streams and the decompressing and parsing of every answer were.
 */
export async function timeGets(client: HttpClient, paths: string[], warm: number) {
  const child = spawn(process.execPath, ['-e', GET_LOOP], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(
    JSON.stringify({
      urls: paths.map((path) => `${client.baseUrl}/api/v1${path}`),
      headers: { authorization: `Bearer ${client.token}`, 'accept-encoding': 'br, gzip', ...client.headers },
      warm,
    }),
  );
  const started = performance.now();
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`the HTTP client stopped with ${code}: ${output}`);
  return { latencies: (JSON.parse(output) as number[]).sort((a, b) => a - b), wallMs };
}

const GET_LOOP = `
const http = require('node:http');
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const { urls, headers, warm } = JSON.parse(input);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (url) => new Promise((resolve, reject) => {
    http.get(url, { agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(url + ': ' + res.statusCode))));
    }).on('error', reject);
  });
  const latencies = [];
  for (const [i, url] of urls.entries()) {
    const started = performance.now();
    await get(url);
    if (i >= warm) latencies.push(performance.now() - started);
  }
  process.stdout.write(JSON.stringify(latencies));
  agent.destroy();
});
`;

/**
 * Times the same work through HTTP (GET `path(i)` from a client in its own thread, see timeGets) and
 * without it (after warming the caches), and prints both with the share of time spent below HTTP and the
 * HTTP/SQL ratio at p50 and p95. With `floor` (bench/floor.ts), also through the floor's bare route: HTTP's
 * own cost, apart from Nest's.
 */
export async function compareHttpAndSql(
  label: string,
  runs: { warm: number; queries: number },
  http: HttpClient & { path: (i: number) => string },
  viaSql: (i: number) => Promise<void>,
  floor?: HttpClient,
): Promise<void> {
  await measure(runs.warm, 1, viaSql);
  const paths = Array.from({ length: runs.warm + runs.queries }, (_, i) =>
    http.path(i < runs.warm ? i : i - runs.warm),
  );
  const viaHttp = await timeGets(http, paths, runs.warm);
  const viaFloor = floor && (await timeGets(floor, paths, runs.warm));
  const sql = await measure(runs.queries, 1, viaSql);
  report(`${label} via HTTP`, viaHttp);
  if (viaFloor) report(`${label} via floor`, viaFloor);
  report(`${label} as SQL  `, sql);
  const ratio = (a: number[], b: number[], p: number) => percentile(a, p) / percentile(b, p);
  const ratios = (a: number[], b: number[]) =>
    `at p50 ${ratio(a, b, 50).toFixed(2)}x, at p95 ${ratio(a, b, 95).toFixed(2)}x`;
  console.log(
    `HTTP/SQL ${ratios(viaHttp.latencies, sql.latencies)}; ` +
      `share of time in SQL ${(100 / ratio(viaHttp.latencies, sql.latencies, 50)).toFixed(0)}% at p50, ` +
      `${(100 / ratio(viaHttp.latencies, sql.latencies, 95)).toFixed(0)}% at p95`,
  );
  if (viaFloor) {
    console.log(
      `floor/SQL ${ratios(viaFloor.latencies, sql.latencies)}; HTTP/floor ${ratios(viaHttp.latencies, viaFloor.latencies)}`,
    );
  }
}

export function report(label: string, { latencies, wallMs }: { latencies: number[]; wallMs: number }): void {
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `${label}: n=${latencies.length} p50=${fmt(percentile(latencies, 50))} p95=${fmt(percentile(latencies, 95))} ` +
      `p99=${fmt(percentile(latencies, 99))} throughput=${((latencies.length / wallMs) * 1000).toFixed(1)}/s ` +
      `rss=${Math.round(process.memoryUsage().rss / 1024 / 1024)} MiB`,
  );
}

/** Prints what PostgreSQL did for one statement (EXPLAIN ANALYZE with buffers). */
export async function printPlan(db: DataSource, label: string, { sql, params }: { sql: string; params: unknown[] }) {
  const plan = await db.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  console.log(`\nPlan of ${label}:\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
}
