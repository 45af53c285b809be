import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '../common/time/clock';
import { SourcingRequestsRepository } from './sourcing-requests.repository';

/**
 * Closes open requests whose due date has passed. Runs every ten minutes (a
 * request closes within ten minutes of midnight WIB after its due date);
 * idempotent, so several instances or a rerun close each request once.
 */
@Injectable()
export class SourcingRequestsScheduler {
  private readonly logger = new Logger(SourcingRequestsScheduler.name);

  constructor(
    private readonly requests: SourcingRequestsRepository,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_10_MINUTES, { name: 'close-overdue-requests' })
  async closeOverdue(): Promise<number> {
    const closed = await this.requests.closeOverdue(this.clock.today());
    if (closed > 0) this.logger.log(`closed ${closed} sourcing request(s) past their due date`);
    return closed;
  }
}
