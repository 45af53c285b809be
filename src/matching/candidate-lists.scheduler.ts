import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { JobRuns } from '../jobs/job-runs';
import { CandidateListsRepository } from './candidate-lists.repository';

const JOB = 'prune-candidate-lists';
const EVERY_MS = 60 * 60_000;

/** Hourly, on one instance of several, drops candidate lists nobody needs and the supplier change log no list needs; idempotent. */
@Injectable()
export class CandidateListsScheduler {
  private readonly logger = new Logger(CandidateListsScheduler.name);

  constructor(
    private readonly lists: CandidateListsRepository,
    private readonly jobs: JobRuns,
  ) {}

  /** The timer, on every instance: whether this one ran the job. */
  @Cron(CronExpression.EVERY_HOUR, { name: JOB })
  onSchedule(): Promise<boolean> {
    return this.jobs.runOnce(JOB, EVERY_MS, () => this.prune());
  }

  async prune(): Promise<{ lists: number; changes: number }> {
    const pruned = await this.lists.prune();
    if (pruned.lists > 0) this.logger.log(`dropped ${pruned.lists} candidate list(s) no longer needed`);
    return pruned;
  }
}
