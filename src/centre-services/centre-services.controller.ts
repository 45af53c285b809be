import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { Public } from '../auth/public.decorator';
import { PreferredLanguage } from '../common/http/language';
import { IfMatch } from '../common/http/versioning';
import type { Language } from '../common/i18n/language';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { CentreServicesService } from './centre-services.service';
import {
  CentreServiceDto,
  CentreServiceListDto,
  CentreServiceQuery,
  CreateCentreServiceDto,
  UpdateCentreServiceDto,
} from './dto/centre-service.dto';

@ApiTags('BBSPJILM services')
@ApiHeader({ name: 'Accept-Language', required: false, description: '`en` for English names; Indonesian otherwise.' })
@Controller('services')
export class CentreServicesController {
  constructor(private readonly services: CentreServicesService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: "BBSPJILM's service catalogue",
    description:
      'Public. Testing, calibration, standardisation and certification support, training and consultancy: what each helps with, how long it usually takes, whether it has a fee, and the evidence its completion records on the supplier.',
  })
  @ApiOkResponse({ type: CentreServiceListDto })
  @ProblemResponses(400)
  list(@Query() query: CentreServiceQuery, @PreferredLanguage() language: Language): Promise<CentreServiceListDto> {
    return this.services.list(language, query.includeRetired);
  }

  @Get(':code')
  @Public()
  @ApiOperation({ summary: 'A service', description: 'Public; retired services too.' })
  @ApiOkResponse({ type: CentreServiceDto })
  @ProblemResponses(404)
  get(@Param('code') code: string, @PreferredLanguage() language: Language): Promise<CentreServiceDto> {
    return this.services.get(code, language);
  }

  @Post()
  @ApiBearerAuth()
  @Allow(Permission.CentreServiceManage)
  @ApiOperation({ summary: 'Add a service', description: 'Curators and admins. A code already in use: 409.' })
  @ApiCreatedResponse({ type: CentreServiceDto })
  @ProblemResponses(400, 401, 403, 409)
  create(@Body() body: CreateCentreServiceDto, @PreferredLanguage() language: Language): Promise<CentreServiceDto> {
    return this.services.create(body, language);
  }

  @Patch(':code')
  @ApiBearerAuth()
  @Allow(Permission.CentreServiceManage)
  @ApiOperation({
    summary: 'Edit or retire a service',
    description: 'Curators and admins. `active: false` retires it: no new requests, those under way go on.',
  })
  @ApiOkResponse({ type: CentreServiceDto })
  @ProblemResponses(400, 401, 403, 404, 409)
  update(
    @Param('code') code: string,
    @Body() body: UpdateCentreServiceDto,
    @PreferredLanguage() language: Language,
    @IfMatch() ifMatch?: string,
  ): Promise<CentreServiceDto> {
    return this.services.update(code, body, ifMatch, language);
  }
}
