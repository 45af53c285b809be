import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/http/page-query';
import { PageOf } from '../../common/openapi/list-dtos';
import { SUPPLIER_SOURCES, type SupplierSource } from '../supplier.entity';

export class VerificationQueueQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: SUPPLIER_SOURCES,
    description: 'Only profiles registered by their owners, or only those curators imported.',
    example: 'self_registered',
  })
  @IsOptional()
  @IsIn(SUPPLIER_SOURCES)
  source?: SupplierSource;
}

export class VerificationQueueItemDto {
  @ApiProperty({ description: 'Supplier id.', example: '08f1a726-ebab-4450-9afe-ca6c2223d8f6' })
  id!: string;
  @ApiProperty({ description: 'Name.', example: 'CV Logam Jaya Subang' })
  name!: string;
  @ApiProperty({ description: 'Regency or city code.', example: '32.13' })
  regencyCode!: string;
  @ApiProperty({ enum: SUPPLIER_SOURCES, description: 'Where the profile came from.', example: 'self_registered' })
  source!: SupplierSource;
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'Since when it has waited: its creation, or the edit or reset that made it unverified.',
    example: '2026-11-20T03:00:00.000Z',
  })
  waitingSince!: Date;
  @ApiProperty({
    type: [String],
    description:
      "The claims its members changed since a curator's verdict (empty for a profile never judged): what to check again.",
    example: ['processes', 'monthlyCapacity'],
  })
  changedClaims!: string[];
}

export class VerificationQueueBySourceDto {
  @ApiProperty({ description: 'Waiting profiles their owners registered.', example: 13 })
  self_registered!: number;
  @ApiProperty({ description: 'Waiting profiles curators imported.', example: 110 })
  imported!: number;
}

export class VerificationQueueDto extends PageOf(VerificationQueueItemDto, 'VerificationQueue') {
  @ApiProperty({ type: VerificationQueueBySourceDto, description: 'How many wait, by source, whatever the filter.' })
  bySource!: VerificationQueueBySourceDto;
}
