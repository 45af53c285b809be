import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Radius filters become latitude/longitude ranges served by a B-tree (see
 * src/common/sql/geo.ts): the planner estimates their selectivity from column
 * statistics, which it could not do for the cube boxes. The suppliers' cube
 * column, its GiST index and the box functions have no user left.
 */
export class LatLngRanges1795824001000 implements MigrationInterface {
  name = 'LatLngRanges1795824001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX suppliers_lat_lng_idx ON suppliers (lat, lng)');
    await db.query('ALTER TABLE suppliers DROP COLUMN location');
    await db.query('DROP FUNCTION geo_search_box(double precision, double precision, double precision)');
    await db.query('DROP FUNCTION geo_point(double precision, double precision)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION geo_point(lat double precision, lng double precision) RETURNS cube
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT cube(ARRAY[
          6371.0088 * cos(radians(lat)) * cos(radians(lng)),
          6371.0088 * cos(radians(lat)) * sin(radians(lng)),
          6371.0088 * sin(radians(lat))
        ])
      $$`);
    await db.query(`
      CREATE FUNCTION geo_search_box(lat double precision, lng double precision, radius_km double precision) RETURNS cube
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT cube_enlarge(geo_point(lat, lng), 2 * 6371.0088 * sin(least(radius_km, 20015.0) / (2 * 6371.0088)), 3)
      $$`);
    await db.query('ALTER TABLE suppliers ADD COLUMN location cube GENERATED ALWAYS AS (geo_point(lat, lng)) STORED');
    await db.query('CREATE INDEX suppliers_location_idx ON suppliers USING gist (location)');
    await db.query('DROP INDEX suppliers_lat_lng_idx');
  }
}
