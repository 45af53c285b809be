import { Allow } from '../auth/allow.decorator';
import { UuidParam } from '../common/http/params';
import { Permission } from '../auth/permissions';
import { IfMatch } from '../common/http/versioning';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/roles';
import { ProblemResponses } from '../common/openapi/problem-responses';
import {
  CreateEstateDto,
  EstateDto,
  EstateListDto,
  EstateQuery,
  EstateTenantsDto,
  UpdateEstateDto,
} from './dto/estate.dto';
import { EstatesService } from './estates.service';

const EstateId = () => UuidParam('id');

@ApiTags('Industrial estates')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller('estates')
export class EstatesController {
  constructor(private readonly estates: EstatesService) {}

  @Get()
  @ApiOperation({
    summary: 'List industrial estates',
    description: 'Everyone signed in. Filter by name or operator, regency, and radius around a point (nearest first).',
  })
  @Allow(Permission.EstateRead)
  @ApiOkResponse({ type: EstateListDto })
  @ProblemResponses(400)
  list(@Query() query: EstateQuery): Promise<EstateListDto> {
    return this.estates.list(query);
  }

  @Post()
  @ApiOperation({
    summary: 'List a new estate',
    description: 'Estate managers (who become its first member), curators and admins. Names are unique: 409.',
  })
  @Allow(Permission.EstateCreate)
  @ApiCreatedResponse({ type: EstateDto })
  @ProblemResponses(400, 403, 409)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateEstateDto): Promise<EstateDto> {
    return this.estates.create(user, body);
  }

  @Allow(Permission.EstateRead)
  @Get(':id')
  @ApiOperation({ summary: 'An estate', description: 'With tenant counts and distances to the seaports.' })
  @ApiOkResponse({ type: EstateDto })
  @ProblemResponses(404)
  get(@EstateId() id: string): Promise<EstateDto> {
    return this.estates.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit an estate',
    description:
      "The estate's managers (members), curators and admins. Send the version you edited as expectedVersion or If-Match (409 when stale).",
  })
  @Allow(Permission.EstateUpdate)
  @ApiOkResponse({ type: EstateDto })
  @ProblemResponses(400, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @EstateId() id: string,
    @Body() body: UpdateEstateDto,
    @IfMatch() ifMatch?: string,
  ): Promise<EstateDto> {
    return this.estates.update(user, id, body, ifMatch);
  }

  @Get(':id/tenants')
  @ApiOperation({
    summary: 'Who is in an estate',
    description: "Active suppliers and buyers' active plants located in the estate.",
  })
  @Allow(Permission.EstateRead)
  @ApiOkResponse({ type: EstateTenantsDto })
  @ProblemResponses(404)
  tenants(@EstateId() id: string): Promise<EstateTenantsDto> {
    return this.estates.tenants(id);
  }
}
