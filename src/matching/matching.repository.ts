import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withinRadiusSql } from '../common/sql/geo';
import { coveredByAnySql, coveredBySql } from '../reference/covered-codes';
import { heldCertificateSql } from '../suppliers/held-certificate';
import type { SourcingRequestRow } from '../sourcing-requests/sourcing-requests.repository';
import {
  CERTIFICATE_STRENGTH,
  DECLARED_FACTOR,
  DEFAULT_WEIGHTS,
  FACTORS,
  Factor,
  FULL_CAPACITY_RATIO,
  FULL_EXTRA_PROCESSES,
  HALF_DISTANCE_KM,
  OTHER_CERTIFICATE_STRENGTH,
  Weights,
} from './scoring';

/** What a request asks of its suppliers, as eligibility and scoring need it. */
export interface MatchRequest {
  partCategory: string;
  processes: string[];
  materials: string[];
  requiredCertifications: string[];
  annualVolume: number;
  unit: string;
  plant: { lat: number; lng: number } | null;
  maxDistanceKm: number | null;
  minTkdnPercent: number | null;
  verifiedOnly: boolean;
}

/** A stored request as matching reads it. */
export function toMatchRequest(request: SourcingRequestRow): MatchRequest {
  return {
    partCategory: request.partCategory,
    processes: request.processes,
    materials: request.materials ?? [],
    requiredCertifications: request.requiredCertifications ?? [],
    annualVolume: request.annualVolume,
    unit: request.unit,
    plant: request.plant?.location ?? null,
    maxDistanceKm: request.maxDistanceKm ?? null,
    minTkdnPercent: request.minTkdnPercent ?? null,
    verifiedOnly: request.verifiedOnly ?? false,
  };
}

export interface CandidateRow {
  id: string;
  name: string;
  regencyCode: string;
  verification: 'unverified' | 'verified' | 'rejected';
  tkdnPercent: number | null;
  monthlyCapacity: { quantity: number; unit: string } | null;
  distanceKm: number | null;
  categoryExperience: 0 | 0.5 | 1;
  extraRelatedProcesses: number;
  bestCertificate: { code: string; verified: boolean; nameId: string; nameEn: string } | null;
  capacityRatio: number | null;
  points: Record<Factor, number>;
  score: number;
}

const f8 = (n: number) => `${n}::float8`;
/** The scoring formula of scoring.ts in SQL, from the same constants; float8 throughout, as JavaScript computes. */
const STRENGTH_SQL = `(CASE c.code ${Object.entries(CERTIFICATE_STRENGTH)
  .map(([code, value]) => `WHEN '${code}' THEN ${f8(value)}`)
  .join(' ')} ELSE ${f8(OTHER_CERTIFICATE_STRENGTH)} END)
  * (CASE WHEN c.status = 'verified' THEN 1::float8 ELSE ${f8(DECLARED_FACTOR)} END)`;
const SHARE_SQL: Record<Factor, string> = {
  capability: `0.6::float8 * f.category_experience + 0.4::float8 * (least(f.extra_related, ${FULL_EXTRA_PROCESSES})::float8 / ${FULL_EXTRA_PROCESSES})`,
  certification: 'coalesce(f.strength, 0::float8)',
  distance: `CASE WHEN f.distance_km IS NULL THEN 0.5::float8 ELSE 1::float8 / (1::float8 + f.distance_km / ${f8(HALF_DISTANCE_KM)}) END`,
  capacity: `CASE WHEN f.capacity_ratio IS NULL THEN 0::float8 ELSE least(1::float8, f.capacity_ratio / ${f8(FULL_CAPACITY_RATIO)}) END`,
  tkdn: 'coalesce(f.tkdn_percent, 0::float8) / 100::float8',
  verification: `CASE WHEN f.verification = 'verified' THEN 1::float8 ELSE 0::float8 END`,
};

/** Each factor's points, rounded to cents as scoring.ts rounds them, with the weight each request gives it. */
const pointsSql = (weight: (factor: Factor) => string) =>
  FACTORS.map((factor) => `round((${weight(factor)} * (${SHARE_SQL[factor]}))::numeric, 2) AS p_${factor}`);
const SCORE_SQL = FACTORS.map((factor) => `p_${factor}`).join(' + ');
const POINTS_JSON = (alias: string) => `json_build_object(${FACTORS.map((f) => `'${f}', ${alias}.p_${f}`).join(', ')})`;

/**
 * The facts behind the capability and capacity factors, for supplier columns
 * and request values given as SQL expressions: the same for candidates (the
 * request's values are parameters, so the family look-ups run once) and for
 * opportunities (one supplier against each open request).
 */
const categoryExperienceSql = (category: string, productCategories: string) =>
  `CASE WHEN ${category} = ANY (${productCategories}) THEN 1::float8
        WHEN ${productCategories} && ARRAY(SELECT code FROM part_categories WHERE coalesce(parent_code, code) = (
               SELECT coalesce(parent_code, code) FROM part_categories WHERE code = ${category})) THEN 0.5::float8
        ELSE 0::float8 END`;
/** Processes of the required processes' families that the request does not require, which the supplier offers. */
const extraRelatedSql = (processes: string, required: string) =>
  `(SELECT count(*) FROM unnest(${processes}) x WHERE x = ANY (ARRAY(
      SELECT code FROM processes WHERE code <> ALL (${required}) AND coalesce(parent_code, code) IN (
        SELECT coalesce(parent_code, code) FROM processes WHERE code = ANY (${required})))))::int`;
/** Monthly capacity over the monthly need, when both are in the same unit. */
const capacityRatioSql = (quantity: string, unit: string, annualVolume: string, requestUnit: string) =>
  `CASE WHEN ${unit} = ${requestUnit} THEN ${quantity}::float8 / (${annualVolume}::float8 / 12) END`;

/** The strongest certificate a supplier holds on `today`: joined LATERAL as `best`. */
const bestCertificateSql = (supplierId: string, today: string) => `LEFT JOIN LATERAL (
             SELECT c.code, c.status = 'verified' AS verified, ${STRENGTH_SQL} AS strength
               FROM supplier_certifications c
              WHERE c.supplier_id = ${supplierId} AND ${heldCertificateSql(today)}
              ORDER BY strength DESC, c.code LIMIT 1
           ) best ON true`;

/**
 * Eligibility and score in one statement. Candidates come from the indexes
 * (GIN on processes and materials, GiST on location, the certificates'
 * index); only the eligible are scored, in SQL, and only one page leaves
 * the database.
 */
@Injectable()
export class MatchingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Ranked candidates computed from the suppliers themselves: a page of the
   * whole pool (what a candidate list holds), or the given suppliers (the
   * page read from a list), with every rule applied.
   */
  async candidates(
    request: MatchRequest,
    weights: Weights,
    today: string,
    page: { limit: number; offset: number },
    suppliers?: string[],
  ): Promise<{ evaluated: number; eligible: number; items: CandidateRow[] }> {
    const { sql, params } = buildCandidateQuery(request, weights, today, page, suppliers);
    const [row] = await this.dataSource.query<{ evaluated: number; eligible: number; items: CandidateRow[] }[]>(
      sql,
      params,
    );
    return row;
  }

  /** Every open request against the supplier, or only the one given. */
  async opportunities(supplierId: string, today: string, requestId?: string): Promise<OpportunityRow[]> {
    const { sql, params } = buildOpportunityQuery(supplierId, today, requestId);
    return this.dataSource.query<OpportunityRow[]>(sql, params);
  }

  /** Names of part categories by code, in both languages. */
  async partCategoryNames(codes: string[]): Promise<Map<string, { id: string; en: string }>> {
    const rows = await this.dataSource.query<{ code: string; id: string; en: string }[]>(
      'SELECT code, name_id AS id, name_en AS en FROM part_categories WHERE code = ANY ($1)',
      [codes],
    );
    return new Map(rows.map(({ code, ...names }) => [code, names]));
  }

  async supplierIsActive(id: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM suppliers WHERE id = $1 AND deleted_at IS NULL',
      [id],
    );
    return rows.length > 0;
  }
}

/**
 * The pool of a request (active suppliers covering every required process),
 * whether each passes the other rules, and the eligible ones' facts and
 * points, as the CTEs `pool` (with `ok`) and `scored`; restricted to the
 * suppliers in `suppliers` (an SQL uuid[]) when given. One definition for
 * computing a list, updating it, and reading one of its pages.
 */
function candidateCtes(
  request: MatchRequest,
  weights: Weights,
  today: string,
  p: (value: unknown) => string,
  suppliers?: string,
): string {
  const pool = ['s.deleted_at IS NULL'];
  // A group code is covered by any of its members.
  for (const code of request.processes) pool.push(`s.processes && ${coveredBySql('processes', p(code))}`);
  const rules: string[] = [];
  if (request.materials.length) {
    const codes = p(request.materials);
    rules.push(`s.materials && ${coveredByAnySql('materials', codes)}`);
  }
  const todayParam = p(today);
  const held = heldCertificateSql(todayParam, request.verifiedOnly);
  // Certificates last: they cost an index probe each, and AND stops at the first rule that fails.
  const certificateRules = request.requiredCertifications.map(
    (code) =>
      `EXISTS (SELECT 1 FROM supplier_certifications c WHERE c.supplier_id = s.id AND c.code = ${p(code)} AND ${held})`,
  );
  let distance = 'NULL::float8';
  if (request.plant) {
    const [lat, lng] = [p(request.plant.lat), p(request.plant.lng)];
    distance = `geo_distance_km(${lat}, ${lng}, s.lat, s.lng)`;
    if (request.maxDistanceKm !== null) {
      rules.push(withinRadiusSql('s', lat, lng, p(request.maxDistanceKm)));
    }
  }
  if (request.minTkdnPercent !== null) rules.push(`s.tkdn_percent >= ${p(request.minTkdnPercent)}`);
  rules.push(...certificateRules);

  const points = pointsSql((factor) => `${p(weights[factor])}::float8`);

  // Given suppliers are read first by primary key: the planner cannot see how many suppliers the
  // process codes (found by subqueries) select, and would otherwise scan them all from the GIN index.
  const source = suppliers ? 'given' : 'suppliers';
  return `${suppliers ? `given AS MATERIALIZED (SELECT * FROM suppliers WHERE id = ANY (${suppliers})),` : ''}
       -- One pass over the pool (the suppliers' rows are wide, so reading them twice costs most):
       -- each row knows whether it passes the other rules.
       pool AS MATERIALIZED (
         SELECT s.id, s.name, s.regency_code, s.verification, s.processes, s.product_categories,
                s.tkdn_percent::float8 AS tkdn_percent, s.monthly_capacity_quantity::float8 AS capacity_quantity,
                s.monthly_capacity_unit AS capacity_unit, ${distance} AS distance_km,
                ${rules.length ? rules.join('\n                AND ') : 'true'} AS ok
           FROM ${source} s
          WHERE ${pool.join('\n            AND ')}
       ),
       facts AS (
         SELECT e.*,
                ${categoryExperienceSql(p(request.partCategory), 'e.product_categories')} AS category_experience,
                ${extraRelatedSql('e.processes', p(request.processes))} AS extra_related,
                ${capacityRatioSql('e.capacity_quantity', 'e.capacity_unit', p(request.annualVolume), p(request.unit))}
                  AS capacity_ratio,
                best.code AS best_code, best.verified AS best_verified, best.strength
           FROM pool e
           ${bestCertificateSql('e.id', todayParam)}
          WHERE e.ok
       ),
       scored AS (
         SELECT f.*, ${points.join(',\n                ')}
           FROM facts f
       )`;
}

/**
 * Ranked candidates computed from the suppliers themselves, with the counts:
 * a page of the whole pool, or (with `suppliers`, an SQL uuid[] parameter
 * value) the facts of the suppliers of a page read from a candidate list.
 * Apart from the repository so that benchmarks and tests can EXPLAIN it.
 */
export function buildCandidateQuery(
  request: MatchRequest,
  weights: Weights,
  today: string,
  page: { limit: number; offset: number },
  suppliers?: string[],
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const ctes = candidateCtes(request, weights, today, p, suppliers && p(suppliers));
  return {
    sql: `WITH ${ctes},
       page AS (
         SELECT *, ${SCORE_SQL} AS score FROM scored ORDER BY ${SCORE_SQL} DESC, id LIMIT ${p(page.limit)} OFFSET ${p(page.offset)}
       )
       SELECT
         (SELECT count(*)::int FROM pool) AS evaluated,
         (SELECT count(*)::int FROM pool WHERE ok) AS eligible,
         (SELECT coalesce(json_agg(json_build_object(
            'id', pg.id, 'name', pg.name, 'regencyCode', pg.regency_code, 'verification', pg.verification,
            'tkdnPercent', pg.tkdn_percent,
            'monthlyCapacity', CASE WHEN pg.capacity_quantity IS NULL THEN NULL
              ELSE json_build_object('quantity', pg.capacity_quantity, 'unit', pg.capacity_unit) END,
            'distanceKm', pg.distance_km, 'categoryExperience', pg.category_experience,
            'extraRelatedProcesses', pg.extra_related, 'capacityRatio', pg.capacity_ratio,
            'bestCertificate', CASE WHEN pg.best_code IS NULL THEN NULL ELSE json_build_object(
              'code', pg.best_code, 'verified', pg.best_verified, 'nameId', ct.name_id, 'nameEn', ct.name_en) END,
            'points', ${POINTS_JSON('pg')},
            'score', pg.score
          ) ORDER BY pg.score DESC, pg.id), '[]'::json)
            FROM page pg LEFT JOIN certifications ct ON ct.code = pg.best_code) AS items`,
    params,
  };
}

/**
 * Writes the rows of a candidate list for `requestId`: every supplier of the
 * pool (or of `suppliers` in it), with its score when eligible and NULL when
 * not; answers how many rows it wrote and how many of them are eligible.
 */
export function buildCandidateEntriesInsert(
  requestId: string,
  request: MatchRequest,
  weights: Weights,
  today: string,
  suppliers?: string[],
): { sql: string; params: unknown[] } {
  const params: unknown[] = [requestId];
  const p = (value: unknown) => `$${params.push(value)}`;
  const ctes = candidateCtes(request, weights, today, p, suppliers && p(suppliers));
  return {
    sql: `WITH ${ctes},
       written AS (
         INSERT INTO candidate_list_entries (sourcing_request_id, supplier_id, score)
         SELECT $1::uuid, id, ${SCORE_SQL} FROM scored
         UNION ALL
         SELECT $1::uuid, id, NULL FROM pool WHERE NOT ok
         RETURNING score
       )
       SELECT count(*)::int AS evaluated, count(score)::int AS eligible FROM written`,
    params,
  };
}

/** One open request as seen from one supplier: eligible and scored, or what it lacks. */
export interface OpportunityRow {
  id: string;
  title: string;
  partCategory: string;
  buyerName: string;
  plantName: string | null;
  unit: string;
  weights: Weights;
  eligible: boolean;
  missing: {
    processes: string[];
    /** The requested materials, when the supplier works none of them. */
    materials: string[];
    certifications: string[];
    distance: boolean;
    tkdn: boolean;
    capacity: boolean;
  };
  facts: Omit<CandidateRow, 'id' | 'name' | 'regencyCode' | 'points' | 'score'>;
  points: Record<Factor, number>;
  score: number;
}

/**
 * Every open request against one active supplier, in one statement: which
 * rules it fails (nothing, for an eligible request) and the points it would
 * score, with each request's own weights. Open requests are few next to
 * suppliers, so they are all evaluated.
 */
export function buildOpportunityQuery(
  supplierId: string,
  today: string,
  requestId?: string,
): { sql: string; params: unknown[] } {
  // Each request's own weight for a factor, or the default (requests.score_weights as scored row f).
  const weight = (factor: Factor) =>
    `coalesce((f.score_weights ->> '${factor}')::float8, ${f8(DEFAULT_WEIGHTS[factor])})`;
  return {
    sql: `WITH s AS (SELECT * FROM suppliers WHERE id = $1 AND deleted_at IS NULL),
       requests AS (
         SELECT r.*, b.name AS buyer_name, bp.name AS plant_name,
                CASE WHEN bp.id IS NULL THEN NULL ELSE geo_distance_km(bp.lat, bp.lng, s.lat, s.lng) END AS distance_km,
                ARRAY(SELECT rp FROM unnest(r.processes) rp
                       WHERE NOT (s.processes && ${coveredBySql('processes', 'rp')})) AS missing_processes,
                cardinality(r.materials) > 0 AND NOT (s.materials && ${coveredByAnySql('materials', 'r.materials')}) AS missing_material,
                ARRAY(SELECT rc FROM unnest(r.required_certifications) rc WHERE NOT EXISTS (
                        SELECT 1 FROM supplier_certifications c
                         WHERE c.supplier_id = s.id AND c.code = rc AND ${heldCertificateSql('$2', 'r.verified_only')}))
                  AS missing_certifications,
                ${capacityRatioSql('s.monthly_capacity_quantity', 's.monthly_capacity_unit', 'r.annual_volume', 'r.unit')}
                  AS capacity_ratio
           FROM sourcing_requests r CROSS JOIN s
           JOIN buyers b ON b.id = r.buyer_id
           LEFT JOIN buyer_plants bp ON bp.id = r.plant_id
          WHERE r.status = 'open' AND ($3::uuid IS NULL OR r.id = $3)
       ),
       facts AS (
         SELECT r.*, s.verification, s.tkdn_percent::float8 AS tkdn_percent,
                s.monthly_capacity_quantity::float8 AS capacity_quantity, s.monthly_capacity_unit AS capacity_unit,
                r.max_distance_km IS NOT NULL AND r.distance_km > r.max_distance_km AS missing_distance,
                r.min_tkdn_percent IS NOT NULL AND (s.tkdn_percent IS NULL OR s.tkdn_percent < r.min_tkdn_percent)
                  AS missing_tkdn,
                ${categoryExperienceSql('r.part_category', 's.product_categories')} AS category_experience,
                ${extraRelatedSql('s.processes', 'r.processes')} AS extra_related,
                best.code AS best_code, best.verified AS best_verified, best.strength
           FROM requests r CROSS JOIN s
           ${bestCertificateSql('s.id', '$2')}
       ),
       scored AS (
         SELECT f.*, ${pointsSql(weight).join(',\n                ')} FROM facts f
       )
       SELECT f.id, f.title, f.part_category AS "partCategory", f.buyer_name AS "buyerName", f.plant_name AS "plantName",
              f.unit, json_build_object(${FACTORS.map((x) => `'${x}', ${weight(x)}`).join(', ')}) AS weights,
              cardinality(f.missing_processes) = 0 AND NOT f.missing_material AND cardinality(f.missing_certifications) = 0
                AND NOT f.missing_distance AND NOT f.missing_tkdn AS eligible,
              json_build_object('processes', f.missing_processes,
                'materials', CASE WHEN f.missing_material THEN f.materials ELSE '{}' END,
                'certifications', f.missing_certifications, 'distance', f.missing_distance, 'tkdn', f.missing_tkdn,
                'capacity', f.capacity_ratio IS NOT NULL AND f.capacity_ratio < 1) AS missing,
              json_build_object('verification', f.verification, 'tkdnPercent', f.tkdn_percent,
                'monthlyCapacity', CASE WHEN f.capacity_quantity IS NULL THEN NULL
                  ELSE json_build_object('quantity', f.capacity_quantity, 'unit', f.capacity_unit) END,
                'distanceKm', f.distance_km, 'categoryExperience', f.category_experience,
                'extraRelatedProcesses', f.extra_related, 'capacityRatio', f.capacity_ratio,
                'bestCertificate', CASE WHEN f.best_code IS NULL THEN NULL ELSE json_build_object(
                  'code', f.best_code, 'verified', f.best_verified, 'nameId', ct.name_id, 'nameEn', ct.name_en) END) AS facts,
              ${POINTS_JSON('f')} AS points, (${SCORE_SQL})::float8 AS score
         FROM scored f LEFT JOIN certifications ct ON ct.code = f.best_code`,
    params: [supplierId, today, requestId ?? null],
  };
}
