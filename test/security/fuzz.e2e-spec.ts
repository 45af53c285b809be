import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, registerUser, TestUser } from '../support/accounts';
import { createBuyer, createRequest } from '../support/buyers';
import {
  FixtureIds,
  fixtureUrl,
  FuzzRequest,
  hostileRequests,
  OpenApiDocument,
  Operation,
  operationsOf,
  requestsFor,
  validSample,
} from '../support/fuzz';
import { freshDatabase, FreshDatabase } from '../support/fresh-database';
import { addCertification, createSupplier } from '../support/suppliers';
import type { Role } from '../../src/auth/roles';

/** Random requests per operation and caller that the operation lets in; a caller turned away at the door gets a few. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const RUNS_AT_THE_DOOR = 3;
const SEED = 20261130;
const PROBLEM = /^application\/problem\+json/;
const OFFSET_TIME = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}(:\d{2})?/g;
/**
 * Tables whose rows are logs or caches that a refused request may legitimately write (a failed sign-in is logged),
 * or that the app's timers write whatever the requests (when each scheduled job last ran).
 */
const NOT_COMPARED = [
  'security_events',
  'candidate_lists',
  'candidate_list_entries',
  'supplier_changes',
  'migrations',
  'job_runs',
];
/**
 * Columns written by design whatever a request's outcome: a wrong password
 * counts towards the account's lockout, and the mail sender delivers the
 * outbox in the background (blanking the body of a mail that holds a one-time link).
 */
const NOT_COMPARED_COLUMNS: Record<string, string[]> = {
  users: ['failed_logins', 'failed_logins_since'],
  email_outbox: ['status', 'attempts', 'sent_at', 'last_error', 'body', 'claimed_until'],
};

/**
 * Bad requests generated from the published OpenAPI document, for every
 * operation as every caller: none may answer 5xx, every error is a problem
 * document whose `status` is the HTTP status, and a refused write changes no
 * row of any table.
 */
describe('Fuzzing every operation as every caller', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  const callers: Record<'anonymous' | Role, TestUser | undefined> = {
    anonymous: undefined,
    ikm_owner: undefined,
    oem_buyer: undefined,
    estate_manager: undefined,
    curator: undefined,
    admin: undefined,
  };
  let ids: FixtureIds;
  const statusClasses: Record<string, number> = {};
  let sent = 0;
  let tables: string[] = [];

  let database: FreshDatabase;

  beforeAll(async () => {
    // A database of its own on a server too: the checksums must see no other test's writes.
    database = await freshDatabase('fuzz');
    t = await createTestApp({ env: { ...ADMIN_ENV, ...database.env } });
    document = (await t.http.get('/api/docs-json').expect(200)).body as OpenApiDocument;
    for (const role of ['ikm_owner', 'oem_buyer', 'estate_manager', 'curator', 'admin'] as const) {
      callers[role] = await createUser(t, role, `fuzz-${role}`);
    }
    // A small world every caller can reach into, so ids in paths find something.
    const supplier = await createSupplier(t, callers.ikm_owner!, {
      processes: ['casting.hpdc', 'machining.cnc_milling'],
    });
    const certificate = await addCertification(t, callers.ikm_owner!, supplier.id);
    const buyer = await createBuyer(t, callers.oem_buyer!);
    const open = await createRequest(t, callers.oem_buyer!, buyer, {}, { publish: true });
    const match = await t.http
      .post('/api/v1/matches')
      .set('Authorization', callers.curator!.auth)
      .send({ sourcingRequestId: open.id, supplierId: supplier.id, note: 'Fuzz.' })
      .expect(201);
    const estate = await t.http
      .post('/api/v1/estates')
      .set('Authorization', callers.estate_manager!.auth)
      .send({
        name: 'Kawasan Fuzz',
        operator: 'PT Fuzz',
        regencyCode: '32.13',
        location: { lat: -6.5, lng: 107.7 },
        status: 'operating',
      })
      .expect(201);
    const other = await registerUser(t, 'ikm_owner', 'fuzz-other');
    ids = {
      supplier: supplier.id,
      certificate: certificate.id,
      buyer: buyer.id,
      plant: buyer.plants[0].id,
      request: open.id,
      match: match.body.id,
      estate: estate.body.id,
      user: other.id,
    };
    tables = (
      await t.app
        .get(DataSource)
        .query<{ name: string }[]>(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
        )
    )
      .map((row) => row.name)
      .filter((name) => !NOT_COMPARED.includes(name))
      .sort();
  });

  afterAll(async () => {
    console.log(
      `Fuzzing: ${sent} requests over ${operationsOf(document).length} operations as ${Object.keys(callers).length} callers (seed ${SEED}, ${RUNS} a pair); status classes ${JSON.stringify(statusClasses)}`,
    );
    await t.close();
    await database.drop();
  });

  /** Row counts and a checksum of every compared table, in one statement. */
  async function checksum(): Promise<string> {
    const perTable = tables.map(
      (name) =>
        `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg(r, '|' ORDER BY r)), '') AS sum
           FROM (SELECT (to_jsonb(t) - '{${(NOT_COMPARED_COLUMNS[name] ?? []).join(',')}}'::text[])::text AS r FROM "${name}" t) rows`,
    );
    const [row] = await t.app
      .get(DataSource)
      .query<{ sum: string }[]>(
        `SELECT md5(string_agg(sum, '|' ORDER BY name)) AS sum FROM (${perTable.join(' UNION ALL ')}) tables`,
      );
    return row.sum;
  }

  async function send(operation: Operation, caller: TestUser | undefined, request: FuzzRequest) {
    let call = t.http[operation.method](request.url);
    if (caller) call = call.set('Authorization', caller.auth);
    for (const [name, value] of Object.entries(request.headers)) call = call.set(name, value);
    const body = request.body;
    if (body?.kind === 'json') call = call.set('Content-Type', 'application/json').send(body.text);
    else if (body?.kind === 'raw') call = call.set('Content-Type', body.contentType).send(body.text);
    else if (body?.kind === 'file') call = call.attach(body.field, body.bytes, body.name || 'upload');
    sent++;
    return call;
  }

  // Deletions, and what ends the callers' sessions (a changed password, a logout), last: they would take
  // the world or the tokens away from the operations after them, which would then be tried only at the door.
  const SESSION_ENDING = ['/api/v1/auth/password', '/api/v1/auth/logout'];
  const last = (o: Operation) => Number(o.method === 'delete' || SESSION_ENDING.includes(o.path));
  const order = (operations: Operation[]) => [...operations].sort((a, b) => last(a) - last(b));

  it('answers every generated request with a 2xx or a 4xx problem, and refused writes change nothing', async () => {
    for (const [index, operation] of order(operationsOf(document)).entries()) {
      for (const [name, caller] of Object.entries(callers)) {
        let before = await checksum();
        const check = async (request: FuzzRequest): Promise<number> => {
          const res = await send(operation, caller, request);
          const label = `${operation.method.toUpperCase()} ${request.url.slice(0, 120)} as ${name} (${request.mutation})`;
          const statusClass = `${Math.floor(res.status / 100)}xx`;
          statusClasses[statusClass] = (statusClasses[statusClass] ?? 0) + 1;
          expect({ label, status: res.status < 500 ? 'not 5xx' : res.status }).toEqual({ label, status: 'not 5xx' });
          if (res.status >= 400) {
            expect({ label, type: res.headers['content-type'] }).toEqual({
              label,
              type: expect.stringMatching(PROBLEM),
            });
            expect({ label, status: res.body.status }).toEqual({ label, status: res.status });
          }
          // Times are always UTC written with Z, whoever wrote them (JavaScript or SQL).
          const offsetTimes = (res.text ?? '').match(OFFSET_TIME);
          expect({ label, offsetTimes }).toEqual({ label, offsetTimes: null });
          // Validation names the field before the database refuses it: a data rule's vague 400 means a rule is missing.
          expect({ label, type: res.body?.type }).not.toEqual({
            label,
            type: 'https://rantai.id/problems/invalid-data',
          });
          // A conflict is said in words, never by a constraint's name.
          expect({ label, detail: res.body?.detail }).not.toEqual({
            label,
            detail: expect.stringMatching(/_(check|unique|fk|key|pkey|idx)\b/),
          });
          // A 400 always says which field (or the body as a whole) is at fault.
          if (res.status === 400) {
            expect({ label, errors: Array.isArray(res.body.errors) && res.body.errors.length > 0 }).toEqual({
              label,
              errors: true,
            });
          }
          // Only the door (the token, the role) comes before refusing what the operation does not declare.
          if (request.refuses && res.status !== 401 && res.status !== 403) {
            const fields = ((res.body.errors ?? []) as { field: string }[]).map((e) => e.field);
            expect({ label, status: res.status, refused: fields.includes(request.refuses) }).toEqual({
              label,
              status: 400,
              refused: true,
            });
          }
          if (operation.method !== 'get') {
            const after = await checksum();
            if (res.status >= 400) expect({ label, changed: after !== before }).toEqual({ label, changed: false });
            before = after;
          }
          return res.status;
        };
        // A valid request tells whether the operation lets this caller in; those it does get the hostile set.
        const door = await check({
          url: fixtureUrl(operation, ids),
          headers: {},
          body:
            operation.body?.type === 'json'
              ? { kind: 'json', text: JSON.stringify(validSample(operation.body.schema, document)) }
              : undefined,
          mutation: 'valid',
        });
        const letIn = door !== 401 && door !== 403;
        if (letIn) for (const request of hostileRequests(operation, document, ids, index)) await check(request);
        await fc.assert(
          fc.asyncProperty(requestsFor(operation, document, ids), async (request) => {
            await check(request);
          }),
          { seed: SEED + index, numRuns: letIn ? RUNS : RUNS_AT_THE_DOOR, endOnFailure: true },
        );
      }
    }
    expect(sent).toBeGreaterThan(0);
  }, 900_000);
});
