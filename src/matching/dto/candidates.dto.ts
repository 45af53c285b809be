import { ServiceRefDto } from '../../centre-services/dto/service-request.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FACTORS, type Factor } from '../../sourcing-requests/score-weights';
import { ScoreWeightsDto } from '../../sourcing-requests/dto/sourcing-request.dto';
import { CapacityDto } from '../../suppliers/dto/supplier.dto';
import { GAP_KINDS, type GapKind } from '../eligibility-rules';

export class ScoreFactorDto {
  @ApiProperty({ enum: FACTORS, description: 'What this part of the score measures.', example: 'distance' })
  factor!: Factor;
  @ApiProperty({ description: 'The most points this factor can give (the weights sum to 100).', example: 20 })
  weight!: number;
  @ApiProperty({ description: 'Points earned, 0..weight.', example: 14.29 })
  points!: number;
  @ApiProperty({
    description: 'Why, in the language of Accept-Language (Indonesian by default).',
    example: '20 km garis lurus dari Pabrik Subang',
  })
  reason!: string;
}

export class HeldCertificateDto {
  @ApiProperty({ description: 'Certification code.', example: 'iso_9001' })
  code!: string;
  @ApiProperty({ description: 'Its name, in the language of Accept-Language.', example: 'ISO 9001' })
  name!: string;
  @ApiProperty({ description: 'Whether a curator verified it (any certificate of this code).', example: true })
  verified!: boolean;
}

export class CandidateMatchDto {
  @ApiProperty({ description: 'Match id.', example: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b' })
  id!: string;
  @ApiProperty({
    description: 'Its state: shortlisted, introduced, engaged, won, lost, declined or withdrawn.',
    example: 'introduced',
  })
  status!: string;
}

export class CandidateSupplierDto {
  @ApiProperty({ description: 'Supplier id.', example: '0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10' })
  id!: string;
  @ApiProperty({ description: 'Trading name.', example: 'CV Logam Jaya Subang' })
  name!: string;
  @ApiProperty({ description: 'Regency or city code.', example: '32.13' })
  regencyCode!: string;
  @ApiProperty({
    description: 'The regency or city, in the language of Accept-Language (Indonesian by default).',
    example: 'Kabupaten Subang',
  })
  regencyName!: string;
  @ApiProperty({ description: 'Profile verification state.', example: 'verified' })
  verification!: string;
  @ApiProperty({
    type: [HeldCertificateDto],
    description: 'Certificates held today (unexpired, not rejected), by code.',
  })
  certificates!: HeldCertificateDto[];
}

export class CandidateDto {
  @ApiProperty({ type: CandidateSupplierDto, description: 'The supplier.' })
  supplier!: CandidateSupplierDto;
  @ApiProperty({ description: 'Score 0..100: the sum of the points in breakdown.', example: 71.35 })
  score!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Great-circle km from the delivery plant; null without a plant.',
    example: 20.4,
  })
  distanceKm!: number | null;
  @ApiProperty({
    nullable: true,
    type: CapacityDto,
    description: 'Monthly capacity the supplier states; null when it states none.',
  })
  monthlyCapacity!: CapacityDto | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      "The TKDN (local content, %) that counts for this request's part category: the best verified certificate's, else the declared value (unless tkdnCertifiedOnly); null when unknown.",
    example: 44.7,
  })
  tkdnPercent!: number | null;
  @ApiProperty({ description: 'Whether tkdnPercent comes from a verified TKDN certificate.', example: false })
  tkdnCertified!: boolean;
  @ApiProperty({
    nullable: true,
    type: CandidateMatchDto,
    description:
      "The request's match with this supplier, when there is one you may see: curators see every match, the buyer's members from its introduction on.",
  })
  match!: CandidateMatchDto | null;
  @ApiProperty({ type: [ScoreFactorDto], description: 'Every factor of the score, explained.' })
  breakdown!: ScoreFactorDto[];
}

export class CandidateListDto {
  @ApiProperty({ type: [CandidateDto], description: 'Eligible suppliers, best first; ties by supplier id.' })
  items!: CandidateDto[];
  @ApiProperty({ description: 'Suppliers that meet every eligibility rule.', example: 12 })
  eligible!: number;
  @ApiProperty({
    description: 'Active suppliers considered: those offering every required process.',
    example: 57,
  })
  evaluated!: number;
  @ApiProperty({ description: 'Page number, from 1.', example: 1 })
  page!: number;
  @ApiProperty({ description: 'Page size.', example: 20 })
  limit!: number;
  @ApiProperty({ type: ScoreWeightsDto, description: "The weights used: the request's own, or the defaults." })
  weights!: ScoreWeightsDto;
}

export class OpportunityRequestDto {
  @ApiProperty({ description: 'Sourcing request id.', example: '4d5e6f70-8192-4a3b-9c4d-5e6f708192a3' })
  id!: string;
  @ApiProperty({ description: 'Title.', example: 'Rumah motor traksi 60 kW' })
  title!: string;
  @ApiProperty({ description: 'Part category code.', example: 'ev_motor.housing' })
  partCategory!: string;
  @ApiProperty({ description: "The buyer's name.", example: 'PT Garuda Mobil Listrik Indonesia' })
  buyerName!: string;
}

export class OpportunityDto {
  @ApiProperty({ type: OpportunityRequestDto, description: 'The open request the supplier is eligible for.' })
  sourcingRequest!: OpportunityRequestDto;
  @ApiProperty({ description: "Score 0..100, as the buyer's candidate list would show it.", example: 64.5 })
  score!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Km to the delivery plant.', example: 20.4 })
  distanceKm!: number | null;
  @ApiProperty({ type: [ScoreFactorDto], description: 'Every factor of the score, explained.' })
  breakdown!: ScoreFactorDto[];
}

export class OpportunityListDto {
  @ApiProperty({ type: [OpportunityDto], description: 'Best first; ties by request id.' })
  items!: OpportunityDto[];
  @ApiProperty({ description: 'Open requests the supplier is eligible for.', example: 3 })
  total!: number;
  @ApiProperty({ description: 'Page number, from 1.', example: 1 })
  page!: number;
  @ApiProperty({ description: 'Page size.', example: 20 })
  limit!: number;
}

export class MissingDto {
  @ApiProperty({
    enum: GAP_KINDS,
    description:
      'What kind of thing is missing. `certificate_unverified`: the supplier declared the certificate (or one that includes it) but the request accepts only verified ones and BBSPJILM has not verified it yet.',
    example: 'certification',
  })
  kind!: GapKind;
  @ApiPropertyOptional({ description: 'The process or certification code missing.', example: 'iatf_16949' })
  code?: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'For a material: the requested materials, any one of which would do.',
    example: ['aluminium'],
  })
  options?: string[];
  @ApiProperty({
    description:
      'What is missing, for people, in the language of Accept-Language (Indonesian by default): the process, the materials, the certificate, or that a declared certificate awaits verification.',
    example: 'ISO 9001 dinyatakan, belum diverifikasi BBSPJILM',
  })
  name!: string;
}

export class GapRequestDto {
  @ApiProperty({ description: 'The sourcing request.', example: '4d5e6f70-8192-4a3b-9c4d-5e6f708192a3' })
  id!: string;
  @ApiProperty({ description: 'Its title.', example: 'Braket baterai baja 2 mm' })
  title!: string;
}

export class GapMissingDto extends MissingDto {
  @ApiProperty({
    type: [ServiceRefDto],
    description:
      "BBSPJILM's services that would close it (GET /services), free and quick first: for a process, training for it or its group; for a certificate, support towards it (or one that includes it) or the test report or certificate BBSPJILM issues; for a TKDN below the minimum, TKDN certification support. Empty when no service closes it (a material, the distance, capacity, a certificate awaiting verification).",
  })
  services!: ServiceRefDto[];
}

export class GapDto {
  @ApiProperty({ type: [GapMissingDto], description: 'Everything these requests need that the supplier lacks.' })
  missing!: GapMissingDto[];
  @ApiProperty({ description: 'How many open requests this gap alone keeps out of reach.', example: 4 })
  requests!: number;
  @ApiProperty({ type: [String], description: 'Those requests.', example: ['4d5e6f70-8192-4a3b-9c4d-5e6f708192a3'] })
  sourcingRequestIds!: string[];
  @ApiProperty({ type: [GapRequestDto], description: 'Those requests with their titles, in the same order.' })
  sourcingRequests!: GapRequestDto[];
}

export class GapListDto {
  @ApiProperty({ type: [GapDto], description: 'Most valuable first: most requests, then fewest missing things.' })
  items!: GapDto[];
  @ApiProperty({ description: 'Open requests the supplier is not eligible for.', example: 9 })
  blockedRequests!: number;
}
