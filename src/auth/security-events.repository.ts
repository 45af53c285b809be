import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
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

  async list(filter: {
    type?: SecurityEventType;
    userId?: string;
    page: number;
    limit: number;
  }): Promise<{ items: SecurityEvent[]; total: number }> {
    const byType: FindOptionsWhere<SecurityEvent> = filter.type ? { type: filter.type } : {};
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
    return { items, total };
  }
}
