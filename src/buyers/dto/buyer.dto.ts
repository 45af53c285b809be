import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
  IsDefined,
} from 'class-validator';
import { PageQuery } from '../../common/http/page-query';
import { PageOf } from '../../common/openapi/list-dtos';
import { VersionedDto } from '../../common/openapi/versioned.dto';
import { PortDistanceDto } from '../../estates/dto/estate.dto';
import { LocationDto } from '../../common/openapi/location.dto';
import { BUYER_KINDS, type BuyerKind } from '../buyer.entity';
import { text } from '../../common/i18n/text';

export class PlantDto {
  @ApiProperty({ description: 'Name of the plant.', example: 'Pabrik Smartpolitan' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ description: 'Regency or city code (GET /reference/regions).', example: '32.13' })
  @Matches(/^\d{2}\.\d{2}$/, { message: text('validation.formatExample', { example: '32.13' }) })
  regencyCode!: string;

  @ApiProperty({ type: LocationDto, description: 'Coordinates: where parts are delivered.' })
  @IsDefined()
  @ValidateNested()
  @Type(() => LocationDto)
  location!: LocationDto;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The industrial estate it is in (GET /estates), if any.',
    example: '5b1c6e0a-7f7e-4c1e-9a3b-2f4d8e6a9c01',
  })
  @IsOptional()
  @IsUUID()
  estateId?: string | null;
}

export class UpdatePlantDto extends PartialType(PlantDto, { skipNullProperties: false }) {}

export class CreateBuyerDto {
  @ApiProperty({ description: 'Company name.', example: 'PT Garuda Mobil Listrik Indonesia' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({
    enum: BUYER_KINDS,
    description:
      "A vehicle maker (oem), a tier-1 or tier-2 supplier, or an APM (agen pemegang merek, a brand's sole agent).",
    example: 'oem',
  })
  @IsIn(BUYER_KINDS)
  kind!: BuyerKind;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'What the company makes and sources.',
    example: 'Produsen sepeda motor listrik; mencari pemasok lokal untuk rangka dan rumah motor.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ type: [PlantDto], description: 'Its plants; more can be added later.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlantDto)
  plants?: PlantDto[];
}

export class UpdateBuyerDto extends PartialType(OmitType(CreateBuyerDto, ['plants'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({
    description: 'The version you edited; 409 when the buyer changed since. Or send If-Match.',
    example: 2,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

export class BuyerQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name, any case and accents.', example: 'motor' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class PlantResponseDto {
  @ApiProperty({ description: 'Plant id.', example: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d' })
  id!: string;
  @ApiProperty({ description: 'Name.', example: 'Pabrik Smartpolitan' })
  name!: string;
  @ApiProperty({ description: 'Regency or city code.', example: '32.13' })
  regencyCode!: string;
  @ApiProperty({ type: LocationDto, description: 'Coordinates.' })
  location!: LocationDto;
  @ApiProperty({ nullable: true, type: String, description: 'The estate it is in, if any.', example: null })
  estateId!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When it was retired; requests that name it keep it.',
    example: null,
  })
  retiredAt!: Date | null;
  @ApiProperty({
    type: [PortDistanceDto],
    description: 'Seaports, airports and dry ports, nearest first: export access.',
  })
  ports!: PortDistanceDto[];
}

export class BuyerDto extends VersionedDto {
  @ApiProperty({ description: 'Buyer id (also its organisation id).', example: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' })
  id!: string;
  @ApiProperty({ description: 'Company name.', example: 'PT Garuda Mobil Listrik Indonesia' })
  name!: string;
  @ApiProperty({ enum: BUYER_KINDS, description: 'oem, tier1, tier2 or apm.', example: 'oem' })
  kind!: BuyerKind;
  @ApiProperty({ nullable: true, type: String, description: 'What it makes and sources.', example: null })
  description!: string | null;
  @ApiProperty({ type: [PlantResponseDto], description: 'Its plants, retired ones included (with retiredAt).' })
  plants!: PlantResponseDto[];
}

export class BuyerListDto extends PageOf(BuyerDto, 'BuyerList') {}
