import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { CatalogueOf } from '../../common/openapi/list-dtos';
import { VersionedDto } from '../../common/openapi/versioned.dto';
import { asBoolean, CodeList, OptionalNotNull } from '../../common/validation/decorators';
import { CENTRE_SERVICE_KINDS, type CentreServiceKind } from '../centre-service.entity';

export class NamedCodeDto {
  @ApiProperty({ description: 'The code.', example: 'iso_9001' })
  code!: string;
  @ApiProperty({
    description: 'Its name, in the language of Accept-Language.',
    example: 'ISO 9001 (Sistem Manajemen Mutu)',
  })
  name!: string;
}

export class CentreServiceDto extends VersionedDto {
  @ApiProperty({ description: 'Stable code of the service.', example: 'konsultansi_iso_9001' })
  code!: string;
  @ApiProperty({
    description: 'Testing, calibration, standardisation (and certification), training or consultancy.',
    enum: CENTRE_SERVICE_KINDS,
    example: 'consultancy',
  })
  kind!: CentreServiceKind;
  @ApiProperty({ description: 'In the language of Accept-Language.', example: 'Konsultansi sistem mutu ISO 9001' })
  name!: string;
  @ApiProperty({
    description: 'What it is, in the language of Accept-Language.',
    example: 'Pendampingan penerapan sistem manajemen mutu ISO 9001 sampai siap diaudit.',
  })
  description!: string;
  @ApiProperty({ description: 'Name in Indonesian (for editing).', example: 'Konsultansi sistem mutu ISO 9001' })
  nameId!: string;
  @ApiProperty({ description: 'Name in English (for editing).', example: 'ISO 9001 quality management consultancy' })
  nameEn!: string;
  @ApiProperty({
    description: 'Description in Indonesian (for editing).',
    example: 'Uji komposisi kimia, tarik, kekerasan dan metalografi.',
  })
  descriptionId!: string;
  @ApiProperty({
    description: 'Description in English (for editing).',
    example: 'Chemical composition, tensile, hardness and metallography tests.',
  })
  descriptionEn!: string;
  @ApiProperty({
    type: [NamedCodeDto],
    description: 'Certificates (and evidence such as test reports) it helps a firm obtain.',
  })
  certifications!: NamedCodeDto[];
  @ApiProperty({
    type: [NamedCodeDto],
    description: 'Processes it trains or qualifies a firm for (a group covers its members).',
  })
  processes!: NamedCodeDto[];
  @ApiProperty({
    type: NamedCodeDto,
    nullable: true,
    description: 'The evidence its completion records on the supplier as a verified certificate; null when none.',
  })
  issues!: NamedCodeDto | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'How long that evidence is valid, in months.',
    example: 12,
  })
  evidenceValidMonths!: number | null;
  @ApiProperty({ description: 'How many days it usually takes.', example: 90 })
  typicalDays!: number;
  @ApiProperty({
    description: 'Whether it has a fee (a PNBP tariff); otherwise a free programme for IKM.',
    example: true,
  })
  hasFee!: boolean;
  @ApiProperty({ description: 'Offered now; a retired service stays on the requests that name it.', example: true })
  active!: boolean;
}

export class CentreServiceListDto extends CatalogueOf(CentreServiceDto, 'CentreServiceList', 11) {}

export class CentreServiceQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'Also the retired services.', default: false })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  includeRetired?: boolean;
}

export class CreateCentreServiceDto {
  @ApiProperty({ description: 'A stable code: lower case, digits and _.', example: 'uji_kekerasan' })
  @Matches(/^[a-z0-9_]{2,60}$/)
  code!: string;

  @ApiProperty({
    description: 'Testing, calibration, standardisation (and certification), training or consultancy.',
    enum: CENTRE_SERVICE_KINDS,
    example: 'testing',
  })
  @IsIn(CENTRE_SERVICE_KINDS)
  kind!: CentreServiceKind;

  @ApiProperty({ description: 'Name in Indonesian.', example: 'Uji kekerasan' })
  @IsString()
  @Length(1, 200)
  nameId!: string;

  @ApiProperty({ description: 'Name in English.', example: 'Hardness testing' })
  @IsString()
  @Length(1, 200)
  nameEn!: string;

  @ApiProperty({ description: 'Description in Indonesian.', example: 'Uji kekerasan Rockwell, Brinell dan Vickers.' })
  @IsString()
  @MaxLength(2000)
  descriptionId!: string;

  @ApiProperty({ description: 'Description in English.', example: 'Rockwell, Brinell and Vickers hardness tests.' })
  @IsString()
  @MaxLength(2000)
  descriptionEn!: string;

  @ApiProperty({ type: [String], description: 'Certificate codes it helps with.', example: ['material_test_report'] })
  @CodeList(20)
  certifications!: string[];

  @ApiProperty({ type: [String], description: 'Process codes it helps with.', example: [] })
  @CodeList(20)
  processes!: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The certificate code its completion records on the supplier; with evidenceValidMonths.',
    example: 'material_test_report',
  })
  @IsOptional()
  @Matches(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/)
  issues?: string | null;

  @ApiPropertyOptional({
    description: 'How long the evidence it records is valid, in months; with issues, and only with it.',
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 120,
    example: 12,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  evidenceValidMonths?: number | null;

  @ApiProperty({
    description: 'How many days it usually takes; a schedule lasts this long unless the curator says otherwise.',
    minimum: 1,
    maximum: 730,
    example: 5,
  })
  @IsInt()
  @Min(1)
  @Max(730)
  typicalDays!: number;

  @ApiProperty({
    description: 'Whether it has a fee (a PNBP tariff); false for a free programme for IKM.',
    example: true,
  })
  @IsBoolean()
  hasFee!: boolean;
}

export class UpdateCentreServiceDto extends PartialType(OmitType(CreateCentreServiceDto, ['code'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({
    description: 'false retires the service: no new requests; true offers it again.',
    example: false,
  })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({
    description: 'The version you edited; 409 when it changed since. Or send If-Match.',
    example: 1,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
