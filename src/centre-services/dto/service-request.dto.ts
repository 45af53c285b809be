import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../common/http/page-query';
import { PageOf } from '../../common/openapi/list-dtos';
import { VersionedDto } from '../../common/openapi/versioned.dto';
import { asArray, Day, OptionalDay } from '../../common/validation/decorators';
import { text } from '../../common/i18n/text';
import {
  SERVICE_EVENT_TYPES,
  SERVICE_REQUEST_STATUSES,
  type ServiceEventType,
  type ServiceRequestStatus,
} from '../service-request-state';
import { CENTRE_SERVICE_KINDS, type CentreServiceKind } from '../centre-service.entity';

export class CreateServiceRequestDto {
  @ApiProperty({ description: 'The service asked for (GET /services).', example: 'konsultansi_iso_9001' })
  @Matches(/^[a-z0-9_]{2,60}$/)
  serviceCode!: string;

  @ApiPropertyOptional({
    description: 'What the firm wants to say: the product, the gap, preferred dates.',
    example: 'Kami ingin siap ISO 9001 untuk permintaan rumah motor.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ServiceEvidenceDto {
  @ApiProperty({
    description: 'The report or certificate number BBSPJILM issued.',
    example: 'LHU-0412/BBSPJILM/XI/2026',
  })
  @IsString()
  @Length(1, 100)
  number!: string;

  @ApiProperty({
    type: String,
    format: 'date',
    description: 'Issued on (YYYY-MM-DD, not in the future).',
    example: '2026-11-27',
  })
  @Day()
  issuedOn!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: "Valid until; by default the service's evidenceValidMonths after issuedOn.",
    example: '2027-11-26',
  })
  @OptionalDay()
  validUntil?: string;
}

export class ServiceRequestEventDto {
  @ApiProperty({ enum: SERVICE_EVENT_TYPES, description: 'What happens.', example: 'schedule' })
  @IsIn(SERVICE_EVENT_TYPES)
  type!: ServiceEventType;

  @ApiPropertyOptional({
    description: 'A note for the history and the firm; required when a curator cancels (the reason).',
    example: 'Sampel dibawa ke laboratorium uji bahan BBSPJILM, Jl. Sangkuriang 12 Bandung.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: 'schedule: the first day (WIB), today or later.',
    example: '2026-12-07',
  })
  @OptionalDay()
  startsOn?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: 'schedule: the last day; by default the first.',
    example: '2026-12-11',
  })
  @OptionalDay()
  endsOn?: string;

  @ApiPropertyOptional({
    type: ServiceEvidenceDto,
    description: 'complete: the evidence, required when the service records one (its `issues`), refused otherwise.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceEvidenceDto)
  evidence?: ServiceEvidenceDto;

  @ApiPropertyOptional({ description: 'The version you acted on; 409 when the request changed since.', example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

export class ServiceRequestQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: SERVICE_REQUEST_STATUSES,
    isArray: true,
    description: 'Only these states (repeat the parameter).',
  })
  @IsOptional()
  @Transform(asArray)
  @IsIn(SERVICE_REQUEST_STATUSES, { each: true })
  status?: ServiceRequestStatus[];

  @ApiPropertyOptional({ format: 'uuid', description: "One supplier's requests." })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ description: 'One service.', example: 'uji_material' })
  @IsOptional()
  @Matches(/^[a-z0-9_]{2,60}$/)
  serviceCode?: string;

  @ApiPropertyOptional({ description: 'Suppliers of one regency (its code).', example: '32.13' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: text('validation.formatExample', { example: '32.13' }) })
  regencyCode?: string;
}

export class ServiceRefDto {
  @ApiProperty({ description: 'The service (GET /services/{code}).', example: 'uji_material' })
  code!: string;
  @ApiProperty({
    description: 'Testing, calibration, standardisation, training or consultancy.',
    enum: CENTRE_SERVICE_KINDS,
    example: 'testing',
  })
  kind!: CentreServiceKind;
  @ApiProperty({ description: 'In the language of Accept-Language.', example: 'Uji material logam' })
  name!: string;
  @ApiProperty({ description: 'How many days it usually takes.', example: 5 })
  typicalDays!: number;
  @ApiProperty({ description: 'Whether it has a fee.', example: true })
  hasFee!: boolean;
}

export class ServiceRequestSupplierDto {
  @ApiProperty({ description: "The supplier's id.", format: 'uuid', example: '08f1a726-ebab-4450-9afe-ca6c2223d8f6' })
  id!: string;
  @ApiProperty({ description: "The supplier's name.", example: 'CV Logam Jaya Subang' })
  name!: string;
  @ApiProperty({ description: "The supplier's regency.", example: '32.13' })
  regencyCode!: string;
}

export class RecordedEvidenceDto {
  @ApiProperty({
    format: 'uuid',
    description: "The certificate recorded on the supplier's profile (verified).",
    example: '5b9d2e7a-3c1f-4a8b-9e6d-0f1a2b3c4d5e',
  })
  certificationId!: string;
  @ApiProperty({ description: 'Its certificate code.', example: 'material_test_report' })
  code!: string;
  @ApiProperty({
    description: 'Its name, in the language of Accept-Language.',
    example: 'Laporan Hasil Uji Material (komposisi kimia; tarik; kekerasan)',
  })
  name!: string;
  @ApiProperty({ description: 'The number BBSPJILM gave it.', example: 'LHU-0412/BBSPJILM/XI/2026' })
  number!: string;
  @ApiProperty({ description: 'Issued on.', type: String, format: 'date', nullable: true, example: '2026-11-27' })
  validFrom!: string | null;
  @ApiProperty({ description: 'Valid until.', type: String, format: 'date', example: '2027-11-26' })
  validUntil!: string;
}

export class ServiceRequestDto extends VersionedDto {
  @ApiProperty({ description: 'The service request.', format: 'uuid', example: 'c3a1e9f2-7b4d-4e8a-9c6b-1d2e3f4a5b6c' })
  id!: string;
  @ApiProperty({ description: 'The firm it is for.', type: ServiceRequestSupplierDto })
  supplier!: ServiceRequestSupplierDto;
  @ApiProperty({ description: 'The service asked for.', type: ServiceRefDto })
  service!: ServiceRefDto;
  @ApiProperty({
    description: 'requested → scheduled → in_progress → done, or cancelled.',
    enum: SERVICE_REQUEST_STATUSES,
    example: 'scheduled',
  })
  status!: ServiceRequestStatus;
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'Since when it has been in this state.',
    example: '2026-11-28T02:00:00.000Z',
  })
  statusSince!: Date;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What the firm wrote when it asked.',
    example: 'Sampel rotor tembaga siap diambil.',
  })
  note!: string | null;
  @ApiProperty({
    description: 'The first day scheduled (WIB).',
    type: String,
    format: 'date',
    nullable: true,
    example: '2026-12-07',
  })
  startsOn!: string | null;
  @ApiProperty({
    description: 'The last day scheduled (WIB).',
    type: String,
    format: 'date',
    nullable: true,
    example: '2026-12-11',
  })
  endsOn!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The day (WIB) it was done.',
    example: '2026-12-11',
  })
  completedOn!: string | null;
  @ApiProperty({
    type: RecordedEvidenceDto,
    nullable: true,
    description: 'What its completion recorded on the supplier.',
  })
  evidence!: RecordedEvidenceDto | null;
}

export class ServiceRequestListDto extends PageOf(ServiceRequestDto, 'ServiceRequestList') {}

export class ServiceRequestHistoryEventDto {
  @ApiProperty({
    description: 'The step: request, schedule, start, complete or cancel.',
    enum: ['request', ...SERVICE_EVENT_TYPES],
    example: 'schedule',
  })
  type!: 'request' | ServiceEventType;
  @ApiProperty({
    description: 'The state before; null for the request itself.',
    enum: SERVICE_REQUEST_STATUSES,
    nullable: true,
    example: 'requested',
  })
  fromStatus!: ServiceRequestStatus | null;
  @ApiProperty({ description: 'The state after.', enum: SERVICE_REQUEST_STATUSES, example: 'scheduled' })
  toStatus!: ServiceRequestStatus;
  @ApiProperty({ enum: ['curator', 'firm'], description: 'Who acted.', example: 'curator' })
  by!: 'curator' | 'firm';
  @ApiProperty({
    description: 'What the actor wrote: a cancellation says why.',
    type: String,
    nullable: true,
    example: 'Sampel diambil petugas BBSPJILM.',
  })
  note!: string | null;
  @ApiProperty({
    description: 'For a schedule: the first day.',
    type: String,
    format: 'date',
    nullable: true,
    example: '2026-12-07',
  })
  startsOn!: string | null;
  @ApiProperty({
    description: 'For a schedule: the last day.',
    type: String,
    format: 'date',
    nullable: true,
    example: '2026-12-11',
  })
  endsOn!: string | null;
  @ApiProperty({ description: 'When.', type: String, format: 'date-time', example: '2026-11-28T02:00:00.000Z' })
  at!: Date;
}

export class ServiceRequestDetailDto extends ServiceRequestDto {
  @ApiProperty({ type: [ServiceRequestHistoryEventDto], description: 'Every step, oldest first (append-only).' })
  history!: ServiceRequestHistoryEventDto[];
}
