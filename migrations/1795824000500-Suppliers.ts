import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IKM supplier profiles and their certifications. What validation checks, the
 * database checks too: formats, ranges, codes that must exist in the reference
 * tables (arrays cannot have foreign keys, so a trigger does it), one active
 * profile per NIB. The search vector is kept by a trigger, since it includes the
 * names and aliases of the supplier's processes, materials and part categories.
 */
export class Suppliers1795824000500 implements MigrationInterface {
  name = 'Suppliers1795824000500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE suppliers (
        id uuid NOT NULL,
        organization_type text NOT NULL DEFAULT 'supplier',
        name text NOT NULL,
        nib text,
        npwp text,
        kbli text[] NOT NULL DEFAULT '{}',
        size_class text,
        description text NOT NULL,
        regency_code text NOT NULL,
        address text NOT NULL,
        lat double precision NOT NULL,
        lng double precision NOT NULL,
        location cube GENERATED ALWAYS AS (geo_point(lat, lng)) STORED,
        processes text[] NOT NULL,
        materials text[] NOT NULL DEFAULT '{}',
        product_categories text[] NOT NULL DEFAULT '{}',
        monthly_capacity_quantity numeric(14,2),
        monthly_capacity_unit text,
        employees integer,
        tkdn_percent numeric(5,2),
        machines jsonb NOT NULL DEFAULT '[]',
        contact_phone text NOT NULL,
        contact_email text NOT NULL,
        verification text NOT NULL DEFAULT 'unverified',
        verification_reason text,
        verified_by uuid,
        verified_at timestamptz,
        search_vector tsvector NOT NULL DEFAULT ''::tsvector,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT suppliers_pk PRIMARY KEY (id),
        CONSTRAINT suppliers_organization_fk FOREIGN KEY (id, organization_type) REFERENCES organizations (id, type),
        CONSTRAINT suppliers_organization_type_check CHECK (organization_type = 'supplier'),
        CONSTRAINT suppliers_regency_fk FOREIGN KEY (regency_code) REFERENCES regions (code),
        CONSTRAINT suppliers_verified_by_fk FOREIGN KEY (verified_by) REFERENCES users (id),
        CONSTRAINT suppliers_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT suppliers_nib_check CHECK (nib ~ '^[0-9]{13}$'),
        CONSTRAINT suppliers_npwp_check CHECK (npwp ~ '^[0-9]{16}$'),
        CONSTRAINT suppliers_size_class_check CHECK (size_class IN ('micro', 'small', 'medium')),
        CONSTRAINT suppliers_description_check CHECK (length(description) <= 5000),
        CONSTRAINT suppliers_regency_code_check CHECK (regency_code ~ '^[0-9]{2}\\.[0-9]{2}$'),
        CONSTRAINT suppliers_location_check CHECK (lat BETWEEN -11.5 AND 6.5 AND lng BETWEEN 94.5 AND 141.5),
        CONSTRAINT suppliers_processes_check CHECK (cardinality(processes) BETWEEN 1 AND 50),
        CONSTRAINT suppliers_capacity_check CHECK (
          (monthly_capacity_quantity IS NULL) = (monthly_capacity_unit IS NULL)
          AND (monthly_capacity_quantity IS NULL OR monthly_capacity_quantity > 0)
          AND (monthly_capacity_unit IS NULL OR monthly_capacity_unit IN ('pcs', 'set', 'kg', 'ton', 'm', 'm2'))
        ),
        CONSTRAINT suppliers_employees_check CHECK (employees BETWEEN 0 AND 100000),
        CONSTRAINT suppliers_tkdn_check CHECK (tkdn_percent BETWEEN 0 AND 100),
        CONSTRAINT suppliers_machines_check CHECK (jsonb_typeof(machines) = 'array'),
        CONSTRAINT suppliers_contact_check CHECK (length(contact_phone) BETWEEN 6 AND 30 AND contact_email LIKE '_%@_%'),
        CONSTRAINT suppliers_verification_check CHECK (
          (verification = 'unverified' AND verification_reason IS NULL)
          OR (verification = 'verified' AND verified_by IS NOT NULL AND verified_at IS NOT NULL)
          OR (verification = 'rejected' AND verified_by IS NOT NULL AND length(btrim(verification_reason)) > 0)
        ),
        CONSTRAINT suppliers_version_check CHECK (version >= 1)
      )`);
    await db.query('CREATE UNIQUE INDEX suppliers_nib_active_unique ON suppliers (nib) WHERE deleted_at IS NULL');
    await db.query('CREATE INDEX suppliers_search_vector_idx ON suppliers USING gin (search_vector)');
    await db.query('CREATE INDEX suppliers_processes_idx ON suppliers USING gin (processes)');
    await db.query('CREATE INDEX suppliers_materials_idx ON suppliers USING gin (materials)');
    await db.query('CREATE INDEX suppliers_product_categories_idx ON suppliers USING gin (product_categories)');
    await db.query('CREATE INDEX suppliers_name_trgm_idx ON suppliers USING gin (lower(name) gin_trgm_ops)');
    await db.query('CREATE INDEX suppliers_location_idx ON suppliers USING gist (location)');
    await db.query('CREATE INDEX suppliers_regency_code_idx ON suppliers (regency_code)');
    await db.query('CREATE INDEX suppliers_updated_at_idx ON suppliers (updated_at DESC, id)');

    await db.query(`
      CREATE FUNCTION suppliers_check_codes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM unnest(NEW.processes) c WHERE NOT EXISTS (SELECT 1 FROM processes t WHERE t.code = c))
          OR EXISTS (SELECT 1 FROM unnest(NEW.materials) c WHERE NOT EXISTS (SELECT 1 FROM materials t WHERE t.code = c))
          OR EXISTS (SELECT 1 FROM unnest(NEW.product_categories) c WHERE NOT EXISTS (SELECT 1 FROM part_categories t WHERE t.code = c))
          OR EXISTS (SELECT 1 FROM unnest(NEW.kbli) c WHERE NOT EXISTS (SELECT 1 FROM kbli t WHERE t.code = c))
        THEN
          RAISE EXCEPTION 'unknown reference code on supplier %', NEW.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'suppliers_codes_fk';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER suppliers_check_codes BEFORE INSERT OR UPDATE OF processes, materials, product_categories, kbli
      ON suppliers FOR EACH ROW EXECUTE FUNCTION suppliers_check_codes()`);

    // Words that find a supplier by what it does: names and aliases of its codes and of their groups.
    await db.query(`
      CREATE FUNCTION capability_terms(process_codes text[], material_codes text[], category_codes text[])
      RETURNS text LANGUAGE sql STABLE AS $$
        SELECT coalesce(string_agg(t.name_id || ' ' || t.name_en || ' ' || array_to_string(t.aliases, ' '), ' '), '')
          FROM (
            SELECT name_id, name_en, aliases FROM processes
             WHERE code = ANY (process_codes) OR code IN (SELECT parent_code FROM processes WHERE code = ANY (process_codes))
            UNION ALL
            SELECT name_id, name_en, aliases FROM materials
             WHERE code = ANY (material_codes) OR code IN (SELECT parent_code FROM materials WHERE code = ANY (material_codes))
            UNION ALL
            SELECT name_id, name_en, aliases FROM part_categories
             WHERE code = ANY (category_codes) OR code IN (SELECT parent_code FROM part_categories WHERE code = ANY (category_codes))
          ) t
      $$`);
    await db.query(`
      CREATE FUNCTION suppliers_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        terms text := capability_terms(NEW.processes, NEW.materials, NEW.product_categories);
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('indonesian', NEW.name), 'A') || setweight(to_tsvector('simple', NEW.name), 'A')
          || setweight(to_tsvector('indonesian', terms), 'B') || setweight(to_tsvector('simple', terms), 'B')
          || setweight(to_tsvector('indonesian', NEW.description), 'C') || setweight(to_tsvector('simple', NEW.description), 'C');
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER suppliers_search_vector BEFORE INSERT OR UPDATE OF name, description, processes, materials, product_categories
      ON suppliers FOR EACH ROW EXECUTE FUNCTION suppliers_search_vector()`);

    await db.query(`
      CREATE TABLE supplier_certifications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL,
        code text NOT NULL,
        number text NOT NULL,
        issuer text NOT NULL,
        valid_from date,
        valid_until date NOT NULL,
        evidence_note text,
        status text NOT NULL DEFAULT 'declared',
        status_reason text,
        verified_by uuid,
        verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT supplier_certifications_pk PRIMARY KEY (id),
        CONSTRAINT supplier_certifications_supplier_fk FOREIGN KEY (supplier_id) REFERENCES suppliers (id),
        CONSTRAINT supplier_certifications_code_fk FOREIGN KEY (code) REFERENCES certifications (code),
        CONSTRAINT supplier_certifications_verified_by_fk FOREIGN KEY (verified_by) REFERENCES users (id),
        CONSTRAINT supplier_certifications_number_check CHECK (length(btrim(number)) BETWEEN 1 AND 100),
        CONSTRAINT supplier_certifications_issuer_check CHECK (length(btrim(issuer)) BETWEEN 1 AND 200),
        CONSTRAINT supplier_certifications_validity_check CHECK (valid_from IS NULL OR valid_from <= valid_until),
        CONSTRAINT supplier_certifications_status_check CHECK (
          (status = 'declared' AND verified_by IS NULL AND status_reason IS NULL)
          OR (status = 'verified' AND verified_by IS NOT NULL AND verified_at IS NOT NULL)
          OR (status = 'rejected' AND verified_by IS NOT NULL AND length(btrim(status_reason)) > 0)
        )
      )`);
    await db.query(
      'CREATE UNIQUE INDEX supplier_certifications_number_unique ON supplier_certifications (supplier_id, code, number)',
    );
    await db.query(
      "CREATE INDEX supplier_certifications_held_idx ON supplier_certifications (code, supplier_id, valid_until) WHERE status <> 'rejected'",
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE supplier_certifications');
    await db.query('DROP TABLE suppliers');
    await db.query('DROP FUNCTION suppliers_search_vector()');
    await db.query('DROP FUNCTION capability_terms(text[], text[], text[])');
    await db.query('DROP FUNCTION suppliers_check_codes()');
  }
}
