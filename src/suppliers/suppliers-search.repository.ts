import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { withinRadiusSql } from '../common/sql/geo';
import { heldCertificateSql } from './held-certificate';
import type { SupplierSort, SupplierSummaryDto } from './dto/supplier-search.dto';
import type { Verification } from './dto/supplier.dto';

export interface SupplierSearch {
  q?: string;
  processes: string[];
  materials: string[];
  productCategories: string[];
  certifications: string[];
  regency?: string;
  province?: string;
  estateId?: string;
  near?: { lat: number; lng: number };
  radiusKm?: number;
  /** The date certificates must be valid on (WIB, from the Clock). */
  today: string;
  verification?: Verification;
  notVerification?: Verification;
  sort: SupplierSort;
  page: number;
  limit: number;
}

export interface SupplierSearchResult {
  total: number;
  items: SupplierSummaryDto[];
  facets: { kind: 'processes' | 'materials' | 'certifications' | 'regencies'; code: string; count: number }[];
}

/** Memory for one search's bitmaps, sorts and facet counts; only for the statement's transaction. */
const SEARCH_WORK_MEM = '64MB';

/**
 * The supplier search in one statement: the filtered set once, then its count,
 * one page of it, and facet counts over all of it. Every filter is written so
 * that an index can serve it (GIN on the arrays and the search vector, trigram
 * on the name, B-tree on latitude and longitude).
 */
@Injectable()
export class SuppliersSearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(s: SupplierSearch): Promise<SupplierSearchResult> {
    const [row] = await this.run(s, '');
    return {
      total: row.total,
      items: row.items.map(({ ord, distanceKm, ...item }) => (distanceKm === null ? item : { ...item, distanceKm })),
      facets: row.facets,
    };
  }

  /** What PostgreSQL does for this search, with the search's own settings (for the benchmark). */
  async explainAnalyze(s: SupplierSearch): Promise<string> {
    const rows = await this.run<{ 'QUERY PLAN': string }>(s, 'EXPLAIN (ANALYZE, BUFFERS) ');
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  private run<T = SearchRow>(s: SupplierSearch, prefix: string): Promise<T[]> {
    return this.dataSource.transaction(async (m) => {
      // Broad searches match tens of thousands of suppliers; with the default 4 MB the bitmap of
      // their rows turns lossy and every row of its pages is rechecked (2.4 s -> 1.5 s at 1M).
      await m.query(`SET LOCAL work_mem = '${SEARCH_WORK_MEM}'`);
      // Better estimates price broad searches high enough to trigger JIT compilation, which
      // costs 50-200 ms on every search and saves less than that.
      await m.query('SET LOCAL jit = off');
      const { sql, params } = buildSupplierSearch(s, await coveredCodes(m, s));
      return m.query<T[]>(prefix + sql, params);
    });
  }
}

interface SearchRow {
  total: number;
  items: (SupplierSummaryDto & { ord: number })[];
  facets: SupplierSearchResult['facets'];
}

/** For each filter code, the codes it covers (itself and, for a group, its members). */
export type CoveredCodes = Record<'processes' | 'materials' | 'productCategories', Map<string, string[]>>;

/**
 * The codes each taxonomy filter covers, looked up before the search is
 * planned: as literal arrays the planner estimates them from the column's
 * statistics. Built inside the search (an ARRAY subquery), they are unknown at
 * planning, guessed at 1 % of suppliers, and a filter that keeps a quarter of
 * them is taken as the most selective (1.2 s instead of 0.2 s at 1M).
 */
export async function coveredCodes(db: Pick<EntityManager, 'query'>, s: SupplierSearch): Promise<CoveredCodes> {
  const rows = await db.query<{ list: keyof CoveredCodes; filter: string; codes: string[] }[]>(
    `SELECT list, filter, array_agg(code ORDER BY code) AS codes FROM (
       SELECT 'processes' AS list, f AS filter, t.code FROM unnest($1::text[]) f JOIN processes t ON f IN (t.code, t.parent_code)
       UNION ALL
       SELECT 'materials', f, t.code FROM unnest($2::text[]) f JOIN materials t ON f IN (t.code, t.parent_code)
       UNION ALL
       SELECT 'productCategories', f, t.code FROM unnest($3::text[]) f JOIN part_categories t ON f IN (t.code, t.parent_code)
     ) c GROUP BY list, filter`,
    [s.processes, s.materials, s.productCategories],
  );
  const covered: CoveredCodes = { processes: new Map(), materials: new Map(), productCategories: new Map() };
  for (const { list, filter, codes } of rows) covered[list].set(filter, codes);
  return covered;
}

/**
 * Facet counts of a code column, from `facet_groups` (the filtered suppliers
 * grouped by their codes and regency, which many share): how many suppliers
 * have each code, a group counting every supplier with any of its members once.
 * A hash join with a code-to-group map, not a look-up per supplier.
 */
const codeFacetSql = (table: 'processes' | 'materials') =>
  `SELECT '${table}' AS kind, t.code, sum(t.suppliers)::int AS count
     FROM (SELECT DISTINCT g.id, g.suppliers, m.code
             FROM facet_groups g CROSS JOIN unnest(g.${table}) member
             JOIN (SELECT code AS member, code FROM ${table}
                   UNION ALL SELECT code, parent_code FROM ${table} WHERE parent_code IS NOT NULL) m USING (member)) t
    GROUP BY t.code`;

/** The search statement and its parameters; apart from the repository so that benchmarks and tests can EXPLAIN it. */
export function buildSupplierSearch(s: SupplierSearch, covered: CoveredCodes): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['s.deleted_at IS NULL'];
  const held = heldCertificateSql(p(s.today));
  let rank = '0::float8';
  let distance = 'NULL::float8';
  let named = '';
  let from = 'suppliers s';

  if (s.q) {
    const q = p(s.q.trim());
    const query = `(websearch_to_tsquery('indonesian', ${q}) || websearch_to_tsquery('simple', ${q}))`;
    where.push(`(s.search_vector @@ ${query} OR lower(${q}) <% lower(s.name))`);
    // The names like the text, found once by the trigram index: their similarity lifts them in
    // the ranking. Computing it for every match instead cost 7 µs a row, a third of a broad search.
    named = `named AS MATERIALIZED (
         SELECT id, word_similarity(lower(${q}), lower(name)) AS similarity FROM suppliers WHERE lower(${q}) <% lower(name)
       ),
       `;
    from = 'suppliers s LEFT JOIN named n ON n.id = s.id';
    rank = `ts_rank_cd(s.search_vector, ${query}) + coalesce(n.similarity, 0)`;
  }
  // An unknown code covers nothing, so it matches no supplier.
  const coveredBy = (list: keyof CoveredCodes, code: string) => `${p(covered[list].get(code) ?? [])}::text[]`;
  for (const code of s.processes) where.push(`s.processes && ${coveredBy('processes', code)}`);
  for (const code of s.materials) where.push(`s.materials && ${coveredBy('materials', code)}`);
  for (const code of s.productCategories) {
    where.push(`s.product_categories && ${coveredBy('productCategories', code)}`);
  }
  for (const code of s.certifications) {
    where.push(
      `EXISTS (SELECT 1 FROM supplier_certifications c WHERE c.supplier_id = s.id AND c.code = ${p(code)} AND ${held})`,
    );
  }
  if (s.regency) where.push(`s.regency_code = ${p(s.regency)}`);
  if (s.province) where.push(`s.regency_code LIKE ${p(`${s.province}.%`)}`);
  if (s.estateId) where.push(`s.estate_id = ${p(s.estateId)}`);
  if (s.verification) where.push(`s.verification = ${p(s.verification)}`);
  if (s.notVerification) where.push(`s.verification <> ${p(s.notVerification)}`);
  if (s.near) {
    const [lat, lng] = [p(s.near.lat), p(s.near.lng)];
    distance = `geo_distance_km(${lat}, ${lng}, s.lat, s.lng)`;
    if (s.radiusKm !== undefined) {
      const radius = p(s.radiusKm);
      where.push(withinRadiusSql('s', lat, lng, radius));
    }
  }

  const order = {
    relevance: 'rank DESC, id',
    distance: 'distance_km, id',
    name: 'lower(name), id',
    updated: 'updated_at DESC, id',
  }[s.sort];
  const limit = p(s.limit);
  const offset = p((s.page - 1) * s.limit);

  return {
    sql: `WITH ${named}filtered AS MATERIALIZED (
         SELECT s.id, s.name, s.updated_at, s.processes, s.materials, s.regency_code,
                ${rank} AS rank, ${distance} AS distance_km
           FROM ${from}
          WHERE ${where.join('\n            AND ')}
       ),
       page AS (
         SELECT id, distance_km, row_number() OVER (ORDER BY ${order}) AS ord
           FROM filtered ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
       ),
       facet_groups AS MATERIALIZED (
         SELECT row_number() OVER () AS id, processes, materials, regency_code, count(*) AS suppliers
           FROM filtered GROUP BY processes, materials, regency_code
       ),
       facets AS (
         ${codeFacetSql('processes')}
         UNION ALL
         ${codeFacetSql('materials')}
         UNION ALL
         SELECT 'regencies', regency_code, sum(suppliers)::int FROM facet_groups GROUP BY regency_code
         UNION ALL
         SELECT 'certifications', c.code, count(DISTINCT c.supplier_id)::int
           FROM supplier_certifications c JOIN filtered f ON f.id = c.supplier_id
          WHERE ${held} GROUP BY c.code
       )
       SELECT
         (SELECT count(*)::int FROM filtered) AS total,
         (SELECT coalesce(json_agg(x ORDER BY x.ord), '[]'::json) FROM (
            SELECT pg.ord, s.id, s.name, s.regency_code AS "regencyCode", s.verification, s.processes, s.materials,
                   s.product_categories AS "productCategories",
                   ARRAY(SELECT DISTINCT c.code FROM supplier_certifications c WHERE c.supplier_id = s.id AND ${held} ORDER BY 1)
                     AS certifications,
                   s.tkdn_percent::float8 AS "tkdnPercent", s.size_class AS "sizeClass",
                   CASE WHEN s.monthly_capacity_quantity IS NULL THEN NULL ELSE json_build_object(
                     'quantity', s.monthly_capacity_quantity::float8, 'unit', s.monthly_capacity_unit) END AS "monthlyCapacity",
                   round(pg.distance_km::numeric, 2)::float8 AS "distanceKm", s.updated_at AS "updatedAt"
              FROM page pg JOIN suppliers s ON s.id = pg.id
          ) x) AS items,
         (SELECT coalesce(json_agg(facets ORDER BY kind, count DESC, code), '[]'::json) FROM facets) AS facets`,
    params,
  };
}
