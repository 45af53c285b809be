import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { NotificationDto, NotificationType } from './dto/notification.dto';

const COLUMNS = `id, type, title, body, data, read_at AS "readAt", created_at AS "createdAt"`;

export interface OutboxMail {
  id: string;
  toEmail: string;
  subject: string;
  body: string;
  attempts: number;
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One notification, and one e-mail in the outbox, for every active member of
   * the organisations, in the caller's transaction. Answers how many users.
   */
  async notifyMembers(
    manager: EntityManager,
    organizationIds: string[],
    message: { type: NotificationType; title: string; body: string; data: Record<string, string> },
  ): Promise<number> {
    const [{ count }] = await manager.query<{ count: number }[]>(
      `WITH recipients AS (
         SELECT DISTINCT u.id, u.email FROM memberships ms JOIN users u ON u.id = ms.user_id
          WHERE ms.organization_id = ANY ($1) AND u.disabled_at IS NULL
       ),
       inbox AS (
         INSERT INTO notifications (user_id, type, title, body, data)
         SELECT id, $2, $3, $4, $5 FROM recipients RETURNING id, user_id
       ),
       outbox AS (
         INSERT INTO email_outbox (notification_id, to_email, subject, body)
         SELECT inbox.id, recipients.email, $3, $4 FROM inbox JOIN recipients ON recipients.id = inbox.user_id
         RETURNING 1
       )
       SELECT count(*)::int AS count FROM outbox`,
      [organizationIds, message.type, message.title, message.body, JSON.stringify(message.data)],
    );
    return count;
  }

  async list(userId: string, unread: boolean | undefined, page: number, limit: number) {
    const filter = `user_id = $1 AND ($2::boolean IS NULL OR (read_at IS NULL) = $2)`;
    const [{ total, unreadCount }] = await this.dataSource.query<{ total: number; unreadCount: number }[]>(
      `SELECT count(*) FILTER (WHERE ${filter})::int AS total,
              count(*) FILTER (WHERE read_at IS NULL)::int AS "unreadCount"
         FROM notifications WHERE user_id = $1`,
      [userId, unread ?? null],
    );
    const items = await this.dataSource.query<NotificationDto[]>(
      `SELECT ${COLUMNS} FROM notifications WHERE ${filter} ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
      [userId, unread ?? null, limit, (page - 1) * limit],
    );
    return { items, total, unread: unreadCount };
  }

  /** Marks one of the user's notifications read; undefined when it is not theirs. */
  async markRead(userId: string, id: string): Promise<NotificationDto | undefined> {
    const [row] = await this.dataSource.query<NotificationDto[]>(
      `WITH marked AS (
         UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING *
       )
       SELECT ${COLUMNS} FROM marked`,
      [id, userId],
    );
    return row;
  }

  async markAllRead(userId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `WITH marked AS (UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING 1)
       SELECT count(*)::int AS count FROM marked`,
      [userId],
    );
    return count;
  }

  pending(limit: number): Promise<OutboxMail[]> {
    return this.dataSource.query<OutboxMail[]>(
      `SELECT id, to_email AS "toEmail", subject, body, attempts FROM email_outbox
        WHERE status = 'pending' ORDER BY created_at, id LIMIT $1`,
      [limit],
    );
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE email_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1 WHERE id = $1 AND status = 'pending'`,
      [id],
    );
  }

  /** A failed attempt; after `maxAttempts` the mail is given up as failed. */
  async markAttemptFailed(id: string, error: string, maxAttempts: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE email_outbox SET attempts = attempts + 1, last_error = left($2, 500),
              status = CASE WHEN attempts + 1 >= $3 THEN 'failed' ELSE status END
        WHERE id = $1 AND status = 'pending'`,
      [id, error, maxAttempts],
    );
  }
}
