import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import createClient from 'openapi-fetch';
import { createTestApp, TestApp } from '../support/app';
import { PASSWORD, uniqueEmail } from '../support/accounts';
import { SMARTPOLITAN } from '../support/buyers';
import type { paths } from '../../web/src/api/rantai-api';

const CLIENT_TYPES = join(__dirname, '..', '..', 'web', 'src', 'api', 'rantai-api.d.ts');

/**
 * The typed client in this folder is generated from the OpenAPI document
 * (`npm run openapi:client`). This file proves the document matches the code
 * (the committed types are what the running app publishes) and the behaviour
 * (a buyer's whole journey type-checks against the types and works over HTTP).
 */
describe('Typed client generated from the OpenAPI document', () => {
  let t: TestApp;
  let client: ReturnType<typeof createClient<paths>>;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    client = createClient<paths>({ baseUrl: await t.app.getUrl() });
  });
  afterAll(() => t.close());

  it('is generated from the document the app publishes', async () => {
    // Imported as ESM: its CommonJS build requires ESM-only dependencies, which Jest cannot require.
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const document = (await t.http.get('/api/docs-json').expect(200)).body as Parameters<typeof openapiTS>[0];
    const generated =
      '// Generated from /api/docs-json by `npm run openapi:client`; do not edit.\n' +
      // defaultNonNullable off: a field with a default is still optional in a request body.
      astToString(await openapiTS(document, { alphabetize: true, defaultNonNullable: false }));
    if (process.env.UPDATE_OPENAPI_CLIENT) writeFileSync(CLIENT_TYPES, generated);
    expect(readFileSync(CLIENT_TYPES, 'utf8')).toBe(generated);
  });

  it('takes a buyer from registration to ranked candidates, typed end to end', async () => {
    const registered = await client.POST('/api/v1/auth/register', {
      body: { email: uniqueEmail('typed'), password: PASSWORD, fullName: 'Rina Kartika', role: 'oem_buyer' },
    });
    expect(registered.response.status).toBe(201);
    const headers = { Authorization: `Bearer ${registered.data!.accessToken}` };

    const buyer = await client.POST('/api/v1/buyers', {
      headers,
      body: {
        name: 'PT Garuda Mobil Listrik Indonesia',
        kind: 'oem',
        plants: [{ name: 'Pabrik Smartpolitan', regencyCode: '32.13', location: SMARTPOLITAN }],
      },
    });
    expect(buyer.response.status).toBe(201);
    const request = await client.POST('/api/v1/sourcing-requests', {
      headers,
      body: {
        buyerId: buyer.data!.id,
        plantId: buyer.data!.plants[0].id,
        title: 'Rumah motor traksi 60 kW',
        partCategory: 'ev_motor.housing',
        processes: ['casting.investment'],
        annualVolume: 24000,
        unit: 'pcs',
      },
    });
    expect(request.data).toMatchObject({ status: 'draft', version: 1 });
    const published = await client.POST('/api/v1/sourcing-requests/{id}/publish', {
      headers,
      params: { path: { id: request.data!.id } },
    });
    expect(published.data?.status).toBe('open');

    const candidates = await client.GET('/api/v1/sourcing-requests/{id}/candidates', {
      headers,
      params: { path: { id: request.data!.id }, query: { limit: 5 } },
    });
    expect(candidates.response.status).toBe(200);
    expect(candidates.data).toMatchObject({ eligible: 0, items: [], page: 1, limit: 5 });

    const missing = await client.GET('/api/v1/sourcing-requests/{id}', {
      headers,
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ status: 404, requestId: expect.any(String) });
  });
});
