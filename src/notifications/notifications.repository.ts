import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsSelect, FindOptionsWhere, IsNull, Not } from 'typeorm';
import { Notification } from './notification.entity';
import { OutboxEmail } from './outbox-email.entity';

/** A notification as its recipient sees it: whose it is goes without saying. */
export type OwnNotification = Omit<Notification, 'userId'>;

/** Selects an OwnNotification. */
const OWN: FindOptionsSelect<Notification> = {
  id: true,
  type: true,
  title: true,
  body: true,
  data: true,
  readAt: true,
  createdAt: true,
};

/**
 * A one-time link must not outlive its mail in the database: once a mail that
 * holds one is sent (or given up), only this note stays of its body.
 */
const BLANKED_WHEN_SECRET = `CASE WHEN contains_secret THEN '(dihapus setelah dikirim: berisi tautan sekali pakai)' ELSE body END`;

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One notification, and one e-mail in the outbox, for every active member of
   * the organisations, in the caller's transaction. Answers how many users.
   * One statement: the recipients it picks are exactly those it writes to.
   */
  async notifyMembers(
    manager: EntityManager,
    organizationIds: string[],
    message: Pick<Notification, 'type' | 'title' | 'body' | 'data'>,
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

  async list(
    userId: string,
    unread: boolean | undefined,
    page: number,
    limit: number,
  ): Promise<{ items: OwnNotification[]; total: number; unread: number }> {
    const notifications = this.dataSource.getRepository(Notification);
    const where: FindOptionsWhere<Notification> =
      unread === undefined ? { userId } : { userId, readAt: unread ? IsNull() : Not(IsNull()) };
    const [items, total] = await notifications.findAndCount({
      select: OWN,
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
    return { items, total, unread: await notifications.countBy({ userId, readAt: IsNull() }) };
  }

  /** Marks one of the user's notifications read; null when it is not theirs. */
  async markRead(userId: string, id: string): Promise<OwnNotification | null> {
    const notifications = this.dataSource.getRepository(Notification);
    await notifications.update({ id, userId }, { readAt: () => 'coalesce(read_at, now())' });
    return notifications.findOne({ select: OWN, where: { id, userId } });
  }

  async markAllRead(userId: string): Promise<number> {
    const { affected } = await this.dataSource
      .getRepository(Notification)
      .update({ userId, readAt: IsNull() }, { readAt: () => 'now()' });
    return affected ?? 0;
  }

  /** A mail that is no inbox notification (an account mail), in the caller's transaction. */
  async queueEmail(
    manager: EntityManager,
    mail: Pick<OutboxEmail, 'toEmail' | 'subject' | 'body' | 'containsSecret'>,
  ): Promise<void> {
    await manager.getRepository(OutboxEmail).insert(mail);
  }

  /**
   * Mails to send next: account links first (someone is waiting for a reset or verification link, which
   * expires), then the oldest first. Behind a backlog (a bulk import's notifications), a link still goes at once.
   */
  /**
   * Claims up to `limit` pending mails for `leaseSeconds`, account mails first, then the oldest: mails another
   * sender claimed (or is claiming, SKIP LOCKED) are left to it, so that two instances never send the same
   * mail; a sender that dies leaves its claims to lapse.
   */
  async claimPending(
    limit: number,
    leaseSeconds: number,
  ): Promise<Pick<OutboxEmail, 'id' | 'toEmail' | 'subject' | 'body'>[]> {
    const rows = await this.dataSource.query<{ id: string; to_email: string; subject: string; body: string }[]>(
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] rather than rows.
      `WITH claimed AS (
         UPDATE email_outbox SET claimed_until = now() + make_interval(secs => $2)
          WHERE id IN (
            SELECT id FROM email_outbox
             WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until < now())
             ORDER BY contains_secret DESC, created_at, id
             LIMIT $1
               FOR UPDATE SKIP LOCKED)
         RETURNING id, to_email, subject, body, contains_secret, created_at)
       SELECT * FROM claimed ORDER BY contains_secret DESC, created_at, id`,
      [limit, leaseSeconds],
    );
    return rows.map((row) => ({ id: row.id, toEmail: row.to_email, subject: row.subject, body: row.body }));
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource
      .getRepository(OutboxEmail)
      .update(
        { id, status: 'pending' },
        { status: 'sent', sentAt: () => 'now()', attempts: () => 'attempts + 1', body: () => BLANKED_WHEN_SECRET },
      );
  }

  /** A failed attempt; after `maxAttempts` the mail is given up as failed. */
  async markAttemptFailed(id: string, error: string, maxAttempts: number): Promise<void> {
    await this.dataSource
      .getRepository(OutboxEmail)
      .createQueryBuilder()
      .update()
      .set({
        attempts: () => 'attempts + 1',
        lastError: () => 'left(:error, 500)',
        status: () => `CASE WHEN attempts + 1 >= :maxAttempts THEN 'failed' ELSE status END`,
        // Free for the next round (the same sender's or another's).
        claimedUntil: null,
        body: () => `CASE WHEN attempts + 1 >= :maxAttempts THEN ${BLANKED_WHEN_SECRET} ELSE body END`,
      })
      .where({ id, status: 'pending' })
      .setParameters({ error, maxAttempts })
      .execute();
  }
}
