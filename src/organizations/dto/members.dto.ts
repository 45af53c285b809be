import { ApiProperty } from '@nestjs/swagger';
import { CatalogueOf } from '../../common/openapi/list-dtos';
import { NormalisedEmail } from '../../common/validation/decorators';
import { ROLES } from '../../auth/roles';
import type { Role } from '../../auth/roles';

export class AddMemberDto {
  @ApiProperty({
    description:
      'Email of a registered user whose role fits the organisation (ikm_owner for a supplier, oem_buyer for a buyer, estate_manager for an estate).',
    example: 'siti@cvlogamjaya.co.id',
  })
  @NormalisedEmail()
  email!: string;
}

export class MemberDto {
  @ApiProperty({ description: 'User id.', example: '5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11' })
  userId!: string;
  @ApiProperty({ description: 'Sign-in email.', example: 'siti@cvlogamjaya.co.id' })
  email!: string;
  @ApiProperty({ description: 'Full name.', example: 'Siti Rahmawati' })
  fullName!: string;
  @ApiProperty({ enum: ROLES, description: 'Account role.', example: 'ikm_owner' })
  role!: Role;
  @ApiProperty({ description: 'When the user joined the organisation.', example: '2026-11-28T02:00:00.000Z' })
  joinedAt!: Date;
}

export class MemberListDto extends CatalogueOf(MemberDto, 'MemberListDto', 2) {}
