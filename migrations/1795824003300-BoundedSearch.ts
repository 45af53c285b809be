import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supplier search of SearchTags and HeldCertificates, frozen here as they
 * were: a migration keeps its own copy rather than import one a later change
 * could alter.
 */
const CODE_TAGS = `
  SELECT 'process:' || unnest(ARRAY[code, parent_code]) FROM processes WHERE code = ANY (process_codes)
  UNION ALL
  SELECT 'material:' || unnest(ARRAY[code, parent_code]) FROM materials WHERE code = ANY (material_codes)
  UNION ALL
  SELECT 'category:' || unnest(ARRAY[code, parent_code]) FROM part_categories WHERE code = ANY (category_codes)
  UNION ALL
  SELECT unnest(ARRAY['regency:' || regency, 'province:' || left(regency, 2), 'verification:' || verification_status])
  UNION ALL
  SELECT 'certification:' || jsonb_object_keys(held_certificates)`;

const TAG_PARAMETERS = `process_codes text[], material_codes text[], category_codes text[], regency text,
  verification_status text, held_certificates jsonb`;

/**
 * `supplier_search_tags` with `extraParameters` and `extraTags`, the suppliers'
 * trigger function calling it with `extraArguments`, and its trigger firing on
 * the columns read.
 */
const searchTags = (extra: { parameters: string; tags: string; arguments: string; columns: string }) => [
  `CREATE FUNCTION supplier_search_tags(${TAG_PARAMETERS}${extra.parameters})
   RETURNS text[] LANGUAGE sql STABLE AS $$
     SELECT array_agg(DISTINCT tag ORDER BY tag) FROM (${CODE_TAGS}${extra.tags}) t(tag) WHERE tag IS NOT NULL
   $$`,
  `CREATE OR REPLACE FUNCTION suppliers_search_tags() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     NEW.search_tags := supplier_search_tags(NEW.processes, NEW.materials, NEW.product_categories, NEW.regency_code,
                                             NEW.verification, NEW.held_certificates${extra.arguments});
     RETURN NEW;
   END $$`,
  'DROP TRIGGER suppliers_search_tags ON suppliers',
  `CREATE TRIGGER suppliers_search_tags
   BEFORE INSERT OR UPDATE OF processes, materials, product_categories, regency_code, verification, held_certificates${extra.columns}
   ON suppliers FOR EACH ROW EXECUTE FUNCTION suppliers_search_tags()`,
];

/** The search vector's trigger function; with `places`, the supplier's place names end it, weighted D. */
const searchVectorFunction = (places: boolean) => `
  CREATE OR REPLACE FUNCTION suppliers_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    terms text := capability_terms(NEW.processes, NEW.materials, NEW.product_categories);${
      places ? "\n    places text := coalesce(supplier_place_terms(NEW.regency_code), '');" : ''
    }
  BEGIN
    NEW.search_vector :=
      setweight(to_tsvector('indonesian', NEW.name), 'A') || setweight(to_tsvector('simple', NEW.name), 'A')
      || setweight(to_tsvector('indonesian', terms), 'B') || setweight(to_tsvector('simple', terms), 'B')
      || setweight(to_tsvector('indonesian', NEW.description), 'C') || setweight(to_tsvector('simple', NEW.description), 'C')${
        places
          ? "\n      || setweight(to_tsvector('indonesian', places), 'D') || setweight(to_tsvector('simple', places), 'D')"
          : ''
      };
    RETURN NEW;
  END $$`;

const vectorTrigger = (columns: string) => `
  CREATE TRIGGER suppliers_search_vector BEFORE INSERT OR UPDATE OF ${columns}
  ON suppliers FOR EACH ROW EXECUTE FUNCTION suppliers_search_vector()`;

/** Short forms people type for provinces and a few regencies, as in news and addresses. */
const PLACE_ALIASES: Record<string, string[]> = {
  '11': ['NAD'],
  '12': ['Sumut'],
  '13': ['Sumbar'],
  '16': ['Sumsel'],
  '19': ['Babel'],
  '21': ['Kepri'],
  '31': ['DKI', 'Jakarta'],
  '31.71': ['Jakpus'],
  '31.72': ['Jakut'],
  '31.73': ['Jakbar'],
  '31.74': ['Jaksel'],
  '31.75': ['Jaktim'],
  '32': ['Jabar'],
  '32.17': ['KBB'],
  '33': ['Jateng'],
  '34': ['DIY', 'Jogja', 'Yogyakarta'],
  '35': ['Jatim'],
  '52': ['NTB'],
  '53': ['NTT'],
  '61': ['Kalbar'],
  '62': ['Kalteng'],
  '63': ['Kalsel'],
  '64': ['Kaltim'],
  '65': ['Kaltara'],
  '71': ['Sulut'],
  '72': ['Sulteng'],
  '73': ['Sulsel'],
  '74': ['Sultra'],
  '76': ['Sulbar'],
  '82': ['Malut'],
};

/**
 * Supplier search for a national registry (issue: bounded search).
 *
 * - Place names are searchable: a supplier's search vector ends with its
 *   regency's name (without "Kabupaten"/"Kota Administrasi"; "kabupaten kab"
 *   or "kota" as a word of its own), its province's, and their short forms
 *   (`regions.aliases`), weighted lowest (D). "pengecoran aluminium subang"
 *   finds the die casters of Kabupaten Subang whatever their names say.
 * - A map cell of 0.1 degree (about 11 km) is a search tag, `cell:-65:1076`:
 *   a radius search asks the same GIN scan for the cells around its circle
 *   (`geo_cells_around`), so that it reads only the suppliers in them, not
 *   every supplier of the other filters across the province.
 * - Index orders for the sorts whose first page must be exact however many
 *   suppliers a search finds: by name, and nearest first: a GiST KNN scan on
 *   each location as a point on the globe, whose straight-line distance orders
 *   as the great-circle distance does. A KNN scan orders by the distance alone,
 *   so a fourth coordinate, under a metre from the id's first 28 bits, orders
 *   suppliers at the same place (many stand at their regency's centroid) by id.
 *   By update time already has one.
 *
 * Every supplier is written once again, which recomputes both its tags and
 * its vector (both triggers watch regency_code).
 */
export class BoundedSearch1795824003300 implements MigrationInterface {
  name = 'BoundedSearch1795824003300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE regions ADD COLUMN aliases text[] NOT NULL DEFAULT '{}'`);
    await db.query(
      `UPDATE regions r SET aliases = a.aliases FROM jsonb_each($1::jsonb) e(code, v),
         LATERAL (SELECT array_agg(x) AS aliases FROM jsonb_array_elements_text(e.v) x) a WHERE r.code = e.code`,
      [JSON.stringify(PLACE_ALIASES)],
    );
    await db.query(`
      CREATE FUNCTION supplier_place_terms(regency text) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT concat_ws(' ',
                 regexp_replace(r.name, '^(Kabupaten|Kota)( Administrasi)? ', ''),
                 CASE WHEN r.name LIKE 'Kabupaten %' THEN 'kabupaten kab' ELSE 'kota' END,
                 array_to_string(r.aliases, ' '), p.name, array_to_string(p.aliases, ' '))
          FROM regions r JOIN regions p ON p.code = r.parent_code
         WHERE r.code = regency
      $$`);
    await db.query(searchVectorFunction(true));
    await db.query('DROP TRIGGER suppliers_search_vector ON suppliers');
    await db.query(vectorTrigger('name, description, processes, materials, product_categories, regency_code'));

    await db.query(`
      CREATE FUNCTION geo_cell(lat double precision, lng double precision) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT 'cell:' || floor(lat * 10)::integer || ':' || floor(lng * 10)::integer
      $$`);
    // The cells covering the latitude/longitude box of withinRadiusSql (src/common/sql/geo.ts).
    await db.query(`
      CREATE FUNCTION geo_cells_around(lat double precision, lng double precision, radius_km double precision)
      RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT ARRAY(
          SELECT 'cell:' || i || ':' || j
            FROM generate_series(floor((lat - radius_km / 111.0) * 10)::integer,
                                 floor((lat + radius_km / 111.0) * 10)::integer) i,
                 generate_series(floor((lng - radius_km / (111.0 * cos(radians(lat)))) * 10)::integer,
                                 floor((lng + radius_km / (111.0 * cos(radians(lat)))) * 10)::integer) j)
      $$`);
    for (const sql of searchTags({
      parameters: ', lat double precision, lng double precision',
      tags: `
        UNION ALL
        SELECT geo_cell(lat, lng)`,
      arguments: ', NEW.lat, NEW.lng',
      columns: ', lat, lng',
    })) {
      await db.query(sql);
    }
    await db.query(`DROP FUNCTION supplier_search_tags(${TAG_PARAMETERS})`);
    await db.query('UPDATE suppliers SET regency_code = regency_code');

    // An index is built with only pg_catalog on the search path (PostgreSQL 17 and later), so the
    // function names the extension's schema; it stays inlinable, which a SET search_path would stop.
    const [{ schema }] = (await db.query(
      `SELECT quote_ident(n.nspname) AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'cube'`,
    )) as { schema: string }[];
    await db.query(`
      CREATE FUNCTION geo_point(lat double precision, lng double precision, id uuid) RETURNS ${schema}.cube
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT ${schema}.cube(ARRAY[
          6371.0088 * cos(radians(lat)) * cos(radians(lng)),
          6371.0088 * cos(radians(lat)) * sin(radians(lng)),
          6371.0088 * sin(radians(lat)),
          coalesce(0.001 * ('x' || left(id::text, 7))::bit(28)::integer / 268435456.0, 0)
        ])
      $$`);
    await db.query(
      'CREATE INDEX suppliers_nearest_idx ON suppliers USING gist (geo_point(lat, lng, id)) WHERE deleted_at IS NULL',
    );
    await db.query('CREATE INDEX suppliers_name_order_idx ON suppliers (lower(name), id) WHERE deleted_at IS NULL');
    await db.query('ANALYZE suppliers');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX suppliers_name_order_idx');
    await db.query('DROP INDEX suppliers_nearest_idx');
    await db.query('DROP FUNCTION geo_point(double precision, double precision, uuid)');
    for (const sql of searchTags({ parameters: '', tags: '', arguments: '', columns: '' })) await db.query(sql);
    await db.query(`DROP FUNCTION supplier_search_tags(${TAG_PARAMETERS}, lat double precision, lng double precision)`);
    await db.query('DROP FUNCTION geo_cells_around(double precision, double precision, double precision)');
    await db.query('DROP FUNCTION geo_cell(double precision, double precision)');
    await db.query(searchVectorFunction(false));
    await db.query('DROP TRIGGER suppliers_search_vector ON suppliers');
    await db.query(vectorTrigger('name, description, processes, materials, product_categories'));
    // Both triggers: the vector's watches name, the tags' regency_code.
    await db.query('UPDATE suppliers SET name = name, regency_code = regency_code');
    await db.query('DROP FUNCTION supplier_place_terms(text)');
    await db.query('ALTER TABLE regions DROP COLUMN aliases');
  }
}
