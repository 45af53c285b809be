import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Owners are told the curators' verdicts on their profile (verified or
 * rejected, with the reason) and on a certificate they declared (rejected,
 * with the reason; verified was already told), and how a match ended (won or
 * lost).
 */
export class OwnerNotifications1795824003210 implements MigrationInterface {
  name = 'OwnerNotifications1795824003210';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (
          type IN ('match_introduced', 'match_accepted', 'match_request_declined', 'match_won', 'match_lost',
                   'profile_verified', 'profile_rejected', 'certification_verified', 'certification_rejected',
                   'request_published'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    const added = `('match_won', 'match_lost', 'profile_verified', 'profile_rejected', 'certification_rejected')`;
    await db.query(
      `DELETE FROM email_outbox o USING notifications n WHERE o.notification_id = n.id AND n.type IN ${added}`,
    );
    await db.query(`DELETE FROM notifications WHERE type IN ${added}`);
    await db.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (
          type IN ('match_introduced', 'match_accepted', 'match_request_declined', 'certification_verified',
                   'request_published'))`);
  }
}
