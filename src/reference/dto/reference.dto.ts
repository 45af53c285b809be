import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CatalogueOf } from '../../common/openapi/list-dtos';
import { CERTIFICATION_KINDS, type CertificationKind } from '../certification.entity';
import { VEHICLE_TYPES, type VehicleType } from '../part-category.entity';
import { HOLIDAY_KINDS, type HolidayKind } from '../public-holiday.entity';
import { REGION_KINDS, REGION_LEVELS, type RegionKind, type RegionLevel } from '../region.entity';
import { text } from '../../common/i18n/text';

export class SearchReferenceQuery {
  @ApiPropertyOptional({
    description: 'Matches code, Indonesian and English names and search aliases, ignoring case and accents.',
    example: 'bubut',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class RegionQuery extends SearchReferenceQuery {
  @ApiPropertyOptional({
    enum: REGION_LEVELS,
    description: 'Provinces, or regencies and cities.',
    example: 'regency',
  })
  @IsOptional()
  @IsIn(REGION_LEVELS)
  level?: RegionLevel;

  @ApiPropertyOptional({
    description: 'Code of the parent province.',
    example: '32',
    pattern: '^[0-9]{2}$',
  })
  @IsOptional()
  @Matches(/^[0-9]{2}$/, {
    message: text('validation.formatExample', { example: '32' }),
  })
  parent?: string;

  @ApiPropertyOptional({
    description:
      'Only the regencies and cities of a group that plans name together: `rebana`, the Cirebon–Patimban–Kertajati metropolitan region (Perpres 87/2021).',
    example: 'rebana',
  })
  @IsOptional()
  @Matches(/^[a-z0-9_]{1,50}$/, { message: text('validation.formatExample', { example: 'rebana' }) })
  group?: string;
}

export class RegionDto {
  @ApiProperty({
    description: 'Kemendagri 2025 code: PP for a province, PP.RR for a regency or city.',
    example: '32.13',
  })
  code!: string;
  @ApiProperty({
    description: 'Official name, with Kabupaten or Kota for regencies and cities.',
    example: 'Kabupaten Subang',
  })
  name!: string;
  @ApiProperty({ enum: REGION_LEVELS, description: 'Province, or regency/city.', example: 'regency' })
  level!: RegionLevel;
  @ApiProperty({
    enum: REGION_KINDS,
    description: 'Kabupaten (regency) or kota (city).',
    example: 'kabupaten',
  })
  kind!: RegionKind;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Province code; null for provinces.',
    example: '32',
  })
  parentCode!: string | null;
  @ApiProperty({
    description: 'Approximate centroid latitude.',
    example: -6.50833,
  })
  lat!: number;
  @ApiProperty({
    description: 'Approximate centroid longitude.',
    example: 107.7025,
  })
  lng!: number;
}

export class TaxonomyItemDto {
  @ApiProperty({
    description: 'Stable, lowercase, dot-separated code.',
    example: 'machining.cnc_turning',
  })
  code!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Code of the group this item belongs to.',
    example: 'machining',
  })
  parentCode!: string | null;
  @ApiProperty({
    description: 'Name in the language asked for with Accept-Language (Indonesian by default).',
    example: 'Bubut CNC',
  })
  name!: string;
  @ApiProperty({ description: 'Indonesian name.', example: 'Bubut CNC' })
  nameId!: string;
  @ApiProperty({ description: 'English name.', example: 'CNC turning' })
  nameEn!: string;
  @ApiProperty({
    type: [String],
    description: 'Everyday words that find this item in search.',
    example: ['bubut', 'lathe'],
  })
  aliases!: string[];
}

export class PartCategoryDto extends TaxonomyItemDto {
  @ApiProperty({
    type: [String],
    enum: VEHICLE_TYPES,
    description: 'Two-wheelers, four-wheelers or both.',
    example: ['2w', '4w'],
  })
  vehicleTypes!: VehicleType[];
}

export class CertificationTypeDto {
  @ApiProperty({ description: 'Stable code.', example: 'iatf_16949' })
  code!: string;
  @ApiProperty({ enum: CERTIFICATION_KINDS, description: 'What the certificate vouches for.', example: 'quality' })
  kind!: CertificationKind;
  @ApiProperty({
    description: 'Name in the language asked for with Accept-Language.',
    example: 'IATF 16949 (Sistem Manajemen Mutu Otomotif)',
  })
  name!: string;
  @ApiProperty({ description: 'Indonesian name.', example: 'IATF 16949 (Sistem Manajemen Mutu Otomotif)' })
  nameId!: string;
  @ApiProperty({ description: 'English name.', example: 'IATF 16949 (automotive quality management)' })
  nameEn!: string;
  @ApiProperty({ type: [String], description: 'Other names that find it in search.', example: ['iatf', 'ts 16949'] })
  aliases!: string[];
}

export class KbliDto {
  @ApiProperty({ description: 'KBLI 2020 five-digit code.', example: '24320' })
  code!: string;
  @ApiProperty({
    description: 'Title in the language asked for with Accept-Language.',
    example: 'Pengecoran Logam Bukan Besi dan Baja',
  })
  name!: string;
  @ApiProperty({ description: 'Indonesian title.', example: 'Pengecoran Logam Bukan Besi dan Baja' })
  nameId!: string;
  @ApiProperty({ description: 'English title.', example: 'Casting of non-ferrous metals (incl. die casting)' })
  nameEn!: string;
}

export class HolidayDto {
  @ApiProperty({ type: String, format: 'date', description: 'The day.', example: '2026-03-23' })
  date!: string;
  @ApiProperty({
    enum: HOLIDAY_KINDS,
    description: 'A national holiday, or cuti bersama (collective leave) set beside one.',
    example: 'cuti_bersama',
  })
  kind!: HolidayKind;
  @ApiProperty({
    description: 'Name in the language asked for with Accept-Language.',
    example: 'Cuti Bersama Idul Fitri',
  })
  name!: string;
}

export class HolidayQuery {
  @ApiPropertyOptional({ description: 'Only this year.', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class RegionListDto extends CatalogueOf(RegionDto, 'RegionListDto', 27) {}
export class TaxonomyListDto extends CatalogueOf(TaxonomyItemDto, 'TaxonomyListDto', 49) {}
export class PartCategoryListDto extends CatalogueOf(PartCategoryDto, 'PartCategoryListDto', 27) {}
export class CertificationTypeListDto extends CatalogueOf(CertificationTypeDto, 'CertificationTypeListDto', 8) {}
export class KbliListDto extends CatalogueOf(KbliDto, 'KbliListDto', 18) {}
export class HolidayListDto extends CatalogueOf(HolidayDto, 'HolidayListDto', 25) {
  @ApiProperty({
    type: [Number],
    description: 'The years whose calendar is known; business days are not counted into other years.',
    example: [2025, 2026],
  })
  years!: number[];
}

export class MapSettingsDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Leaflet tile URL template ({z}, {x}, {y}, maybe {s}), absolute or on this origin; null: no tiles, draw the bundled outline.',
    example: 'https://tiles.example.id/{z}/{x}/{y}.png',
  })
  tileUrl!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The tiles' credit to show on the map, as their licence asks; null without tiles or credit.",
    example: '© OpenStreetMap contributors',
  })
  attribution!: string | null;
}
