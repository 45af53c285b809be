import { withinRadiusSql } from '../common/sql/geo';
import { coveredByAnySql, coveredBySql, satisfyingCodesSql } from '../reference/covered-codes';
import { heldCertificateSql } from '../suppliers/held-certificate';
import type { MatchRequest } from './match-request';
import { capacityRatioSql } from './score-sql';

/**
 * Gap kinds, in the order a supplier's missing things are listed.
 * `certificate_unverified`: the supplier has declared the certificate (or one
 * that includes it), but the request accepts only verified ones and BBSPJILM
 * has not verified it yet: a different help than getting certified.
 */
export const GAP_KINDS = [
  'process',
  'material',
  'certification',
  'certificate_unverified',
  'distance',
  'tkdn',
  'capacity',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** One thing a supplier lacks for a request, as the API shows it. */
export interface Missing {
  kind: GapKind;
  /** The process or certification code missing. */
  code?: string;
  /** For a material: the requested materials, any one of which would do. */
  options?: string[];
}

/**
 * The request as SQL for the candidate query, where the request is known:
 * `p` binds a value as a parameter; `today` and the plant's coordinates are
 * parameters already bound.
 */
export interface KnownRequest {
  request: MatchRequest;
  p: (value: unknown) => string;
  today: string;
  plant?: { lat: string; lng: string };
}

/**
 * The request as SQL for the opportunity query, where requests are rows `r`
 * (with `r.distance_km` from the supplier to its plant) and the supplier is `s`.
 */
export interface RequestRows {
  today: string;
}

/**
 * One rule of eligibility, defined once (as ghostfolio keeps each rule in its
 * own small class): whether supplier `s` passes for a known request, and,
 * for requests read as rows, what `s` lacks (a jsonb array of Missing,
 * empty when it passes) and of which gap kind. Candidates, candidate lists,
 * opportunities, gaps and the regional dashboard are all built from this
 * table; adding a rule is one entry here, the migration that logs changes
 * to the supplier columns it reads, and its request field.
 */
export interface EligibilityRule {
  kind: GapKind;
  /**
   * `pool`: the rule chooses which suppliers are considered at all (counted as
   * `evaluated`); `required`: a supplier must pass it to be eligible;
   * `advisory`: reported as missing in gaps, never excluding.
   */
  role: 'pool' | 'required' | 'advisory';
  /** Supplier columns the rule reads, which the candidate lists' change log must watch. */
  reads: string[];
  /** SQL conditions `s` must all pass; none when the request does not ask for this. */
  passes: (known: KnownRequest) => string[];
  /** SQL jsonb array of what `s` lacks for request row `r`. */
  missing: (rows: RequestRows) => string;
  /** For rules about codes (processes, certifications): SQL condition that `s` lacks `code` (an SQL text expression), on `today`. */
  lacksCode?: (code: string, today: string) => string;
}

const items = (kind: GapKind, codes: string) =>
  `coalesce((SELECT jsonb_agg(jsonb_build_object('kind', '${kind}', 'code', code)) FROM unnest(${codes}) code), '[]'::jsonb)`;
const one = (kind: GapKind, lacks: string, extra = '') =>
  `CASE WHEN ${lacks} THEN jsonb_build_array(jsonb_build_object('kind', '${kind}'${extra})) ELSE '[]'::jsonb END`;

const coversProcess = (code: string) => `s.processes && ${coveredBySql('processes', code)}`;
/** A certificate of `code`, or one that includes it (IATF 16949 for ISO 9001), held on `today`. */
const holdsCertificate = (code: string, today: string, verifiedOnly: boolean | string = false) =>
  `EXISTS (SELECT 1 FROM supplier_certifications c
            WHERE c.supplier_id = s.id AND c.code = ANY (${satisfyingCodesSql(code)})
              AND ${heldCertificateSql(today, verifiedOnly)})`;

/**
 * SQL float8: the TKDN value certified for supplier `s`'s products of part
 * category `category` (an SQL text expression; a group covers its members)
 * on `today`: the highest of its verified, unexpired TKDN certificates, NULL
 * when it has none. Most suppliers have no TKDN certificate, which the
 * certificate dates each supplier keeps tell without reading certificates.
 */
export const certifiedTkdnSql = (category: string, today: string) =>
  `CASE WHEN s.held_certificates ? 'tkdn' THEN (
     SELECT max(c.tkdn_percent)::float8 FROM supplier_certifications c
      WHERE c.supplier_id = s.id AND c.tkdn_percent IS NOT NULL AND ${heldCertificateSql(today, true)}
        AND c.part_category = ANY (${coveredBySql('part_categories', category)})) END`;

/**
 * SQL float8: the TKDN of supplier `s` that counts for a request: the value
 * certified (`certified`, from certifiedTkdnSql) where there is one, else the
 * value the supplier declares, unless `certifiedOnly` (true, or an SQL
 * boolean expression). Most IKM have no TKDN certificate yet: counting only
 * certified values by default would empty every list.
 */
export function knownTkdnSql(certified: string, certifiedOnly: boolean | string): string {
  if (certifiedOnly === true) return certified;
  const declared =
    certifiedOnly === false
      ? 's.tkdn_percent::float8'
      : `CASE WHEN ${certifiedOnly} THEN NULL ELSE s.tkdn_percent::float8 END`;
  return `coalesce(${certified}, ${declared})`;
}

/** The rules, in the order their gaps are listed. */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  {
    kind: 'process',
    role: 'pool',
    reads: ['processes'],
    // One condition per process, each served by the processes index; a group code is covered by any member.
    passes: ({ request, p }) => request.processes.map((code) => coversProcess(p(code))),
    missing: () => items('process', `ARRAY(SELECT rp FROM unnest(r.processes) rp WHERE NOT (${coversProcess('rp')}))`),
    lacksCode: (code) => `NOT (${coversProcess(code)})`,
  },
  {
    kind: 'material',
    role: 'required',
    reads: ['materials'],
    passes: ({ request, p }) =>
      request.materials.length ? [`s.materials && ${coveredByAnySql('materials', p(request.materials))}`] : [],
    missing: () =>
      one(
        'material',
        `cardinality(r.materials) > 0 AND NOT (s.materials && ${coveredByAnySql('materials', 'r.materials')})`,
        `, 'options', to_jsonb(r.materials)`,
      ),
  },
  {
    kind: 'certification',
    role: 'required',
    reads: [],
    passes: ({ request, p, today }) =>
      request.requiredCertifications.map((code) => holdsCertificate(p(code), today, request.verifiedOnly)),
    // Declared but not yet verified, where only verified ones count, is its own gap.
    missing: ({ today }) =>
      `coalesce((SELECT jsonb_agg(jsonb_build_object(
                  'kind', CASE WHEN ${holdsCertificate('rc', today)} THEN 'certificate_unverified' ELSE 'certification' END,
                  'code', rc))
                 FROM unnest(r.required_certifications) rc
                WHERE NOT ${holdsCertificate('rc', today, 'r.verified_only')}), '[]'::jsonb)`,
    lacksCode: (code, today) => `NOT ${holdsCertificate(code, today)}`,
  },
  {
    kind: 'distance',
    role: 'required',
    reads: ['lat', 'lng'],
    passes: ({ request, p, plant }) =>
      plant && request.maxDistanceKm !== null
        ? [withinRadiusSql('s', plant.lat, plant.lng, p(request.maxDistanceKm))]
        : [],
    missing: () => one('distance', `r.max_distance_km IS NOT NULL AND r.distance_km > r.max_distance_km`),
  },
  {
    kind: 'tkdn',
    role: 'required',
    reads: ['tkdn_percent'],
    passes: ({ request, p, today }) =>
      request.minTkdnPercent === null
        ? []
        : [
            `${knownTkdnSql(certifiedTkdnSql(p(request.partCategory), today), request.tkdnCertifiedOnly)} >= ${p(request.minTkdnPercent)}`,
          ],
    missing: ({ today }) =>
      one(
        'tkdn',
        `r.min_tkdn_percent IS NOT NULL
         AND coalesce(${knownTkdnSql(certifiedTkdnSql('r.part_category', today), 'r.tkdn_certified_only')}, -1) < r.min_tkdn_percent`,
      ),
  },
  {
    kind: 'capacity',
    role: 'advisory',
    reads: ['monthly_capacity_quantity', 'monthly_capacity_unit'],
    passes: () => [],
    missing: () =>
      one(
        'capacity',
        `${capacityRatioSql('s.monthly_capacity_quantity', 's.monthly_capacity_unit', 'r.annual_volume', 'r.unit', 'r.part_weight_kg')} < 1`,
      ),
  },
];

/**
 * SQL condition: supplier `s` lacks `code` (an SQL text expression) of a
 * code-based gap kind on `today`, by that kind's rule: for per-code questions
 * such as the regional dashboard's.
 */
export function lacksCodeSql(kind: 'process' | 'certification', code: string, today: string): string {
  return ELIGIBILITY_RULES.find((rule) => rule.kind === kind)!.lacksCode!(code, today);
}

/**
 * SQL boolean: supplier `s` passes every rule that decides eligibility for
 * request row `r` (which carries `r.distance_km` to its plant) on `today`, as
 * the opportunities say: for questions over many suppliers and requests, such
 * as which firms a BBSPJILM service made eligible.
 */
export const eligibleForRowSql = (today: string): string =>
  `(${ELIGIBILITY_RULES.filter((rule) => rule.role !== 'advisory')
    .map((rule) => rule.missing({ today }))
    .join(' || ')}) = '[]'::jsonb`;
