import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Distances without the earthdistance extension, which needs a superuser on a
 * server: points on the earth as 3-D `cube`s (a trusted extension) so that a
 * GiST index can prefilter by bounding cube, and great-circle distance in km.
 * The same idea as earthdistance's ll_to_earth and earth_box, written here.
 */
export class Geo1795824000400 implements MigrationInterface {
  name = 'Geo1795824000400';

  async up(db: QueryRunner): Promise<void> {
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
    await db.query(`
      CREATE FUNCTION geo_distance_km(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
      RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT 2 * 6371.0088 * asin(least(1, sqrt(
          sin(radians(lat2 - lat1) / 2) ^ 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lng2 - lng1) / 2) ^ 2
        )))
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'DROP FUNCTION geo_distance_km(double precision, double precision, double precision, double precision)',
    );
    await db.query('DROP FUNCTION geo_search_box(double precision, double precision, double precision)');
    await db.query('DROP FUNCTION geo_point(double precision, double precision)');
  }
}
