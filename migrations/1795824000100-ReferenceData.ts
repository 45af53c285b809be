import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertRows, readDataCsv, splitList } from './support/csv';

const CODE_PATTERN = `'^[a-z0-9_]+(\\.[a-z0-9_]+)*$'`;

/** Capability taxonomies share one shape: a code tree with names in both languages and search aliases. */
const TAXONOMIES = [
  { table: 'processes', file: 'processes.csv' },
  { table: 'materials', file: 'materials.csv' },
  { table: 'part_categories', file: 'part-categories.csv' },
] as const;

/**
 * Regions (Kemendagri 2025), KBLI 2020 codes and the capability taxonomy.
 * Data lives in migrations/data/*.csv; later corrections come as new migrations.
 */
export class ReferenceData1795824000100 implements MigrationInterface {
  name = 'ReferenceData1795824000100';

  async up(db: QueryRunner): Promise<void> {
    const run = (sql: string, params: unknown[]) => db.query(sql, params);

    await db.query(`
      CREATE TABLE regions (
        code text NOT NULL,
        level text NOT NULL,
        kind text NOT NULL,
        parent_code text,
        name text NOT NULL,
        lat numeric(8,5) NOT NULL,
        lng numeric(8,5) NOT NULL,
        CONSTRAINT regions_pk PRIMARY KEY (code),
        CONSTRAINT regions_parent_fk FOREIGN KEY (parent_code) REFERENCES regions (code),
        CONSTRAINT regions_level_check CHECK (level IN ('province', 'regency')),
        CONSTRAINT regions_kind_check CHECK (
          (level = 'province' AND kind = 'province' AND parent_code IS NULL AND code ~ '^[0-9]{2}$')
          OR (level = 'regency' AND kind IN ('kabupaten', 'kota') AND parent_code IS NOT NULL
              AND code ~ '^[0-9]{2}\\.[0-9]{2}$' AND left(code, 2) = parent_code)
        ),
        CONSTRAINT regions_name_check CHECK (length(trim(name)) > 0),
        CONSTRAINT regions_location_check CHECK (lat BETWEEN -90 AND 90 AND lng BETWEEN -180 AND 180)
      )`);
    await db.query('CREATE INDEX regions_parent_code_idx ON regions (parent_code)');
    const regions = readDataCsv('regions.csv');
    // Provinces first, so that the parent foreign key holds row by row.
    regions.sort((a, b) => Number(a.level !== 'province') - Number(b.level !== 'province'));
    await insertRows(
      run,
      'regions',
      ['code', 'level', 'kind', 'parent_code', 'name', 'lat', 'lng'],
      regions.map((r) => [
        r.code,
        r.level === 'province' ? 'province' : 'regency',
        r.level === 'province' ? 'province' : r.level === 'city' ? 'kota' : 'kabupaten',
        r.parent_code || null,
        r.name,
        r.lat,
        r.lng,
      ]),
    );

    await db.query(`
      CREATE TABLE kbli (
        code text NOT NULL,
        title_id text NOT NULL,
        title_en text NOT NULL,
        CONSTRAINT kbli_pk PRIMARY KEY (code),
        CONSTRAINT kbli_code_check CHECK (code ~ '^[0-9]{5}$')
      )`);
    await insertRows(
      run,
      'kbli',
      ['code', 'title_id', 'title_en'],
      readDataCsv('kbli.csv').map((r) => [r.code, r.title_id, r.title_en]),
    );

    for (const { table, file } of TAXONOMIES) {
      const withVehicleTypes = table === 'part_categories';
      await db.query(`
        CREATE TABLE ${table} (
          code text NOT NULL,
          parent_code text,
          name_id text NOT NULL,
          name_en text NOT NULL,
          aliases text[] NOT NULL DEFAULT '{}',
          ${withVehicleTypes ? `vehicle_types text[] NOT NULL, CONSTRAINT ${table}_vehicle_types_check CHECK (cardinality(vehicle_types) > 0 AND vehicle_types <@ ARRAY['2w', '4w']::text[]),` : ''}
          CONSTRAINT ${table}_pk PRIMARY KEY (code),
          CONSTRAINT ${table}_parent_fk FOREIGN KEY (parent_code) REFERENCES ${table} (code),
          CONSTRAINT ${table}_code_check CHECK (code ~ ${CODE_PATTERN}),
          CONSTRAINT ${table}_names_check CHECK (length(trim(name_id)) > 0 AND length(trim(name_en)) > 0)
        )`);
      await db.query(`CREATE INDEX ${table}_parent_code_idx ON ${table} (parent_code)`);
      const rows = readDataCsv(file);
      rows.sort((a, b) => Number(Boolean(a.parent_code)) - Number(Boolean(b.parent_code)));
      await insertRows(
        run,
        table,
        ['code', 'parent_code', 'name_id', 'name_en', 'aliases', ...(withVehicleTypes ? ['vehicle_types'] : [])],
        rows.map((r) => [
          r.code,
          r.parent_code || null,
          r.name_id,
          r.name_en,
          splitList(r.aliases),
          ...(withVehicleTypes ? [splitList(r.vehicle_types)] : []),
        ]),
      );
    }

    await db.query(`
      CREATE TABLE certifications (
        code text NOT NULL,
        kind text NOT NULL,
        name_id text NOT NULL,
        name_en text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        CONSTRAINT certifications_pk PRIMARY KEY (code),
        CONSTRAINT certifications_code_check CHECK (code ~ ${CODE_PATTERN}),
        CONSTRAINT certifications_kind_check CHECK (
          kind IN ('quality', 'environment', 'safety', 'product', 'laboratory', 'local_content')
        )
      )`);
    await insertRows(
      run,
      'certifications',
      ['code', 'kind', 'name_id', 'name_en', 'aliases'],
      readDataCsv('certifications.csv').map((r) => [r.code, r.kind, r.name_id, r.name_en, splitList(r.aliases)]),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE certifications');
    for (const { table } of [...TAXONOMIES].reverse()) await db.query(`DROP TABLE ${table}`);
    await db.query('DROP TABLE kbli');
    await db.query('DROP TABLE regions');
  }
}
