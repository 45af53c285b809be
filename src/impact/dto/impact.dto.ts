import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CENTRE_SERVICE_KINDS, type CentreServiceKind } from '../../centre-services/centre-service.entity';
import { IsOptional, Matches } from 'class-validator';
import { text } from '../../common/i18n/text';
import { OptionalDay } from '../../common/validation/decorators';

export class ImpactQuery {
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: 'First day (WIB) counted: services completed, profiles verified and wins recorded from this day on.',
    example: '2026-01-01',
  })
  @OptionalDay()
  from?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description: 'Last day (WIB) counted, included; not before from.',
    example: '2026-12-31',
  })
  @OptionalDay()
  to?: string;

  @ApiPropertyOptional({
    description: "One regency's figures (its code), as its office files them.",
    example: '32.13',
  })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: text('validation.formatExample', { example: '32.13' }) })
  regencyCode?: string;
}

export class ImpactFiguresDto {
  @ApiProperty({ description: 'BBSPJILM service requests completed.', example: 4 })
  servicesDelivered!: number;
  @ApiProperty({
    description:
      'Of the firms served, those now eligible for an open request that asks for a certificate or process the service helps with (counted in the month of the service).',
    example: 2,
  })
  suppliersEligibleAfterService!: number;
  @ApiProperty({ description: 'Supplier profiles verified by a curator (and still verified).', example: 6 })
  suppliersVerified!: number;
  @ApiProperty({ description: 'Matches won, by the day the win was recorded.', example: 3 })
  matchesWon!: number;
  @ApiProperty({
    description: 'Their contract value, in whole rupiah (wins without a value add nothing).',
    example: 2430000000,
  })
  contractValueIdr!: number;
  @ApiProperty({ description: 'The new jobs their firms expect.', example: 37 })
  expectedJobs!: number;
}

export class ImpactRangeDto {
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'First day counted.',
    example: '2026-01-01',
  })
  from!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Last day counted.',
    example: '2026-12-31',
  })
  to!: string | null;
}

export class RegencyImpactDto extends ImpactFiguresDto {
  @ApiProperty({ description: "The suppliers' regency (where the work and the jobs are).", example: '32.13' })
  regencyCode!: string;
  @ApiProperty({ description: 'Its name, in the language of Accept-Language.', example: 'Kabupaten Subang' })
  regencyName!: string;
}

export class MonthImpactDto extends ImpactFiguresDto {
  @ApiProperty({
    description: 'The month (WIB), YYYY-MM; every month of the range, empty ones included.',
    example: '2026-11',
  })
  month!: string;
}

export class RegencyMonthImpactDto extends RegencyImpactDto {
  @ApiProperty({ description: 'The month (WIB), YYYY-MM.', example: '2026-11' })
  month!: string;
}

export class ImpactDto {
  @ApiProperty({ type: ImpactRangeDto, description: 'The days counted.' })
  range!: ImpactRangeDto;
  @ApiProperty({ type: ImpactFiguresDto, description: 'The whole region (the sum of the rows).' })
  totals!: ImpactFiguresDto;
  @ApiProperty({ type: [RegencyImpactDto], description: 'By regency, most contract value first.' })
  byRegency!: RegencyImpactDto[];
  @ApiProperty({ type: [MonthImpactDto], description: 'By month, oldest first.' })
  byMonth!: MonthImpactDto[];
  @ApiProperty({ type: [RegencyMonthImpactDto], description: 'By regency and month: the rows the others add up.' })
  rows!: RegencyMonthImpactDto[];
}

export class DemandedServiceDto {
  @ApiProperty({ description: 'The service (GET /services/{code}).', example: 'konsultansi_iso_9001' })
  code!: string;
  @ApiProperty({
    description: 'Its name, in the language of Accept-Language.',
    example: 'Konsultansi sistem mutu ISO 9001',
  })
  name!: string;
  @ApiProperty({ enum: CENTRE_SERVICE_KINDS, description: 'What kind of service.', example: 'consultancy' })
  kind!: CentreServiceKind;
  @ApiProperty({ description: 'How many days it usually takes.', example: 90 })
  typicalDays!: number;
  @ApiProperty({ description: 'Whether it has a fee.', example: true })
  hasFee!: boolean;
  @ApiProperty({
    description: "The regency's active suppliers lacking what it helps with and open requests ask for.",
    example: 14,
  })
  suppliers!: number;
  @ApiProperty({ description: 'The open requests asking for it.', example: 5 })
  requests!: number;
  @ApiProperty({ description: 'Supplier and request pairs it would open: how it is ranked.', example: 38 })
  openings!: number;
}

export class RegencyServiceDemandDto {
  @ApiProperty({ description: 'The regency.', example: '32.13' })
  regencyCode!: string;
  @ApiProperty({ description: 'Its name, in the language of Accept-Language.', example: 'Kabupaten Subang' })
  regencyName!: string;
  @ApiProperty({ type: [DemandedServiceDto], description: 'The five services that would open the most, most first.' })
  services!: DemandedServiceDto[];
}

export class ServiceDemandDto {
  @ApiProperty({ type: [RegencyServiceDemandDto], description: 'Regencies with suppliers, by code.' })
  items!: RegencyServiceDemandDto[];
}
