import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The in-app inbox, and the outbox of e-mails to send: both written in the
 * transaction of whatever caused them, so that a notification exists exactly
 * when its cause does; a sender works through the outbox afterwards.
 */
export class Notifications1795824001200 implements MigrationInterface {
  name = 'Notifications1795824001200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        type text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_pk PRIMARY KEY (id),
        CONSTRAINT notifications_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
        CONSTRAINT notifications_type_check CHECK (
          type IN ('match_introduced', 'match_accepted', 'certification_verified', 'request_published')),
        CONSTRAINT notifications_title_check CHECK (length(title) BETWEEN 1 AND 200),
        CONSTRAINT notifications_body_check CHECK (length(body) BETWEEN 1 AND 2000),
        CONSTRAINT notifications_data_check CHECK (jsonb_typeof(data) = 'object')
      )`);
    await db.query('CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)');
    await db.query(`
      CREATE TABLE email_outbox (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        notification_id uuid NOT NULL,
        to_email text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT email_outbox_pk PRIMARY KEY (id),
        CONSTRAINT email_outbox_notification_fk FOREIGN KEY (notification_id) REFERENCES notifications (id),
        CONSTRAINT email_outbox_status_check CHECK (
          (status = 'pending' AND sent_at IS NULL) OR (status = 'sent' AND sent_at IS NOT NULL) OR status = 'failed'),
        CONSTRAINT email_outbox_attempts_check CHECK (attempts >= 0)
      )`);
    await db.query(`CREATE INDEX email_outbox_pending_idx ON email_outbox (created_at) WHERE status = 'pending'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE email_outbox');
    await db.query('DROP TABLE notifications');
  }
}
