import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Decimal } from '../../common/validation/decorators';
import { text } from '../../common/i18n/text';

/** What a TKDN certificate certifies: one product, with its TKDN and BMP values. */
export class TkdnProductDto {
  @ApiProperty({ description: 'The product or part named on the certificate.', example: 'Tromol rem belakang 200 mm' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ description: 'Its part category (GET /reference/part-categories).', example: 'brakes.drum' })
  @Matches(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, { message: text('validation.formatExample', { example: 'brakes.drum' }) })
  partCategory!: string;

  @ApiProperty({ description: 'TKDN value on the certificate, percent.', example: 45.2 })
  @Decimal(2)
  @Min(0)
  @Max(100)
  tkdnPercent!: number;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'BMP (Bobot Manfaat Perusahaan) on the certificate, percent, at most 15.',
    example: 6.5,
  })
  @IsOptional()
  @Decimal(2)
  @Min(0)
  @Max(15)
  bmpPercent?: number | null;
}

export class CreateCertificationDto {
  @ApiProperty({ description: 'Certification type (GET /reference/certifications).', example: 'iatf_16949' })
  @Matches(/^[a-z0-9_]+$/, { message: text('validation.formatExample', { example: 'iatf_16949' }) })
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
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: text('validation.formatExample', { example: '2024-03-01' }) })
  validFrom?: string | null;

  @ApiProperty({ type: String, format: 'date', description: 'Valid until (YYYY-MM-DD).', example: '2027-02-28' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: text('validation.formatExample', { example: '2027-02-28' }) })
  validUntil!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Where the evidence is.',
    example: 'Laporan uji BBSPJILM No. 123/2026',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  evidenceNote?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: TkdnProductDto,
    description:
      'Required on a TKDN certificate (a certification of kind local_content, such as tkdn or tkdn_ik), refused on any other: the product it certifies.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TkdnProductDto)
  product?: TkdnProductDto | null;
}

export class UpdateCertificationDto extends PartialType(CreateCertificationDto, { skipNullProperties: false }) {}

export class VerifyCertificationDto {
  @ApiPropertyOptional({
    description: 'What the curator checked the certificate against; kept as its statusReason.',
    example: 'Dicocokkan dengan laporan uji BBSPJILM No. 123/2026 dan basis data lembaga sertifikasi.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  evidenceNote?: string;
}

export class RejectCertificationDto {
  @ApiProperty({ description: 'What did not hold.', example: 'Nomor sertifikat tidak terdaftar di IATF.' })
  @IsString()
  @Length(1, 1000)
  reason!: string;
}
