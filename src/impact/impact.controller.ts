import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { sendBuiltFile, XLSX_TYPE } from '../common/files/workbook';
import { PreferredLanguage } from '../common/http/language';
import type { Language } from '../common/i18n/language';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { ImpactDto, ImpactQuery, ServiceDemandDto } from './dto/impact.dto';
import { ImpactService } from './impact.service';

const PDF_TYPE = 'application/pdf';

@ApiTags('Regional impact')
@ApiBearerAuth()
@ApiHeader({ name: 'Accept-Language', required: false, description: '`en` for English; Indonesian otherwise.' })
@ProblemResponses(401)
@Controller('impact')
export class ImpactController {
  constructor(private readonly impact: ImpactService) {}

  @Get()
  @Allow(Permission.StatsRead)
  @ApiOperation({
    summary: 'What the matches and BBSPJILM’s services bring the region',
    description:
      "Curators and admins: by the suppliers' regency and month (WIB), services delivered, firms eligible after a service, suppliers verified, matches won, their contract value and expected new jobs; from and to (WIB days, both included) choose the days counted, regencyCode one regency.",
  })
  @ApiOkResponse({ type: ImpactDto })
  @ProblemResponses(400, 403)
  report(@Query() query: ImpactQuery, @PreferredLanguage() language: Language): Promise<ImpactDto> {
    return this.impact.report(query, language);
  }

  @Get('service-demand')
  @Allow(Permission.StatsRead)
  @ApiOperation({
    summary: 'Where BBSPJILM’s services would open the most demand',
    description:
      'Curators and admins: for each regency, the five services that would open the most supplier–request pairs among open requests, with the suppliers lacking what they help with and the requests asking for it: for planning training and testing capacity.',
  })
  @ApiOkResponse({ type: ServiceDemandDto })
  @ProblemResponses(403)
  serviceDemand(@PreferredLanguage() language: Language): Promise<ServiceDemandDto> {
    return this.impact.serviceDemand(language);
  }

  @Get('report.xlsx')
  @Allow(Permission.StatsRead)
  @ApiOperation({
    summary: 'The impact report as a workbook',
    description:
      'Curators and admins: GET /impact (same parameters) and the service demand, one sheet each: summary, by regency, by month, by regency and month, demand. Indonesian unless Accept-Language: en.',
  })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({
    description: 'An XLSX workbook.',
    content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ProblemResponses(400, 403)
  async workbook(@Query() query: ImpactQuery, @PreferredLanguage() language: Language, @Res() res: Response) {
    sendBuiltFile(res, { type: XLSX_TYPE, ...(await this.impact.workbook(query, language)) });
  }

  @Get('report.pdf')
  @Allow(Permission.StatsRead)
  @ApiOperation({
    summary: 'The impact report as a PDF to file',
    description:
      'Curators and admins: the same figures on A4 pages, for a regency office (regencyCode) or the region, with the service demand. Indonesian unless Accept-Language: en.',
  })
  @ApiProduces(PDF_TYPE)
  @ApiOkResponse({
    description: 'A PDF document.',
    content: { [PDF_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ProblemResponses(400, 403)
  async pdf(@Query() query: ImpactQuery, @PreferredLanguage() language: Language, @Res() res: Response) {
    sendBuiltFile(res, { type: PDF_TYPE, ...(await this.impact.pdf(query, language)) });
  }
}
