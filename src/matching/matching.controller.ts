import { Allow } from '../auth/allow.decorator';
import { UuidParam } from '../common/http/params';
import { Permission } from '../auth/permissions';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { sendBuiltFile, XLSX_TYPE } from '../common/files/workbook';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/roles';
import { PreferredLanguage } from '../common/http/language';
import type { Language } from '../common/i18n/language';
import { PageQuery } from '../common/http/page-query';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { CandidateListDto, GapListDto, OpportunityListDto } from './dto/candidates.dto';
import { CANDIDATE_EXPORT_ROWS, MatchingService } from './matching.service';

@ApiTags('Matching')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('sourcing-requests/:id/candidates')
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
  @Allow(Permission.CandidatesRead)
  @ApiOkResponse({ type: CandidateListDto })
  @ProblemResponses(400, 403, 404)
  candidates(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Query() page: PageQuery,
    @PreferredLanguage() language: Language,
  ): Promise<CandidateListDto> {
    return this.matching.candidates(user, id, page, language);
  }

  @Get('sourcing-requests/:id/candidates.xlsx')
  @ApiOperation({
    summary: 'Candidates as an Excel workbook',
    description: `As the candidates list (same access, same order), the best ${CANDIDATE_EXPORT_ROWS} in one sheet: rank, name, regency, verification, certificates held, distance, capacity, TKDN, score, match status. Headers and words in Indonesian, English with Accept-Language: en; numbers are numbers, shown with the reader's decimal separator.`,
  })
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: '`en` for English headers; Indonesian by default.',
  })
  @Allow(Permission.CandidatesRead)
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({
    description: 'An XLSX workbook.',
    content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ProblemResponses(400, 403, 404)
  async candidatesXlsx(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @PreferredLanguage() language: Language,
    @Res() res: Response,
  ): Promise<void> {
    sendBuiltFile(res, { type: XLSX_TYPE, ...(await this.matching.candidatesWorkbook(user, id, language)) });
  }

  @Get('suppliers/:id/opportunities')
  @ApiOperation({
    summary: "A supplier's opportunities",
    description:
      "The supplier's members and curators: open sourcing requests it is eligible for, ranked and explained with the same scoring buyers see.",
  })
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: '`en` for English reasons; Indonesian by default.',
  })
  @Allow(Permission.SupplierProspects)
  @ApiOkResponse({ type: OpportunityListDto })
  @ProblemResponses(400, 403, 404)
  opportunities(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Query() page: PageQuery,
    @PreferredLanguage() language: Language,
  ): Promise<OpportunityListDto> {
    return this.matching.opportunities(user, id, page, language);
  }

  @Get('suppliers/:id/gaps')
  @ApiOperation({
    summary: "A supplier's capability gaps",
    description:
      "The supplier's members and curators: for open requests it is not eligible for, what is missing (process, material, certification, a declared certificate not yet verified where only verified ones count, distance, TKDN, capacity), each with its name, and the requests (with their titles) each gap keeps out of reach, most valuable first.",
  })
  @ApiHeader({
    name: 'Accept-Language',
    required: false,
    description: '`en` for English names; Indonesian by default.',
  })
  @Allow(Permission.SupplierProspects)
  @ApiOkResponse({ type: GapListDto })
  @ProblemResponses(403, 404)
  gaps(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @PreferredLanguage() language: Language,
  ): Promise<GapListDto> {
    return this.matching.gaps(user, id, language);
  }
}
