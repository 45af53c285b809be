/**
 * What a buyer may weigh when its request ranks suppliers: the six factors
 * of the score (matching/scoring.ts computes them), each weighted 0..50, the
 * weights summing to 100. Part of a request, so defined here; matching reads it.
 */
export const FACTORS = ['capability', 'certification', 'distance', 'capacity', 'tkdn', 'verification'] as const;
export type Factor = (typeof FACTORS)[number];
export type Weights = Record<Factor, number>;

export const WEIGHT_BOUNDS = { min: 0, max: 50, total: 100 } as const;

/** Problems with a set of weights, or none: every factor within bounds, summing to 100. */
export function weightErrors(weights: Weights): string[] {
  const errors = FACTORS.filter((f) => !(weights[f] >= WEIGHT_BOUNDS.min && weights[f] <= WEIGHT_BOUNDS.max)).map(
    (f) => `${f} must be between ${WEIGHT_BOUNDS.min} and ${WEIGHT_BOUNDS.max}`,
  );
  const total = FACTORS.reduce((sum, f) => sum + weights[f], 0);
  if (Math.abs(total - WEIGHT_BOUNDS.total) > 1e-9)
    errors.push(`weights must sum to ${WEIGHT_BOUNDS.total}, not ${total}`);
  return errors;
}
