import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { sendBuiltFile, XLSX_TYPE } from '../common/files/workbook';
import { PreferredLanguage } from '../common/http/language';
import type { Language } from '../common/i18n/language';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { StatsDto, StatsQuery } from './dto/stats.dto';
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
      'Curators and admins: suppliers (total, verified, by regency), open requests, matches by status (also by month), the funnel with conversion rates and median days per stage, and the most requested missing capabilities by regency. from and to (WIB days) limit the matches counted (matchesByStatus, matchesByMonth and the funnel) to those shortlisted in those days; the rest is as of now.',
  })
  @Allow(Permission.StatsRead)
  @ApiHeader({ name: 'Accept-Language', required: false, description: '`en` for English regency names.' })
  @ApiOkResponse({ type: StatsDto })
  @ProblemResponses(400, 403)
  get(@Query() query: StatsQuery, @PreferredLanguage() language: Language): Promise<StatsDto> {
    return this.stats.dashboard(query, language);
  }

  @Get('export.xlsx')
  @ApiOperation({
    summary: 'The dashboard as an Excel workbook',
    description:
      'Curators and admins: the numbers of GET /stats (same from and to), one sheet per table: summary, suppliers by regency, matches by status, matches by month, funnel, capability gaps. Indonesian headers, English with Accept-Language: en; numbers are numbers (conversion as a percentage).',
  })
  @Allow(Permission.StatsRead)
  @ApiHeader({ name: 'Accept-Language', required: false, description: '`en` for English headers and names.' })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({
    description: 'An XLSX workbook.',
    content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ProblemResponses(400, 403)
  async export(
    @Query() query: StatsQuery,
    @PreferredLanguage() language: Language,
    @Res() res: Response,
  ): Promise<void> {
    sendBuiltFile(res, { type: XLSX_TYPE, ...(await this.stats.workbook(query, language)) });
  }
}
