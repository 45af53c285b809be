import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, MaxLength } from 'class-validator';
import { NormalisedEmail } from '../../common/validation/decorators';
import { MIN_PASSWORD_LENGTH, NewPassword } from '../passwords';
import { ROLES, SELF_REGISTERED_ROLES } from '../roles';
import type { Role } from '../roles';

/** Login accepts any string (a malformed email simply does not match an account), trimmed and lower-cased. */
const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class RegisterDto {
  @ApiProperty({ description: 'Sign-in email; unique, compared without case.', example: 'budi@cvlogamjaya.co.id' })
  @NormalisedEmail()
  email!: string;

  @ApiProperty({
    description: `At least ${MIN_PASSWORD_LENGTH} characters, not a common password.`,
    example: 'Subang-Cor-2026!',
  })
  @NewPassword()
  password!: string;

  @ApiProperty({ description: 'Full name.', example: 'Budi Santoso' })
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiProperty({
    enum: SELF_REGISTERED_ROLES,
    description: 'Curator and admin accounts are created by admins.',
    example: 'ikm_owner',
  })
  @IsIn(SELF_REGISTERED_ROLES)
  role!: (typeof SELF_REGISTERED_ROLES)[number];
}

export class LoginDto {
  @ApiProperty({ description: 'Sign-in email.', example: 'budi@cvlogamjaya.co.id' })
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ description: 'Password.', example: 'Subang-Cor-2026!' })
  @IsString()
  @MaxLength(200)
  password!: string;
}

export class RefreshDto {
  @ApiProperty({
    description: 'The refresh token from login or the previous refresh; it works once.',
    example: 'q0Zr3…',
  })
  @IsString()
  @Length(20, 200)
  refreshToken!: string;
}

export class TokensDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.', example: 'eyJhbGciOiJIUzI1NiIs…' })
  accessToken!: string;
  @ApiProperty({ description: 'Opaque; exchange at POST /auth/refresh for a new pair.', example: 'q0Zr3…' })
  refreshToken!: string;
  @ApiProperty({ description: 'Always Bearer.', example: 'Bearer' })
  tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires.', example: 900 })
  expiresIn!: number;
}

export class MembershipDto {
  @ApiProperty({ enum: ['supplier', 'buyer', 'estate'], description: 'Kind of organisation.', example: 'supplier' })
  organizationType!: 'supplier' | 'buyer' | 'estate';
  @ApiProperty({ description: 'Id of the organisation.', example: '0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10' })
  organizationId!: string;
}

export class UserDto {
  @ApiProperty({ description: 'User id.', example: '5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11' })
  id!: string;
  @ApiProperty({ description: 'Sign-in email, lower case.', example: 'budi@cvlogamjaya.co.id' })
  email!: string;
  @ApiProperty({ description: 'Full name.', example: 'Budi Santoso' })
  fullName!: string;
  @ApiProperty({ enum: ROLES, description: 'What the user may do.', example: 'ikm_owner' })
  role!: Role;
  @ApiProperty({ type: [MembershipDto], description: 'Organisations the user acts for.' })
  memberships!: MembershipDto[];
}

export class RegisteredDto extends TokensDto {
  @ApiProperty({ type: UserDto, description: 'The new account.' })
  user!: UserDto;
}

export class ChangePasswordDto {
  @ApiProperty({ description: 'The current password.', example: 'Subang-Cor-2026!' })
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({
    description: `At least ${MIN_PASSWORD_LENGTH} characters, not a common password.`,
    example: 'Majalengka-Tempa-2027',
  })
  @NewPassword()
  newPassword!: string;
}
