import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/http/page-query';
import { PageOf } from '../../common/openapi/list-dtos';
import { asBoolean } from '../../common/validation/decorators';
import { NOTIFICATION_TYPES } from '../notification.entity';
import type { NotificationType } from '../notification.entity';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread (true) or only read (false) notifications.', example: true })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty({ description: 'Notification id.', example: '8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f' })
  id!: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES, description: 'What happened.', example: 'match_introduced' })
  type!: NotificationType;
  @ApiProperty({ description: 'Short title (Indonesian).', example: 'Anda diperkenalkan dengan calon mitra' })
  title!: string;
  @ApiProperty({
    description: 'Message (Indonesian).',
    example: 'Kurator BBSPJILM memperkenalkan CV Logam Jaya Subang untuk "Rumah motor BLDC".',
  })
  body!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description:
      'Ids of what it is about (matchId, sourcingRequestId, supplierId, certificationId, serviceRequestId), for links.',
    example: { matchId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d' },
  })
  data!: Record<string, string>;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When you read it.', example: null })
  readAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', description: 'When.', example: '2026-11-20T03:00:00.000Z' })
  createdAt!: Date;
}

export class NotificationListDto extends PageOf(NotificationDto, 'NotificationList') {
  @ApiProperty({ description: 'How many of yours are unread, in all.', example: 3 })
  unread!: number;
}

export class MarkedReadDto {
  @ApiProperty({ description: 'How many notifications were marked read.', example: 3 })
  marked!: number;
}
