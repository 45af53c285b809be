import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, TestApp } from '../support/app';

interface Property {
  description?: string;
  example?: unknown;
  type?: string;
  $ref?: string;
  allOf?: unknown[];
  oneOf?: unknown[];
  enum?: unknown[];
  items?: Property;
  properties?: unknown;
  additionalProperties?: unknown;
}
interface Schema {
  properties?: Record<string, Property>;
}
interface Operation {
  security?: unknown[];
  summary?: string;
  description?: string;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

/** A property whose example Swagger UI builds from another schema's examples. */
const isComposite = (p: Property): boolean =>
  !!p.$ref || !!p.allOf || p.type === 'object' || (p.type === 'array' && !!p.items && isComposite(p.items));

describe('OpenAPI documentation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves the interactive UI at /api/docs with its assets allowed by the CSP', async () => {
    const page = await t.http.get('/api/docs').redirects(1).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const scripts = [...page.text.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).not.toMatch(/^https?:/); // same origin, as the CSP demands
      await t.http.get(new URL(src, 'http://localhost/api/docs/').pathname).expect(200);
    }
  });

  it('publishes the document with bearer auth, the contract paths and described fields', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/health',
        '/api/v1/reference/regions',
        '/api/v1/reference/processes',
        '/api/v1/reference/materials',
        '/api/v1/reference/part-categories',
        '/api/v1/reference/certifications',
        '/api/v1/reference/kbli',
      ]),
    );
    const undescribed = Object.entries(doc.components.schemas as Record<string, Schema>).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([, property]) => !property.description)
        .map(([field]) => `${name}.${field}`),
    );
    expect(undescribed).toEqual([]);
    const withoutExample = Object.entries(doc.components.schemas as Record<string, Schema>).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([, property]) => property.example === undefined && !isComposite(property))
        .map(([field]) => `${name}.${field}`),
    );
    expect(withoutExample).toEqual([]);
  });

  it('types every field (no empty objects for strings and numbers) and says which operations are public', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const untyped = Object.entries(doc.components.schemas as Record<string, Schema>).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([, p]) => {
          const typed = p.type || p.$ref || p.allOf || p.oneOf || p.enum;
          const freeObject = p.type === 'object' && !p.properties && !p.additionalProperties && !p.allOf;
          return !typed || freeObject;
        })
        .map(([field]) => `${name}.${field}`),
    );
    expect(untyped).toEqual([]);
    const security = (path: string, method: string) =>
      (doc.paths as Record<string, Record<string, Operation>>)[path][method].security;
    expect(security('/api/v1/auth/login', 'post')).toEqual([]);
    expect(security('/api/v1/reference/regions', 'get')).toEqual([]);
    expect(security('/health', 'get')).toEqual([]);
    expect(security('/api/v1/auth/me', 'get')).toEqual([{ bearer: [] }]);
  });

  it("passes Redocly's lint (recommended rules, redocly.yaml) with no errors and no warnings", async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const folder = await mkdtemp(join(tmpdir(), 'rantai-openapi-'));
    try {
      const file = join(folder, 'openapi.json');
      await writeFile(file, JSON.stringify(doc));
      const cli = require.resolve('@redocly/cli/bin/cli.js');
      const run = await promisify(execFile)(process.execPath, [cli, 'lint', file, '--format=json'], {
        cwd: join(__dirname, '../..'),
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        maxBuffer: 16 * 1024 * 1024,
      }).catch((failed: { stdout: string }) => failed);
      const report = JSON.parse(run.stdout) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
      };
      const problems = report.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
      expect({ totals: report.totals, problems }).toEqual({
        totals: expect.objectContaining({ errors: 0, warnings: 0 }),
        problems: [],
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('gives every operation a summary, a description, its success body and its error responses', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const gaps: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!operation.summary?.trim()) gaps.push(`${name}: summary`);
        if (!operation.description?.trim()) gaps.push(`${name}: description`);
        const codes = Object.keys(operation.responses);
        if (!codes.some((code) => /^[45]/.test(code))) gaps.push(`${name}: error responses`);
        const success = codes.filter((code) => /^2/.test(code));
        if (success.length === 0) gaps.push(`${name}: success response`);
        for (const code of success.filter((c) => c !== '204')) {
          if (!operation.responses[code].content) gaps.push(`${name}: ${code} body`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });

  it('keeps the token after Authorize in the docs UI', async () => {
    const init = await t.http.get('/api/docs/swagger-ui-init.js').expect(200);
    expect(init.text).toMatch(/"persistAuthorization":\s*true/);
  });
});
