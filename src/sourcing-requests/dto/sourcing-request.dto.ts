import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../common/http/page-query';
import { PageOf } from '../../common/openapi/list-dtos';
import { VersionedDto } from '../../common/openapi/versioned.dto';
import { asArray, CodeList, OptionalNotNull, Decimal } from '../../common/validation/decorators';
import { PlantResponseDto } from '../../buyers/dto/buyer.dto';
import { CAPACITY_UNITS, type CapacityUnit } from '../../suppliers/supplier.entity';
import { type ClosedReason, REQUEST_STATUSES, type RequestStatus } from '../sourcing-request.entity';
import { text } from '../../common/i18n/text';
import { REQUEST_SORTS, type RequestSort } from '../sourcing-requests.repository';

export class ScoreWeightsDto {
  @ApiProperty({
    description: 'Capability: product experience, and the steps after the required processes the supplier also does.',
    example: 25,
  })
  @IsInt()
  @Min(0)
  @Max(50)
  capability!: number;
  @ApiProperty({
    description: 'Certification strength: verified beats declared, IATF 16949 beats ISO 9001.',
    example: 20,
  })
  @IsInt()
  @Min(0)
  @Max(50)
  certification!: number;
  @ApiProperty({ description: 'Nearness to the delivery plant.', example: 20 })
  @IsInt()
  @Min(0)
  @Max(50)
  distance!: number;
  @ApiProperty({ description: 'Monthly capacity against the monthly need.', example: 15 })
  @IsInt()
  @Min(0)
  @Max(50)
  capacity!: number;
  @ApiProperty({ description: 'Local content (TKDN).', example: 10 })
  @IsInt()
  @Min(0)
  @Max(50)
  tkdn!: number;
  @ApiProperty({ description: 'Profile verified by a curator.', example: 10 })
  @IsInt()
  @Min(0)
  @Max(50)
  verification!: number;
}

/** The machine a part needs; at least one of the limits. */
export class MachineNeedDto {
  @ApiProperty({
    description: 'The process (GET /reference/processes); a group covers its members.',
    example: 'casting.hpdc',
  })
  @Matches(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, { message: text('validation.formatExample', { example: 'casting.hpdc' }) })
  process!: string;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Least clamping or pressing force, tonnes.',
    example: 1600,
  })
  @IsOptional()
  @Decimal(1)
  @Min(0.1)
  @Max(100000)
  minTonnage?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Least bed or platen length, mm.', example: 2000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  minBedLengthMm?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Least bed or platen width, mm.', example: 1200 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  minBedWidthMm?: number | null;
}

export class CreateSourcingRequestDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The buyer asking; you must be its member.',
    example: '9d2f4a7c-3e1b-4b8a-8c6d-1a2b3c4d5e6f',
  })
  @IsUUID()
  buyerId!: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: "Delivery plant: one of the buyer's active plants. Needed for maxDistanceKm.",
    example: 'c4e8a2b6-1d3f-4a5b-9c7e-8f0a1b2c3d4e',
  })
  @IsOptional()
  @IsUUID()
  plantId?: string | null;

  @ApiProperty({ description: 'Short title.', example: 'Rumah motor traksi 60 kW' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'What is needed: drawings, tolerances, finish, packaging.',
    example: 'Die casting ADC12, pemesinan CNC bidang dudukan bearing, toleransi ±0,02 mm.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ description: 'Part category code (GET /reference/part-categories).', example: 'ev_motor.housing' })
  @Matches(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, {
    message: text('validation.formatExample', { example: 'ev_motor.housing' }),
  })
  partCategory!: string;

  @ApiProperty({
    type: [String],
    description: 'Process codes a supplier must all cover; at least one.',
    example: ['casting.hpdc', 'machining.cnc_milling'],
  })
  @ArrayMinSize(1)
  @CodeList(20)
  processes!: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Material codes; a supplier must work at least one.',
    example: ['aluminium'],
  })
  @OptionalNotNull()
  @CodeList(20)
  materials?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Certification codes a supplier must all hold, unexpired.',
    example: ['iso_9001'],
  })
  @OptionalNotNull()
  @CodeList(10)
  requiredCertifications?: string[];

  @ApiProperty({ description: 'Quantity needed a year.', example: 24000 })
  @Decimal(2)
  @Min(0.01)
  @Max(1e12)
  annualVolume!: number;

  @ApiProperty({ enum: CAPACITY_UNITS, description: 'Unit of annualVolume.', example: 'pcs' })
  @IsIn(CAPACITY_UNITS)
  unit!: CapacityUnit;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description:
      'Weight of one piece or set, kg, when unit is pcs or set: lets matching compare the capacity of suppliers who state it by weight (foundries, in kg or ton) with the need. Without it their capacity cannot be compared.',
    example: 6.5,
  })
  @IsOptional()
  @Decimal(3)
  @Min(0.001)
  @Max(100000)
  partWeightKg?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Suppliers farther than this from the plant are not eligible, km.',
    example: 80,
  })
  @IsOptional()
  @Decimal(1)
  @Min(1)
  @Max(5000)
  maxDistanceKm?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description:
      "Minimum TKDN, percent, of the supplier's best known value for the part category: a verified TKDN certificate's value for a product of that category where one exists, else the supplier's own declared value (unless tkdnCertifiedOnly).",
    example: 40,
  })
  @IsOptional()
  @Decimal(2)
  @Min(0)
  @Max(100)
  minTkdnPercent?: number | null;

  @ApiPropertyOptional({
    description: 'Only certificates verified by a curator satisfy requiredCertifications.',
    example: false,
    default: false,
  })
  @OptionalNotNull()
  @IsBoolean()
  verifiedOnly?: boolean;

  @ApiPropertyOptional({
    description:
      'Only TKDN values of verified TKDN certificates count for minTkdnPercent and the TKDN factor, not values suppliers declare.',
    example: false,
    default: false,
  })
  @OptionalNotNull()
  @IsBoolean()
  tkdnCertifiedOnly?: boolean;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Last day to respond (Western Indonesia Time); an open request closes itself after it.',
    example: '2027-01-31',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: text('validation.formatExample', { example: '2027-01-31' }) })
  dueDate?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "Private: the buyer's internal notes, never shown to suppliers.",
    example: 'Bandingkan dengan pemasok impor dari Tiongkok.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  internalNotes?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Private: target unit price in IDR, never shown to suppliers.',
    example: 185000,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1e15)
  targetPriceIdr?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: MachineNeedDto,
    description:
      'The machine the part needs: suppliers that state a machine for that process with at least this tonnage and bed (either way round) earn capability depth. Not an eligibility rule: most IKM state no machine sizes.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MachineNeedDto)
  machineNeed?: MachineNeedDto | null;

  @ApiPropertyOptional({
    nullable: true,
    type: ScoreWeightsDto,
    description: 'How candidates are ranked for this request: each factor 0–50, summing to 100. Null: the defaults.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScoreWeightsDto)
  scoreWeights?: ScoreWeightsDto | null;
}

export class UpdateSourcingRequestDto extends PartialType(OmitType(CreateSourcingRequestDto, ['buyerId'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({
    description: 'The version you edited; 409 when the request changed since. Or send If-Match.',
    example: 2,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

export class SourcingRequestQuery extends PageQuery {
  @ApiPropertyOptional({
    description: "Part of the title or of the buyer's name, any case and accents.",
    example: 'rumah motor',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: REQUEST_STATUSES, isArray: true, description: 'Status; repeat for several.' })
  @IsOptional()
  @Transform(asArray)
  @IsIn(REQUEST_STATUSES, { each: true })
  status?: RequestStatus[];

  @ApiPropertyOptional({ format: 'uuid', description: "One buyer's requests." })
  @IsOptional()
  @IsUUID()
  buyerId?: string;

  @ApiPropertyOptional({ description: 'Part category code (a group code covers its members).', example: 'ev_motor' })
  @IsOptional()
  @Matches(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, {
    message: text('validation.formatExample', { example: 'ev_motor.housing' }),
  })
  partCategory?: string;

  @ApiPropertyOptional({ description: 'Requests that need this process.', example: 'casting.hpdc' })
  @IsOptional()
  @Matches(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, { message: text('validation.formatExample', { example: 'casting.hpdc' }) })
  process?: string;

  @ApiPropertyOptional({
    enum: REQUEST_SORTS,
    description:
      'newest first (the default), oldest first, due: the nearest due date first (none last), or title (A–Z). Ties break by id.',
    example: 'due',
  })
  @IsOptional()
  @IsIn(REQUEST_SORTS)
  sort?: RequestSort;
}

/** The delivery plant as a request shows it: the plant's own fields, and whether it has been retired since. */
export class RequestPlantDto extends PickType(PlantResponseDto, [
  'id',
  'name',
  'regencyCode',
  'location',
  'estateId',
] as const) {
  @ApiProperty({ description: 'Whether the buyer has retired the plant since.', example: false })
  retired!: boolean;
}

export class SourcingRequestDto extends IntersectionType(
  VersionedDto,
  OmitType(CreateSourcingRequestDto, ['plantId', 'internalNotes', 'targetPriceIdr'] as const),
) {
  @ApiProperty({ description: 'Request id.', example: '4d5e6f70-8192-4a3b-9c4d-5e6f708192a3' })
  id!: string;
  @ApiProperty({ description: "The buyer's name.", example: 'PT Garuda Mobil Listrik Indonesia' })
  buyerName!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Delivery plant id.', example: null })
  plantId!: string | null;
  @ApiProperty({ nullable: true, type: RequestPlantDto, description: 'The delivery plant.' })
  plant!: RequestPlantDto | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Business days from today through the due date, both counted: Monday to Friday without national holidays and cuti bersama (GET /reference/holidays). Null without a due date, once closed, or when the due date lies in a year whose holiday calendar is not yet known.',
    example: 12,
  })
  businessDaysLeft!: number | null;
  @ApiProperty({ enum: REQUEST_STATUSES, description: 'draft → open → closed (or awarded).', example: 'open' })
  status!: RequestStatus;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When it was published.',
    example: '2026-11-02T03:15:00.000Z',
  })
  publishedAt!: Date | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When it was closed or awarded.',
    example: null,
  })
  closedAt!: Date | null;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: ['buyer', 'due_date'],
    description: 'Why it closed: the buyer closed it, or its due date passed.',
    example: null,
  })
  closedReason!: ClosedReason | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "Private: only for the buyer's members, curators and admins.",
    example: 'Pembanding: impor dari Tiongkok Rp2,1 juta/unit.',
  })
  internalNotes?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: "Private: only for the buyer's members, curators and admins.",
    example: 950000,
  })
  targetPriceIdr?: number | null;
}

export class SourcingRequestListDto extends PageOf(SourcingRequestDto, 'SourcingRequestList') {}
