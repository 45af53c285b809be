import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
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
    enum: ['newest', 'oldest'],
    description:
      "newest first (default), or oldest first: a curator's work queue with status=requested (sides' requests) or status=shortlisted.",
  })
  @IsOptional()
  @IsIn(['newest', 'oldest'])
  sort?: 'newest' | 'oldest';
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
    enum: ['shortlist', 'request', ...EVENT_TYPES],
    description: 'What happened: shortlist (a curator) or request (a side) created the match.',
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
  @ApiProperty({ type: String, format: 'date-time', description: 'When.', example: '2026-11-20T03:00:00.000Z' })
  createdAt!: Date;
}

export class MatchHistoryDto {
  @ApiProperty({ type: [MatchHistoryEventDto], description: 'Every applied event, oldest first.' })
  items!: MatchHistoryEventDto[];
}
