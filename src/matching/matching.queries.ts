import { DEFAULT_WEIGHTS } from './scoring';
import {
  certifiedTkdnSql,
  ELIGIBILITY_RULES,
  knownTkdnSql,
  type EligibilityRule,
  type KnownRequest,
} from './eligibility-rules';
import type { MatchRequest } from './match-request';
import { matchShownToSideSql, type MatchesSeen } from './match-visibility';
import { heldCertificateSql } from '../suppliers/held-certificate';
import {
  bestCertificateSql,
  capacityRatioSql,
  categoryExperienceSql,
  downstreamStepsSql,
  requestStepsSql,
  f8,
  POINTS_JSON,
  pointsSql,
  machineFitSql,
  SCORE_SQL,
  stepsJsonSql,
} from './score-sql';
import { FACTORS, type Factor, type Weights } from '../sourcing-requests/score-weights';

/**
 * The statements of matching, built from the eligibility rules
 * (eligibility-rules.ts) and the score in SQL (score-sql.ts). Apart from the
 * repository so that benchmarks, tests and the SQL snapshots can build them.
 */

/** Rules that probe another table for each supplier go last: AND stops at the first rule that fails. */
const byCost = (a: EligibilityRule, b: EligibilityRule) =>
  Number(a.kind === 'certification') - Number(b.kind === 'certification');

/**
 * The pool of a request (active suppliers passing the pool rules), whether
 * each passes the required rules, and the eligible ones' facts and points,
 * as the CTEs `pool` (with `ok`) and `scored`; restricted to the suppliers in
 * `suppliers` (an SQL uuid[]) when given. One definition for computing a
 * list, updating it, and reading one of its pages.
 */
function candidateCtes(
  request: MatchRequest,
  weights: Weights,
  today: string,
  p: (value: unknown) => string,
  suppliers?: string,
): string {
  const todayParam = p(today);
  const plant = request.plant ? { lat: p(request.plant.lat), lng: p(request.plant.lng) } : undefined;
  const distance = plant ? `geo_distance_km(${plant.lat}, ${plant.lng}, s.lat, s.lng)` : 'NULL::float8';
  const known: KnownRequest = { request, p, today: todayParam, plant };
  const conditions = (role: EligibilityRule['role']) =>
    ELIGIBILITY_RULES.filter((rule) => rule.role === role)
      .sort(byCost)
      .flatMap((rule) => rule.passes(known));
  const pool = ['s.deleted_at IS NULL', ...conditions('pool')];
  const rules = conditions('required');
  const points = pointsSql((factor) => `${p(weights[factor])}::float8`);
  const certifiedTkdn = certifiedTkdnSql(p(request.partCategory), todayParam);
  const need = request.machineNeed;
  const machineFit = need
    ? machineFitSql(
        {
          process: p(need.process),
          minTonnage: `${p(need.minTonnage ?? null)}::numeric`,
          minBedLengthMm: `${p(need.minBedLengthMm ?? null)}::numeric`,
          minBedWidthMm: `${p(need.minBedWidthMm ?? null)}::numeric`,
        },
        's.machines',
      )
    : 'NULL::boolean';

  // Given suppliers are read first by primary key: the planner cannot see how many suppliers the
  // process codes (found by subqueries) select, and would otherwise scan them all from the GIN index.
  const source = suppliers ? 'given' : 'suppliers';
  return `${suppliers ? `given AS MATERIALIZED (SELECT * FROM suppliers WHERE id = ANY (${suppliers})),` : ''}
       -- The steps after the required processes, with the codes that offer them: once, not per supplier.
       steps AS MATERIALIZED (${requestStepsSql(p(request.processes))}),
       -- One pass over the pool (the suppliers' rows are wide, so reading them twice costs most):
       -- each row knows whether it passes the other rules.
       pool AS MATERIALIZED (
         SELECT s.id, s.name, s.regency_code, s.verification, s.processes, s.product_categories,
                ${knownTkdnSql(certifiedTkdn, request.tkdnCertifiedOnly)} AS tkdn_percent,
                ${certifiedTkdn} IS NOT NULL AS tkdn_certified, ${machineFit} AS machine_fit,
                s.monthly_capacity_quantity::float8 AS capacity_quantity,
                s.monthly_capacity_unit AS capacity_unit, ${distance} AS distance_km,
                ${rules.length ? rules.join('\n                AND ') : 'true'} AS ok
           FROM ${source} s
          WHERE ${pool.join('\n            AND ')}
       ),
       facts AS (
         SELECT e.*,
                ${categoryExperienceSql(p(request.partCategory), 'e.product_categories')} AS category_experience,
                ${downstreamStepsSql('e.processes', 'steps')} AS downstream_steps,
                ${capacityRatioSql('e.capacity_quantity', 'e.capacity_unit', p(request.annualVolume), p(request.unit), p(request.partWeightKg))}
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
 */
export function buildCandidateQuery(
  request: MatchRequest,
  weights: Weights,
  today: string,
  page: { limit: number; offset: number },
  suppliers?: string[],
  matches?: MatchesSeen,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const ctes = candidateCtes(request, weights, today, p, suppliers && p(suppliers));
  // The page's own match with each supplier, if the caller may see it: one index probe per row of the page.
  const match = matches
    ? `LEFT JOIN matches m ON m.sourcing_request_id = ${p(matches.requestId)} AND m.supplier_id = pg.id
                AND (${p(matches.all)} OR ${matchShownToSideSql('m', 'buyer')})`
    : 'LEFT JOIN (SELECT NULL::uuid AS id, NULL::text AS status) m ON false';
  const held = heldCertificateSql(p(today));
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
            'regency', json_build_object('name', rg.name, 'kind', rg.kind),
            'certificates', (SELECT coalesce(json_agg(json_build_object('code', h.code, 'verified', h.verified,
                'nameId', hc.name_id, 'nameEn', hc.name_en) ORDER BY h.code), '[]'::json)
                FROM (SELECT c.code, bool_or(c.status = 'verified') AS verified FROM supplier_certifications c
                       WHERE c.supplier_id = pg.id AND ${held} GROUP BY c.code) h
                JOIN certifications hc ON hc.code = h.code),
            'match', CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('id', m.id, 'status', m.status) END,
            'tkdnPercent', pg.tkdn_percent, 'tkdnCertified', pg.tkdn_certified,
            'monthlyCapacity', CASE WHEN pg.capacity_quantity IS NULL THEN NULL
              ELSE json_build_object('quantity', pg.capacity_quantity, 'unit', pg.capacity_unit) END,
            'distanceKm', pg.distance_km, 'categoryExperience', pg.category_experience,
            'downstreamSteps', ${stepsJsonSql('pg.downstream_steps')}, 'machineFit', pg.machine_fit,
            'capacityRatio', pg.capacity_ratio,
            'capacityIncomparable', pg.capacity_ratio IS NULL AND pg.capacity_quantity IS NOT NULL,
            'bestCertificate', CASE WHEN pg.best_code IS NULL THEN NULL ELSE json_build_object(
              'code', pg.best_code, 'verified', pg.best_verified, 'nameId', ct.name_id, 'nameEn', ct.name_en) END,
            'points', ${POINTS_JSON('pg')},
            'score', pg.score
          ) ORDER BY pg.score DESC, pg.id), '[]'::json)
            FROM page pg LEFT JOIN certifications ct ON ct.code = pg.best_code
            LEFT JOIN regions rg ON rg.code = pg.regency_code
            ${match}) AS items`,
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

/**
 * Every open request against one active supplier, in one statement: what it
 * lacks by each rule (nothing, for an eligible request) and the points it
 * would score, with each request's own weights. Open requests are few next
 * to suppliers, so they are all evaluated.
 */
export function buildOpportunityQuery(
  supplierId: string,
  today: string,
  requestId?: string,
): { sql: string; params: unknown[] } {
  // Each request's own weight for a factor, or the default (requests.score_weights as scored row f).
  const weight = (factor: Factor) =>
    `coalesce((f.score_weights ->> '${factor}')::float8, ${f8(DEFAULT_WEIGHTS[factor])})`;
  const missing = (rules: readonly EligibilityRule[]) => rules.map((rule) => `f.missing_${rule.kind}`).join(' || ');
  return {
    sql: `WITH s AS (SELECT * FROM suppliers WHERE id = $1 AND deleted_at IS NULL),
       requests AS (
         SELECT r.*, b.name AS buyer_name, bp.name AS plant_name,
                CASE WHEN bp.id IS NULL THEN NULL ELSE geo_distance_km(bp.lat, bp.lng, s.lat, s.lng) END AS distance_km
           FROM sourcing_requests r CROSS JOIN s
           JOIN buyers b ON b.id = r.buyer_id
           LEFT JOIN buyer_plants bp ON bp.id = r.plant_id
          WHERE r.status = 'open' AND ($3::uuid IS NULL OR r.id = $3)
       ),
       facts AS (
         SELECT r.*, s.verification,
                ${knownTkdnSql(certifiedTkdnSql('r.part_category', '$2'), 'r.tkdn_certified_only')} AS tkdn_percent,
                ${certifiedTkdnSql('r.part_category', '$2')} IS NOT NULL AS tkdn_certified,
                s.monthly_capacity_quantity::float8 AS capacity_quantity, s.monthly_capacity_unit AS capacity_unit,
                ${ELIGIBILITY_RULES.map((rule) => `${rule.missing({ today: '$2' })} AS missing_${rule.kind}`).join(',\n                ')},
                ${categoryExperienceSql('r.part_category', 's.product_categories')} AS category_experience,
                ${downstreamStepsSql('s.processes', `(${requestStepsSql('r.processes')})`)} AS downstream_steps,
                CASE WHEN r.machine_need IS NOT NULL THEN ${machineFitSql(
                  {
                    process: `(r.machine_need ->> 'process')`,
                    minTonnage: `(r.machine_need ->> 'minTonnage')::numeric`,
                    minBedLengthMm: `(r.machine_need ->> 'minBedLengthMm')::numeric`,
                    minBedWidthMm: `(r.machine_need ->> 'minBedWidthMm')::numeric`,
                  },
                  's.machines',
                )} END AS machine_fit,
                ${capacityRatioSql('s.monthly_capacity_quantity', 's.monthly_capacity_unit', 'r.annual_volume', 'r.unit', 'r.part_weight_kg')}
                  AS capacity_ratio,
                best.code AS best_code, best.verified AS best_verified, best.strength
           FROM requests r CROSS JOIN s
           ${bestCertificateSql('s.id', '$2')}
       ),
       scored AS (
         SELECT f.*, ${pointsSql(weight).join(',\n                ')} FROM facts f
       )
       SELECT f.id, f.title, f.part_category AS "partCategory", f.buyer_name AS "buyerName", f.plant_name AS "plantName",
              f.unit, f.part_weight_kg::float8 AS "partWeightKg", f.machine_need AS "machineNeed", json_build_object(${FACTORS.map((x) => `'${x}', ${weight(x)}`).join(', ')}) AS weights,
              ${missing(ELIGIBILITY_RULES.filter((rule) => rule.role !== 'advisory'))} = '[]'::jsonb AS eligible,
              ${missing(ELIGIBILITY_RULES)} AS missing,
              json_build_object('verification', f.verification, 'tkdnPercent', f.tkdn_percent,
                'tkdnCertified', f.tkdn_certified,
                'monthlyCapacity', CASE WHEN f.capacity_quantity IS NULL THEN NULL
                  ELSE json_build_object('quantity', f.capacity_quantity, 'unit', f.capacity_unit) END,
                'distanceKm', f.distance_km, 'categoryExperience', f.category_experience,
                'downstreamSteps', ${stepsJsonSql('f.downstream_steps')}, 'machineFit', f.machine_fit,
                'capacityRatio', f.capacity_ratio,
                'capacityIncomparable', f.capacity_ratio IS NULL AND f.capacity_quantity IS NOT NULL,
                'bestCertificate', CASE WHEN f.best_code IS NULL THEN NULL ELSE json_build_object(
                  'code', f.best_code, 'verified', f.best_verified, 'nameId', ct.name_id, 'nameEn', ct.name_en) END) AS facts,
              ${POINTS_JSON('f')} AS points, (${SCORE_SQL})::float8 AS score
         FROM scored f LEFT JOIN certifications ct ON ct.code = f.best_code`,
    params: [supplierId, today, requestId ?? null],
  };
}
