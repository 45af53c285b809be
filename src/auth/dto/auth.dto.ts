import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { NormalisedEmail, OptionalNotNull } from '../../common/validation/decorators';
import { PhoneNumber } from '../../common/validation/phone';
import { MIN_PASSWORD_LENGTH, NewPassword } from '../passwords';
import { ROLES, SELF_REGISTERED_ROLES } from '../roles';
import type { Role } from '../roles';
import { text } from '../../common/i18n/text';

/** Login accepts any string (a malformed email simply does not match an account), trimmed and lower-cased. */
const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

const PHONE_DESCRIPTION =
  'Mobile (WhatsApp) or office number. Indonesian forms are fine (0812-3456-7890, 62812…, +62 812 3456 7890); stored and answered in E.164 (+6281234567890).';

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

  @ApiPropertyOptional({ description: PHONE_DESCRIPTION, example: '0812-3456-7890' })
  @IsOptional()
  @PhoneNumber()
  phone?: string;
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
  @ApiProperty({ type: String, nullable: true, description: 'Phone in E.164.', example: '+6281234567890' })
  phone!: string | null;
  @ApiProperty({
    description: 'Whether the owner opened a verification (or reset) link sent to the email.',
    example: true,
  })
  emailVerified!: boolean;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the email was verified.',
    example: '2026-11-20T02:00:00.000Z',
  })
  emailVerifiedAt!: Date | null;
  @ApiProperty({ type: [MembershipDto], description: 'Organisations the user acts for.' })
  memberships!: MembershipDto[];
}

export class SignedInDto extends TokensDto {
  @ApiProperty({ type: UserDto, description: 'The account, with the organisations it acts for (as GET /auth/me).' })
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

export class UpdateMeDto {
  @ApiPropertyOptional({ description: 'Full name.', example: 'Budi Santoso' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 200)
  fullName?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: `${PHONE_DESCRIPTION} null removes it.`,
    example: '+62 812 3456 7890',
  })
  @ValidateIf((_object: object, value: unknown) => value !== null && value !== undefined)
  @PhoneNumber()
  phone?: string | null;
}

/** A mailed link's token: 43 base64url characters; longer or other text cannot be one. */
const LinkToken = () => Matches(/^[A-Za-z0-9_-]{43}$/, { message: text('validation.linkToken') });

export class ForgotPasswordDto {
  @ApiProperty({ description: 'The sign-in email of the account.', example: 'budi@cvlogamjaya.co.id' })
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(254)
  email!: string;
}

export class ResetPasswordDto {
  @ApiProperty({
    description: 'The token from the reset mail (its link carries it after `#token=`).',
    example: 'Xq0Zr3v9yFh2W7kLmN4pQs8tUv1wX5yZ6aB0cD2eF3g',
  })
  @LinkToken()
  token!: string;

  @ApiProperty({
    description: `The new password: at least ${MIN_PASSWORD_LENGTH} characters, not a common password.`,
    example: 'Majalengka-Tempa-2027',
  })
  @NewPassword()
  password!: string;
}

export class VerifyEmailDto {
  @ApiProperty({
    description: 'The token from the verification mail (its link carries it after `#token=`).',
    example: 'Xq0Zr3v9yFh2W7kLmN4pQs8tUv1wX5yZ6aB0cD2eF3g',
  })
  @LinkToken()
  token!: string;
}

export class AcceptedDto {
  @ApiProperty({
    description: 'What happens next.',
    example: 'If an account uses this email, a link to reset its password is on its way.',
  })
  message!: string;
}
