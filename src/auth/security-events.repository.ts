import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { And, DataSource, EntityManager, FindOptionsWhere, LessThan, MoreThanOrEqual } from 'typeorm';
import { SecurityEvent, SecurityEventType } from './security-event.entity';

/** What a caller records; what it leaves out takes the column's default (null, or no details). */
export type NewSecurityEvent = Pick<SecurityEvent, 'type'> &
  Partial<Pick<SecurityEvent, 'actorUserId' | 'subjectUserId' | 'ip' | 'details'>>;

@Injectable()
export class SecurityEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(event: NewSecurityEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(SecurityEvent).insert(event);
  }

  /** Newest first, with the emails of the accounts involved; `from` inclusive, `until` exclusive. */
  async list(filter: {
    type?: SecurityEventType;
    userId?: string;
    from: Date | null;
    until: Date | null;
    page: number;
    limit: number;
  }): Promise<{
    items: (SecurityEvent & { actorEmail: string | null; subjectEmail: string | null })[];
    total: number;
  }> {
    const when = [
      ...(filter.from ? [MoreThanOrEqual(filter.from)] : []),
      ...(filter.until ? [LessThan(filter.until)] : []),
    ];
    const byType: FindOptionsWhere<SecurityEvent> = {
      ...(filter.type && { type: filter.type }),
      ...(when.length > 0 && { createdAt: And(...when) }),
    };
    const [items, total] = await this.dataSource.getRepository(SecurityEvent).findAndCount({
      where: filter.userId
        ? [
            { ...byType, actorUserId: filter.userId },
            { ...byType, subjectUserId: filter.userId },
          ]
        : byType,
      order: { id: 'DESC' },
      skip: (filter.page - 1) * filter.limit,
      take: filter.limit,
    });
    const ids = [...new Set(items.flatMap((e) => [e.actorUserId, e.subjectUserId]).filter((id) => id !== null))];
    const emails = new Map(
      ids.length === 0
        ? []
        : (
            await this.dataSource.query<{ id: string; email: string }[]>(
              `SELECT id, email FROM users WHERE id = ANY($1::uuid[])`,
              [ids],
            )
          ).map(({ id, email }) => [id, email]),
    );
    const email = (id: string | null) => (id === null ? null : (emails.get(id) ?? null));
    return {
      items: items.map((e) => ({ ...e, actorEmail: email(e.actorUserId), subjectEmail: email(e.subjectUserId) })),
      total,
    };
  }
}
