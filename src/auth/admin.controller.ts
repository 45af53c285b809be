import { Allow } from './allow.decorator';
import { UuidParam } from '../common/http/params';
import { Permission } from './permissions';
import { Body, Controller, Get, HttpCode, Ip, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { AccountsService } from './accounts.service';
import { CurrentUser } from './current-user.decorator';
import {
  AdminUserDto,
  AdminUserListDto,
  CreateStaffDto,
  SecurityEventListDto,
  SecurityEventQuery,
  UserListQuery,
} from './dto/admin.dto';
import type { AuthUser } from './roles';

@ApiTags('Admin')
@ApiBearerAuth()
@ProblemResponses(401, 403)
@Allow(Permission.AccountsAdminister)
@Controller('admin')
export class AdminController {
  constructor(private readonly accounts: AccountsService) {}

  @Post('users')
  @ApiOperation({ summary: 'Create a curator or admin account', description: 'Admins only.' })
  @ApiCreatedResponse({ type: AdminUserDto })
  @ProblemResponses(400, 409)
  createStaff(@CurrentUser() user: AuthUser, @Body() body: CreateStaffDto, @Ip() ip: string): Promise<AdminUserDto> {
    return this.accounts.createStaff(user, body, ip);
  }

  @Get('users')
  @ApiOperation({ summary: 'List users', description: 'Admins only; newest first.' })
  @ApiOkResponse({ type: AdminUserListDto })
  @ProblemResponses(400)
  list(@Query() query: UserListQuery): Promise<AdminUserListDto> {
    return this.accounts.list(query);
  }

  @Post('users/:id/disable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Disable an account',
    description: 'Ends all its sessions at once. Admins cannot disable themselves.',
  })
  @ApiOkResponse({ type: AdminUserDto })
  @ProblemResponses(404, 409)
  disable(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Ip() ip: string): Promise<AdminUserDto> {
    return this.accounts.setDisabled(user, id, true, ip);
  }

  @Post('users/:id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable an account again', description: 'Admins only.' })
  @ApiOkResponse({ type: AdminUserDto })
  @ProblemResponses(404)
  enable(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Ip() ip: string): Promise<AdminUserDto> {
    return this.accounts.setDisabled(user, id, false, ip);
  }

  @Get('security-events')
  @ApiOperation({
    summary: 'The security log',
    description:
      'Sign-ins, failures, lockouts, refresh-token reuse, account and membership changes; newest first. Admins only.',
  })
  @ApiOkResponse({ type: SecurityEventListDto })
  @ProblemResponses(400)
  securityLog(@Query() query: SecurityEventQuery): Promise<SecurityEventListDto> {
    return this.accounts.securityLog(query);
  }
}
