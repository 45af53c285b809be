import { DataSource } from 'typeorm';
import { buildSupplierSearch, RadiusAccess, SupplierSearch } from '../../src/suppliers/suppliers-search.repository';
import { generateSuppliers } from '../../bench/generate-suppliers';
import { createTestApp, TestApp } from '../support/app';

const base: SupplierSearch = {
  processes: [],
  materials: [],
  productCategories: [],
  certifications: [],
  sort: 'name',
  page: 1,
  limit: 20,
  today: '2026-11-28',
  exactLimit: 10_000,
};

/**
 * Each search filter must be one an index can serve. On generated data, with
 * sequential scans priced out, the planner picks an index wherever the SQL
 * allows one, so the plan shows whether each filter is index-compatible (the
 * benchmark shows the plans the planner chooses freely at 100,000 and more).
 * Full text is left to the benchmark: at a few thousand rows, filtering the
 * suppliers the tags leave is rightly cheaper than scanning the text's entries.
 */
describe('Supplier search plans', () => {
  let t: TestApp;
  // A NIB range no other test uses.
  const nibBase = 7_000_000_000_000 + Math.floor(Math.random() * 1e9) * 1000;
  beforeAll(async () => {
    t = await createTestApp();
    // Enough realistic rows for the planner's estimates to mean something.
    await generateSuppliers(t.app.get(DataSource), 3000, { nibBase });
    // GIN keeps fresh entries in a pending list that every scan reads whole, and prices the index
    // accordingly, until autovacuum merges it: merge it now, as autovacuum would.
    await t.app.get(DataSource).query(`SELECT gin_clean_pending_list('suppliers_search_idx')`);
  });
  afterAll(() => t.close());

  const plan = (search: Partial<SupplierSearch>, options?: { radiusBy: RadiusAccess }) =>
    t.app.get(DataSource).transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const { sql, params } = buildSupplierSearch({ ...base, ...search }, options);
      const rows = await manager.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });

  it.each([
    // Forging is a group no generated supplier has, so the index is the cheaper path for certain.
    ['a process (group codes included)', { processes: ['forging'] }, /suppliers_search_idx/],
    ['a material', { materials: ['li_ion_cell'] }, /suppliers_search_idx/],
    ['a part category', { productCategories: ['wiring_harness'] }, /suppliers_search_idx/],
    ['a regency', { regency: '32.04' }, /suppliers_search_idx/],
    ['a radius (its map cells)', { near: { lat: -6.48, lng: 107.62 }, radiusKm: 5 }, /suppliers_search_idx/],
    // Jayapura: the generated suppliers are in West Java, so the box is where the few suppliers are found.
    ['a radius too wide for cells', { near: { lat: -2.53, lng: 140.72 }, radiusKm: 150 }, /suppliers_lat_lng_idx/],
    ['a certification', { certifications: ['iatf_16949'] }, /suppliers_search_idx/],
  ])('serves %s from an index', async (_label, search, index) => {
    expect(await plan(search)).toMatch(index);
  });

  it('intersects all code filters inside one index scan', async () => {
    const text = await plan({
      processes: ['casting'],
      materials: ['aluminium'],
      regency: '32.13',
      verification: 'verified',
    });
    expect(text).toMatch(
      /Bitmap Index Scan on suppliers_search_idx.*\n\s+Index Cond: \(search_tags @> '\{process:casting,material:aluminium,regency:32\.13,verification:verified\}'::text\[\]\)/,
    );
  });

  it('asks the search index for the map cells around a radius, with the other tags', async () => {
    const text = await plan({ processes: ['casting'], near: { lat: -6.48, lng: 107.62 }, radiusKm: 30 });
    expect(text).toMatch(/Index Cond: \(\(search_tags @> '\{process:casting\}'::text\[\]\) AND \(search_tags && /);
  });

  it('reads a radius by its map cells, by its box or by distance alone, and finds the same by each', async () => {
    const search: Partial<SupplierSearch> = { processes: ['casting'], near: { lat: -6.48, lng: 107.62 }, radiusKm: 60 };
    expect(await plan(search, { radiusBy: 'distance' })).not.toMatch(/search_tags &&|suppliers_lat_lng_idx/);
    expect(await plan(search, { radiusBy: 'box' })).toMatch(/suppliers_lat_lng_idx/);
    const db = t.app.get(DataSource);
    for (const words of [{}, { q: 'aluminium' }, { q: 'bubut', sort: 'relevance' as const }]) {
      const [byCells, ...others] = await Promise.all(
        (['cells', 'box', 'distance'] as const).map((radiusBy) => {
          const { sql, params } = buildSupplierSearch({ ...base, ...search, ...words, exactLimit: null }, { radiusBy });
          return db.query(sql, params);
        }),
      );
      expect(byCells[0].total).toBeGreaterThan(0);
      for (const other of others) expect(other).toEqual(byCells);
    }
  });

  it('reads a nearest-first page from the KNN index, and a page by name from its B-tree', async () => {
    expect(await plan({ near: { lat: -6.48, lng: 107.62 }, sort: 'distance' })).toMatch(
      /Index Scan using suppliers_nearest_idx/,
    );
    expect(await plan({ sort: 'name' })).toMatch(/Index Scan using suppliers_name_order_idx/);
  });

  it('keeps search vectors in their rows, where ranking reads them without the TOAST table', async () => {
    const runner = t.app.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    try {
      // Rewrite the vectors of rows over 2 kB, where PostgreSQL would by default move the vector to TOAST.
      const [, rewritten] = await runner.manager.query<[unknown, number]>(
        `UPDATE suppliers s SET description = description || '.'
          WHERE s.nib >= $1 AND s.nib < $2 AND pg_column_size(s.*) > 2100`,
        [String(nibBase), String(nibBase + 3000)],
      );
      expect(rewritten).toBeGreaterThan(100);
      // This transaction's own writes to the TOAST table (other tests' writes are not counted).
      const [toast] = await runner.manager.query<{ inserted: number }[]>(
        `SELECT n_tup_ins::int AS inserted FROM pg_stat_xact_all_tables
          WHERE relid = (SELECT reltoastrelid FROM pg_class WHERE oid = 'suppliers'::regclass)`,
      );
      expect(toast.inserted).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('inlines the distance, which radius filters and candidate scores compute for every row', async () => {
    const rows = await t.app
      .get(DataSource)
      .query<{ 'QUERY PLAN': string }[]>(
        'EXPLAIN VERBOSE SELECT geo_distance_km(-6.48, 107.62, lat, lng) FROM suppliers',
      );
    const output = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(output).toMatch(/asin/);
    expect(output).not.toMatch(/geo_distance_km/);
  });
});
