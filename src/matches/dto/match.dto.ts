import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../common/http/page-query';
import { PageOf } from '../../common/openapi/list-dtos';
import { VersionedDto } from '../../common/openapi/versioned.dto';
import { asArray } from '../../common/validation/decorators';
import { CandidateSupplierDto, ScoreFactorDto } from '../../matching/dto/candidates.dto';
import type { Contact } from '../contact';
import type { HistoryEventType } from '../match-event.entity';
import { EVENT_TYPES, MATCH_STATUSES } from '../match-state';
import type { EventType, MatchStatus, Side } from '../match-state';
import { text } from '../../common/i18n/text';

/** A won match's contract value: whole rupiah, more than 0 and at most 10^15 (as the database checks). */
const ContractValueIdr = () => applyDecorators(IsOptional(), IsInt(), Min(1), Max(1e15));
/** The new jobs a won match is expected to bring: 0 to 100,000 (as the database checks). */
const ExpectedJobs = () => applyDecorators(IsOptional(), IsInt(), Min(0), Max(100_000));

export class CreateMatchDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The open sourcing request.',
    example: '7a3e9c1f-5b2d-4e8a-b6c4-0d1e2f3a4b5c',
  })
  @IsUUID()
  sourcingRequestId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The supplier to shortlist or be introduced to; it must be eligible.',
    example: '08f1a726-ebab-4450-9afe-ca6c2223d8f6',
  })
  @IsUUID()
  supplierId!: string;

  @ApiPropertyOptional({
    description: "Why this supplier fits: the curator's note, or the requesting side's.",
    example: 'Sudah memasok rumah motor untuk merek lain; hasil uji BBSPJILM baik.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class MatchEventDto {
  @ApiProperty({ enum: EVENT_TYPES, description: 'What happens.', example: 'accept' })
  @IsIn(EVENT_TYPES)
  type!: EventType;

  @ApiPropertyOptional({
    description:
      "A note for the history; required when a curator declines a side's request: the reason, sent to that side.",
    example: 'Siap kunjungan pabrik minggu depan.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: 'The version you acted on; 409 when the match changed since.', example: 2 })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;

  @ApiPropertyOptional({
    description: 'With win: the request is filled, so it becomes awarded.',
    example: true,
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  requestFilled?: boolean;

  @ApiPropertyOptional({
    type: Number,
    minimum: 1,
    maximum: 1e15,
    description:
      'With win only (400 with any other event): the contract value in whole rupiah, when known. A curator or the buyer corrects it later with PATCH /matches/:id/outcome.',
    example: 450000000,
  })
  @ContractValueIdr()
  contractValueIdr?: number;

  @ApiPropertyOptional({
    type: Number,
    minimum: 0,
    maximum: 100000,
    description:
      'With win only (400 with any other event): the new jobs the contract is expected to bring, when known.',
    example: 6,
  })
  @ExpectedJobs()
  expectedJobs?: number;
}

export class UpdateMatchOutcomeDto {
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    minimum: 1,
    maximum: 1e15,
    description: 'The contract value in whole rupiah; null clears it; left out, it stays.',
    example: 520000000,
  })
  @ContractValueIdr()
  contractValueIdr?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    minimum: 0,
    maximum: 100000,
    description: 'The new jobs the contract is expected to bring; null clears it; left out, it stays.',
    example: 8,
  })
  @ExpectedJobs()
  expectedJobs?: number | null;

  @ApiPropertyOptional({
    description: "Why it was corrected, for the match's history.",
    example: 'Nilai PO final setelah negosiasi harga.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    description: 'The version you corrected (or If-Match); 409 when the match changed since.',
    example: 6,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

export class MatchQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MATCH_STATUSES, isArray: true, description: 'Status; repeat for several.' })
  @IsOptional()
  @Transform(asArray)
  @IsIn(MATCH_STATUSES, { each: true })
  status?: MatchStatus[];

  @ApiPropertyOptional({ format: 'uuid', description: "One request's matches." })
  @IsOptional()
  @IsUUID()
  sourcingRequestId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "One supplier's matches." })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ description: "The supplier's regency or city.", example: '32.13' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: text('validation.formatExample', { example: '32.13' }) })
  regency?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Matches shortlisted by this curator.' })
  @IsOptional()
  @IsUUID()
  curatorId?: string;

  @ApiPropertyOptional({
    type: Number,
    minimum: 0,
    maximum: 3650,
    description:
      "Only matches whose status has not changed for at least this many days (statusSince): with status=shortlisted, introduced and engaged, a curator's stalled matches.",
    example: 14,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  stalledDays?: number;

  @ApiPropertyOptional({
    enum: ['newest', 'oldest', 'stalest'],
    description:
      "newest first (default), oldest first (a curator's work queue with status=requested, sides' requests, or status=shortlisted), or stalest: longest in its current status first.",
  })
  @IsOptional()
  @IsIn(['newest', 'oldest', 'stalest'])
  sort?: 'newest' | 'oldest' | 'stalest';
}

export class MatchRequestRefDto {
  @ApiProperty({ description: 'Sourcing request id.', example: '4d5e6f70-8192-4a3b-9c4d-5e6f708192a3' })
  id!: string;
  @ApiProperty({ description: 'Title.', example: 'Rumah motor traksi 60 kW' })
  title!: string;
  @ApiProperty({ description: 'Buyer id.', example: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' })
  buyerId!: string;
  @ApiProperty({ description: "The buyer's name.", example: 'PT Garuda Mobil Listrik Indonesia' })
  buyerName!: string;
}

export class MatchSupplierRefDto extends PickType(CandidateSupplierDto, ['id', 'name', 'regencyCode'] as const) {}

export class ContactDto implements Contact {
  @ApiProperty({ description: 'The organisation.', example: 'CV Logam Jaya Subang' })
  name!: string;
  @ApiPropertyOptional({
    description: 'The person who accepted the introduction, for a buyer.',
    example: 'Sari Wijaya',
  })
  person?: string;
  @ApiPropertyOptional({
    description: "Phone in E.164: a supplier's contact phone, or the buyer's person's own, when they gave one.",
    example: '+6281223456789',
  })
  phone?: string;
  @ApiProperty({ description: 'Email.', example: 'marketing@cvlogamjaya.co.id' })
  email!: string;
  @ApiPropertyOptional({
    description: "WhatsApp's click-to-chat link, when the phone is a mobile number (landlines run no WhatsApp).",
    example: 'https://wa.me/6281223456789',
  })
  whatsappUrl?: string;
}

export class MatchDto extends VersionedDto {
  @ApiProperty({ description: 'Match id.', example: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d' })
  id!: string;
  @ApiProperty({ enum: MATCH_STATUSES, description: 'Where the match stands.', example: 'introduced' })
  status!: MatchStatus;
  @ApiProperty({ type: MatchRequestRefDto, description: 'The sourcing request.' })
  sourcingRequest!: MatchRequestRefDto;
  @ApiProperty({ type: MatchSupplierRefDto, description: 'The supplier.' })
  supplier!: MatchSupplierRefDto;
  @ApiProperty({ description: 'The score when the curator shortlisted it (a snapshot).', example: 71.35 })
  score!: number;
  @ApiProperty({ type: [ScoreFactorDto], description: 'The explained score at that moment (a snapshot).' })
  breakdown!: ScoreFactorDto[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The note given when it was created: the curator's, or the requesting side's.",
    example: null,
  })
  note!: string | null;
  @ApiProperty({ description: "Whether the buyer's side has accepted the introduction.", example: true })
  buyerAccepted!: boolean;
  @ApiProperty({ description: "Whether the supplier's side has accepted the introduction.", example: false })
  supplierAccepted!: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the curator introduced them.',
    example: '2026-11-20T02:00:00.000Z',
  })
  introducedAt!: Date | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      "The curator who shortlisted it, or who introduced or declined a side's request; null while requested.",
    example: '5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11',
  })
  curatorId!: string | null;
  @ApiProperty({
    nullable: true,
    enum: ['buyer', 'supplier'],
    description: 'The side that asked for the introduction; null when a curator shortlisted it.',
    example: null,
  })
  requestedBy!: Side | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    description:
      'Since when the match has been in its status (the event that moved it there; an acceptance within introduced does not count): days in stage.',
    example: '2026-11-20T02:00:00.000Z',
  })
  statusSince!: Date;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'A won match: the contract value in whole rupiah, as the buyer or a curator recorded it; null when not given (and before it is won).',
    example: 450000000,
  })
  contractValueIdr!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'A won match: the new jobs it is expected to bring; null when not given (and before it is won).',
    example: 6,
  })
  expectedJobs!: number | null;
  @ApiPropertyOptional({
    type: ContactDto,
    description: "From engaged on, for the two sides only: the other side's contact.",
  })
  counterpartContact?: ContactDto;
}

export class MatchListDto extends PageOf(MatchDto, 'MatchList') {}

export class MatchHistoryEventDto {
  @ApiProperty({ description: 'Event id.', example: '7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e' })
  id!: string;
  @ApiProperty({
    enum: ['shortlist', 'request', ...EVENT_TYPES, 'outcome'],
    description:
      "What happened: shortlist (a curator) or request (a side) created the match; outcome corrected a won match's contract value or expected jobs (it stays won).",
    example: 'accept',
  })
  type!: HistoryEventType;
  @ApiProperty({ description: 'Who did it.', example: '5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11' })
  actorUserId!: string;
  @ApiProperty({ description: 'Their name.', example: 'Sari Wijaya' })
  actorName!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The organisation they acted for (the buyer or the supplier); null for curators.',
    example: null,
  })
  organizationId!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Status before; null for the shortlist or request that created it.',
    example: 'introduced',
  })
  fromStatus!: string | null;
  @ApiProperty({ description: 'Status after.', example: 'introduced' })
  toStatus!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The note given with the event.', example: null })
  note!: string | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'win and outcome: the contract value in whole rupiah the match had after it; null otherwise or when none.',
    example: null,
  })
  contractValueIdr!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'win and outcome: the expected new jobs the match had after it; null otherwise or when none.',
    example: null,
  })
  expectedJobs!: number | null;
  @ApiProperty({ type: String, format: 'date-time', description: 'When.', example: '2026-11-20T03:00:00.000Z' })
  createdAt!: Date;
}

export class MatchHistoryDto {
  @ApiProperty({ type: [MatchHistoryEventDto], description: 'Every applied event, oldest first.' })
  items!: MatchHistoryEventDto[];
}
