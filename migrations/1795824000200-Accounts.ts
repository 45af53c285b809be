import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, their refresh-token families, and the append-only security log. */
export class Accounts1795824000200 implements MigrationInterface {
  name = 'Accounts1795824000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        role text NOT NULL,
        disabled_at timestamptz,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_pk PRIMARY KEY (id),
        CONSTRAINT users_email_normalised_check CHECK (email = lower(btrim(email)) AND email LIKE '_%@_%'),
        CONSTRAINT users_role_check CHECK (role IN ('ikm_owner', 'oem_buyer', 'estate_manager', 'curator', 'admin')),
        CONSTRAINT users_full_name_check CHECK (length(btrim(full_name)) BETWEEN 1 AND 200),
        CONSTRAINT users_password_hash_check CHECK (password_hash LIKE '$argon2id$%')
      )`);
    await db.query('CREATE UNIQUE INDEX users_email_unique ON users (email)');

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        family_expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT refresh_tokens_pk PRIMARY KEY (id),
        CONSTRAINT refresh_tokens_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT refresh_tokens_expiry_check CHECK (expires_at <= family_expires_at)
      )`);
    await db.query('CREATE UNIQUE INDEX refresh_tokens_token_hash_unique ON refresh_tokens (token_hash)');
    await db.query('CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id)');
    await db.query('CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id)');

    await db.query(`
      CREATE TABLE security_events (
        id bigint GENERATED ALWAYS AS IDENTITY,
        type text NOT NULL,
        actor_user_id uuid,
        subject_user_id uuid,
        ip text,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT security_events_pk PRIMARY KEY (id),
        CONSTRAINT security_events_actor_fk FOREIGN KEY (actor_user_id) REFERENCES users (id),
        CONSTRAINT security_events_subject_fk FOREIGN KEY (subject_user_id) REFERENCES users (id),
        CONSTRAINT security_events_type_check CHECK (type ~ '^[a-z_]+$')
      )`);
    await db.query(
      'CREATE INDEX security_events_subject_type_created_idx ON security_events (subject_user_id, type, created_at)',
    );
    // Append-only: the log is evidence, so the database refuses to change or delete it.
    await db.query(`
      CREATE FUNCTION security_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'security_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER security_events_append_only BEFORE UPDATE OR DELETE ON security_events
      FOR EACH ROW EXECUTE FUNCTION security_events_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE security_events');
    await db.query('DROP FUNCTION security_events_append_only()');
    await db.query('DROP TABLE refresh_tokens');
    await db.query('DROP TABLE users');
  }
}
