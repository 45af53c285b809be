import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { UpdateMeDto, UserDto } from '../auth/dto/auth.dto';
import type { AuthUser } from '../auth/roles';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { OrganizationsService } from './organizations.service';

/** `GET /auth/me`: the account with the organisations it acts for, which this module knows. */
@ApiTags('Auth')
@Controller('auth')
export class MeController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Allow(Permission.Self)
  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user', description: 'With the organisations the user acts for.' })
  @ApiOkResponse({ type: UserDto })
  @ProblemResponses(401)
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.organizations.me(user);
  }

  @Allow(Permission.Self)
  @Patch('me')
  @ApiBearerAuth()
  @ApiOperation({
    summary: "Change one's own name or phone",
    description:
      'The phone is normalised to E.164 (Indonesian numbers without +62 are fine); null removes it. From an engaged match on, the other side sees it, with a WhatsApp link for a mobile number.',
  })
  @ApiOkResponse({ type: UserDto })
  @ProblemResponses(400, 401)
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto): Promise<UserDto> {
    return this.organizations.updateMe(user, body);
  }
}
