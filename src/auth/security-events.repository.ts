import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export const SECURITY_EVENT_TYPES = [
  'account_created',
  'account_disabled',
  'account_enabled',
  'password_changed',
  'login_succeeded',
  'login_failed',
  'login_locked',
  'refresh_reuse_detected',
  'logout',
  'membership_added',
  'membership_removed',
] as const;
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

export interface SecurityEvent {
  type: SecurityEventType;
  actorUserId?: string | null;
  subjectUserId?: string | null;
  ip?: string | null;
  /** Never secrets: no passwords, tokens or hashes. */
  details?: Record<string, unknown>;
}

@Injectable()
export class SecurityEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(event: SecurityEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO security_events (type, actor_user_id, subject_user_id, ip, details) VALUES ($1, $2, $3, $4, $5)`,
      [event.type, event.actorUserId ?? null, event.subjectUserId ?? null, event.ip ?? null, event.details ?? {}],
    );
  }

  async countRecent(type: SecurityEventType, subjectUserId: string, withinSeconds: number): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM security_events
        WHERE subject_user_id = $1 AND type = $2 AND created_at > now() - make_interval(secs => $3)`,
      [subjectUserId, type, withinSeconds],
    );
    return count;
  }

  async list(filter: { type?: SecurityEventType; userId?: string; page: number; limit: number }) {
    const where = `($1::text IS NULL OR type = $1)
      AND ($2::uuid IS NULL OR actor_user_id = $2 OR subject_user_id = $2)`;
    const params = [filter.type ?? null, filter.userId ?? null];
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM security_events WHERE ${where}`,
      params,
    );
    const items = await this.dataSource.query<StoredSecurityEvent[]>(
      `SELECT id::text AS id, type, actor_user_id AS "actorUserId", subject_user_id AS "subjectUserId", ip, details,
              created_at AS "createdAt"
         FROM security_events WHERE ${where}
        ORDER BY id DESC LIMIT $3 OFFSET $4`,
      [...params, filter.limit, (filter.page - 1) * filter.limit],
    );
    return { items, total };
  }
}

export interface StoredSecurityEvent {
  id: string;
  type: SecurityEventType;
  actorUserId: string | null;
  subjectUserId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
}
