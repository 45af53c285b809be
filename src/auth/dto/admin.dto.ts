import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { SECURITY_EVENT_TYPES } from '../security-event.entity';
import type { SecurityEventType } from '../security-event.entity';
import { PageQuery } from '../../common/http/page-query';
import { PageOf } from '../../common/openapi/list-dtos';
import { NormalisedEmail, OptionalDay } from '../../common/validation/decorators';
import { MIN_PASSWORD_LENGTH, NewPassword } from '../passwords';
import { ROLES, STAFF_ROLES } from '../roles';
import type { Role } from '../roles';
import { UserDto } from './auth.dto';

export class CreateStaffDto {
  @ApiProperty({ description: 'Sign-in email.', example: 'kurator@bbspjilm.kemenperin.go.id' })
  @NormalisedEmail()
  email!: string;

  @ApiProperty({
    description: `At least ${MIN_PASSWORD_LENGTH} characters, not a common password.`,
    example: 'Bbspjilm-Kurator-26',
  })
  @NewPassword()
  password!: string;

  @ApiProperty({ description: 'Full name.', example: 'Dewi Lestari' })
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiProperty({ enum: STAFF_ROLES, description: 'Curator (BBSPJILM staff) or admin.', example: 'curator' })
  @IsIn(STAFF_ROLES)
  role!: (typeof STAFF_ROLES)[number];
}

export class UserListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES, description: 'Only users with this role.', example: 'curator' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Part of the email or name.', example: 'dewi' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class SecurityEventQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: SECURITY_EVENT_TYPES,
    description: 'Only events of this type.',
    example: 'login_failed',
  })
  @IsOptional()
  @IsIn(SECURITY_EVENT_TYPES)
  type?: SecurityEventType;

  @ApiPropertyOptional({
    description: 'Only events where this user acted or was acted upon.',
    example: '5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11',
  })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: 'Only events from this day on (Western Indonesia Time).',
    example: '2026-11-01',
  })
  @OptionalDay()
  from?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: 'Only events up to this day (WIB, included); not before from.',
    example: '2026-11-30',
  })
  @OptionalDay()
  to?: string;
}

export class AdminUserDto extends PickType(UserDto, ['phone', 'emailVerified', 'emailVerifiedAt'] as const) {
  @ApiProperty({ description: 'User id.', example: '5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11' })
  id!: string;
  @ApiProperty({ description: 'Sign-in email.', example: 'kurator@bbspjilm.kemenperin.go.id' })
  email!: string;
  @ApiProperty({ description: 'Full name.', example: 'Dewi Lestari' })
  fullName!: string;
  @ApiProperty({ enum: ROLES, description: 'Role.', example: 'curator' })
  role!: Role;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'When the account was disabled; null when active.',
    example: null,
  })
  disabledAt!: Date | null;
  @ApiProperty({ description: 'When the account was created.', example: '2026-11-28T02:00:00.000Z' })
  createdAt!: Date;
}

export class AdminUserListDto extends PageOf(AdminUserDto, 'AdminUserListDto') {}

export class SecurityEventDto {
  @ApiProperty({ description: 'Sequence number.', example: '1042' })
  id!: string;
  @ApiProperty({ enum: SECURITY_EVENT_TYPES, description: 'What happened.', example: 'login_failed' })
  type!: SecurityEventType;
  @ApiProperty({ nullable: true, type: String, description: 'Who did it.', example: null })
  actorUserId!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Whose account it concerned.',
    example: '5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11',
  })
  subjectUserId!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The email of who did it, for reading the log.',
    example: null,
  })
  actorEmail!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The email of the account it concerned.',
    example: 'kurator@bbspjilm.kemenperin.go.id',
  })
  subjectEmail!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Client IP address.', example: '203.0.113.7' })
  ip!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Context, never secrets.',
    example: { reason: 'wrong_password' },
  })
  details!: Record<string, unknown>;
  @ApiProperty({ description: 'When it happened.', example: '2026-11-28T02:00:00.000Z' })
  createdAt!: Date;
}

export class SecurityEventListDto extends PageOf(SecurityEventDto, 'SecurityEventListDto') {}
