import { Injectable } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import type { StatsDto } from './dto/stats.dto';
import { StatsRepository } from './stats.repository';

@Injectable()
export class StatsService {
  constructor(
    private readonly stats: StatsRepository,
    private readonly clock: Clock,
  ) {}

  async dashboard(): Promise<StatsDto> {
    const [suppliers, openRequests, matchesByStatus, funnel, gapsByRegency] = await Promise.all([
      this.stats.suppliers(),
      this.stats.openRequests(),
      this.stats.matchesByStatus(),
      this.stats.funnel(),
      this.stats.gapsByRegency(this.clock.today()),
    ]);
    return { suppliers, openRequests, matchesByStatus, funnel, gapsByRegency };
  }
}
