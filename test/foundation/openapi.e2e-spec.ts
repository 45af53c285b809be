import { createTestApp, TestApp } from '../support/app';

interface Schema {
  properties?: Record<string, { description?: string; $ref?: string; allOf?: unknown[] }>;
}

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
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { summary?: string }>>)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(`${method} ${path}: ${operation.summary ?? ''}`).toMatch(/: \S/);
      }
    }
  });
});
