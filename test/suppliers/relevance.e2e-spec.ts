import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { estateBody } from '../support/estates';
import { createSupplier } from '../support/suppliers';
import { RELEVANCE_QUERIES, RELEVANCE_SUPPLIERS, type RelevanceKey } from './relevance-set';

/**
 * The relevance test set (test/suppliers/relevance-set.ts): 36 workshops and the searches buyers
 * type for them, each with the firms that must be among the first three. The workshops are the only
 * tenants of an estate of their own, and every search is filtered to it, so that other tests'
 * suppliers in a shared database change nothing while the words are searched exactly as typed.
 */
describe('Search relevance test set', () => {
  let t: TestApp;
  let buyer: TestUser;
  let estateId: string;
  const idOf = new Map<RelevanceKey, string>();
  const keyOf = new Map<string, RelevanceKey>();

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    const [owner, manager] = [await createUser(t, 'ikm_owner'), await createUser(t, 'estate_manager')];
    buyer = await createUser(t, 'oem_buyer');
    const estate = await t.http
      .post('/api/v1/estates')
      .set('Authorization', manager.auth)
      .send(estateBody())
      .expect(201);
    estateId = estate.body.id;
    for (const [key, s] of Object.entries(RELEVANCE_SUPPLIERS) as [
      RelevanceKey,
      (typeof RELEVANCE_SUPPLIERS)[RelevanceKey],
    ][]) {
      const created = await createSupplier(t, owner, {
        name: s.name,
        regencyCode: s.regencyCode,
        // The regency's centroid: a point is not what these searches are about.
        location: undefined,
        address: `Jl. Raya ${s.name.split(' ').at(-1)} No. 1`,
        processes: s.processes,
        materials: s.materials,
        productCategories: s.productCategories,
        description: s.description,
        machines: [{ type: s.machine, count: 1 }],
        estateId,
      });
      idOf.set(key, created.id);
      keyOf.set(created.id, key);
    }
  });
  afterAll(() => t.close());

  it('puts the expected firms among the first three for every search, in Indonesian and English', async () => {
    const misses: string[] = [];
    const notFirst: string[] = [];
    for (const { q, top3 } of RELEVANCE_QUERIES) {
      const res = await t.http
        .get('/api/v1/suppliers')
        .query({ q, estateId, limit: 3 })
        .set('Authorization', buyer.auth)
        .expect(200);
      const found = (res.body.items as { id: string }[]).map((item) => keyOf.get(item.id) ?? item.id);
      const missing = top3.filter((key) => !found.includes(key));
      if (missing.length) misses.push(`"${q}": ${missing.join(', ')} not in [${found.join(', ')}]`);
      if (!top3.includes(found[0] as RelevanceKey)) notFirst.push(`"${q}": ${found[0]} first`);
    }
    const queries = RELEVANCE_QUERIES.length;
    console.log(
      `Relevance test set: ${queries - misses.length} of ${queries} searches have every expected firm in the top 3; ` +
        `${queries - notFirst.length} of ${queries} put an expected firm first` +
        (notFirst.length ? ` (not: ${notFirst.join('; ')})` : '') +
        '.',
    );
    expect(queries).toBeGreaterThanOrEqual(25);
    expect(idOf.size).toBe(Object.keys(RELEVANCE_SUPPLIERS).length);
    expect(misses).toEqual([]);
  });
});
