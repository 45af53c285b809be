import { PORT_KINDS, type PortKind } from '../port.entity';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsDefined,
} from 'class-validator';
import { NearPageQuery } from '../../common/http/near-query';
import { OptionalNotNull, Decimal } from '../../common/validation/decorators';
import { PageOf } from '../../common/openapi/list-dtos';
import { VersionedDto } from '../../common/openapi/versioned.dto';
import { LocationDto } from '../../common/openapi/location.dto';
import { ESTATE_STATUSES, type EstateStatus } from '../estate.entity';
import type { PortDistance } from '../port-distances';
import { text } from '../../common/i18n/text';

/** A non-negative quantity with at most two decimals, optional and clearable with null. */
const Amount = (max: number) => applyDecorators(IsOptional(), Decimal(2), Min(0), Max(max));

export class InfrastructureDto {
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Electric power available, MVA.', example: 300 })
  @Amount(100000)
  powerMva?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Clean water supply, litres per second.',
    example: 250,
  })
  @Amount(100000)
  waterLps?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Boolean,
    description: 'Whether natural gas is piped in.',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  gas?: boolean | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Distance to the nearest toll gate, km.',
    example: 1.5,
  })
  @Amount(10000)
  tollAccessKm?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description:
      'Road distance to the export port as the operator states it, km (`ports` has straight-line distances).',
    example: 40,
  })
  @Amount(10000)
  portDistanceKm?: number | null;
}

export class CreateEstateDto {
  @ApiProperty({ description: 'Name of the estate.', example: 'Subang Smartpolitan' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ description: 'Operating company.', example: 'PT Suryacipta Swadaya' })
  @IsString()
  @Length(1, 200)
  operator!: string;

  @ApiProperty({ description: 'Regency or city code (GET /reference/regions).', example: '32.13' })
  @Matches(/^\d{2}\.\d{2}$/, { message: text('validation.formatExample', { example: '32.13' }) })
  regencyCode!: string;

  @ApiProperty({ type: LocationDto, description: 'Coordinates of the estate (its gate or centre).' })
  @IsDefined()
  @ValidateNested()
  @Type(() => LocationDto)
  location!: LocationDto;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Total area, hectares.', example: 2717 })
  @Amount(1000000)
  @Min(0.01)
  areaHa?: number | null;

  @ApiProperty({ enum: ESTATE_STATUSES, description: 'Operating, or still being developed.', example: 'developing' })
  @IsIn(ESTATE_STATUSES)
  status!: EstateStatus;

  @ApiPropertyOptional({ description: 'Part of a National Strategic Project (PSN).', example: true, default: false })
  @OptionalNotNull()
  @IsBoolean()
  nationalStrategicProject?: boolean;

  @ApiPropertyOptional({ type: InfrastructureDto, description: 'Utilities and access; send only what you know.' })
  @OptionalNotNull()
  @ValidateNested()
  @Type(() => InfrastructureDto)
  infrastructure?: InfrastructureDto;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Plots still available, hectares.', example: 350 })
  @Amount(1000000)
  availablePlotsHa?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Free notes: access, tenants, sources.',
    example: 'On the Cipali toll road; linked to Patimban port by the Patimban access toll.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class UpdateEstateDto extends PartialType(CreateEstateDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({
    description: 'The version you edited; 409 when the estate changed since. Or send If-Match.',
    example: 2,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

export class EstateQuery extends NearPageQuery {
  @ApiPropertyOptional({ description: 'Part of the name or operator, any case and accents.', example: 'smartpolitan' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Regency or city code.', example: '32.13' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: text('validation.formatExample', { example: '32.13' }) })
  regency?: string;
}

export class PortDistanceDto implements PortDistance {
  @ApiProperty({ description: 'Port code.', example: 'patimban' })
  code!: string;
  @ApiProperty({ description: 'Port name.', example: 'Patimban' })
  name!: string;
  @ApiProperty({
    enum: PORT_KINDS,
    description: 'A seaport, an airport with air cargo, or a dry port.',
    example: 'seaport',
  })
  kind!: PortKind;
  @ApiProperty({ description: 'Straight-line distance, km (port locations are approximate).', example: 26.8 })
  distanceKm!: number;
}

export class TenantCountsDto {
  @ApiProperty({ description: 'Active suppliers located in the estate.', example: 12 })
  suppliers!: number;
  @ApiProperty({ description: "Buyers' active plants located in the estate.", example: 3 })
  plants!: number;
}

export class EstateDto extends VersionedDto {
  @ApiProperty({
    description: 'Estate id (also its organisation id).',
    example: '3f0c1b8e-2d4a-4b7e-9c1a-5e6f7a8b9c0d',
  })
  id!: string;
  @ApiProperty({ description: 'Name.', example: 'Subang Smartpolitan' })
  name!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Operating company.', example: 'PT Suryacipta Swadaya' })
  operator!: string | null;
  @ApiProperty({ description: 'Regency or city code.', example: '32.13' })
  regencyCode!: string;
  @ApiProperty({ type: LocationDto, description: 'Coordinates.' })
  location!: LocationDto;
  @ApiProperty({ nullable: true, type: Number, description: 'Total area, hectares.', example: 2717 })
  areaHa!: number | null;
  @ApiProperty({ enum: ESTATE_STATUSES, description: 'Operating or developing.', example: 'developing' })
  status!: EstateStatus;
  @ApiProperty({ description: 'Part of a National Strategic Project.', example: true })
  nationalStrategicProject!: boolean;
  @ApiProperty({ type: InfrastructureDto, description: 'Utilities and access; null where unknown.' })
  infrastructure!: InfrastructureDto;
  @ApiProperty({ nullable: true, type: Number, description: 'Plots still available, hectares.', example: 350 })
  availablePlotsHa!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'Free notes.', example: 'Coordinates rounded.' })
  note!: string | null;
  @ApiProperty({
    type: [PortDistanceDto],
    description: 'Seaports, airports and dry ports, nearest first: export access.',
  })
  ports!: PortDistanceDto[];
  @ApiProperty({ type: TenantCountsDto, description: 'How many suppliers and buyer plants are located in it.' })
  tenants!: TenantCountsDto;
  @ApiPropertyOptional({ description: 'Great-circle distance from `near`, km.', example: 14.2 })
  distanceKm?: number;
}

export class EstateListDto extends PageOf(EstateDto, 'EstateList') {}

export class EstateTenantSupplierDto {
  @ApiProperty({ description: 'Supplier id.', example: '0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10' })
  id!: string;
  @ApiProperty({ description: 'Trading name.', example: 'CV Logam Jaya Subang' })
  name!: string;
  @ApiProperty({ description: 'Profile verification state.', example: 'verified' })
  verification!: string;
  @ApiProperty({ type: [String], description: 'Process codes.', example: ['casting.hpdc'] })
  processes!: string[];
}

export class EstateTenantPlantDto {
  @ApiProperty({ description: 'Plant id.', example: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d' })
  id!: string;
  @ApiProperty({ description: 'Plant name.', example: 'Pabrik Smartpolitan' })
  name!: string;
  @ApiProperty({ description: 'The buyer that runs it.', example: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' })
  buyerId!: string;
  @ApiProperty({ description: "The buyer's name.", example: 'PT Garuda Mobil Listrik Indonesia' })
  buyerName!: string;
}

export class EstateTenantsDto {
  @ApiProperty({ type: [EstateTenantSupplierDto], description: 'Active suppliers located in the estate, by name.' })
  suppliers!: EstateTenantSupplierDto[];
  @ApiProperty({ type: [EstateTenantPlantDto], description: "Buyers' active plants located in the estate, by name." })
  plants!: EstateTenantPlantDto[];
}
