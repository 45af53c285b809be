import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { NearPageQuery } from '../../common/http/near-query';
import { text } from '../../common/i18n/text';

/** How many plants the map endpoint answers at most; past it `truncated` says so. */
export const PLANT_POINTS_LIMIT = 50_000;

export class PlantPointsQuery extends OmitType(NearPageQuery, ['page', 'limit'] as const) {
  @ApiPropertyOptional({ description: 'Regency or city code.', example: '32.13' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: text('validation.formatExample', { example: '32.13' }) })
  regency?: string;

  @ApiPropertyOptional({ description: 'Plants located in this industrial estate.', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  estateId?: string;
}

/** A buyer's plant as a point on the map, named with its buyer. */
export class PlantPointDto {
  @ApiProperty({ description: 'Plant id.', example: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d' })
  id!: string;
  @ApiProperty({ description: 'Name of the plant.', example: 'Pabrik Smartpolitan' })
  name!: string;
  @ApiProperty({ description: 'The buyer (company) it belongs to.', example: '5d6e7f80-9102-4b3c-8d4e-5f6071829304' })
  buyerId!: string;
  @ApiProperty({ description: "The buyer's name.", example: 'PT Garuda Mobil Listrik Indonesia' })
  buyerName!: string;
  @ApiProperty({ description: 'Regency or city code.', example: '32.13' })
  regencyCode!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The industrial estate it is in, if any.',
    example: '5b1c6e0a-7f7e-4c1e-9a3b-2f4d8e6a9c01',
  })
  estateId!: string | null;
  @ApiProperty({ description: 'Latitude (WGS 84).', example: -6.4801 })
  lat!: number;
  @ApiProperty({ description: 'Longitude (WGS 84).', example: 107.6203 })
  lng!: number;
  @ApiPropertyOptional({ description: 'Great-circle distance from `near`, km.', example: 3.2 })
  distanceKm?: number;
}

export class PlantPointListDto {
  @ApiProperty({
    type: [PlantPointDto],
    description: 'The active plants the caller may see, nearest first with `near`, else by name; up to `limit`.',
  })
  items!: PlantPointDto[];
  @ApiProperty({ description: 'true: more plants match than `limit`; narrow the filters.', example: false })
  truncated!: boolean;
  @ApiProperty({ description: 'The most points one answer holds.', example: PLANT_POINTS_LIMIT })
  limit!: number;
}
