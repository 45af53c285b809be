import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The demand side: buyers (OEMs and tier-1s) with their plants, and their
 * sourcing requests. Plants are retired, never deleted, so requests that name
 * them keep their delivery point; a request's plant must be one of its
 * buyer's (a composite foreign key says so). Lists of codes are checked by a
 * trigger, as on suppliers, since arrays cannot carry foreign keys.
 */
/** A request may weigh the candidate score's factors its own way: each 0..50, summing to 100 (NULL: the defaults). */
const WEIGHT_FACTORS = ['capability', 'certification', 'distance', 'capacity', 'tkdn', 'verification'];
const weight = (factor: string) => `(score_weights ->> '${factor}')::numeric`;

export class Buyers1795824000800 implements MigrationInterface {
  name = 'Buyers1795824000800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE buyers (
        id uuid NOT NULL,
        organization_type text NOT NULL DEFAULT 'buyer',
        name text NOT NULL,
        kind text NOT NULL,
        description text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT buyers_pk PRIMARY KEY (id),
        CONSTRAINT buyers_organization_fk FOREIGN KEY (id, organization_type) REFERENCES organizations (id, type),
        CONSTRAINT buyers_organization_type_check CHECK (organization_type = 'buyer'),
        CONSTRAINT buyers_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT buyers_kind_check CHECK (kind IN ('oem', 'tier1')),
        CONSTRAINT buyers_description_check CHECK (length(description) <= 5000),
        CONSTRAINT buyers_version_check CHECK (version >= 1)
      )`);

    await db.query(`
      CREATE TABLE buyer_plants (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        buyer_id uuid NOT NULL,
        name text NOT NULL,
        regency_code text NOT NULL,
        lat double precision NOT NULL,
        lng double precision NOT NULL,
        estate_id uuid,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT buyer_plants_pk PRIMARY KEY (id),
        CONSTRAINT buyer_plants_id_buyer_unique UNIQUE (id, buyer_id),
        CONSTRAINT buyer_plants_buyer_fk FOREIGN KEY (buyer_id) REFERENCES buyers (id),
        CONSTRAINT buyer_plants_regency_fk FOREIGN KEY (regency_code) REFERENCES regions (code),
        CONSTRAINT buyer_plants_estate_fk FOREIGN KEY (estate_id) REFERENCES estates (id),
        CONSTRAINT buyer_plants_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT buyer_plants_location_check CHECK (lat BETWEEN -11.5 AND 6.5 AND lng BETWEEN 94.5 AND 141.5)
      )`);
    await db.query('CREATE INDEX buyer_plants_buyer_id_idx ON buyer_plants (buyer_id)');
    await db.query('CREATE INDEX buyer_plants_estate_id_idx ON buyer_plants (estate_id) WHERE estate_id IS NOT NULL');

    await db.query(`
      CREATE TABLE sourcing_requests (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        buyer_id uuid NOT NULL,
        plant_id uuid,
        title text NOT NULL,
        description text,
        part_category text NOT NULL,
        processes text[] NOT NULL,
        materials text[] NOT NULL DEFAULT '{}',
        required_certifications text[] NOT NULL DEFAULT '{}',
        annual_volume numeric(14,2) NOT NULL,
        unit text NOT NULL,
        max_distance_km numeric(7,1),
        min_tkdn_percent numeric(5,2),
        verified_only boolean NOT NULL DEFAULT false,
        due_date date,
        internal_notes text,
        target_price_idr bigint,
        score_weights jsonb,
        status text NOT NULL DEFAULT 'draft',
        published_at timestamptz,
        closed_at timestamptz,
        closed_reason text,
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sourcing_requests_pk PRIMARY KEY (id),
        CONSTRAINT sourcing_requests_buyer_fk FOREIGN KEY (buyer_id) REFERENCES buyers (id),
        CONSTRAINT sourcing_requests_plant_fk FOREIGN KEY (plant_id, buyer_id) REFERENCES buyer_plants (id, buyer_id),
        CONSTRAINT sourcing_requests_part_category_fk FOREIGN KEY (part_category) REFERENCES part_categories (code),
        CONSTRAINT sourcing_requests_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT sourcing_requests_title_check CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT sourcing_requests_description_check CHECK (length(description) <= 5000),
        CONSTRAINT sourcing_requests_processes_check CHECK (cardinality(processes) BETWEEN 1 AND 20),
        CONSTRAINT sourcing_requests_volume_check CHECK (annual_volume > 0),
        CONSTRAINT sourcing_requests_unit_check CHECK (unit IN ('pcs', 'set', 'kg', 'ton', 'm', 'm2')),
        CONSTRAINT sourcing_requests_distance_check CHECK (max_distance_km IS NULL OR (max_distance_km > 0 AND plant_id IS NOT NULL)),
        CONSTRAINT sourcing_requests_tkdn_check CHECK (min_tkdn_percent BETWEEN 0 AND 100),
        CONSTRAINT sourcing_requests_notes_check CHECK (length(internal_notes) <= 5000),
        CONSTRAINT sourcing_requests_price_check CHECK (target_price_idr > 0),
        CONSTRAINT sourcing_requests_score_weights_check CHECK (score_weights IS NULL OR (
          jsonb_typeof(score_weights) = 'object'
          AND ${WEIGHT_FACTORS.map((f) => `${weight(f)} BETWEEN 0 AND 50`).join(' AND ')}
          AND ${WEIGHT_FACTORS.map(weight).join(' + ')} = 100
        )),
        CONSTRAINT sourcing_requests_status_check CHECK (
          (status = 'draft' AND published_at IS NULL AND closed_at IS NULL)
          OR (status = 'open' AND published_at IS NOT NULL AND closed_at IS NULL)
          OR (status = 'closed' AND published_at IS NOT NULL AND closed_at IS NOT NULL
              AND closed_reason IN ('buyer', 'due_date'))
          OR (status = 'awarded' AND published_at IS NOT NULL AND closed_at IS NOT NULL)
        ),
        CONSTRAINT sourcing_requests_version_check CHECK (version >= 1)
      )`);
    await db.query('CREATE INDEX sourcing_requests_buyer_id_idx ON sourcing_requests (buyer_id, created_at DESC)');
    await db.query(`CREATE INDEX sourcing_requests_open_idx ON sourcing_requests (due_date) WHERE status = 'open'`);
    await db.query('CREATE INDEX sourcing_requests_processes_idx ON sourcing_requests USING gin (processes)');

    await db.query(`
      CREATE FUNCTION sourcing_requests_check_codes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM unnest(NEW.processes) c WHERE NOT EXISTS (SELECT 1 FROM processes t WHERE t.code = c))
          OR EXISTS (SELECT 1 FROM unnest(NEW.materials) c WHERE NOT EXISTS (SELECT 1 FROM materials t WHERE t.code = c))
          OR EXISTS (SELECT 1 FROM unnest(NEW.required_certifications) c
                      WHERE NOT EXISTS (SELECT 1 FROM certifications t WHERE t.code = c))
        THEN
          RAISE EXCEPTION 'unknown reference code on sourcing request %', NEW.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'sourcing_requests_codes_fk';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER sourcing_requests_check_codes BEFORE INSERT OR UPDATE OF processes, materials, required_certifications
      ON sourcing_requests FOR EACH ROW EXECUTE FUNCTION sourcing_requests_check_codes()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE sourcing_requests');
    await db.query('DROP FUNCTION sourcing_requests_check_codes()');
    await db.query('DROP TABLE buyer_plants');
    await db.query('DROP TABLE buyers');
    await db.query(`DELETE FROM organizations WHERE type = 'buyer'`);
  }
}
