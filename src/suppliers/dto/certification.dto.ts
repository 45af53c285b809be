import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, Length, Matches } from 'class-validator';

export class CreateCertificationDto {
  @ApiProperty({ description: 'Certification type (GET /reference/certifications).', example: 'iatf_16949' })
  @Matches(/^[a-z0-9_]+$/, { message: 'code must be a certification code such as iatf_16949' })
  code!: string;

  @ApiProperty({ description: 'Certificate number.', example: 'IATF-0456789' })
  @IsString()
  @Length(1, 100)
  number!: string;

  @ApiProperty({ description: 'Certification body.', example: 'TÜV Rheinland Indonesia' })
  @IsString()
  @Length(1, 200)
  issuer!: string;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'Valid from (YYYY-MM-DD).', example: '2024-03-01' })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validFrom must be a date such as 2024-03-01' })
  validFrom?: string | null;

  @ApiProperty({ type: String, format: 'date', description: 'Valid until (YYYY-MM-DD).', example: '2027-02-28' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validUntil must be a date such as 2027-02-28' })
  validUntil!: string;

  @ApiPropertyOptional({ description: 'Where the evidence is.', example: 'Laporan uji BBSPJILM No. 123/2026' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  evidenceNote?: string | null;
}

export class UpdateCertificationDto extends PartialType(CreateCertificationDto, { skipNullProperties: false }) {}

export class RejectCertificationDto {
  @ApiProperty({ description: 'What did not hold.', example: 'Nomor sertifikat tidak terdaftar di IATF.' })
  @IsString()
  @Length(1, 1000)
  reason!: string;
}
