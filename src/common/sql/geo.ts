/**
 * "Within radiusKm of (lat, lng)" for a row with `lat` and `lng` columns: a
 * latitude/longitude range that the (lat, lng) B-tree index serves and whose
 * selectivity the planner estimates from column statistics, then the exact
 * great-circle distance. (A cube box would use a GiST index, but the planner
 * guesses the same tiny share of rows for any box, and then starts from the
 * location index even when a regional radius keeps most suppliers.) The range
 * is exact enough for Indonesia, far from the poles and the antimeridian.
 */
export function withinRadiusSql(alias: string, lat: string, lng: string, radiusKm: string): string {
  return `${withinBoxSql(alias, lat, lng, radiusKm)}
    AND ${withinDistanceSql(alias, lat, lng, radiusKm)}`;
}

/** The great-circle condition alone, where another index condition already bounds the rows to the circle's box. */
export function withinDistanceSql(alias: string, lat: string, lng: string, radiusKm: string): string {
  return `geo_distance_km(${lat}, ${lng}, ${alias}.lat, ${alias}.lng) <= ${radiusKm}`;
}

/** The latitude/longitude box around the circle of withinRadiusSql: its index-served, estimated part. */
export function withinBoxSql(alias: string, lat: string, lng: string, radiusKm: string): string {
  const dLat = `(${radiusKm} / 111.0)`;
  const dLng = `(${radiusKm} / (111.0 * cos(radians(${lat}))))`;
  return `${alias}.lat BETWEEN ${lat} - ${dLat} AND ${lat} + ${dLat}
    AND ${alias}.lng BETWEEN ${lng} - ${dLng} AND ${lng} + ${dLng}`;
}
