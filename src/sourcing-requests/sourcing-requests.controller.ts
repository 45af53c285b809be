import { Allow } from '../auth/allow.decorator';
import { UuidParam } from '../common/http/params';
import { Permission } from '../auth/permissions';
import { IfMatch } from '../common/http/versioning';
import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/roles';
import { ProblemResponses } from '../common/openapi/problem-responses';
import {
  CreateSourcingRequestDto,
  SourcingRequestDto,
  SourcingRequestListDto,
  SourcingRequestQuery,
  UpdateSourcingRequestDto,
} from './dto/sourcing-request.dto';
import { SourcingRequestsService } from './sourcing-requests.service';

const RequestId = () => UuidParam('id');
/** Who may look at requests at all; what each sees is decided per request. */

@ApiTags('Sourcing requests')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller('sourcing-requests')
export class SourcingRequestsController {
  constructor(private readonly requests: SourcingRequestsService) {}

  @Post()
  @ApiOperation({
    summary: 'Draft a sourcing request',
    description: "Members of buyerId. Starts as draft; the plant must be one of the buyer's active plants.",
  })
  @Allow(Permission.RequestCreate)
  @ApiCreatedResponse({ type: SourcingRequestDto })
  @ProblemResponses(400, 403, 404)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateSourcingRequestDto): Promise<SourcingRequestDto> {
    return this.requests.create(user, body);
  }

  @Get()
  @ApiOperation({
    summary: 'List sourcing requests',
    description:
      "Buyers see their own organisations' requests; IKM owners see open ones (without the private fields); curators and admins see all. Newest first.",
  })
  @Allow(Permission.RequestRead)
  @ApiOkResponse({ type: SourcingRequestListDto })
  @ProblemResponses(400, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: SourcingRequestQuery): Promise<SourcingRequestListDto> {
    return this.requests.list(user, query);
  }

  @Allow(Permission.RequestRead)
  @Get(':id')
  @ApiOperation({ summary: 'A sourcing request', description: 'As the list: what you may not see is 404.' })
  @ApiOkResponse({ type: SourcingRequestDto })
  @ProblemResponses(403, 404)
  get(@CurrentUser() user: AuthUser, @RequestId() id: string): Promise<SourcingRequestDto> {
    return this.requests.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit a sourcing request',
    description:
      "The buyer's members, while draft or open (409 otherwise). Send the version you edited as expectedVersion or If-Match (409 when stale).",
  })
  @Allow(Permission.RequestUpdate)
  @ApiOkResponse({ type: SourcingRequestDto })
  @ProblemResponses(400, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @RequestId() id: string,
    @Body() body: UpdateSourcingRequestDto,
    @IfMatch() ifMatch?: string,
  ): Promise<SourcingRequestDto> {
    return this.requests.update(user, id, body, ifMatch);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish a draft',
    description: "The buyer's members: draft → open. Not a draft, or its due date has passed: 409.",
  })
  @Allow(Permission.RequestUpdate)
  @ApiOkResponse({ type: SourcingRequestDto })
  @ProblemResponses(403, 404, 409)
  publish(@CurrentUser() user: AuthUser, @RequestId() id: string): Promise<SourcingRequestDto> {
    return this.requests.publish(user, id);
  }

  @Allow(Permission.RequestUpdate)
  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an open request', description: "The buyer's members: open → closed. Otherwise 409." })
  @ApiOkResponse({ type: SourcingRequestDto })
  @ProblemResponses(403, 404, 409)
  close(@CurrentUser() user: AuthUser, @RequestId() id: string): Promise<SourcingRequestDto> {
    return this.requests.close(user, id);
  }
}
