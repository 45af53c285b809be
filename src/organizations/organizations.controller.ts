import { Allow } from '../auth/allow.decorator';
import { UuidParam } from '../common/http/params';
import { Permission } from '../auth/permissions';
import { Body, Controller, Delete, Get, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/roles';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { AddMemberDto, MemberListDto } from './dto/members.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('Organisations')
@ApiBearerAuth()
@ProblemResponses(401, 404)
@Controller('organizations/:organizationId/members')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ApiOperation({
    summary: 'Members of a supplier, buyer or estate',
    description:
      'Members of the organisation, curators and admins. The organisation id is the supplier, buyer or estate id.',
  })
  @Allow(Permission.MembersRead)
  @ApiOkResponse({ type: MemberListDto })
  list(@CurrentUser() user: AuthUser, @UuidParam('organizationId') organizationId: string) {
    return this.organizations.listMembers(user, organizationId);
  }

  @Post()
  @ApiOperation({
    summary: 'Add a member',
    description: 'Members (and admins) add another registered user whose role fits the organisation.',
  })
  @Allow(Permission.MembersManage)
  @ApiCreatedResponse({ type: MemberListDto })
  @ProblemResponses(400, 403, 409)
  add(
    @CurrentUser() user: AuthUser,
    @UuidParam('organizationId') organizationId: string,
    @Body() body: AddMemberDto,
    @Ip() ip: string,
  ) {
    return this.organizations.addMember(user, organizationId, body.email, ip);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a member',
    description: 'Members (and admins) remove a member, themselves included, but never the last one (409).',
  })
  @Allow(Permission.MembersManage)
  @ApiNoContentResponse({ description: 'Removed.' })
  @ProblemResponses(403, 409)
  remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('organizationId') organizationId: string,
    @UuidParam('userId') userId: string,
    @Ip() ip: string,
  ): Promise<void> {
    return this.organizations.removeMember(user, organizationId, userId, ip);
  }
}
