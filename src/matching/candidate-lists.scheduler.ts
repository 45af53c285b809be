import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { JobRuns } from '../jobs/job-runs';
import { CandidateListsRepository } from './candidate-lists.repository';

const EVERY_MS = 60 * 60_000;

/** Hourly, on one instance of several, drops candidate lists nobody needs and the supplier change log no list needs; idempotent. */
@Injectable()
export class CandidateListsScheduler {
  private readonly logger = new Logger(CandidateListsScheduler.name);

  constructor(
    private readonly lists: CandidateListsRepository,
    private readonly jobs: JobRuns,
  ) {}

  /** The timer: runs the job unless another instance has just run it; whether this one did. */
  @Cron(CronExpression.EVERY_HOUR, { name: 'prune-candidate-lists' })
  async onSchedule(): Promise<boolean> {
    if (!(await this.jobs.claim('prune-candidate-lists', EVERY_MS))) return false;
    await this.prune();
    return true;
  }

  async prune(): Promise<{ lists: number; changes: number }> {
    const pruned = await this.lists.prune();
    if (pruned.lists > 0) this.logger.log(`dropped ${pruned.lists} candidate list(s) no longer needed`);
    return pruned;
  }
}
