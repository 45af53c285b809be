import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withinRadiusSql } from '../common/sql/geo';
import { isoTimeSql } from '../common/sql/time';
import { heldCertificateCodesSql, holdsCertificateSql } from './held-certificate';
import type { CapacityUnit, Supplier, Verification } from './supplier.entity';

export const SUPPLIER_SORTS = ['relevance', 'distance', 'name', 'updated'] as const;
export type SupplierSort = (typeof SUPPLIER_SORTS)[number];

/** One supplier of a result page, as the search statement builds it. */
export type SupplierSummary = Pick<
  Supplier,
  | 'id'
  | 'name'
  | 'regencyCode'
  | 'verification'
  | 'processes'
  | 'materials'
  | 'productCategories'
  | 'tkdnPercent'
  | 'sizeClass'
  | 'updatedAt'
> & {
  monthlyCapacity: { quantity: number; unit: CapacityUnit } | null;
  /** Certifications held now. */
  certifications: string[];
  /** Great-circle km from `near`, when given. */
  distanceKm?: number;
};

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
  items: SupplierSummary[];
  facets: { kind: 'processes' | 'materials' | 'certifications' | 'regencies'; code: string; count: number }[];
}

/** Memory for one search's bitmaps, sorts and facet counts; only for the statement's transaction. */
const SEARCH_WORK_MEM = '64MB';

/**
 * The supplier search in one statement: the filtered set once, then its count,
 * one page of it, and facet counts over all of it. Every filter is written so
 * that an index can serve it: one GIN index on the tags and the search vector,
 * so that all of them are intersected in one scan, the trigram index on the
 * name and the B-tree on latitude and longitude; certificates are checked on
 * the dates each supplier keeps of them.
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
      // For this transaction only, in one round trip. work_mem: broad searches match tens of
      // thousands of suppliers; with the default 4 MB the bitmap of their rows turns lossy and every
      // row of its pages is rechecked. jit: good estimates price broad searches high enough to
      // trigger JIT compilation, which costs more on every search than it saves (see the README's
      // benchmarks).
      await m.query(`SELECT set_config('work_mem', $1, true), set_config('jit', 'off', true)`, [SEARCH_WORK_MEM]);
      const { sql, params } = buildSupplierSearch(s);
      return m.query<T[]>(prefix + sql, params);
    });
  }
}

interface SearchRow {
  total: number;
  items: (SupplierSummary & { ord: number })[];
  facets: SupplierSearchResult['facets'];
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

/** The search statement and its parameters; apart from the repository so that the plan test can EXPLAIN it. */
export function buildSupplierSearch(s: SupplierSearch): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['s.deleted_at IS NULL'];
  const today = p(s.today);
  let rank = '0::float8';
  let distance = 'NULL::float8';
  let named = '';
  let from = 'suppliers s';

  if (s.q) {
    const q = p(s.q.trim());
    const [stemmed, asTyped] = [`websearch_to_tsquery('indonesian', ${q})`, `websearch_to_tsquery('simple', ${q})`];
    // Most words stem to themselves, and ranking the same query twice over costs twice the time
    // for the same rank.
    const query = `(CASE WHEN ${stemmed} = ${asTyped} THEN ${stemmed} ELSE ${stemmed} || ${asTyped} END)`;
    where.push(`(s.search_vector @@ ${query} OR lower(${q}) <% lower(s.name))`);
    // The names like the text, found once by the trigram index: their similarity lifts them in
    // the ranking. Computing it for every match instead costs a similarity per supplier found.
    named = `named AS MATERIALIZED (
         SELECT id, word_similarity(lower(${q}), lower(name)) AS similarity FROM suppliers WHERE lower(${q}) <% lower(name)
       ),
       `;
    from = 'suppliers s LEFT JOIN named n ON n.id = s.id';
    rank = `ts_rank_cd(s.search_vector, ${query}) + coalesce(n.similarity, 0)`;
  }
  // Filters by code are tags (see the SearchTags migration): a group's tag is on every supplier
  // with one of its members, and a code no supplier has matches nothing. A certificate's tag
  // only says that one is not rejected; whether it is valid today is checked below.
  const tags = [
    ...s.processes.map((code) => `process:${code}`),
    ...s.materials.map((code) => `material:${code}`),
    ...s.productCategories.map((code) => `category:${code}`),
    ...s.certifications.map((code) => `certification:${code}`),
    ...(s.regency ? [`regency:${s.regency}`] : []),
    ...(s.province ? [`province:${s.province}`] : []),
    ...(s.verification ? [`verification:${s.verification}`] : []),
  ];
  if (tags.length) where.push(`s.search_tags @> ${p(tags)}::text[]`);
  for (const code of s.certifications) where.push(holdsCertificateSql('s', p(code), today));
  if (s.estateId) where.push(`s.estate_id = ${p(s.estateId)}`);
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
         SELECT s.id, s.name, s.updated_at, s.processes, s.materials, s.regency_code, s.held_certificates,
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
         SELECT 'certifications', h.code, count(*)::int
           FROM filtered f CROSS JOIN LATERAL (${heldCertificateCodesSql('f', today)}) h GROUP BY h.code
       )
       SELECT
         (SELECT count(*)::int FROM filtered) AS total,
         (SELECT coalesce(json_agg(x ORDER BY x.ord), '[]'::json) FROM (
            SELECT pg.ord, s.id, s.name, s.regency_code AS "regencyCode", s.verification, s.processes, s.materials,
                   s.product_categories AS "productCategories",
                   ARRAY(SELECT h.code FROM (${heldCertificateCodesSql('s', today)}) h ORDER BY 1) AS certifications,
                   s.tkdn_percent::float8 AS "tkdnPercent", s.size_class AS "sizeClass",
                   CASE WHEN s.monthly_capacity_quantity IS NULL THEN NULL ELSE json_build_object(
                     'quantity', s.monthly_capacity_quantity::float8, 'unit', s.monthly_capacity_unit) END AS "monthlyCapacity",
                   round(pg.distance_km::numeric, 2)::float8 AS "distanceKm", ${isoTimeSql('s.updated_at')} AS "updatedAt"
              FROM page pg JOIN suppliers s ON s.id = pg.id
          ) x) AS items,
         (SELECT coalesce(json_agg(facets ORDER BY kind, count DESC, code), '[]'::json) FROM facets) AS facets`,
    params,
  };
}
