import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '../common/time/clock';
import { JobRuns } from '../jobs/job-runs';
import { SourcingRequestsRepository } from './sourcing-requests.repository';

const JOB = 'close-overdue-requests';
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

  /** The timer, on every instance: whether this one ran the job. */
  @Cron(CronExpression.EVERY_10_MINUTES, { name: JOB })
  onSchedule(): Promise<boolean> {
    return this.jobs.runOnce(JOB, EVERY_MS, () => this.closeOverdue());
  }

  async closeOverdue(): Promise<number> {
    const closed = await this.requests.closeOverdue(this.clock.today());
    if (closed > 0) this.logger.log(`closed ${closed} sourcing request(s) past their due date`);
    return closed;
  }
}
