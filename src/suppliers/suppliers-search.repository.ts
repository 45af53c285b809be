import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { withinBoxSql, withinDistanceSql, withinRadiusSql } from '../common/sql/geo';
import { isoTimeSql } from '../common/sql/time';
import { ReplicaReads } from '../database/replica-reads';
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

/** What a supplier must match: the words and filters of a search, and of its map. */
export interface SupplierFilter {
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
}

export interface SupplierSearch extends SupplierFilter {
  sort: SupplierSort;
  page: number;
  limit: number;
  /** Read at most this many matches for the total, the facets and relevance; null: every one (exact). */
  exactLimit: number | null;
}

/** A supplier as a point on the map. */
export type SupplierPoint = Pick<Supplier, 'id' | 'name' | 'lat' | 'lng' | 'verification'>;

export interface SupplierSearchResult {
  /** Exact when `totalRelation` is 'eq'; else the exact-search limit, a lower bound. */
  total: number;
  totalRelation: 'eq' | 'gte';
  items: SupplierSummary[];
  /** Over every match when `totalRelation` is 'eq'; else over the matches read (the limit's worth). */
  facets: { kind: 'processes' | 'materials' | 'certifications' | 'regencies'; code: string; count: number }[];
}

/** Memory for one search's bitmaps, sorts and facet counts; only for the statement's transaction. */
const SEARCH_WORK_MEM = '64MB';

/**
 * The supplier search in one statement. Every filter is written so that an
 * index can serve it: one GIN index on the tags and the search vector, so
 * that all of them are intersected in one scan, the trigram index on the name
 * and the B-tree on latitude and longitude; certificates are checked on the
 * dates each supplier keeps of them.
 *
 * The work is bounded (see BoundedSearch1795824003300 and the README): the
 * matches are read in storage order from one index scan, and reading stops
 * after `exactLimit` of them; the total, the facets and the relevance ranking
 * are computed on what was read, exact when that was every match. A page in
 * another order is read in that order's index and is always exact.
 */
@Injectable()
export class SuppliersSearchRepository {
  constructor(private readonly replicas: ReplicaReads) {}

  async search(s: SupplierSearch): Promise<SupplierSearchResult> {
    const [row] = await this.run(s, (radiusBy) => buildSupplierSearch(s, { radiusBy }), '');
    return {
      total: row.total,
      totalRelation: row.bounded ? 'gte' : 'eq',
      items: row.items.map(({ ord, distanceKm, ...item }) => (distanceKm === null ? item : { ...item, distanceKm })),
      facets: row.facets,
    };
  }

  /** What PostgreSQL does for this search, with the search's own settings (for the benchmark). */
  async explainAnalyze(s: SupplierSearch): Promise<string> {
    const rows = await this.run<{ 'QUERY PLAN': string }>(
      s,
      (radiusBy) => buildSupplierSearch(s, { radiusBy }),
      'EXPLAIN (ANALYZE, BUFFERS) ',
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  /** The matching suppliers' points, at most `limit`, in storage order; `truncated` when more match. */
  async points(f: SupplierFilter, limit: number): Promise<{ items: SupplierPoint[]; truncated: boolean }> {
    const rows = await this.run<SupplierPoint>(f, (radiusBy) => buildSupplierPoints(f, limit, { radiusBy }), '');
    return { items: rows.slice(0, limit), truncated: rows.length > limit };
  }

  private run<T = SearchRow>(
    f: SupplierFilter,
    build: (radiusBy: RadiusAccess) => { sql: string; params: unknown[] },
    prefix: string,
  ): Promise<T[]> {
    // A read replica when there is one: a profile saved a moment ago may show up in searches a moment later.
    return this.replicas.transaction(async (m) => {
      // For this transaction only, in one round trip. work_mem: broad searches match tens of
      // thousands of suppliers; with the default 4 MB the bitmap of their rows turns lossy and every
      // row of its pages is rechecked. jit: good estimates price broad searches high enough to
      // trigger JIT compilation, which costs more on every search than it saves (see the README's
      // benchmarks).
      // Parallel workers, and a sequential scan joining another one midway (synchronised scans),
      // would change the storage order that bounded reading and relevance ties follow.
      await m.query(
        `SELECT set_config('work_mem', $1, true), set_config('jit', 'off', true),
                set_config('max_parallel_workers_per_gather', '0', true), set_config('synchronize_seqscans', 'off', true)`,
        [SEARCH_WORK_MEM],
      );
      const { sql, params } = build(await this.radiusAccess(m, f));
      return m.query<T[]>(prefix + sql, params);
    });
  }

  /**
   * How a radius search finds the suppliers in its circle (see RadiusAccess). The index merges the map
   * cells' lists whole, about 0.3 µs a supplier in them: a circle over a dense region cost 100 ms and more
   * before anything else was read, more than checking the distance of the other filters' matches. So the
   * cells are read only while the planner expects at most CELLS_MAX_SUPPLIERS suppliers in the circle's
   * box (an estimate from column statistics, about 1 ms).
   */
  private async radiusAccess(m: EntityManager, f: SupplierFilter): Promise<RadiusAccess> {
    if (!f.near || defaultRadiusAccess(f) === 'box') return 'box';
    const [{ 'QUERY PLAN': plan }] = await m.query<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM suppliers s
        WHERE ${withinBoxSql('s', '$1::float8', '$2::float8', '$3::float8')}`,
      [f.near.lat, f.near.lng, f.radiusKm],
    );
    return plan[0].Plan['Plan Rows'] <= CELLS_MAX_SUPPLIERS ? 'cells' : 'distance';
  }
}

interface SearchRow {
  total: number;
  bounded: boolean;
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

/**
 * How a radius search reads the suppliers in its circle:
 * - `cells`: the search index reads the map cells around it (see BoundedSearch), with the other tags;
 * - `distance`: no index: the other filters' matches are checked for their distance, where the circle
 *   holds so many suppliers that reading them costs more (a dense region);
 * - `box`: the planner may read the circle's box from the (lat, lng) B-tree, for a radius wider than
 *   CELL_RADIUS_KM (over a thin region the box is what finds the few suppliers there).
 * Without the cells, the planner intersected them with a B-tree scan of the box's whole band of latitude,
 * hundreds of thousands of entries; with them, the box is left out.
 */
export type RadiusAccess = 'cells' | 'distance' | 'box';

/** The widest radius whose map cells the search asks the index for (about 400 cells); wider ones cover most of a province. */
const CELL_RADIUS_KM = 100;
/**
 * The most suppliers (as the planner estimates them) in a radius' box for which reading its map cells pays
 * off: chosen with bench:search at a million suppliers, where every search within 76 km of a West Java
 * plant read at best 2.5× faster with cells below it and up to 6× slower above it (see the README).
 */
const CELLS_MAX_SUPPLIERS = 400_000;

/** The cells for a radius they can serve (at most CELL_RADIUS_KM), else the box; without the estimate. */
const defaultRadiusAccess = (f: SupplierFilter): RadiusAccess =>
  f.radiusKm !== undefined && f.radiusKm <= CELL_RADIUS_KM ? 'cells' : 'box';

/** A statement's parameters: `p(value)` adds one and answers its placeholder ($n). */
type Parameters = (value: unknown) => string;

/** The SQL of a filter's conditions on supplier `s`, with the placeholders of its parameters. */
interface SupplierMatch {
  /** Conditions besides the tags and the words, ANDed. */
  filters: string;
  /** The tags every match carries, and the map cells around a radius (one GIN scan), or `true`. */
  tagged: string;
  /** The words in the search vector, or `true` without words. */
  textMatch: string;
  /** The words like the name (typos tolerated), or `false` without words. */
  nameMatch: string;
  /** Placeholders of the words and their query, for the ranking. */
  q?: string;
  wordsQuery?: string;
  /** With `near`: the great-circle km from it, and the KNN index's order; else NULL and empty. */
  distance: string;
  nearest: string;
}

/**
 * What a supplier must meet to match a filter, written once for the search and the map. Every
 * condition is written so that an index can serve it (see SuppliersSearchRepository).
 */
function supplierMatchSql(
  f: SupplierFilter,
  p: Parameters,
  today: () => string,
  radiusBy: RadiusAccess,
): SupplierMatch {
  const where = ['s.deleted_at IS NULL'];
  let distance = 'NULL::float8';
  let nearest = '';
  let cells = '';
  let textMatch = 'true';
  let nameMatch = 'false';
  let q: string | undefined;
  let wordsQuery: string | undefined;

  if (f.q) {
    q = p(f.q.trim());
    const [stemmed, asTyped] = [`websearch_to_tsquery('indonesian', ${q})`, `websearch_to_tsquery('simple', ${q})`];
    // Most words stem to themselves, and ranking the same query twice over costs twice the time
    // for the same rank.
    wordsQuery = `(CASE WHEN ${stemmed} = ${asTyped} THEN ${stemmed} ELSE ${stemmed} || ${asTyped} END)`;
    textMatch = `s.search_vector @@ ${wordsQuery}`;
    nameMatch = `lower(${q}) <% lower(s.name)`;
  }
  // Filters by code are tags (see the SearchTags migration): a group's tag is on every supplier
  // with one of its members, and a code no supplier has matches nothing. A certificate's tag
  // only says that one is not rejected; whether it is valid today is checked below.
  const tags = [
    ...f.processes.map((code) => `process:${code}`),
    ...f.materials.map((code) => `material:${code}`),
    ...f.productCategories.map((code) => `category:${code}`),
    ...f.certifications.map((code) => `certification:${code}`),
    ...(f.regency ? [`regency:${f.regency}`] : []),
    ...(f.province ? [`province:${f.province}`] : []),
    ...(f.verification ? [`verification:${f.verification}`] : []),
  ];
  for (const code of f.certifications) where.push(holdsCertificateSql('s', p(code), today()));
  if (f.estateId) where.push(`s.estate_id = ${p(f.estateId)}`);
  if (f.notVerification) where.push(`s.verification <> ${p(f.notVerification)}`);
  if (f.near) {
    const [lat, lng] = [p(f.near.lat), p(f.near.lng)];
    distance = `geo_distance_km(${lat}, ${lng}, s.lat, s.lng)`;
    nearest = `geo_point(s.lat, s.lng, s.id) <-> geo_point(${lat}, ${lng}, NULL)`;
    if (f.radiusKm !== undefined) {
      const radius = p(f.radiusKm);
      if (radiusBy === 'cells') cells = `s.search_tags && geo_cells_around(${lat}, ${lng}, ${radius})`;
      where.push(
        radiusBy === 'box' ? withinRadiusSql('s', lat, lng, radius) : withinDistanceSql('s', lat, lng, radius),
      );
    }
  }
  return {
    filters: where.join('\n               AND '),
    tagged:
      [...(tags.length ? [`s.search_tags @> ${p(tags)}::text[]`] : []), ...(cells ? [cells] : [])].join(' AND ') ||
      'true',
    textMatch,
    nameMatch,
    q,
    wordsQuery,
    distance,
    nearest,
  };
}

/** A statement's parameter list and its `p`. */
function parameters(): { params: unknown[]; p: Parameters } {
  const params: unknown[] = [];
  return {
    params,
    p: (value) => {
      params.push(value);
      return `$${params.length}`;
    },
  };
}

/**
 * The map's statement: every match's point, in storage order (as the search reads them) until one
 * past `limit`, which tells that there were more.
 */
export function buildSupplierPoints(
  f: SupplierFilter,
  limit: number,
  { radiusBy = defaultRadiusAccess(f) } = {},
): { sql: string; params: unknown[] } {
  const { params, p } = parameters();
  // The date only where a certificate is checked: a parameter no condition uses has no type PostgreSQL can infer.
  let today: string | undefined;
  const { filters, tagged, textMatch, nameMatch, q } = supplierMatchSql(f, p, () => (today ??= p(f.today)), radiusBy);
  // As a page in another order than relevance: the words in the text or like the name.
  const words = q ? `(${textMatch} OR ${nameMatch})` : 'true';
  return {
    sql: `SELECT s.id, s.name, s.lat, s.lng, s.verification
            FROM suppliers s
           WHERE ${filters}
             AND ${tagged} AND ${words}
           LIMIT ${p(limit + 1)}`,
    params,
  };
}

/**
 * The search statement and its parameters; apart from the repository so that the plan test can EXPLAIN it.
 * `radiusBy`: how a radius is read; the repository chooses (see radiusAccess), tests and snapshots name one.
 */
export function buildSupplierSearch(
  s: SupplierSearch,
  { radiusBy = defaultRadiusAccess(s) } = {},
): { sql: string; params: unknown[] } {
  const { params, p } = parameters();
  // The date first: the certificates shown with each supplier are those held on it.
  const today = p(s.today);
  const { filters, tagged, textMatch, nameMatch, q, wordsQuery, distance, nearest } = supplierMatchSql(
    s,
    p,
    () => today,
    radiusBy,
  );
  let rank = '0::float8';
  let named = '';
  let from = 'suppliers s';

  if (q) {
    // The names like the text, found once by the trigram index (typos tolerated).
    named = `named AS MATERIALIZED (
         SELECT id, word_similarity(lower(${q}), lower(name)) AS similarity FROM suppliers WHERE lower(${q}) <% lower(name)
       ),
       `;
    from = 'suppliers s LEFT JOIN named n ON n.id = s.id';
    // Relevance: a firm's name first (its similarity to the words, 0.6 to 1, counts three times),
    // then the words as typed next to each other (the exact phrase), then the text rank, scaled to
    // below 1 (rank / (rank + 1)) so that it orders within those.
    rank = `3 * coalesce(n.similarity, 0)
                + CASE WHEN s.search_vector @@ phraseto_tsquery('simple', ${q}) THEN 0.5 ELSE 0 END
                + ts_rank_cd(s.search_vector, ${wordsQuery}, 32)`;
  }

  // The matches, read in storage order from one scan of the GIN index; the LIMIT stops reading
  // once the limit's worth has been read, and the row past the limit tells that there were more.
  // Relevance ties break in the same order, so that a broad search's first page is the exact one
  // wherever the words rank alike, as they do across most of a broad search's matches.
  const relevance = s.sort === 'relevance';
  const readLimit = s.exactLimit === null ? 'NULL' : `${p(s.exactLimit + 1)}::int`;
  const matches = `SELECT s.id, s.ctid, s.processes, s.materials, s.regency_code, s.held_certificates,
                ${relevance ? rank : '0::float8'} AS rank, ${relevance ? distance : 'NULL::float8'} AS distance_km
           FROM ${relevance ? from : 'suppliers s'}
          WHERE ${filters} AND ${tagged} AND ${textMatch}`;
  // Names that match (typos tolerated) when their text does not, or was not read: few, and the
  // first in relevance.
  const namesOnly = q
    ? `UNION ALL
         SELECT s.id, s.ctid, s.processes, s.materials, s.regency_code, s.held_certificates, ${rank}, ${distance}
           FROM named n JOIN suppliers s ON s.id = n.id
          WHERE ${filters} AND ${tagged} AND s.id NOT IN (SELECT id FROM read)`
    : '';

  // A page never goes past the limit; in an order other than relevance it is read in that order
  // over every match (an index serves each order, so the first pages cost little however many
  // suppliers match), and is exact.
  const offset = (s.page - 1) * s.limit;
  const pageSize = p(s.exactLimit === null ? s.limit : Math.max(0, Math.min(s.limit, s.exactLimit - offset)));
  const pageOffset = p(offset);
  const order = s.sort === 'relevance' ? '' : SORT_ORDER[s.sort].replace('{nearest}', nearest);
  const page = relevance
    ? `SELECT id, distance_km, row_number() OVER (ORDER BY rank DESC, ctid) AS ord
           FROM matched ORDER BY rank DESC, ctid LIMIT ${pageSize} OFFSET ${pageOffset}`
    : `SELECT s.id, ${distance} AS distance_km, row_number() OVER (ORDER BY ${order}) AS ord
           FROM suppliers s
          WHERE ${filters} AND ${tagged} AND (${textMatch} OR ${nameMatch})
          ORDER BY ${order} LIMIT ${pageSize} OFFSET ${pageOffset}`;
  const limit = s.exactLimit === null ? 'NULL::int' : `${p(s.exactLimit)}::int`;

  return {
    sql: `WITH ${named}read AS MATERIALIZED (
         ${matches}
          LIMIT ${readLimit}
       ),
       bounded AS (SELECT count(*) > ${limit} AS bounded FROM read),
       matched AS MATERIALIZED (
         SELECT * FROM read
         ${namesOnly}
       ),
       counted AS MATERIALIZED (
         SELECT * FROM matched LIMIT (SELECT CASE WHEN bounded THEN ${limit} END FROM bounded)
       ),
       page AS (
         ${page}
       ),
       facet_groups AS MATERIALIZED (
         SELECT row_number() OVER () AS id, processes, materials, regency_code, count(*) AS suppliers
           FROM counted GROUP BY processes, materials, regency_code
       ),
       facets AS (
         ${codeFacetSql('processes')}
         UNION ALL
         ${codeFacetSql('materials')}
         UNION ALL
         SELECT 'regencies', regency_code, sum(suppliers)::int FROM facet_groups GROUP BY regency_code
         UNION ALL
         SELECT 'certifications', h.code, count(*)::int
           FROM counted f CROSS JOIN LATERAL (${heldCertificateCodesSql('f', today)}) h GROUP BY h.code
       )
       SELECT
         (SELECT count(*)::int FROM counted) AS total,
         (SELECT bounded FROM bounded) AS bounded,
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

/**
 * The orders a page can be read in from an index: `{nearest}` is the distance
 * of the KNN index, which orders as the great-circle distance, then by id (see
 * BoundedSearch1795824003300); a KNN scan takes no second key.
 */
const SORT_ORDER: Record<Exclude<SupplierSort, 'relevance'>, string> = {
  distance: '{nearest}',
  name: 'lower(s.name), s.id',
  updated: 's.updated_at DESC, s.id',
};
