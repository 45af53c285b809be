import { Injectable } from '@nestjs/common';
import { Language, localizedName } from '../common/http/language';
import type {
  CertificationTypeListDto,
  KbliListDto,
  PartCategoryListDto,
  RegionListDto,
  RegionQuery,
  TaxonomyListDto,
} from './reference.dto';
import { ReferenceRepository, TaxonomyTable } from './reference.repository';

const withName = <T extends { nameId: string; nameEn: string }>(rows: T[], language: Language) =>
  rows.map((row) => ({ ...row, name: localizedName(row, language) }));

/** Reference catalogues are small and static, so they are answered whole rather than paged. */
@Injectable()
export class ReferenceService {
  constructor(private readonly repository: ReferenceRepository) {}

  async regions(query: RegionQuery): Promise<RegionListDto> {
    return listOf(await this.repository.findRegions(query));
  }

  async taxonomy(
    table: Exclude<TaxonomyTable, 'part_categories'>,
    language: Language,
    q?: string,
  ): Promise<TaxonomyListDto> {
    return listOf(withName(await this.repository.findTaxonomy(table, q), language));
  }

  async partCategories(language: Language, q?: string): Promise<PartCategoryListDto> {
    const rows = await this.repository.findTaxonomy('part_categories', q);
    return listOf(
      withName(rows, language).map((row) => ({
        ...row,
        vehicleTypes: row.vehicleTypes ?? [],
      })),
    );
  }

  async certificationTypes(language: Language, q?: string): Promise<CertificationTypeListDto> {
    const rows = await this.repository.findCertificationTypes(q);
    return listOf(withName(rows, language) as CertificationTypeListDto['items']);
  }

  async kbli(language: Language, q?: string): Promise<KbliListDto> {
    return listOf(withName(await this.repository.findKbli(q), language));
  }
}

function listOf<T>(items: T[]): { items: T[]; total: number } {
  return { items, total: items.length };
}
