import type { MigrationInterface, QueryRunner } from 'typeorm';

const HAVERSINE = (clamp: string) => `
  CREATE OR REPLACE FUNCTION geo_distance_km(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
  RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT 2 * 6371.0088 * asin(${clamp}(1, sqrt(
      sin(radians(lat2 - lat1) / 2) ^ 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lng2 - lng1) / 2) ^ 2
    )))
  $$`;

/**
 * The same great-circle distance, written so that PostgreSQL inlines it. A
 * STRICT SQL function is inlined only if its body is strict too, and `least`
 * is not (it skips NULLs), so every call went through the function manager:
 * 5.6 µs a row instead of 0.5 µs, most of a radius search's filter and of the
 * candidates' distance scores. `float8smaller` is the strict form of `least`.
 */
export class InlinedDistance1795824001400 implements MigrationInterface {
  name = 'InlinedDistance1795824001400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(HAVERSINE('float8smaller'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(HAVERSINE('least'));
  }
}
