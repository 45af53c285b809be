import { Injectable } from '@nestjs/common';
import type { FieldError } from '../common/errors/problem';
import { ValidationProblem } from '../common/errors/problem';
import { parseNear } from '../common/http/near-query';
import { Clock } from '../common/time/clock';
import { ReferenceService } from '../reference/reference.service';
import type { FacetCountDto, SupplierSearchQuery, SupplierSearchResultDto } from './dto/supplier-search.dto';
import { SuppliersSearchRepository } from './suppliers-search.repository';
import { text } from '../common/i18n/text';

@Injectable()
export class SuppliersSearchService {
  constructor(
    private readonly repository: SuppliersSearchRepository,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {}

  async search(query: SupplierSearchQuery): Promise<SupplierSearchResultDto> {
    const filters = {
      processes: query.process ?? [],
      materials: query.material ?? [],
      productCategories: query.productCategory ?? [],
      certifications: query.certification ?? [],
    };
    const errors: FieldError[] = (await this.reference.unknownCodeErrors(filters)).map((error) => ({
      // Report the query parameter's own name: process[0], not processes[0].
      ...error,
      field: error.field.replace(/^(processes|materials|productCategories|certifications)/, (list) => PARAM_OF[list]),
    }));
    const { near, errors: nearErrors } = parseNear(query);
    errors.push(...nearErrors);
    if (query.sort === 'distance' && !near)
      errors.push({ field: 'sort', message: text('validation.sortDistanceNeedsNear') });
    if (errors.length) throw new ValidationProblem(errors);

    const result = await this.repository.search({
      ...filters,
      q: query.q?.trim() || undefined,
      regency: query.regency,
      province: query.province,
      near,
      estateId: query.estateId,
      radiusKm: query.radiusKm,
      verification: query.verified === true ? 'verified' : query.verification,
      notVerification: query.verified === false ? 'verified' : undefined,
      sort: query.sort ?? (query.q?.trim() ? 'relevance' : near ? 'distance' : 'name'),
      page: query.page,
      limit: query.limit,
      today: this.clock.today(),
    });
    const facetsOf = (kind: (typeof result.facets)[number]['kind']): FacetCountDto[] =>
      result.facets.filter((f) => f.kind === kind).map(({ code, count }) => ({ code, count }));
    return {
      items: result.items,
      total: result.total,
      page: query.page,
      limit: query.limit,
      facets: {
        processes: facetsOf('processes'),
        materials: facetsOf('materials'),
        certifications: facetsOf('certifications'),
        regencies: facetsOf('regencies'),
      },
    };
  }
}

const PARAM_OF: Record<string, string> = {
  processes: 'process',
  materials: 'material',
  productCategories: 'productCategory',
  certifications: 'certification',
};
