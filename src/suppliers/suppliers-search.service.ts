import { ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/roles';
import { mayAsk, Permission } from '../auth/permissions';
import { AppConfig } from '../config/app-config';
import type { FieldError } from '../common/errors/problem';
import { ValidationProblem } from '../common/errors/problem';
import { parseNear } from '../common/http/near-query';
import { Clock } from '../common/time/clock';
import { ReferenceService } from '../reference/reference.service';
import {
  SUPPLIER_POINTS_LIMIT,
  type FacetCountDto,
  type SupplierPointListDto,
  type SupplierPointsQuery,
  type SupplierSearchQuery,
  type SupplierSearchResultDto,
} from './dto/supplier-search.dto';
import { SuppliersSearchRepository, type SupplierFilter } from './suppliers-search.repository';
import { text } from '../common/i18n/text';

@Injectable()
export class SuppliersSearchService {
  constructor(
    private readonly repository: SuppliersSearchRepository,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async search(user: AuthUser, query: SupplierSearchQuery): Promise<SupplierSearchResultDto> {
    if (query.exact && !mayAsk(user.role, Permission.SupplierSearchExact))
      throw new ForbiddenException(text('problem.exactSearchStaffOnly'));
    const filter = await this.filter(query, query.sort === 'distance');
    const result = await this.repository.search({
      ...filter,
      sort: query.sort ?? (filter.q ? 'relevance' : filter.near ? 'distance' : 'name'),
      page: query.page,
      limit: query.limit,
      exactLimit: query.exact ? null : this.config.searchExactLimit,
    });
    const facetsOf = (kind: (typeof result.facets)[number]['kind']): FacetCountDto[] =>
      result.facets.filter((f) => f.kind === kind).map(({ code, count }) => ({ code, count }));
    return {
      items: result.items,
      total: result.total,
      totalRelation: result.totalRelation,
      page: query.page,
      limit: query.limit,
      hasMore: query.page * query.limit < result.total,
      facetsExact: result.totalRelation === 'eq',
      facets: {
        processes: facetsOf('processes'),
        materials: facetsOf('materials'),
        certifications: facetsOf('certifications'),
        regencies: facetsOf('regencies'),
      },
    };
  }

  /** The points of every supplier the same filters find, for the map: at most SUPPLIER_POINTS_LIMIT. */
  async points(query: SupplierPointsQuery): Promise<SupplierPointListDto> {
    const result = await this.repository.points(await this.filter(query, false), SUPPLIER_POINTS_LIMIT);
    return { ...result, limit: SUPPLIER_POINTS_LIMIT };
  }

  /** The query's words and filters, checked against the reference data (400 naming each bad parameter). */
  private async filter(query: SupplierPointsQuery, byDistance: boolean): Promise<SupplierFilter> {
    const codes = {
      processes: query.process ?? [],
      materials: query.material ?? [],
      productCategories: query.productCategory ?? [],
      certifications: query.certification ?? [],
    };
    const errors: FieldError[] = (await this.reference.unknownCodeErrors(codes)).map((error) => ({
      // Report the query parameter's own name: process[0], not processes[0].
      ...error,
      field: error.field.replace(/^(processes|materials|productCategories|certifications)/, (list) => PARAM_OF[list]),
    }));
    const { near, errors: nearErrors } = parseNear(query);
    errors.push(...nearErrors);
    if (byDistance && !near) errors.push({ field: 'sort', message: text('validation.sortDistanceNeedsNear') });
    if (errors.length) throw new ValidationProblem(errors);
    return {
      ...codes,
      q: query.q?.trim() || undefined,
      regency: query.regency,
      province: query.province,
      near,
      estateId: query.estateId,
      radiusKm: query.radiusKm,
      verification: query.verified === true ? 'verified' : query.verification,
      notVerification: query.verified === false ? 'verified' : undefined,
      today: this.clock.today(),
    };
  }
}

const PARAM_OF: Record<string, string> = {
  processes: 'process',
  materials: 'material',
  productCategories: 'productCategory',
  certifications: 'certification',
};
