import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalDay } from '../../common/validation/decorators';

export class StatsQuery {
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description:
      'First day (Western Indonesia Time) of the matches counted: matchesByStatus and the funnel count the matches shortlisted from this day on. Suppliers, open requests and gaps are as of now.',
    example: '2026-10-01',
  })
  @OptionalDay()
  from?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: 'Last day (WIB, included) of the matches counted; not before from.',
    example: '2026-10-31',
  })
  @OptionalDay()
  to?: string;
}

export class RegencySupplierCountDto {
  @ApiProperty({ description: 'Regency or city code.', example: '32.13' })
  regencyCode!: string;
  @ApiProperty({
    description: 'Its name, in the language of Accept-Language (Indonesian by default).',
    example: 'Kabupaten Subang',
  })
  regencyName!: string;
  @ApiProperty({ description: 'Active suppliers there.', example: 42 })
  total!: number;
  @ApiProperty({ description: 'Of which verified.', example: 17 })
  verified!: number;
}

export class SupplierStatsDto {
  @ApiProperty({ description: 'Active suppliers.', example: 150 })
  total!: number;
  @ApiProperty({ description: 'Active suppliers whose profile a curator verified.', example: 61 })
  verified!: number;
  @ApiProperty({ type: [RegencySupplierCountDto], description: 'By regency, most suppliers first.' })
  byRegency!: RegencySupplierCountDto[];
}

export class FunnelStageDto {
  @ApiProperty({ description: 'Stage.', example: 'introduced' })
  stage!: string;
  @ApiProperty({ description: 'Matches that reached it.', example: 20 })
  matches!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Share of the previous stage that reached this one (null for the first, or when none did).',
    example: 0.8,
  })
  conversion!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median days from the previous stage to this one.',
    example: 2.5,
  })
  medianDays!: number | null;
}

export class MissingCapabilityDto {
  @ApiProperty({ description: 'process or certification.', example: 'certification' })
  kind!: string;
  @ApiProperty({ description: 'The code.', example: 'iatf_16949' })
  code!: string;
  @ApiProperty({ description: 'Open requests that need it.', example: 4 })
  requests!: number;
  @ApiProperty({ description: "Suppliers in the regency who lack it although it's asked for.", example: 12 })
  suppliers!: number;
}

export class RegencyGapsDto {
  @ApiProperty({ description: 'Regency or city code.', example: '32.13' })
  regencyCode!: string;
  @ApiProperty({ description: 'Its name, in the language of Accept-Language.', example: 'Kabupaten Subang' })
  regencyName!: string;
  @ApiProperty({
    type: [MissingCapabilityDto],
    description: 'The five capabilities open requests ask for most that the most suppliers here lack.',
  })
  missing!: MissingCapabilityDto[];
}

export class MonthlyMatchesDto {
  @ApiProperty({
    description: 'The month (WIB) the matches were shortlisted or requested in, YYYY-MM.',
    example: '2026-10',
  })
  month!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Those matches by their status now (every status, zero included).',
    example: { requested: 0, shortlisted: 2, introduced: 1, engaged: 1, won: 1, lost: 0, declined: 0, withdrawn: 0 },
  })
  byStatus!: Record<string, number>;
}

export class StatsRangeDto {
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'First day counted.', example: null })
  from!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'Last day counted.', example: null })
  to!: string | null;
}

export class StatsDto {
  @ApiProperty({
    type: StatsRangeDto,
    description: 'The days (WIB) whose shortlisted matches matchesByStatus and the funnel count; null: unbounded.',
  })
  range!: StatsRangeDto;
  @ApiProperty({ type: SupplierStatsDto, description: 'Suppliers.' })
  suppliers!: SupplierStatsDto;
  @ApiProperty({ description: 'Open sourcing requests.', example: 25 })
  openRequests!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Matches by status (every status, zero included).',
    example: { requested: 1, shortlisted: 4, introduced: 3, engaged: 2, won: 1, lost: 0, declined: 1, withdrawn: 0 },
  })
  matchesByStatus!: Record<string, number>;
  @ApiProperty({
    type: [MonthlyMatchesDto],
    description:
      'matchesByStatus over time: the same matches by the month they were shortlisted in, every month from that of from (else of the first match) to that of to (else this month), at most the latest 120.',
  })
  matchesByMonth!: MonthlyMatchesDto[];
  @ApiProperty({ type: [FunnelStageDto], description: 'shortlisted → introduced → engaged → won.' })
  funnel!: FunnelStageDto[];
  @ApiProperty({ type: [RegencyGapsDto], description: 'The most requested missing capabilities, by regency.' })
  gapsByRegency!: RegencyGapsDto[];
}
