import { applyDecorators, Controller, Get, Header, Query, Type } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PreferredLanguage } from '../common/http/language';
import type { Language } from '../common/i18n/language';
import { ProblemResponses } from '../common/openapi/problem-responses';
import {
  CertificationTypeListDto,
  HolidayListDto,
  HolidayQuery,
  KbliListDto,
  MapSettingsDto,
  PartCategoryListDto,
  RegionListDto,
  RegionQuery,
  SearchReferenceQuery,
  TaxonomyListDto,
} from './dto/reference.dto';
import { ReferenceService } from './reference.service';
import { BusinessCalendar } from './business-calendar';
import { AppConfig } from '../config/app-config';

/** A static catalogue route: public, cacheable for an hour, revalidated by ETag, named per Accept-Language. */
function CatalogueRoute(path: string, type: Type, summary: string, description: string): MethodDecorator {
  return applyDecorators(
    Get(path),
    Header('Cache-Control', 'public, max-age=3600'),
    Header('Vary', 'Accept-Language'),
    ApiOperation({ summary, description }),
    ApiOkResponse({ type }),
  );
}

@Public()
@ApiTags('Reference data')
@ApiHeader({ name: 'Accept-Language', required: false, description: '`en` for English names; Indonesian otherwise.' })
@ProblemResponses(400)
@Controller('reference')
export class ReferenceController {
  constructor(
    private readonly reference: ReferenceService,
    private readonly calendar: BusinessCalendar,
    private readonly config: AppConfig,
  ) {}

  @CatalogueRoute(
    'regions',
    RegionListDto,
    'Provinces, regencies and cities',
    'Kemendagri 2025 codes with approximate centroids. `level=regency&parent=32` lists the 27 regencies and cities of Jawa Barat.',
  )
  regions(@Query() query: RegionQuery): Promise<RegionListDto> {
    return this.reference.regions(query);
  }

  @CatalogueRoute(
    'processes',
    TaxonomyListDto,
    'Manufacturing processes',
    'Groups (e.g. `casting`) and their processes (e.g. `casting.hpdc`), with aliases such as "bubut", "cor", "tempa", "las".',
  )
  processes(@Query() { q }: SearchReferenceQuery, @PreferredLanguage() language: Language): Promise<TaxonomyListDto> {
    return this.reference.taxonomy('processes', language, q);
  }

  @CatalogueRoute(
    'materials',
    TaxonomyListDto,
    'Materials',
    'Metals, engineering plastics, rubbers and lithium-ion cells.',
  )
  materials(@Query() { q }: SearchReferenceQuery, @PreferredLanguage() language: Language): Promise<TaxonomyListDto> {
    return this.reference.taxonomy('materials', language, q);
  }

  @CatalogueRoute(
    'part-categories',
    PartCategoryListDto,
    'Part categories',
    'For two-wheelers (`2w`), three-wheelers (`3w`), four-wheelers (`4w`) and buses and trucks (`bus_truck`), including EV components.',
  )
  partCategories(
    @Query() { q }: SearchReferenceQuery,
    @PreferredLanguage() language: Language,
  ): Promise<PartCategoryListDto> {
    return this.reference.partCategories(language, q);
  }

  @CatalogueRoute(
    'certifications',
    CertificationTypeListDto,
    'Certification types',
    'IATF 16949, ISO 9001/14001/45001, SMK3, SNI, ISO/IEC 17025, TKDN.',
  )
  certifications(
    @Query() { q }: SearchReferenceQuery,
    @PreferredLanguage() language: Language,
  ): Promise<CertificationTypeListDto> {
    return this.reference.certificationTypes(language, q);
  }

  @CatalogueRoute(
    'kbli',
    KbliListDto,
    'KBLI 2020 business classes',
    'The codes relevant to automotive and EV components.',
  )
  kbli(@Query() { q }: SearchReferenceQuery, @PreferredLanguage() language: Language): Promise<KbliListDto> {
    return this.reference.kbli(language, q);
  }

  @Get('map-settings')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({
    summary: 'How maps get their background',
    description:
      "The tile server the deployment configured (MAP_TILE_URL, a Leaflet URL template, with MAP_TILE_ATTRIBUTION), or null: then maps draw Indonesia's outline, bundled with the app, and request nothing from the internet.",
  })
  @ApiOkResponse({ type: MapSettingsDto })
  mapSettings(): MapSettingsDto {
    return { tileUrl: this.config.mapTileUrl ?? null, attribution: this.config.mapTileAttribution ?? null };
  }

  @CatalogueRoute(
    'holidays',
    HolidayListDto,
    'National holidays and cuti bersama',
    'The non-working days besides weekends, by year, as the joint decree of three ministers (SKB 3 Menteri) sets them; business days skip them. `years` lists the years whose calendar is known.',
  )
  holidays(@Query() { year }: HolidayQuery, @PreferredLanguage() language: Language): HolidayListDto {
    return this.calendar.holidays(language, year);
  }
}
