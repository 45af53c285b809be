import { Allow } from '../auth/allow.decorator';
import { UuidParam } from '../common/http/params';
import { Permission } from '../auth/permissions';
import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/roles';
import { ProblemResponses } from '../common/openapi/problem-responses';
import { MarkedReadDto, NotificationDto, NotificationListDto, NotificationQuery } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('Notifications')
@ApiBearerAuth()
@ProblemResponses(401)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Allow(Permission.Self)
  @Get()
  @ApiOperation({ summary: 'Your notifications', description: 'Newest first, with how many are unread.' })
  @ApiOkResponse({ type: NotificationListDto })
  @ProblemResponses(400)
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationQuery): Promise<NotificationListDto> {
    return this.notifications.list(user, query);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mark all your notifications read',
    description: 'Every unread notification of the caller; answers how many changed. Nobody else is touched.',
  })
  @Allow(Permission.Self)
  @ApiOkResponse({ type: MarkedReadDto })
  markAllRead(@CurrentUser() user: AuthUser): Promise<MarkedReadDto> {
    return this.notifications.markAllRead(user);
  }

  @Allow(Permission.Self)
  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a notification read', description: "Your own only; anyone else's is 404." })
  @ApiOkResponse({ type: NotificationDto })
  @ProblemResponses(404)
  markRead(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<NotificationDto> {
    return this.notifications.markRead(user, id);
  }
}
