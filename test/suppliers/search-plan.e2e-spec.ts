import { DataSource } from 'typeorm';
import { buildSupplierSearch, SupplierSearch } from '../../src/suppliers/suppliers-search.repository';
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
};

/**
 * Each search filter must be one an index can serve. On generated data, with
 * sequential scans priced out, the planner picks an index wherever the SQL
 * allows one, so the plan shows whether each filter is index-compatible (the
 * benchmark shows the plans the planner chooses freely at 100,000 and more).
 * Full text is left to the benchmark: GIN bitmap scans are costed high, and at
 * a few thousand rows a scan of the active-suppliers index is rightly cheaper.
 */
describe('Supplier search plans', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // Enough realistic rows for the planner's estimates to mean something; a NIB range no other test uses.
    await generateSuppliers(t.app.get(DataSource), 3000, {
      nibBase: 7_000_000_000_000 + Math.floor(Math.random() * 1e9) * 1000,
    });
  });
  afterAll(() => t.close());

  const plan = (search: Partial<SupplierSearch>) =>
    t.app.get(DataSource).transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const { sql, params } = buildSupplierSearch({ ...base, ...search });
      const rows = await manager.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });

  it.each([
    ['a process (group codes included)', { processes: ['battery'] }, /suppliers_processes_idx/],
    ['a material', { materials: ['li_ion_cell'] }, /suppliers_materials_idx/],
    ['a part category', { productCategories: ['wiring_harness'] }, /suppliers_product_categories_idx/],
    ['a radius', { near: { lat: -6.48, lng: 107.62 }, radiusKm: 5 }, /suppliers_lat_lng_idx/],
    ['a certification', { certifications: ['iatf_16949'] }, /supplier_certifications_held_idx/],
  ])('serves %s from an index', async (_label, search, index) => {
    expect(await plan(search)).toMatch(index);
  });
});
