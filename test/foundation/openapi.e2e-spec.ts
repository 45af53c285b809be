import { createTestApp, TestApp } from '../support/app';

interface Property {
  description?: string;
  example?: unknown;
  type?: string;
  $ref?: string;
  allOf?: unknown[];
  items?: Property;
}
interface Schema {
  properties?: Record<string, Property>;
}
interface Operation {
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
