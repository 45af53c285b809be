import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { CandidateListsRepository } from './candidate-lists.repository';

/** Hourly, drops candidate lists nobody needs and the supplier change log no list needs; idempotent. */
@Injectable()
export class CandidateListsScheduler {
  private readonly logger = new Logger(CandidateListsScheduler.name);

  constructor(private readonly lists: CandidateListsRepository) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'prune-candidate-lists' })
  async prune(): Promise<{ lists: number; changes: number }> {
    const pruned = await this.lists.prune();
    if (pruned.lists > 0) this.logger.log(`dropped ${pruned.lists} candidate list(s) no longer needed`);
    return pruned;
  }
}
