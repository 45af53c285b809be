import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { NearPageQuery } from '../../common/http/near-query';
import { asArray, asBoolean, CodeList } from '../../common/validation/decorators';
import { PageOf } from '../../common/openapi/list-dtos';
import { SupplierDto } from './supplier-response.dto';
import { VERIFICATION_STATES, type Verification } from '../supplier.entity';
import { SUPPLIER_SORTS, type SupplierSort } from '../suppliers-search.repository';
import { text } from '../../common/i18n/text';

const RepeatableCodes = (example: string, what: string) =>
  applyDecorators(
    ApiPropertyOptional({
      type: [String],
      description: `${what}; repeat for more: all must hold.`,
      example: [example],
    }),
    Transform(asArray),
    IsOptional(),
    CodeList(20),
  );

export class SupplierSearchQuery extends NearPageQuery {
  @ApiPropertyOptional({
    description:
      'Words in the name, description, processes, materials and products, in Indonesian or English. Tolerates typos in names.',
    example: 'pengecoran aluminium',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @RepeatableCodes('machining.cnc_turning', 'Process code (a group code such as casting covers its processes)')
  process?: string[];

  @RepeatableCodes('aluminium', 'Material code')
  material?: string[];

  @RepeatableCodes('ev_motor.housing', 'Part category code')
  productCategory?: string[];

  @RepeatableCodes('iatf_16949', 'Certification held and unexpired')
  certification?: string[];

  @ApiPropertyOptional({ description: 'Regency or city code.', example: '32.13' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: text('validation.formatExample', { example: '32.13' }) })
  regency?: string;

  @ApiPropertyOptional({ description: 'Province code.', example: '32' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: text('validation.formatExample', { example: '32' }) })
  province?: string;

  @ApiPropertyOptional({ description: 'Suppliers located in this industrial estate.', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  estateId?: string;

  @ApiPropertyOptional({ description: 'Only suppliers whose profile a curator verified.', example: true })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  verified?: boolean;

  @ApiPropertyOptional({
    enum: VERIFICATION_STATES,
    description: "Profile verification state (a curator's queue: unverified).",
    example: 'unverified',
  })
  @IsOptional()
  @IsIn(VERIFICATION_STATES)
  verification?: Verification;

  @ApiPropertyOptional({
    enum: SUPPLIER_SORTS,
    description: 'Default: relevance with q, else distance with near, else name. Ties break by id.',
    example: 'relevance',
  })
  @IsOptional()
  @IsIn(SUPPLIER_SORTS)
  sort?: SupplierSort;

  @ApiPropertyOptional({
    description:
      'Curators and admins (403 for others): compute the total, facets and relevance over every match however many, for exports and audits. Slower on broad searches.',
    example: true,
  })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  exact?: boolean;
}

/** A search result: the public summary of a profile. */
export class SupplierSummaryDto extends PickType(SupplierDto, [
  'id',
  'name',
  'regencyCode',
  'verification',
  'processes',
  'materials',
  'productCategories',
  'tkdnPercent',
  'sizeClass',
  'monthlyCapacity',
  'updatedAt',
] as const) {
  @ApiProperty({
    type: [String],
    description:
      'Certifications met now (unexpired, not rejected), counting those a held certificate includes: an IATF 16949 certificate meets ISO 9001.',
    example: ['iso_9001'],
  })
  certifications!: string[];
  @ApiPropertyOptional({ description: 'Great-circle distance from `near`, km.', example: 12.4 })
  distanceKm?: number;
}

export class FacetCountDto {
  @ApiProperty({ description: 'The code (or regency code).', example: 'casting.hpdc' })
  code!: string;
  @ApiProperty({
    description: 'How many of the matching suppliers have it: adding it as a filter leaves this many.',
    example: 12,
  })
  count!: number;
}

export class SupplierFacetsDto {
  @ApiProperty({ type: [FacetCountDto], description: 'Processes, group codes included.' })
  processes!: FacetCountDto[];
  @ApiProperty({ type: [FacetCountDto], description: 'Materials, group codes included.' })
  materials!: FacetCountDto[];
  @ApiProperty({
    type: [FacetCountDto],
    description: 'Certifications met now, as the certification filter counts them.',
  })
  certifications!: FacetCountDto[];
  @ApiProperty({ type: [FacetCountDto], description: 'Regencies and cities.' })
  regencies!: FacetCountDto[];
}

export const TOTAL_RELATIONS = ['eq', 'gte'] as const;

export class SupplierSearchResultDto extends PageOf(SupplierSummaryDto, 'SupplierSearchResultDto') {
  @ApiProperty({
    enum: TOTAL_RELATIONS,
    description:
      "`eq`: `total` is exact. `gte`: the search found more suppliers than it reads (SEARCH_EXACT_LIMIT), and `total` is that limit, a lower bound: refine the search (as Elasticsearch's hits.total.relation).",
    example: 'eq',
  })
  totalRelation!: (typeof TOTAL_RELATIONS)[number];
  @ApiProperty({
    description:
      'Whether another page follows. Pages stop at the limit: past it a broad search answers no items; refine it instead.',
    example: false,
  })
  hasMore!: boolean;
  @ApiProperty({
    description:
      'true: the facet counts are over every match. false (with totalRelation `gte`): they are over the matches read (as many as the limit), each a lower bound of how many that filter would leave.',
    example: true,
  })
  facetsExact!: boolean;
  @ApiProperty({ type: SupplierFacetsDto, description: 'Counts per refinement within the matching suppliers.' })
  facets!: SupplierFacetsDto;
}

/** How many points the map endpoint answers at most; past it `truncated` says so. */
export const SUPPLIER_POINTS_LIMIT = 50_000;

/** The search's words and filters, without its order and pages: the map shows every match. */
export class SupplierPointsQuery extends OmitType(SupplierSearchQuery, ['sort', 'exact', 'page', 'limit'] as const) {}

/** A supplier as a point on the map: enough to draw it and name it; the profile has the rest. */
export class SupplierPointDto extends PickType(SupplierDto, ['id', 'name', 'verification'] as const) {
  @ApiProperty({ description: 'Latitude (WGS 84).', example: -6.5583 })
  lat!: number;
  @ApiProperty({ description: 'Longitude (WGS 84).', example: 107.7634 })
  lng!: number;
}

export class SupplierPointListDto {
  @ApiProperty({
    type: [SupplierPointDto],
    description:
      'Every matching supplier, up to `limit`; when cut, the first in storage order, as the search reads them.',
  })
  items!: SupplierPointDto[];
  @ApiProperty({
    description: 'true: more suppliers match than `limit`, and only the first `limit` are here; narrow the filters.',
    example: false,
  })
  truncated!: boolean;
  @ApiProperty({ description: 'The most points one answer holds.', example: SUPPLIER_POINTS_LIMIT })
  limit!: number;
}
