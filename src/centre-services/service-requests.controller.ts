import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/allow.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import type { AuthUser } from '../auth/roles';
import { PreferredLanguage } from '../common/http/language';
import { UuidParam } from '../common/http/params';
import type { Language } from '../common/i18n/language';
import { ProblemResponses } from '../common/openapi/problem-responses';
import {
  CreateServiceRequestDto,
  ServiceRequestDetailDto,
  ServiceRequestDto,
  ServiceRequestEventDto,
  ServiceRequestListDto,
  ServiceRequestQuery,
} from './dto/service-request.dto';
import { ServiceRequestsService } from './service-requests.service';

@ApiTags('BBSPJILM services')
@ApiBearerAuth()
@ApiHeader({ name: 'Accept-Language', required: false, description: '`en` for English names; Indonesian otherwise.' })
@ProblemResponses(401)
@Controller()
export class ServiceRequestsController {
  constructor(private readonly requests: ServiceRequestsService) {}

  @Post('suppliers/:id/service-requests')
  @Allow(Permission.ServiceRequestCreate)
  @ApiOperation({
    summary: 'Ask BBSPJILM for a service',
    description:
      "The firm's members, or a curator on its behalf; the firm's members are told. One request per service may be under way at a time (409).",
  })
  @ApiCreatedResponse({ type: ServiceRequestDto })
  @ProblemResponses(400, 403, 404, 409)
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') supplierId: string,
    @Body() body: CreateServiceRequestDto,
    @PreferredLanguage() language: Language,
  ): Promise<ServiceRequestDto> {
    return this.requests.create(user, supplierId, body, language);
  }

  @Get('service-requests')
  @Allow(Permission.ServiceRequestRead)
  @ApiOperation({
    summary: 'Service requests',
    description:
      "Curators and admins: every firm's, the longest in its state first (the work queue); owners: their firms'.",
  })
  @ApiOkResponse({ type: ServiceRequestListDto })
  @ProblemResponses(400, 403)
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ServiceRequestQuery,
    @PreferredLanguage() language: Language,
  ): Promise<ServiceRequestListDto> {
    return this.requests.list(user, query, language);
  }

  @Get('service-requests/:id')
  @Allow(Permission.ServiceRequestRead)
  @ApiOperation({ summary: 'A service request and its history', description: 'Staff, and the firm’s members.' })
  @ApiOkResponse({ type: ServiceRequestDetailDto })
  @ProblemResponses(403, 404)
  get(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @PreferredLanguage() language: Language,
  ): Promise<ServiceRequestDetailDto> {
    return this.requests.get(user, id, language);
  }

  @Post('service-requests/:id/events')
  @HttpCode(200)
  @Allow(Permission.ServiceRequestAct)
  @ApiOperation({
    summary: 'Move a service request on',
    description:
      'Curators: `schedule` (startsOn, endsOn; again to move the dates), `start`, `complete` (with `evidence` when the service records one: it becomes a verified certificate on the supplier), `cancel` (a note saying why). The firm’s members: `cancel` before the work starts. 409 from the wrong state or a stale expectedVersion.',
  })
  @ApiOkResponse({ type: ServiceRequestDetailDto })
  @ProblemResponses(400, 403, 404, 409)
  act(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() body: ServiceRequestEventDto,
    @PreferredLanguage() language: Language,
  ): Promise<ServiceRequestDetailDto> {
    return this.requests.act(user, id, body, language);
  }
}
