import { text } from '../common/i18n/text';

/**
 * Whether a point can be in the regency it is filed under. Rantai has each
 * regency's centroid, not its boundary, so the rule is on distances: a point
 * is refused when it is more than MAX_KM_FROM_CENTROID from its regency's
 * centroid and also more than NEARER_FACTOR times as far from it as from
 * another regency's or city's centroid. The first allowance keeps the edges
 * of a large regency and the towns around a city inside it (Cileungsi is
 * 33 km from Kabupaten Bogor's centroid and 13 km from Kota Bekasi's); the
 * second keeps the far corners of regencies larger still, whose neighbours'
 * centroids are far too (Cianjur's south coast). Jakarta filed under Subang
 * (100 km from its centroid, 5 from Jakarta's) or Bandung under Subang
 * (46 km, 0 from Kota Bandung's) is refused.
 */
export const MAX_KM_FROM_CENTROID = 40;
export const NEARER_FACTOR = 1.5;

/** A point's distances: to its own regency's centroid, and to the nearest other regency's or city's. */
export interface LocationFacts {
  regencyName: string;
  regencyKm: number;
  nearestName: string;
  nearestKm: number;
}

/** The field message when the point is implausible for its regency, otherwise undefined. */
export function implausibleLocation(facts: LocationFacts): string | undefined {
  const { regencyName, regencyKm, nearestName, nearestKm } = facts;
  if (regencyKm <= MAX_KM_FROM_CENTROID || regencyKm <= NEARER_FACTOR * nearestKm) return undefined;
  return text('validation.implausibleLocation', {
    regencyName,
    regencyKm: Math.round(regencyKm),
    nearestName,
    nearestKm: Math.round(nearestKm),
  });
}
