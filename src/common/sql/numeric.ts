import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL's numeric as a JavaScript number: the driver returns it as text
 * so as not to lose precision, but Rantai's numerics (TKDN, capacities,
 * areas) have at most two decimals and fit a double exactly enough.
 */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
