import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertRows, readDataCsv } from './support/csv';

/**
 * Industrial estates and seaports. Ports are data (approximate coordinates
 * that curators may correct later), not code. Estates hang from an
 * organisation row like suppliers and buyers, so estate managers act for them
 * through memberships; the estates of data/estates.csv are seeded without
 * members and stay editable. Suppliers may name the estate they sit in.
 */
export class Estates1795824000700 implements MigrationInterface {
  name = 'Estates1795824000700';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ports (
        code text NOT NULL,
        name text NOT NULL,
        regency_code text NOT NULL,
        lat double precision NOT NULL,
        lng double precision NOT NULL,
        note text,
        CONSTRAINT ports_pk PRIMARY KEY (code),
        CONSTRAINT ports_regency_fk FOREIGN KEY (regency_code) REFERENCES regions (code),
        CONSTRAINT ports_code_check CHECK (code ~ '^[a-z0-9_]+$'),
        CONSTRAINT ports_location_check CHECK (lat BETWEEN -11.5 AND 6.5 AND lng BETWEEN 94.5 AND 141.5)
      )`);
    await insertRows(
      (sql, params) => db.query(sql, params),
      'ports',
      ['code', 'name', 'regency_code', 'lat', 'lng', 'note'],
      readDataCsv('ports.csv').map((r) => [
        r.name.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
        r.name,
        r.regency_code,
        Number(r.lat),
        Number(r.lng),
        r.note || null,
      ]),
    );

    await db.query(`
      CREATE TABLE estates (
        id uuid NOT NULL,
        organization_type text NOT NULL DEFAULT 'estate',
        name text NOT NULL,
        operator text,
        regency_code text NOT NULL,
        lat double precision NOT NULL,
        lng double precision NOT NULL,
        area_ha numeric(10,2),
        status text NOT NULL,
        national_strategic_project boolean NOT NULL DEFAULT false,
        power_mva numeric(10,2),
        water_lps numeric(10,2),
        gas boolean,
        toll_access_km numeric(8,2),
        port_distance_km numeric(8,2),
        available_plots_ha numeric(10,2),
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT estates_pk PRIMARY KEY (id),
        CONSTRAINT estates_organization_fk FOREIGN KEY (id, organization_type) REFERENCES organizations (id, type),
        CONSTRAINT estates_organization_type_check CHECK (organization_type = 'estate'),
        CONSTRAINT estates_regency_fk FOREIGN KEY (regency_code) REFERENCES regions (code),
        CONSTRAINT estates_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT estates_operator_check CHECK (length(btrim(operator)) BETWEEN 1 AND 200),
        CONSTRAINT estates_location_check CHECK (lat BETWEEN -11.5 AND 6.5 AND lng BETWEEN 94.5 AND 141.5),
        CONSTRAINT estates_status_check CHECK (status IN ('operating', 'developing')),
        CONSTRAINT estates_area_check CHECK (area_ha > 0),
        CONSTRAINT estates_infrastructure_check CHECK (
          power_mva >= 0 AND water_lps >= 0 AND toll_access_km >= 0 AND port_distance_km >= 0),
        CONSTRAINT estates_plots_check CHECK (available_plots_ha >= 0 AND (area_ha IS NULL OR available_plots_ha <= area_ha)),
        CONSTRAINT estates_note_check CHECK (length(note) <= 2000),
        CONSTRAINT estates_version_check CHECK (version >= 1)
      )`);
    await db.query('CREATE UNIQUE INDEX estates_name_unique ON estates (lower(name))');
    await db.query('CREATE INDEX estates_regency_code_idx ON estates (regency_code)');
    for (const r of readDataCsv('estates.csv')) {
      const [{ id }] = (await db.query(`INSERT INTO organizations (type) VALUES ('estate') RETURNING id`)) as {
        id: string;
      }[];
      await db.query(
        `INSERT INTO estates (id, name, operator, regency_code, lat, lng, area_ha, status, national_strategic_project, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          r.name,
          r.operator || null,
          r.regency_code,
          Number(r.lat),
          Number(r.lng),
          r.area_ha ? Number(r.area_ha) : null,
          r.status,
          r.national_strategic_project === 'true',
          r.note || null,
        ],
      );
    }

    await db.query(`
      ALTER TABLE suppliers ADD COLUMN estate_id uuid
        CONSTRAINT suppliers_estate_fk REFERENCES estates (id)`);
    await db.query('CREATE INDEX suppliers_estate_id_idx ON suppliers (estate_id) WHERE estate_id IS NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE suppliers DROP COLUMN estate_id');
    await db.query('DROP TABLE estates');
    await db.query(`DELETE FROM organizations WHERE type = 'estate'`);
    await db.query('DROP TABLE ports');
  }
}
