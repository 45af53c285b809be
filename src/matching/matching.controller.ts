import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { AuthUser } from '../auth/roles';
import { PreferredLanguage } from '../common/http/language';
import type { Language } from '../common/http/language';
import { PageQuery } from '../common/http/page-query';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { CandidateListDto } from './dto/candidates.dto';
import { MatchingService } from './matching.service';

@ApiTags('Matching')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('sourcing-requests/:id/candidates')
  @Roles('oem_buyer', 'curator')
  @ApiOperation({
    summary: 'Ranked candidates for a request',
    description:
      "The buyer's members and curators. Only eligible suppliers (every required process, a requested material, every required certificate held and unexpired, within maxDistanceKm, TKDN at least minTkdnPercent, active), best first, each score explained factor by factor.",
  })
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: '`en` for English reasons; Indonesian by default.',
  })
  @ApiOkResponse({ type: CandidateListDto })
  @ProblemResponses(400, 403, 404)
  candidates(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() page: PageQuery,
    @PreferredLanguage() language: Language,
  ): Promise<CandidateListDto> {
    return this.matching.candidates(user, id, page, language);
  }
}
