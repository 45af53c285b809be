import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { StatsDto } from './dto/stats.dto';
import { StatsService } from './stats.service';

@ApiTags('Matches and curation')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @ApiOperation({
    summary: 'The curators’ dashboard',
    description:
      'Curators and admins: suppliers (total, verified, by regency), open requests, matches by status, the funnel with conversion rates and median days per stage, and the most requested missing capabilities by regency.',
  })
  @Allow(Permission.StatsRead)
  @ApiOkResponse({ type: StatsDto })
  @ProblemResponses(403)
  get(): Promise<StatsDto> {
    return this.stats.dashboard();
  }
}
