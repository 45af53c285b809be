import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two guards on accounts that a timestamp or a count after the fact could not
 * give. `token_version` is carried by every access token and moves when the
 * password changes, so a token issued in the same second as the change still
 * ends (issue times are whole seconds). `failed_logins` counts an attempt
 * before its password is checked, in the statement that decides whether it
 * may be checked at all, so concurrent guesses cannot overtake the lockout.
 */
export class AccountGuards1795824001900 implements MigrationInterface {
  name = 'AccountGuards1795824001900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN token_version integer NOT NULL DEFAULT 0,
        ADD COLUMN failed_logins integer NOT NULL DEFAULT 0,
        ADD COLUMN failed_logins_since timestamptz,
        ADD CONSTRAINT users_token_version_check CHECK (token_version >= 0),
        ADD CONSTRAINT users_failed_logins_check CHECK (failed_logins >= 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        DROP CONSTRAINT users_failed_logins_check,
        DROP CONSTRAINT users_token_version_check,
        DROP COLUMN failed_logins_since,
        DROP COLUMN failed_logins,
        DROP COLUMN token_version`);
  }
}
