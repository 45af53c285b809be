import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
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

export interface Floor {
  url: string;
  close(): Promise<void>;
}

/**
 * The floor of the benchmarks: a bare `node:http` server, in Rantai's process, with a route per endpoint the
 * benchmarks time that calls the same service method the controller calls (so the same SQL, through the same
 * pool) without Nest's HTTP layer: no routing, guards, account re-read, validation, interceptors, compression
 * or logging. What Rantai takes beyond it is Nest's; what it takes beyond the service call is HTTP's own.
 * The caller names the user in `x-bench-user` (id, email, role), which the floor believes.
 */
export async function startFloor(app: INestApplication): Promise<Floor> {
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
  return {
    url: `http://127.0.0.1:${(floor.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => floor.close(() => resolve())),
  };
}

/** The header by which the floor knows its caller. */
export const floorUser = (user: Pick<AuthUser, 'id' | 'email' | 'role'>) => ({
  'x-bench-user': `${user.id},${user.email},${user.role}`,
});

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
