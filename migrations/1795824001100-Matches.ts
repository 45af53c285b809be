import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Curated matches between a sourcing request and a supplier, with the score
 * as it was when a curator shortlisted it, and their history: one
 * append-only row per applied event (a trigger refuses changes), so the
 * history is complete and cannot be rewritten.
 */
export class Matches1795824001100 implements MigrationInterface {
  name = 'Matches1795824001100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE matches (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        sourcing_request_id uuid NOT NULL,
        supplier_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'shortlisted',
        score numeric(5,2) NOT NULL,
        breakdown jsonb NOT NULL,
        note text,
        curator_id uuid NOT NULL,
        introduced_at timestamptz,
        buyer_accepted_at timestamptz,
        supplier_accepted_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT matches_pk PRIMARY KEY (id),
        CONSTRAINT matches_pair_unique UNIQUE (sourcing_request_id, supplier_id),
        CONSTRAINT matches_request_fk FOREIGN KEY (sourcing_request_id) REFERENCES sourcing_requests (id),
        CONSTRAINT matches_supplier_fk FOREIGN KEY (supplier_id) REFERENCES suppliers (id),
        CONSTRAINT matches_curator_fk FOREIGN KEY (curator_id) REFERENCES users (id),
        CONSTRAINT matches_status_check CHECK (
          status IN ('shortlisted', 'introduced', 'engaged', 'won', 'lost', 'declined', 'withdrawn')),
        CONSTRAINT matches_score_check CHECK (score BETWEEN 0 AND 100),
        CONSTRAINT matches_breakdown_check CHECK (jsonb_typeof(breakdown) = 'array'),
        CONSTRAINT matches_note_check CHECK (length(note) <= 2000),
        CONSTRAINT matches_introduced_check CHECK (
          (status = 'shortlisted' AND introduced_at IS NULL)
          OR status = 'withdrawn'
          OR (status NOT IN ('shortlisted', 'withdrawn') AND introduced_at IS NOT NULL)),
        CONSTRAINT matches_engaged_check CHECK (
          status NOT IN ('engaged', 'won', 'lost') OR (buyer_accepted_at IS NOT NULL AND supplier_accepted_at IS NOT NULL)),
        CONSTRAINT matches_version_check CHECK (version >= 1)
      )`);
    await db.query('CREATE INDEX matches_supplier_id_idx ON matches (supplier_id)');
    await db.query('CREATE INDEX matches_status_idx ON matches (status, created_at)');

    await db.query(`
      CREATE TABLE match_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL,
        type text NOT NULL,
        actor_user_id uuid NOT NULL,
        actor_organization_id uuid,
        from_status text,
        to_status text NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT match_events_pk PRIMARY KEY (id),
        CONSTRAINT match_events_match_fk FOREIGN KEY (match_id) REFERENCES matches (id),
        CONSTRAINT match_events_actor_fk FOREIGN KEY (actor_user_id) REFERENCES users (id),
        CONSTRAINT match_events_organization_fk FOREIGN KEY (actor_organization_id) REFERENCES organizations (id),
        CONSTRAINT match_events_type_check CHECK (
          type IN ('shortlist', 'introduce', 'accept', 'decline', 'win', 'lose', 'withdraw')),
        CONSTRAINT match_events_note_check CHECK (length(note) <= 2000)
      )`);
    await db.query('CREATE INDEX match_events_match_id_idx ON match_events (match_id, created_at)');
    await db.query(`
      CREATE FUNCTION match_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'match_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER match_events_append_only BEFORE UPDATE OR DELETE ON match_events
      FOR EACH ROW EXECUTE FUNCTION match_events_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE match_events');
    await db.query('DROP FUNCTION match_events_append_only()');
    await db.query('DROP TABLE matches');
  }
}
