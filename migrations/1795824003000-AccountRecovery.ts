import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset and e-mail verification by single-use links, and the account's phone.
 *
 * `account_tokens` keeps only the SHA-256 of each link's token, so a copy of
 * the table opens no account; a token is spent by the one UPDATE that checks
 * it (`used_at IS NULL AND expires_at > now`), so two uses cannot both win.
 * Account mails are not inbox notifications: the outbox takes mails without
 * one, and `contains_secret` marks those whose body is blanked once sent.
 * An account's phone is stored in E.164 (`+6281234567890`), as the API normalises it.
 */
export class AccountRecovery1795824003000 implements MigrationInterface {
  name = 'AccountRecovery1795824003000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN phone text,
        ADD COLUMN email_verified_at timestamptz,
        ADD CONSTRAINT users_phone_check CHECK (phone ~ '^\\+[1-9][0-9]{6,14}$')`);
    await db.query(`
      CREATE TABLE account_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        purpose text NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_tokens_pk PRIMARY KEY (id),
        CONSTRAINT account_tokens_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT account_tokens_purpose_check CHECK (purpose IN ('password_reset', 'email_verification')),
        CONSTRAINT account_tokens_token_hash_check CHECK (token_hash ~ '^[0-9a-f]{64}$')
      )`);
    await db.query('CREATE UNIQUE INDEX account_tokens_token_hash_unique ON account_tokens (token_hash)');
    await db.query('CREATE INDEX account_tokens_user_purpose_idx ON account_tokens (user_id, purpose, created_at)');
    await db.query(`
      ALTER TABLE email_outbox
        ALTER COLUMN notification_id DROP NOT NULL,
        ADD COLUMN contains_secret boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM email_outbox WHERE notification_id IS NULL');
    await db.query(`
      ALTER TABLE email_outbox
        DROP COLUMN contains_secret,
        ALTER COLUMN notification_id SET NOT NULL`);
    await db.query('DROP TABLE account_tokens');
    await db.query(`
      ALTER TABLE users
        DROP CONSTRAINT users_phone_check,
        DROP COLUMN email_verified_at,
        DROP COLUMN phone`);
  }
}
