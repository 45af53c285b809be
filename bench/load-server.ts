import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import type { AuthUser } from '../src/auth/roles';
import { PageQuery } from '../src/common/http/page-query';
import { MatchQuery } from '../src/matches/dto/match.dto';
import { MatchesService } from '../src/matches/matches.service';
import { MatchingService } from '../src/matching/matching.service';
import { CreateSourcingRequestDto } from '../src/sourcing-requests/dto/sourcing-request.dto';
import { SourcingRequestsService } from '../src/sourcing-requests/sourcing-requests.service';
import { SupplierSearchQuery } from '../src/suppliers/dto/supplier-search.dto';
import { SuppliersSearchService } from '../src/suppliers/suppliers-search.service';
import { SuppliersService } from '../src/suppliers/suppliers.service';
import { startServer } from './support';

/**
 * The process `npm run bench:load` puts under load, apart from the load generator: Rantai as `npm start` runs
 * it, and beside it the floor, a bare `node:http` route per endpoint of the mix that calls the same service
 * methods the controllers call (so the same SQL, through the same pool) without Nest's HTTP layer: no routing,
 * guards, account re-read, validation, interceptors, serialisation or logging. The caller names the user in
 * `x-bench-user` (id, email, role), which the floor believes. Prints one line of JSON with both addresses.
 */
async function main(): Promise<void> {
  const server = await startServer();
  const app = server.app;
  const services = {
    search: app.get(SuppliersSearchService),
    suppliers: app.get(SuppliersService),
    matching: app.get(MatchingService),
    matches: app.get(MatchesService),
    requests: app.get(SourcingRequestsService),
  };
  const dto = <T>(type: ClassConstructor<T>, plain: object) => plainToInstance(type, plain);

  async function route(req: IncomingMessage, user: AuthUser): Promise<[number, unknown]> {
    const url = new URL(req.url ?? '/', 'http://floor');
    const query = Object.fromEntries(url.searchParams);
    const path = url.pathname.replace(/^\/api\/v1/, '');
    let m: RegExpMatchArray | null;
    if (req.method === 'GET' && path === '/suppliers') {
      return [200, await services.search.search(user, dto(SupplierSearchQuery, query))];
    }
    if (req.method === 'GET' && (m = path.match(/^\/suppliers\/([0-9a-f-]{36})$/))) {
      return [200, await services.suppliers.get(user, m[1])];
    }
    if (req.method === 'GET' && (m = path.match(/^\/sourcing-requests\/([0-9a-f-]{36})\/candidates$/))) {
      return [200, await services.matching.candidates(user, m[1], dto(PageQuery, query), 'id')];
    }
    if (req.method === 'GET' && path === '/matches') {
      return [200, await services.matches.list(user, dto(MatchQuery, query))];
    }
    if (req.method === 'POST' && path === '/sourcing-requests') {
      const body = JSON.parse(await readBody(req)) as object;
      return [201, await services.requests.create(user, dto(CreateSourcingRequestDto, body))];
    }
    return [404, { path }];
  }

  const floor = createServer((req: IncomingMessage, res: ServerResponse) => {
    const [id, email, role] = String(req.headers['x-bench-user'] ?? '').split(',');
    route(req, { id, email, role } as AuthUser).then(
      ([status, body]) => send(res, status, body),
      (error: Error) => {
        console.error(`floor ${req.method} ${req.url}: ${error.message}`);
        send(res, 500, { error: error.message });
      },
    );
  });
  await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
  const floorUrl = `http://127.0.0.1:${(floor.address() as AddressInfo).port}`;
  console.log(JSON.stringify({ url: server.baseUrl, floorUrl, database: server.database }));

  // The driver's memory readings: after a full collection (the process runs with --expose-gc), so that they
  // compare what is kept, not how much garbage a moment of load left.
  process.on('message', () => {
    global.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ rssMiB: Math.round(rss / 2 ** 20), heapMiB: Math.round(heapUsed / 2 ** 20) });
  });

  process.on('SIGTERM', () => {
    floor.close();
    void server.close().then(() => process.exit(0));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
