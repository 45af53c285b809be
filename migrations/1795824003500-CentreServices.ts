import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readDataCsv, splitList } from './support/csv';

const DIR = '3500-centre-services';
const KINDS_BEFORE = `'quality', 'environment', 'safety', 'product', 'laboratory', 'local_content', 'personnel', 'process'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'test_report', 'calibration'`;
const NOTIFICATIONS_BEFORE = `'match_introduced', 'match_accepted', 'match_request_declined', 'match_won', 'match_lost',
  'profile_verified', 'profile_rejected', 'profile_unverified', 'certification_verified',
  'certification_rejected', 'request_published'`;
const NOTIFICATIONS_AFTER = `${NOTIFICATIONS_BEFORE}, 'service_request'`;

/**
 * BBSPJILM's services as data (`centre_services`: testing, calibration,
 * standardisation, training, consultancy), what each helps with (certificate
 * codes, processes) and the evidence its completion records on the supplier
 * (`issues`: a certificate code, such as a material test report or a welder
 * qualification, recorded as verified); firms' requests for them
 * (`service_requests`) and their append-only history
 * (`service_request_events`, a trigger refuses changes). The evidence codes
 * (test reports, calibration and training certificates) join the
 * certificate catalogue, so that a request can ask for them like any
 * certificate. The starting catalogue is migrations/data/3500-centre-services/.
 */
export class CentreServices1795824003500 implements MigrationInterface {
  name = 'CentreServices1795824003500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE certifications DROP CONSTRAINT certifications_kind_check,
      ADD CONSTRAINT certifications_kind_check CHECK (kind IN (${KINDS_AFTER}))`);
    for (const row of readDataCsv(`${DIR}/certifications.csv`)) {
      await db.query('INSERT INTO certifications (code, kind, name_id, name_en, aliases) VALUES ($1, $2, $3, $4, $5)', [
        row.code,
        row.kind,
        row.name_id,
        row.name_en,
        splitList(row.aliases),
      ]);
    }

    await db.query(`
      CREATE TABLE centre_services (
        code text NOT NULL,
        kind text NOT NULL,
        name_id text NOT NULL,
        name_en text NOT NULL,
        description_id text NOT NULL,
        description_en text NOT NULL,
        certifications text[] NOT NULL DEFAULT '{}',
        processes text[] NOT NULL DEFAULT '{}',
        issues text,
        evidence_valid_months integer,
        typical_days integer NOT NULL,
        has_fee boolean NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT centre_services_pk PRIMARY KEY (code),
        CONSTRAINT centre_services_issues_fk FOREIGN KEY (issues) REFERENCES certifications (code),
        CONSTRAINT centre_services_code_check CHECK (code ~ '^[a-z0-9_]{2,60}$'),
        CONSTRAINT centre_services_kind_check CHECK (
          kind IN ('testing', 'calibration', 'standardisation', 'training', 'consultancy')),
        CONSTRAINT centre_services_names_check CHECK (
          length(btrim(name_id)) BETWEEN 1 AND 200 AND length(btrim(name_en)) BETWEEN 1 AND 200),
        CONSTRAINT centre_services_descriptions_check CHECK (
          length(description_id) <= 2000 AND length(description_en) <= 2000),
        CONSTRAINT centre_services_evidence_check CHECK (
          (issues IS NULL) = (evidence_valid_months IS NULL) AND coalesce(evidence_valid_months BETWEEN 1 AND 120, true)),
        CONSTRAINT centre_services_typical_days_check CHECK (typical_days BETWEEN 1 AND 730),
        CONSTRAINT centre_services_version_check CHECK (version >= 1)
      )`);
    for (const row of readDataCsv(`${DIR}/services.csv`)) {
      await db.query(
        `INSERT INTO centre_services (code, kind, name_id, name_en, description_id, description_en, certifications,
                                      processes, issues, evidence_valid_months, typical_days, has_fee)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          row.code,
          row.kind,
          row.name_id,
          row.name_en,
          row.description_id,
          row.description_en,
          splitList(row.certifications),
          splitList(row.processes),
          row.issues || null,
          row.evidence_valid_months ? Number(row.evidence_valid_months) : null,
          Number(row.typical_days),
          row.has_fee === 'true',
        ],
      );
    }

    await db.query(`
      CREATE TABLE service_requests (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL,
        service_code text NOT NULL,
        status text NOT NULL DEFAULT 'requested',
        note text,
        requested_by uuid NOT NULL,
        curator_id uuid,
        starts_on date,
        ends_on date,
        completed_on date,
        certification_id uuid,
        status_since timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT service_requests_pk PRIMARY KEY (id),
        CONSTRAINT service_requests_supplier_fk FOREIGN KEY (supplier_id) REFERENCES suppliers (id),
        CONSTRAINT service_requests_service_fk FOREIGN KEY (service_code) REFERENCES centre_services (code),
        CONSTRAINT service_requests_requested_by_fk FOREIGN KEY (requested_by) REFERENCES users (id),
        CONSTRAINT service_requests_curator_fk FOREIGN KEY (curator_id) REFERENCES users (id),
        CONSTRAINT service_requests_certification_fk FOREIGN KEY (certification_id)
          REFERENCES supplier_certifications (id) ON DELETE SET NULL,
        CONSTRAINT service_requests_status_check CHECK (
          status IN ('requested', 'scheduled', 'in_progress', 'done', 'cancelled')),
        CONSTRAINT service_requests_note_check CHECK (length(note) <= 2000),
        CONSTRAINT service_requests_schedule_check CHECK (
          (status = 'requested' OR status = 'cancelled' OR starts_on IS NOT NULL)
          AND (ends_on IS NULL OR (starts_on IS NOT NULL AND ends_on >= starts_on))),
        CONSTRAINT service_requests_done_check CHECK ((status = 'done') = (completed_on IS NOT NULL)),
        CONSTRAINT service_requests_version_check CHECK (version >= 1)
      )`);
    // One request of a service at a time per firm: asking again while one is under way is a conflict.
    await db.query(`
      CREATE UNIQUE INDEX service_requests_active_unique ON service_requests (supplier_id, service_code)
       WHERE status IN ('requested', 'scheduled', 'in_progress')`);
    await db.query('CREATE INDEX service_requests_queue_idx ON service_requests (status, status_since)');
    await db.query(
      "CREATE INDEX service_requests_completed_idx ON service_requests (completed_on) WHERE status = 'done'",
    );

    await db.query(`
      CREATE TABLE service_request_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        service_request_id uuid NOT NULL,
        type text NOT NULL,
        actor_user_id uuid NOT NULL,
        from_status text,
        to_status text NOT NULL,
        note text,
        starts_on date,
        ends_on date,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT service_request_events_pk PRIMARY KEY (id),
        CONSTRAINT service_request_events_request_fk FOREIGN KEY (service_request_id) REFERENCES service_requests (id),
        CONSTRAINT service_request_events_actor_fk FOREIGN KEY (actor_user_id) REFERENCES users (id),
        CONSTRAINT service_request_events_type_check CHECK (
          type IN ('request', 'schedule', 'start', 'complete', 'cancel')),
        CONSTRAINT service_request_events_note_check CHECK (length(note) <= 2000)
      )`);
    await db.query(
      'CREATE INDEX service_request_events_request_idx ON service_request_events (service_request_id, created_at)',
    );
    await db.query(`
      CREATE FUNCTION service_request_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'service_request_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER service_request_events_append_only BEFORE UPDATE OR DELETE ON service_request_events
      FOR EACH ROW EXECUTE FUNCTION service_request_events_append_only()`);

    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_type_check,
      ADD CONSTRAINT notifications_type_check CHECK (type IN (${NOTIFICATIONS_AFTER}))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM email_outbox o USING notifications n
       WHERE o.notification_id = n.id AND n.type = 'service_request'`);
    await db.query(`DELETE FROM notifications WHERE type = 'service_request'`);
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_type_check,
      ADD CONSTRAINT notifications_type_check CHECK (type IN (${NOTIFICATIONS_BEFORE}))`);
    await db.query('DROP TABLE service_request_events');
    await db.query('DROP FUNCTION service_request_events_append_only()');
    await db.query('DROP TABLE service_requests');
    await db.query('DROP TABLE centre_services');
    const added = readDataCsv(`${DIR}/certifications.csv`).map((row) => row.code);
    // Evidence recorded by services goes with the codes it was recorded under.
    await db.query('DELETE FROM supplier_certifications WHERE code = ANY ($1)', [added]);
    await db.query('DELETE FROM certifications WHERE code = ANY ($1)', [added]);
    await db.query(`ALTER TABLE certifications DROP CONSTRAINT certifications_kind_check,
      ADD CONSTRAINT certifications_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
  }
}
