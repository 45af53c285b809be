import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { UserDto } from '../auth/dto/auth.dto';
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
}
