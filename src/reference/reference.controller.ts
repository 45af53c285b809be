import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PreferredLanguage } from '../common/http/language';
import type { Language } from '../common/http/language';
import { ProblemResponses } from '../common/openapi/problem-responses';
import {
  CertificationTypeListDto,
  KbliListDto,
  PartCategoryListDto,
  RegionListDto,
  RegionQuery,
  SearchReferenceQuery,
  TaxonomyListDto,
} from './reference.dto';
import { ReferenceService } from './reference.service';

/** Static catalogues: public, cacheable for an hour, revalidated by ETag. */
const CACHE = 'public, max-age=3600';

@ApiTags('Reference data')
@ApiHeader({
  name: 'Accept-Language',
  required: false,
  description: '`en` for English names; Indonesian otherwise.',
})
@ProblemResponses(400)
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('regions')
  @Header('Cache-Control', CACHE)
  @ApiOperation({
    summary: 'Provinces, regencies and cities',
    description:
      'Kemendagri 2025 codes with approximate centroids. `level=regency&parent=32` lists the 27 regencies and cities of Jawa Barat.',
  })
  @ApiOkResponse({ type: RegionListDto })
  regions(@Query() query: RegionQuery): Promise<RegionListDto> {
    return this.reference.regions(query);
  }

  @Get('processes')
  @Header('Cache-Control', CACHE)
  @Header('Vary', 'Accept-Language')
  @ApiOperation({
    summary: 'Manufacturing processes',
    description:
      'Groups (e.g. `casting`) and their processes (e.g. `casting.hpdc`), with aliases such as "bubut", "cor", "tempa", "las".',
  })
  @ApiOkResponse({ type: TaxonomyListDto })
  processes(@Query() { q }: SearchReferenceQuery, @PreferredLanguage() language: Language): Promise<TaxonomyListDto> {
    return this.reference.taxonomy('processes', language, q);
  }

  @Get('materials')
  @Header('Cache-Control', CACHE)
  @Header('Vary', 'Accept-Language')
  @ApiOperation({
    summary: 'Materials',
    description: 'Metals, engineering plastics, rubbers and lithium-ion cells.',
  })
  @ApiOkResponse({ type: TaxonomyListDto })
  materials(@Query() { q }: SearchReferenceQuery, @PreferredLanguage() language: Language): Promise<TaxonomyListDto> {
    return this.reference.taxonomy('materials', language, q);
  }

  @Get('part-categories')
  @Header('Cache-Control', CACHE)
  @Header('Vary', 'Accept-Language')
  @ApiOperation({
    summary: 'Part categories',
    description: 'For two-wheelers (`2w`) and four-wheelers (`4w`), including EV components.',
  })
  @ApiOkResponse({ type: PartCategoryListDto })
  partCategories(
    @Query() { q }: SearchReferenceQuery,
    @PreferredLanguage() language: Language,
  ): Promise<PartCategoryListDto> {
    return this.reference.partCategories(language, q);
  }

  @Get('certifications')
  @Header('Cache-Control', CACHE)
  @Header('Vary', 'Accept-Language')
  @ApiOperation({
    summary: 'Certification types',
    description: 'IATF 16949, ISO 9001/14001/45001, SMK3, SNI, ISO/IEC 17025, TKDN.',
  })
  @ApiOkResponse({ type: CertificationTypeListDto })
  certifications(
    @Query() { q }: SearchReferenceQuery,
    @PreferredLanguage() language: Language,
  ): Promise<CertificationTypeListDto> {
    return this.reference.certificationTypes(language, q);
  }

  @Get('kbli')
  @Header('Cache-Control', CACHE)
  @Header('Vary', 'Accept-Language')
  @ApiOperation({
    summary: 'KBLI 2020 business classes',
    description: 'The codes relevant to automotive and EV components.',
  })
  @ApiOkResponse({ type: KbliListDto })
  kbli(@Query() { q }: SearchReferenceQuery, @PreferredLanguage() language: Language): Promise<KbliListDto> {
    return this.reference.kbli(language, q);
  }
}
