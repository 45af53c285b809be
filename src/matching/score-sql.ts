import { heldCertificateSql } from '../suppliers/held-certificate';
import { coveredBySql } from '../reference/covered-codes';
import { FACTORS, type Factor } from '../sourcing-requests/score-weights';
import {
  CERTIFICATE_STRENGTH,
  DECLARED_FACTOR,
  FULL_CAPACITY_RATIO,
  FULL_DOWNSTREAM_STEPS,
  HALF_DISTANCE_KM,
  INCOMPARABLE_CAPACITY_SHARE,
} from './scoring';
import { KG_PER_UNIT } from '../suppliers/supplier.entity';

/**
 * The score of scoring.ts in SQL, from the same constants, for queries that
 * rank in the database: the facts behind each factor and the points they
 * give. A test feeds random facts to both and requires the same points.
 */
/** Supplier columns the score reads (certificates are read from their own table), which the candidate lists' change log must watch. */
export const SCORED_COLUMNS = [
  'processes',
  'product_categories',
  'lat',
  'lng',
  'monthly_capacity_quantity',
  'monthly_capacity_unit',
  'tkdn_percent',
  'verification',
];

export const f8 = (n: number) => `${n}::float8`;
/** The scoring formula of scoring.ts in SQL, from the same constants; float8 throughout, as JavaScript computes. */
const STRENGTH_SQL = `(CASE c.code ${Object.entries(CERTIFICATE_STRENGTH)
  .map(([code, value]) => `WHEN '${code}' THEN ${f8(value)}`)
  .join(' ')} END)
  * (CASE WHEN c.status = 'verified' THEN 1::float8 ELSE ${f8(DECLARED_FACTOR)} END)`;
const STEPS_SHARE = `least(cardinality(f.downstream_steps), ${FULL_DOWNSTREAM_STEPS})::float8 / ${FULL_DOWNSTREAM_STEPS}`;
const SHARE_SQL: Record<Factor, string> = {
  capability: `0.6::float8 * f.category_experience + 0.4::float8 * (CASE WHEN f.machine_fit IS NULL THEN ${STEPS_SHARE}
                ELSE (${STEPS_SHARE} + (CASE WHEN f.machine_fit THEN 1::float8 ELSE 0::float8 END)) / 2::float8 END)`,
  certification: 'coalesce(f.strength, 0::float8)',
  distance: `CASE WHEN f.distance_km IS NULL THEN 0.5::float8 ELSE 1::float8 / (1::float8 + f.distance_km / ${f8(HALF_DISTANCE_KM)}) END`,
  capacity: `CASE WHEN f.capacity_ratio IS NOT NULL THEN least(1::float8, f.capacity_ratio / ${f8(FULL_CAPACITY_RATIO)})
                  WHEN f.capacity_quantity IS NOT NULL THEN ${f8(INCOMPARABLE_CAPACITY_SHARE)} ELSE 0::float8 END`,
  tkdn: `coalesce(f.tkdn_percent, 0::float8) / 100::float8 * (CASE WHEN f.tkdn_certified THEN 1::float8 ELSE ${f8(DECLARED_FACTOR)} END)`,
  verification: `CASE WHEN f.verification = 'verified' THEN 1::float8 ELSE 0::float8 END`,
};

/** Each factor's points, rounded to cents as scoring.ts rounds them, with the weight each request gives it. */
export const pointsSql = (weight: (factor: Factor) => string) =>
  FACTORS.map((factor) => `round((${weight(factor)} * (${SHARE_SQL[factor]}))::numeric, 2) AS p_${factor}`);
export const SCORE_SQL = FACTORS.map((factor) => `p_${factor}`).join(' + ');
export const POINTS_JSON = (alias: string) =>
  `json_build_object(${FACTORS.map((f) => `'${f}', ${alias}.p_${f}`).join(', ')})`;

/**
 * The facts behind the capability and capacity factors, for supplier columns
 * and request values given as SQL expressions: the same for candidates (the
 * request's values are parameters, so the family look-ups run once) and for
 * opportunities (one supplier against each open request).
 */
export const categoryExperienceSql = (category: string, productCategories: string) =>
  `CASE WHEN ${category} = ANY (${productCategories}) THEN 1::float8
        WHEN ${productCategories} && ARRAY(SELECT code FROM part_categories WHERE coalesce(parent_code, code) = (
               SELECT coalesce(parent_code, code) FROM part_categories WHERE code = ${category})) THEN 0.5::float8
        ELSE 0::float8 END`;
const groupsOf = (codes: string) => `(SELECT coalesce(parent_code, code) FROM processes WHERE code = ANY (${codes}))`;
/**
 * SQL rows (step, codes): the steps a buyer values after the required
 * processes (downstream_steps, by process group) that the request does not
 * itself require, each with the process codes that offer it (its group and
 * members). Computed once per request: a CTE for candidates.
 */
export const requestStepsSql = (required: string) =>
  `SELECT d.step_group AS step, ${coveredBySql('processes', 'd.step_group')} AS codes FROM downstream_steps d
    WHERE d.process_group IN ${groupsOf(required)} AND d.step_group NOT IN ${groupsOf(required)}`;
/** SQL text[]: the steps of `steps` (rows of requestStepsSql) that a supplier with `processes` offers, sorted. */
export const downstreamStepsSql = (processes: string, steps: string) =>
  `ARRAY(SELECT DISTINCT st.step FROM ${steps} st WHERE ${processes} && st.codes ORDER BY 1)`;
/** SQL json: the steps of `steps` (an SQL text[] of process groups) with their names, for the reasons. */
export const stepsJsonSql = (steps: string) =>
  `coalesce((SELECT json_agg(json_build_object('code', code, 'nameId', name_id, 'nameEn', name_en) ORDER BY code)
               FROM processes WHERE code = ANY (${steps})), '[]'::json)`;

/** A request's machine need as SQL expressions (numbers as numeric, NULL for a limit not given). */
export interface MachineNeedSql {
  process: string;
  minTonnage: string;
  minBedLengthMm: string;
  minBedWidthMm: string;
}
/**
 * SQL boolean: supplier machines `machines` (jsonb) include one for the
 * need's process (or a member of its group) with at least its tonnage and a
 * bed at least its size, either way round. A limit the machine does not
 * state is not met.
 */
export function machineFitSql(need: MachineNeedSql, machines: string): string {
  const at = (field: string) => `(m ->> '${field}')::numeric`;
  const atLeast = (value: string, limit: string) => `(${limit} IS NULL OR coalesce(${value} >= ${limit}, false))`;
  const [length, width] = [at('bedLengthMm'), at('bedWidthMm')];
  return `EXISTS (SELECT 1 FROM jsonb_array_elements(${machines}) m
            WHERE m ->> 'process' = ANY (${coveredBySql('processes', need.process)})
              AND ${atLeast(at('tonnage'), need.minTonnage)}
              AND ((${atLeast(length, need.minBedLengthMm)} AND ${atLeast(width, need.minBedWidthMm)})
                OR (${atLeast(width, need.minBedLengthMm)} AND ${atLeast(length, need.minBedWidthMm)})))`;
}

const kgPer = (unit: string) =>
  `(CASE ${unit} ${Object.entries(KG_PER_UNIT)
    .map(([u, kg]) => `WHEN '${u}' THEN ${f8(kg)}`)
    .join(' ')} END)`;
/**
 * Monthly capacity over the monthly need (annual volume / 12), when they can
 * be compared: in the same unit; by weight, kg and ton converting; or a
 * capacity by weight against a need in pieces or sets whose weight the
 * request gives. NULL otherwise.
 */
export const capacityRatioSql = (
  quantity: string,
  unit: string,
  annualVolume: string,
  requestUnit: string,
  partWeightKg: string,
) =>
  `CASE WHEN ${unit} = ${requestUnit} THEN ${quantity}::float8 / (${annualVolume}::float8 / 12)
        WHEN ${kgPer(unit)} IS NOT NULL THEN ${quantity}::float8 * ${kgPer(unit)}
          / (${annualVolume}::float8 * coalesce(${kgPer(requestUnit)}, ${partWeightKg}::float8) / 12) END`;

/** Only quality-system certificates are evidence for the certification factor. */
const QUALITY_CODES = Object.keys(CERTIFICATE_STRENGTH)
  .map((code) => `'${code}'`)
  .join(', ');

/** The strongest quality-system certificate a supplier holds on `today`: joined LATERAL as `best`. */
export const bestCertificateSql = (supplierId: string, today: string) => `LEFT JOIN LATERAL (
             SELECT c.code, c.status = 'verified' AS verified, ${STRENGTH_SQL} AS strength
               FROM supplier_certifications c
              WHERE c.supplier_id = ${supplierId} AND ${heldCertificateSql(today)}
                AND c.code IN (${QUALITY_CODES})
              ORDER BY strength DESC, c.code LIMIT 1
           ) best ON true`;
