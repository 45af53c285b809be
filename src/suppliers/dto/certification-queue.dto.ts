import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi/list-dtos';
import { VERIFICATION_STATES, type Verification } from '../supplier.entity';
import { SupplierCertificationDto } from './supplier-response.dto';

/** The supplier a waiting certificate belongs to, named for the queue. */
export class CertificationQueueSupplierDto {
  @ApiProperty({ description: 'Supplier id.', example: '08f1a726-ebab-4450-9afe-ca6c2223d8f6' })
  id!: string;
  @ApiProperty({ description: 'Name.', example: 'CV Logam Jaya Subang' })
  name!: string;
  @ApiProperty({ description: 'Regency or city code.', example: '32.13' })
  regencyCode!: string;
  @ApiProperty({ enum: VERIFICATION_STATES, description: "The profile's own verification.", example: 'verified' })
  verification!: Verification;
}

export class CertificationQueueItemDto extends SupplierCertificationDto {
  @ApiProperty({ type: CertificationQueueSupplierDto, description: 'Whose certificate it is.' })
  supplier!: CertificationQueueSupplierDto;
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'Since when it has waited: its declaration, or the edit that returned it to declared.',
    example: '2026-11-20T03:00:00.000Z',
  })
  waitingSince!: Date;
}

export class CertificationQueueDto extends PageOf(CertificationQueueItemDto, 'CertificationQueue') {}
