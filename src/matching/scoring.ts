/**
 * The candidate score: the one definition of how Rantai ranks an eligible
 * supplier for a sourcing request. Pure and unit-tested; the SQL in
 * matching.repository.ts computes the same points for every eligible
 * supplier so that ranking and paging happen in the database, and a test
 * checks on random data that both agree.
 *
 * Six factors, each worth at most its weight; the weights sum to 100, so the
 * score is 0..100 and equals the sum of the points shown to the buyer.
 */
import { FACTORS, type Factor, type Weights } from '../sourcing-requests/score-weights';

/** The default weights. A request may set its own (score-weights.ts says within which bounds). */
export const DEFAULT_WEIGHTS: Weights = {
  capability: 25,
  certification: 20,
  distance: 20,
  capacity: 15,
  tkdn: 10,
  verification: 10,
};

/**
 * Quality-system certificates and their strength as evidence of a capable
 * supplier: the best one held counts. Only these are quality-system evidence;
 * environmental, safety, product (SNI) and TKDN certificates are not, and
 * earn no points here (a request may still require them).
 */
export const CERTIFICATE_STRENGTH: Record<string, number> = { iatf_16949: 1, iso_9001: 0.6 };
/** A declared (not yet verified) certificate counts for half; so does a TKDN value the supplier declares rather than one certified. */
export const DECLARED_FACTOR = 0.5;
/** Distance at which the distance factor gives half its weight, km; it decays smoothly as 1 / (1 + d / this). */
export const HALF_DISTANCE_KM = 50;
/** Monthly capacity at this multiple of the request's monthly need earns the full capacity factor. */
export const FULL_CAPACITY_RATIO = 2;
/**
 * A capacity stated in a unit that cannot be converted to the request's (by
 * weight against pieces, without the part's weight) is not rated: it earns
 * half, as distance does without a plant, rather than nothing.
 */
export const INCOMPARABLE_CAPACITY_SHARE = 0.5;
/** Downstream steps (downstream_steps: machining after casting, coating, leak testing…) that earn the full depth part of the capability factor. */
export const FULL_DOWNSTREAM_STEPS = 2;

/** What the database knows about an eligible supplier, as the scoring needs it. */
export interface CandidateFacts {
  /** The supplier already makes this part category (1), one of its family (0.5), or neither (0). */
  categoryExperience: 0 | 0.5 | 1;
  /** The steps a buyer values after the required processes (process groups) that the request does not require and the supplier offers. */
  downstreamSteps: { code: string; nameId: string; nameEn: string }[];
  /** Whether it states a machine that fits the request's machine need; null when the request states none. */
  machineFit: boolean | null;
  /** The strongest certificate held now, if any. */
  bestCertificate: { code: string; verified: boolean } | null;
  /** Great-circle km from the delivery plant; null when the request has no plant. */
  distanceKm: number | null;
  /** Monthly capacity divided by the request's monthly need (annualVolume / 12), in comparable units; null when unknown or not comparable. */
  capacityRatio: number | null;
  /** The supplier states a capacity, but in a unit that cannot be compared with the request's. */
  capacityIncomparable: boolean;
  /** The TKDN that counts for the request's part category: certified where there is a verified certificate, else declared. */
  tkdnPercent: number | null;
  /** Whether tkdnPercent is a certified value. */
  tkdnCertified: boolean;
  verification: 'unverified' | 'verified' | 'rejected';
}

export interface FactorPoints {
  factor: Factor;
  weight: number;
  points: number;
}

/** Rounds half away from zero to cents, as PostgreSQL's round(numeric, 2) does. */
export const roundPoints = (value: number): number =>
  (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;

export function certificateStrength(certificate: CandidateFacts['bestCertificate']): number {
  if (!certificate) return 0;
  const base = CERTIFICATE_STRENGTH[certificate.code] ?? 0;
  return base * (certificate.verified ? 1 : DECLARED_FACTOR);
}

/**
 * Depth (0..1): the downstream steps, full at FULL_DOWNSTREAM_STEPS; when the
 * request states a machine need, half of it is whether a machine fits.
 */
function depthShare(facts: CandidateFacts): number {
  const steps = Math.min(facts.downstreamSteps.length, FULL_DOWNSTREAM_STEPS) / FULL_DOWNSTREAM_STEPS;
  return facts.machineFit === null ? steps : (steps + (facts.machineFit ? 1 : 0)) / 2;
}

/** The share (0..1) of each factor's weight that the supplier earns. */
export function factorShares(facts: CandidateFacts): Record<Factor, number> {
  return {
    capability: 0.6 * facts.categoryExperience + 0.4 * depthShare(facts),
    certification: certificateStrength(facts.bestCertificate),
    // Without a delivery plant every supplier gets the same half: distance then does not rank.
    distance: facts.distanceKm === null ? 0.5 : 1 / (1 + facts.distanceKm / HALF_DISTANCE_KM),
    capacity:
      facts.capacityRatio !== null
        ? Math.min(1, facts.capacityRatio / FULL_CAPACITY_RATIO)
        : facts.capacityIncomparable
          ? INCOMPARABLE_CAPACITY_SHARE
          : 0,
    tkdn: ((facts.tkdnPercent ?? 0) / 100) * (facts.tkdnCertified ? 1 : DECLARED_FACTOR),
    verification: facts.verification === 'verified' ? 1 : 0,
  };
}

/** The points of each factor (rounded to cents) and the score, their sum. */
export function scoreCandidate(facts: CandidateFacts, weights: Weights = DEFAULT_WEIGHTS) {
  const shares = factorShares(facts);
  const breakdown: FactorPoints[] = FACTORS.map((factor) => ({
    factor,
    weight: weights[factor],
    points: roundPoints(weights[factor] * shares[factor]),
  }));
  const score = roundPoints(breakdown.reduce((sum, f) => sum + f.points, 0));
  return { score, breakdown };
}
