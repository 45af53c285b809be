import { DataSource } from 'typeorm';
import { generateSuppliers } from '../../bench/generate-suppliers';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, loginAdmin, registerUser, TestUser } from '../support/accounts';
import { createSupplier, uniqueWord } from '../support/suppliers';

interface Item {
  id: string;
  name: string;
}
interface Facet {
  code: string;
  count: number;
}

const LIMIT = 100;
const GENERATED = 300;

/**
 * A search reads at most SEARCH_EXACT_LIMIT matches (lowered here to 100) and
 * says when it stopped there; a page in a given order is exact however many
 * suppliers match; relevance puts names, places and exact phrases first.
 */
describe('Bounded supplier search', () => {
  let t: TestApp;
  let owner: TestUser;
  let buyer: TestUser;
  let curator: TestUser;
  let admin: TestUser;
  /** On every generated supplier's description, so that the shared server database does not disturb counts. */
  const tag = uniqueWord();

  beforeAll(async () => {
    t = await createTestApp({ env: { ...ADMIN_ENV, SEARCH_EXACT_LIMIT: String(LIMIT) } });
    [owner, buyer, curator, admin] = [
      await registerUser(t, 'ikm_owner'),
      await registerUser(t, 'oem_buyer'),
      await createUser(t, 'curator'),
      await loginAdmin(t),
    ];
    const db = t.app.get(DataSource);
    // Realistic suppliers (a fifth verified, a third with ISO 9001, eight kinds of workshop) in a NIB range of their own.
    const nibBase = 6_000_000_000_000 + Math.floor(Math.random() * 1e9) * 1000;
    await generateSuppliers(db, GENERATED, { nibBase, seed: 0.17 });
    await db.query(`UPDATE suppliers SET description = description || ' ' || $1 WHERE nib::bigint BETWEEN $2 AND $3`, [
      tag,
      nibBase,
      nibBase + GENERATED,
    ]);
  });
  afterAll(() => t.close());

  const search = (user: TestUser, query: Record<string, unknown>, status = 200) =>
    t.http.get('/api/v1/suppliers').query(query).set('Authorization', user.auth).expect(status);
  const ids = (body: { items: Item[] }) => body.items.map((item) => item.id);
  const sum = (facets: Facet[]) => facets.reduce((total, facet) => total + facet.count, 0);

  it('answers exactly below the limit and flags a lower bound and partial facets above it', async () => {
    const broad = (await search(buyer, { q: tag })).body;
    expect(broad).toMatchObject({ total: LIMIT, totalRelation: 'gte', facetsExact: false, hasMore: true });
    expect(sum(broad.facets.regencies)).toBe(LIMIT);

    const full = (await search(curator, { q: tag, exact: true })).body;
    expect(full).toMatchObject({ total: GENERATED, totalRelation: 'eq', facetsExact: true });
    expect(sum(full.facets.regencies)).toBe(GENERATED);

    // A narrower search is exact, and the same with or without exact=true.
    const narrow = { q: tag, process: 'casting', verified: true };
    const bounded = (await search(buyer, narrow)).body;
    expect(bounded.totalRelation).toBe('eq');
    expect(bounded.total).toBeGreaterThan(0);
    expect(bounded.total).toBeLessThan(LIMIT);
    expect(bounded.facetsExact).toBe(true);
    const exact = (await search(admin, { ...narrow, exact: true })).body;
    expect(exact).toEqual(bounded);
  });

  it('lets only curators and admins ask for an exact search', async () => {
    for (const user of [buyer, owner]) {
      const res = await search(user, { q: tag, exact: true }, 403);
      expect(res.body.detail).toMatch(/kurator dan admin/);
    }
    const manager = await registerUser(t, 'estate_manager');
    await search(manager, { q: tag, exact: true }, 403);
    await search(buyer, { q: tag, exact: false });
    await search(admin, { q: tag, exact: true });
  });

  it.each([
    ['name', {}],
    ['updated', {}],
    ['distance', { near: '-6.48,107.62' }],
  ])('gives the exact first pages sorted by %s, and stops at the limit', async (sort, extra) => {
    const query = { q: tag, sort, limit: 25, ...extra };
    const seen: (Item & { updatedAt: string; distanceKm?: number })[] = [];
    for (let page = 1; page <= LIMIT / 25; page++) {
      const bounded = (await search(buyer, { ...query, page })).body;
      seen.push(...bounded.items);
      const exact = (await search(curator, { ...query, page, exact: true })).body;
      expect(ids(bounded)).toEqual(ids(exact));
      expect(ids(bounded)).toHaveLength(25);
      expect(bounded.hasMore).toBe(page < LIMIT / 25);
      expect(exact.hasMore).toBe(true);
    }
    // In order across the pages.
    const key = {
      name: (item: (typeof seen)[number]) => item.name.toLowerCase(),
      updated: (item: (typeof seen)[number]) => -Date.parse(item.updatedAt),
      distance: (item: (typeof seen)[number]) => item.distanceKm!,
    }[sort as 'name' | 'updated' | 'distance'];
    expect(seen.every((item, i) => i === 0 || key(seen[i - 1]) <= key(item))).toBe(true);
    expect(new Set(seen.map((item) => item.id)).size).toBe(LIMIT);
    const past = (await search(buyer, { ...query, page: LIMIT / 25 + 1 })).body;
    expect(past).toMatchObject({ items: [], total: LIMIT, totalRelation: 'gte', hasMore: false });
    expect((await search(curator, { ...query, page: LIMIT / 25 + 1, exact: true })).body.items).toHaveLength(25);
  });

  it('ranks a broad search over what it read, and its first page is the exact one', async () => {
    for (const q of [tag, `${tag} bubut`, `${tag} cor`]) {
      const bounded = (await search(buyer, { q, limit: 20 })).body;
      const exact = (await search(curator, { q, limit: 20, exact: true })).body;
      expect(ids(bounded)).toEqual(ids(exact));
    }
  });

  describe('relevance that users notice', () => {
    const word = uniqueWord();
    const made: Record<string, string> = {};
    const make = async (key: string, overrides: Record<string, unknown>) => {
      made[key] = (
        await createSupplier(t, owner, {
          nib: undefined,
          ...overrides,
          description: `${word} ${overrides.description as string}`,
        })
      ).id;
    };
    beforeAll(async () => {
      // Die casters everywhere; one says "pengecoran aluminium" word for word, the others only what stems alike.
      const diecaster = {
        processes: ['casting.hpdc'],
        materials: ['aluminium'],
        productCategories: ['ev_motor.housing'],
      };
      await make('mandiriCor', {
        ...diecaster,
        name: 'CV Mandiri Cor Subang',
        description: 'Cor logam untuk otomotif.',
      });
      await make('corMandiri', {
        ...diecaster,
        name: 'PT Logam Mandiri Jaya',
        description: 'Cor aluminium, cor kuningan, cor besi: mandiri sejak 1998, cor presisi untuk mandiri usaha.',
      });
      await make('literal', {
        ...diecaster,
        name: 'UD Sinar Teknik',
        regencyCode: '32.10',
        address: 'Jl. Raya Jatiwangi No. 4, Majalengka',
        location: { lat: -6.735, lng: 108.264 },
        description: 'pengecoran aluminium bertekanan tinggi untuk rumah motor listrik dan velg.',
      });
      for (const [i, regencyCode] of ['32.13', '32.13', '32.11'].entries()) {
        await make(`stems${i}`, {
          ...diecaster,
          name: `CV Karya Utama ${i}`,
          regencyCode,
          address: 'Jl. Raya No. 1',
          location: regencyCode === '32.13' ? { lat: -6.55, lng: 107.75 } : { lat: -6.84, lng: 107.93 },
          description: 'Dicor dari aluminium ADC12, dikerjakan presisi; pengerjaan pengecoran bertekanan tinggi.',
        });
      }
    });

    it('puts the firm whose name is the words first', async () => {
      // Without the scoping word, which would weaken the name's likeness: the generated suppliers called
      // "Mandiri" that cast ("cor") are many more than the limit, and the name is found all the same.
      for (const user of [buyer, curator]) {
        const res = await search(user, { q: 'Mandiri Cor', exact: user === curator });
        expect(ids(res.body)[0]).toBe(made.mandiriCor);
      }
      const scoped = ids((await search(buyer, { q: `mandiri cor ${word}` })).body);
      expect(scoped.sort()).toEqual([made.mandiriCor, made.corMandiri].sort());
    });

    it('finds suppliers by the name of their regency or province, and short forms', async () => {
      const subang = ids((await search(buyer, { q: `pengecoran aluminium subang ${word}` })).body);
      expect(subang.sort()).toEqual([made.mandiriCor, made.corMandiri, made.stems0, made.stems1].sort());
      expect(ids((await search(buyer, { q: `${word} kabupaten sumedang` })).body)).toEqual([made.stems2]);
      expect(ids((await search(buyer, { q: `${word} majalengka` })).body)).toEqual([made.literal]);
      expect(ids((await search(buyer, { q: `${word} jabar` })).body)).toHaveLength(6);
      expect(ids((await search(buyer, { q: `${word} jawa timur` })).body)).toEqual([]);
    });

    it('ranks the exact phrase above words that only stem alike', async () => {
      const items = ids((await search(buyer, { q: `${word} pengecoran aluminium` })).body);
      expect(items).toHaveLength(6);
      expect(items[0]).toBe(made.literal);
    });
  });
});
