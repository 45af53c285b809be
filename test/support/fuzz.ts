import fc from 'fast-check';

/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
  format?: string;
}
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  schema?: Schema;
}
interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  method: 'get' | 'post' | 'patch' | 'delete' | 'put';
  path: string;
  parameters: Parameter[];
  body?: { type: 'json'; schema: Schema } | { type: 'multipart' };
}

/** Ids of a small world the fuzzer's requests can reach into, by what they are. */
export interface FixtureIds {
  supplier: string;
  certificate: string;
  buyer: string;
  plant: string;
  request: string;
  match: string;
  estate: string;
  user: string;
}

/** The fixture a path parameter names: the resource whose segment comes before it. */
function fixtureId(path: string, parameter: string, ids: FixtureIds): string {
  const segments = path.split('/');
  const resource = segments[segments.indexOf(`{${parameter}}`) - 1];
  const byResource: Record<string, string> = {
    suppliers: ids.supplier,
    certifications: ids.certificate,
    buyers: ids.buyer,
    plants: ids.plant,
    'sourcing-requests': ids.request,
    matches: ids.match,
    estates: ids.estate,
    organizations: ids.supplier,
    members: ids.user,
    users: ids.user,
  };
  return byResource[resource] ?? ids.supplier;
}

/** The operation's URL with the fixture ids in its path. */
export function fixtureUrl(operation: Operation, ids: FixtureIds): string {
  return operation.parameters
    .filter((p) => p.in === 'path')
    .reduce((url, p) => url.replace(`{${p.name}}`, fixtureId(operation.path, p.name, ids)), operation.path);
}

/**
 * Requests that put each kind of hostile value once where validation must
 * catch it: in a body field picked by the seed, and in each query parameter.
 * Sent to callers the operation lets in, on top of the random ones.
 */
export function hostileRequests(
  operation: Operation,
  document: OpenApiDocument,
  ids: FixtureIds,
  seed: number,
): FuzzRequest[] {
  const url = fixtureUrl(operation, ids);
  const requests: FuzzRequest[] = [];
  const hostile: [string, unknown][] = [
    ['NUL in text', 'CV \u0000 Jaya'],
    ['a lone surrogate', 'a\ud800b'],
    ['5e-324', 5e-324],
    ['1e-7', 1e-7],
    ['10,000 characters', 'x'.repeat(10_000)],
    ['40 levels deep', nested(40)],
    ['an object for a value', { a: 1 }],
    ['null', null],
  ];
  if (operation.body?.type === 'json') {
    const base = validSample(operation.body.schema, document);
    const leaves = pathsOf(base).filter((path) => path.length > 0);
    hostile.forEach(([name, value], i) => {
      for (const path of leaves.length ? [leaves[(seed + i * 7) % leaves.length]] : []) {
        requests.push({
          url,
          headers: {},
          body: { kind: 'json', text: JSON.stringify(setAt(base, path, value)) },
          mutation: `${path.join('.')} = ${name}`,
        });
      }
    });
    for (const key of POLLUTING_KEYS) {
      requests.push({
        url,
        headers: {},
        body: { kind: 'json', text: injectKey(base, [], key) },
        mutation: `${key} added`,
      });
    }
  }
  // A field or parameter the operation does not declare: refused by name, never dropped in silence.
  const base = operation.body?.type === 'json' ? validSample(operation.body.schema, document) : {};
  if (operation.body?.type !== 'multipart') {
    requests.push({
      url,
      headers: {},
      body: { kind: 'json', text: injectKey(base, [], UNKNOWN_FIELD) },
      mutation: `unknown body field ${UNKNOWN_FIELD}`,
      refuses: UNKNOWN_FIELD,
    });
  }
  requests.push({
    url: `${url}?${UNKNOWN_FIELD}=1`,
    headers: {},
    body:
      operation.body?.type === 'json'
        ? { kind: 'json', text: JSON.stringify(validSample(operation.body.schema, document)) }
        : undefined,
    mutation: `unknown query parameter ${UNKNOWN_FIELD}`,
    refuses: UNKNOWN_FIELD,
  });
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    for (const value of ['\u0000', '5e-324', '1e-7', 'x'.repeat(5000)]) {
      requests.push({
        url: `${url}?${encodeURIComponent(parameter.name)}=${encodeURIComponent(value)}`,
        headers: {},
        mutation: `query ${parameter.name} = ${describe(value)}`,
      });
    }
  }
  return requests;
}

/** A request the fuzzer sends: its URL, headers and body, and what was done to it. */
export interface FuzzRequest {
  url: string;
  headers: Record<string, string>;
  body?:
    | { kind: 'json'; text: string }
    | { kind: 'raw'; contentType: string; text: string }
    | { kind: 'file'; field: string; bytes: Buffer; name: string };
  mutation: string;
  /** A field the answer must refuse by name (400 with it among the errors). */
  refuses?: string;
}

const UNKNOWN_FIELD = 'unknownFieldZz';

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]): Operation => {
      const content = operation.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      return {
        method: method as Operation['method'],
        path,
        parameters: operation.parameters ?? [],
        body: json
          ? { type: 'json', schema: json }
          : content['multipart/form-data']
            ? { type: 'multipart' }
            : undefined,
      };
    }),
  );
}

const resolve = (schema: Schema, document: OpenApiDocument): Schema => {
  if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop()!], document);
  if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0], document), ...schema, allOf: undefined };
  return schema;
};

/** A value the schema describes as valid, from its examples where it has them: the base every mutation starts from. */
export function validSample(schema: Schema, document: OpenApiDocument, depth = 0): unknown {
  const s = resolve(schema, document);
  if (s.type === 'object' || s.properties) {
    if (s.example !== undefined && typeof s.example === 'object' && depth > 0) return s.example;
    return Object.fromEntries(
      Object.entries(s.properties ?? {}).map(([key, property]) => [key, validSample(property, document, depth + 1)]),
    );
  }
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'array':
      return s.items ? [validSample(s.items, document, depth + 1)] : [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      return s.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'contoh';
  }
}

const nested = (levels: number): unknown => (levels === 0 ? 'dalam' : [nested(levels - 1)]);

/** Values no field should fail on with anything but a 4xx: wrong types, edges, hostile text. */
const BAD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  -0,
  1e-7,
  5e-324,
  1e308,
  2 ** 53 + 1,
  62.123456,
  '',
  ' ',
  '\u0000',
  'CV \u0000 Jaya',
  '\ud800',
  'a\udfffb',
  'x'.repeat(10_000),
  '1e-7',
  'NaN',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '2026-02-30',
  '9999-12-31',
  '00000000-0000-0000-0000-000000000000',
  [],
  [null],
  Array.from({ length: 2000 }, () => 'casting.hpdc'),
  {},
  { lat: 'utara' },
  nested(40),
];

/** Keys that pollute prototypes when an object is merged carelessly. */
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Every path to a value inside `value` (objects and arrays), the root as []. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (value !== null && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  }
  return [path];
}

function setAt(root: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove && Array.isArray(node)) node.splice(Number(last), 1);
  else if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

/** One JSON body: the valid sample, or it with one or two things done to it. */
function jsonBody(base: unknown): fc.Arbitrary<{ text: string; mutation: string }> {
  const paths = pathsOf(base);
  const at = fc.constantFrom(...paths);
  const changed = fc.tuple(at, fc.constantFrom(...BAD_VALUES.map((_, i) => i))).map(([path, i]) => ({
    value: setAt(base, path, BAD_VALUES[i]),
    mutation: `${path.join('.') || 'body'} = ${describe(BAD_VALUES[i])}`,
  }));
  const removed = at
    .filter((path) => path.length > 0)
    .map((path) => ({ value: setAt(base, path, undefined, true), mutation: `without ${path.join('.')}` }));
  const objectPaths = paths.filter((path) => isObjectAt(base, path));
  const polluted = fc
    .tuple(fc.constantFrom(...objectPaths), fc.constantFrom(...POLLUTING_KEYS, 'unknownField'))
    .map(([path, key]) => ({
      value: base,
      mutation: `${path.join('.') || 'body'}.${key} added`,
      extra: { path, key },
    }));
  return fc
    .oneof(
      { weight: 1, arbitrary: fc.constant({ value: base, mutation: 'valid' }) },
      { weight: 6, arbitrary: changed },
      { weight: 2, arbitrary: removed },
      { weight: 2, arbitrary: polluted },
    )
    .map((m) => {
      let text = JSON.stringify(m.value) ?? 'null';
      if ('extra' in m && m.extra) {
        // Written into the JSON text, because JSON.stringify drops a __proto__ set as a property.
        text = injectKey(m.value, m.extra.path, m.extra.key);
      }
      return { text, mutation: m.mutation };
    });
}

function isObjectAt(root: unknown, path: (string | number)[]): boolean {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node?.[key] as Record<string | number, unknown>;
  return node !== null && typeof node === 'object' && !Array.isArray(node);
}

function injectKey(root: unknown, path: (string | number)[], key: string): string {
  const marker = `__fuzz_${Math.random().toString(36).slice(2)}`;
  const withMarker = setAt(root, [...path, marker], { polluted: true });
  return JSON.stringify(withMarker).replace(`"${marker}"`, JSON.stringify(key));
}

const describe = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

/** Bodies that are not the JSON the operation expects at all. */
const RAW_BODIES: { contentType: string; text: string; mutation: string }[] = [
  { contentType: 'application/json', text: '{"name": ', mutation: 'truncated JSON' },
  {
    contentType: 'application/json',
    text: `{"a":${'['.repeat(2000)}${']'.repeat(2000)}}`,
    mutation: 'nested 2000 deep',
  },
  { contentType: 'application/json', text: '[1, 2, 3]', mutation: 'a JSON array' },
  { contentType: 'application/json', text: '"teks"', mutation: 'a JSON string' },
  { contentType: 'application/json', text: 'null', mutation: 'JSON null' },
  { contentType: 'application/json', text: `{"description": "${'x'.repeat(110 * 1024)}"}`, mutation: 'over 100 kB' },
  { contentType: 'application/json; charset=utf-16', text: '{}', mutation: 'an unsupported charset' },
  { contentType: 'text/plain', text: 'halo', mutation: 'plain text' },
  { contentType: 'application/x-www-form-urlencoded', text: 'a[b][c]=1&__proto__[x]=1', mutation: 'a nested form' },
];

/** Query values of the wrong kind or at an edge, as they travel in a URL. */
const BAD_QUERY_VALUES = [
  'abc',
  '-1',
  '0',
  '1e-7',
  '5e-324',
  '1e308',
  '99999999999999999999',
  'NaN',
  'Infinity',
  '',
  '\u0000',
  '-6.48,abc',
  '91,181',
  'x'.repeat(5000),
  '00000000-0000-0000-0000-000000000000',
  'true',
];

const BAD_PATH_VALUES = [
  'abc',
  '1',
  '..',
  '%00',
  'x'.repeat(300),
  '00000000-0000-0000-0000-000000000000',
  "1' OR '1'='1",
];

/**
 * Requests to one operation: each path parameter a known id, a random UUID or
 * garbage; some query parameters set to valid or wrong values (and unknown or
 * polluting ones added); the body valid or mutated, or not JSON at all.
 */
export function requestsFor(
  operation: Operation,
  document: OpenApiDocument,
  ids: FixtureIds,
): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const pathValue = (parameter: Parameter) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(fixtureId(operation.path, parameter.name, ids)) },
      { weight: 1, arbitrary: fc.constantFrom(...Object.values(ids)) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: fc.constantFrom(...BAD_PATH_VALUES) },
    );
  const path = fc
    .tuple(...pathParameters.map(pathValue))
    .map((values) =>
      pathParameters.reduce(
        (url, parameter, i) => url.replace(`{${parameter.name}}`, encodeURIComponent(values[i])),
        operation.path,
      ),
    );
  const queryValue = (parameter: Parameter) =>
    fc.oneof(fc.constant(String(validSample(parameter.schema ?? {}, document))), fc.constantFrom(...BAD_QUERY_VALUES));
  const query = fc
    .tuple(
      fc
        .subarray(queryParameters)
        .chain((chosen) => fc.tuple(...chosen.map((p) => queryValue(p).map((value) => [p.name, value] as const)))),
      fc.option(
        fc.constantFrom(
          'unknown=1',
          '__proto__[admin]=1',
          'constructor[prototype][admin]=1',
          'page=1&page=2',
          'q=%ED%A0%80',
        ),
        {
          nil: undefined,
        },
      ),
    )
    .map(([pairs, extra]) =>
      [
        ...pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`),
        ...(extra ? [extra] : []),
      ].join('&'),
    );
  const headers = fc.record(
    {
      'If-Match': fc.constantFrom('"1"', 'W/"9999"', '*', 'nonsense'),
      'Accept-Language': fc.constantFrom('id', 'en', 'xx;q=abc', '*'),
    },
    { requiredKeys: [] },
  );
  const body: fc.Arbitrary<{ body?: FuzzRequest['body']; mutation?: string }> = !operation.body
    ? fc.constant({})
    : operation.body.type === 'multipart'
      ? fc
          .record({
            field: fc.constantFrom('file', 'berkas'),
            bytes: fc.oneof(
              fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
              fc.string({ maxLength: 500 }).map((text) => Buffer.from(`name;nib\n${text}`)),
            ),
            name: fc.constantFrom('ikm.csv', 'ikm.xlsx', 'ikm.exe', ''),
          })
          .map((file) => ({ body: { kind: 'file' as const, ...file }, mutation: `file ${file.name}` }))
      : fc.oneof(
          {
            weight: 8,
            arbitrary: jsonBody(validSample(operation.body.schema, document)).map(({ text, mutation }) => ({
              body: { kind: 'json' as const, text },
              mutation,
            })),
          },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom(...RAW_BODIES)
              .map(({ mutation, ...raw }) => ({ body: { kind: 'raw' as const, ...raw }, mutation })),
          },
        );
  return fc.tuple(path, query, headers, body).map(([url, q, h, b]) => ({
    url: q ? `${url}?${q}` : url,
    headers: h,
    body: b.body,
    mutation: b.mutation ?? (q ? `query ${q.slice(0, 60)}` : 'path'),
  }));
}
