import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The verification queue, told apart from the directory: where a profile came
 * from (`source`: registered by its owner, or imported by curators), since
 * when it has waited for a curator (`waiting_since`, set whenever it becomes
 * unverified, cleared by a verdict), and, when an owner's edit took a verdict
 * away, which claims the edits since changed (`verification_changes`).
 *
 * Backfill: a self-registered profile has a founding member (added by nobody);
 * imported ones have none, or only members an admin added. Profiles waiting
 * now are taken to wait since their creation: when an earlier verification
 * was lost is not recorded.
 */
export class VerificationQueue1795824003220 implements MigrationInterface {
  name = 'VerificationQueue1795824003220';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE suppliers
        ADD COLUMN source text NOT NULL DEFAULT 'self_registered',
        ADD COLUMN waiting_since timestamptz DEFAULT now(),
        ADD COLUMN verification_changes text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      UPDATE suppliers s SET
        source = CASE WHEN EXISTS (
            SELECT 1 FROM memberships m WHERE m.organization_id = s.id AND m.added_by_user_id IS NULL)
          THEN 'self_registered' ELSE 'imported' END,
        waiting_since = CASE WHEN s.verification = 'unverified' THEN s.created_at END`);
    await db.query(`
      ALTER TABLE suppliers
        ADD CONSTRAINT suppliers_source_check CHECK (source IN ('self_registered', 'imported')),
        ADD CONSTRAINT suppliers_waiting_check CHECK ((verification = 'unverified') = (waiting_since IS NOT NULL)),
        ADD CONSTRAINT suppliers_verification_changes_check CHECK (
          verification = 'unverified' OR cardinality(verification_changes) = 0)`);
    await db.query(`
      CREATE INDEX suppliers_verification_queue_idx ON suppliers (waiting_since, id)
       WHERE verification = 'unverified' AND deleted_at IS NULL`);
    await db.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (
          type IN ('match_introduced', 'match_accepted', 'match_request_declined', 'match_won', 'match_lost',
                   'profile_verified', 'profile_rejected', 'profile_unverified', 'certification_verified',
                   'certification_rejected', 'request_published'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM email_outbox o USING notifications n
       WHERE o.notification_id = n.id AND n.type = 'profile_unverified'`);
    await db.query(`DELETE FROM notifications WHERE type = 'profile_unverified'`);
    await db.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (
          type IN ('match_introduced', 'match_accepted', 'match_request_declined', 'match_won', 'match_lost',
                   'profile_verified', 'profile_rejected', 'certification_verified', 'certification_rejected',
                   'request_published'))`);
    await db.query('DROP INDEX suppliers_verification_queue_idx');
    await db.query(`
      ALTER TABLE suppliers
        DROP COLUMN verification_changes,
        DROP COLUMN waiting_since,
        DROP COLUMN source`);
  }
}
