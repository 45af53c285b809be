import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '../common/time/clock';
import { JobRuns } from '../jobs/job-runs';
import { SourcingRequestsRepository } from './sourcing-requests.repository';

const EVERY_MS = 10 * 60_000;

/**
 * Closes open requests whose due date has passed. Runs every ten minutes (a
 * request closes within ten minutes of midnight WIB after its due date), on
 * one instance of several; idempotent, so a rerun closes each request once.
 */
@Injectable()
export class SourcingRequestsScheduler {
  private readonly logger = new Logger(SourcingRequestsScheduler.name);

  constructor(
    private readonly requests: SourcingRequestsRepository,
    private readonly clock: Clock,
    private readonly jobs: JobRuns,
  ) {}

  /** The timer: runs the job unless another instance has just run it; whether this one did. */
  @Cron(CronExpression.EVERY_10_MINUTES, { name: 'close-overdue-requests' })
  async onSchedule(): Promise<boolean> {
    if (!(await this.jobs.claim('close-overdue-requests', EVERY_MS))) return false;
    await this.closeOverdue();
    return true;
  }

  async closeOverdue(): Promise<number> {
    const closed = await this.requests.closeOverdue(this.clock.today());
    if (closed > 0) this.logger.log(`closed ${closed} sourcing request(s) past their due date`);
    return closed;
  }
}
