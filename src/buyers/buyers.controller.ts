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
  BuyerDto,
  BuyerListDto,
  BuyerQuery,
  CreateBuyerDto,
  PlantDto,
  PlantResponseDto,
  UpdateBuyerDto,
  UpdatePlantDto,
} from './dto/buyer.dto';
import { PlantPointListDto, PlantPointsQuery } from './dto/plant-points.dto';
import { BuyersService } from './buyers.service';

const BuyerId = () => UuidParam('id');
const PlantId = () => UuidParam('plantId');

@ApiTags('Buyers')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller('buyers')
export class BuyersController {
  constructor(private readonly buyers: BuyersService) {}

  @Post()
  @ApiOperation({
    summary: 'Register a buyer',
    description: 'OEM and tier-1 procurement staff; the creator becomes its first member. Plants may come along.',
  })
  @Allow(Permission.BuyerCreate)
  @ApiCreatedResponse({ type: BuyerDto })
  @ProblemResponses(400, 403)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateBuyerDto): Promise<BuyerDto> {
    return this.buyers.create(user, body);
  }

  @Allow(Permission.BuyerList)
  @Get()
  @ApiOperation({ summary: 'List buyers', description: 'Buyers see their own; curators and admins see all.' })
  @ApiOkResponse({ type: BuyerListDto })
  @ProblemResponses(400, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: BuyerQuery): Promise<BuyerListDto> {
    return this.buyers.list(user, query);
  }

  // Before ':id', which would take "plants" for an id.
  @Get('plants')
  @ApiOperation({
    summary: "Buyers' plants as points on a map",
    description:
      "Everyone signed in; active plants only. Curators and admins see every plant; others see the plants located in an industrial estate (the estate lists its tenants to everyone) and their own buyers' plants elsewhere, which are private to them. Filter by regency, estate and radius around a point (nearest first, with distanceKm); at most 50,000, `truncated` when more match.",
  })
  @Allow(Permission.PlantLocations)
  @ApiOkResponse({ type: PlantPointListDto })
  @ProblemResponses(400)
  plants(@CurrentUser() user: AuthUser, @Query() query: PlantPointsQuery): Promise<PlantPointListDto> {
    return this.buyers.plantPoints(user, query);
  }

  @Allow(Permission.BuyerRead)
  @Get(':id')
  @ApiOperation({ summary: 'A buyer with its plants', description: 'Its members, curators and admins.' })
  @ApiOkResponse({ type: BuyerDto })
  @ProblemResponses(404)
  get(@CurrentUser() user: AuthUser, @BuyerId() id: string): Promise<BuyerDto> {
    return this.buyers.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit a buyer',
    description: 'Its members. Send the version you edited as expectedVersion or If-Match (409 when stale).',
  })
  @Allow(Permission.BuyerUpdate)
  @ApiOkResponse({ type: BuyerDto })
  @ProblemResponses(400, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @BuyerId() id: string,
    @Body() body: UpdateBuyerDto,
    @IfMatch() ifMatch?: string,
  ): Promise<BuyerDto> {
    return this.buyers.update(user, id, body, ifMatch);
  }

  @Allow(Permission.BuyerUpdate)
  @Post(':id/plants')
  @ApiOperation({ summary: 'Add a plant', description: "The buyer's members." })
  @ApiCreatedResponse({ type: PlantResponseDto })
  @ProblemResponses(400, 403, 404)
  addPlant(@CurrentUser() user: AuthUser, @BuyerId() id: string, @Body() body: PlantDto): Promise<PlantResponseDto> {
    return this.buyers.addPlant(user, id, body);
  }

  @Allow(Permission.BuyerUpdate)
  @Patch(':id/plants/:plantId')
  @ApiOperation({ summary: 'Edit a plant', description: "The buyer's members; a retired plant cannot change (409)." })
  @ApiOkResponse({ type: PlantResponseDto })
  @ProblemResponses(400, 403, 404, 409)
  updatePlant(
    @CurrentUser() user: AuthUser,
    @BuyerId() id: string,
    @PlantId() plantId: string,
    @Body() body: UpdatePlantDto,
  ): Promise<PlantResponseDto> {
    return this.buyers.updatePlant(user, id, plantId, body);
  }

  @Post(':id/plants/:plantId/retire')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Retire a plant',
    description:
      "The buyer's members. Requests that name it keep it; new requests cannot name it. Already retired: 409.",
  })
  @Allow(Permission.BuyerUpdate)
  @ApiOkResponse({ type: PlantResponseDto })
  @ProblemResponses(403, 404, 409)
  retirePlant(
    @CurrentUser() user: AuthUser,
    @BuyerId() id: string,
    @PlantId() plantId: string,
  ): Promise<PlantResponseDto> {
    return this.buyers.retirePlant(user, id, plantId);
  }
}
