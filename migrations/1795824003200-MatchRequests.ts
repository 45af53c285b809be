import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Either side may ask for an introduction: a match can now begin as
 * `requested`, by a member of the buyer or of the supplier (`requested_by`),
 * before any curator has looked at it (so `curator_id` is empty until one
 * introduces or declines it). A request declined by a curator was never
 * introduced. The history records the request as a `request` event, and the
 * requesting side is told when a curator declines it.
 */
export class MatchRequests1795824003200 implements MigrationInterface {
  name = 'MatchRequests1795824003200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE matches
        ADD COLUMN requested_by text,
        ALTER COLUMN curator_id DROP NOT NULL,
        DROP CONSTRAINT matches_status_check,
        ADD CONSTRAINT matches_status_check CHECK (
          status IN ('requested', 'shortlisted', 'introduced', 'engaged', 'won', 'lost', 'declined', 'withdrawn')),
        DROP CONSTRAINT matches_introduced_check,
        ADD CONSTRAINT matches_introduced_check CHECK (
          (status IN ('requested', 'shortlisted') AND introduced_at IS NULL)
          OR status = 'withdrawn'
          OR (status = 'declined' AND (introduced_at IS NOT NULL OR requested_by IS NOT NULL))
          OR (status NOT IN ('requested', 'shortlisted', 'withdrawn', 'declined') AND introduced_at IS NOT NULL)),
        ADD CONSTRAINT matches_requested_by_check CHECK (requested_by IN ('buyer', 'supplier')),
        ADD CONSTRAINT matches_requested_check CHECK (status <> 'requested' OR requested_by IS NOT NULL),
        ADD CONSTRAINT matches_curator_check CHECK (status = 'requested' OR curator_id IS NOT NULL)`);
    await db.query(`
      ALTER TABLE match_events
        DROP CONSTRAINT match_events_type_check,
        ADD CONSTRAINT match_events_type_check CHECK (
          type IN ('shortlist', 'request', 'introduce', 'accept', 'decline', 'win', 'lose', 'withdraw'))`);
    await db.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (
          type IN ('match_introduced', 'match_accepted', 'match_request_declined', 'certification_verified',
                   'request_published'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // Requests that were never introduced have no place in the older model: they go, with their history.
    // Introduced ones stay, their request recorded as a shortlist by the curator who introduced them.
    await db.query('ALTER TABLE match_events DISABLE TRIGGER match_events_append_only');
    await db.query(`
      DELETE FROM match_events e USING matches m
       WHERE e.match_id = m.id AND m.requested_by IS NOT NULL AND m.introduced_at IS NULL`);
    await db.query(`
      UPDATE match_events e SET type = 'shortlist', actor_user_id = m.curator_id, actor_organization_id = NULL,
             to_status = 'shortlisted'
        FROM matches m WHERE e.match_id = m.id AND e.type = 'request'`);
    await db.query('ALTER TABLE match_events ENABLE TRIGGER match_events_append_only');
    await db.query('DELETE FROM matches WHERE requested_by IS NOT NULL AND introduced_at IS NULL');
    await db.query(`DELETE FROM email_outbox o USING notifications n
       WHERE o.notification_id = n.id AND n.type = 'match_request_declined'`);
    await db.query(`DELETE FROM notifications WHERE type = 'match_request_declined'`);
    await db.query(`
      ALTER TABLE notifications
        DROP CONSTRAINT notifications_type_check,
        ADD CONSTRAINT notifications_type_check CHECK (
          type IN ('match_introduced', 'match_accepted', 'certification_verified', 'request_published'))`);
    await db.query(`
      ALTER TABLE match_events
        DROP CONSTRAINT match_events_type_check,
        ADD CONSTRAINT match_events_type_check CHECK (
          type IN ('shortlist', 'introduce', 'accept', 'decline', 'win', 'lose', 'withdraw'))`);
    await db.query(`
      ALTER TABLE matches
        DROP CONSTRAINT matches_curator_check,
        DROP CONSTRAINT matches_requested_check,
        DROP CONSTRAINT matches_requested_by_check,
        DROP CONSTRAINT matches_introduced_check,
        ADD CONSTRAINT matches_introduced_check CHECK (
          (status = 'shortlisted' AND introduced_at IS NULL)
          OR status = 'withdrawn'
          OR (status NOT IN ('shortlisted', 'withdrawn') AND introduced_at IS NOT NULL)),
        DROP CONSTRAINT matches_status_check,
        ADD CONSTRAINT matches_status_check CHECK (
          status IN ('shortlisted', 'introduced', 'engaged', 'won', 'lost', 'declined', 'withdrawn')),
        ALTER COLUMN curator_id SET NOT NULL,
        DROP COLUMN requested_by`);
  }
}
