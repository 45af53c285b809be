import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../auth/roles';
import type { Language } from '../common/http/language';
import type { PageQuery } from '../common/http/page-query';
import { Clock } from '../common/time/clock';
import { AccessService } from '../organizations/access.service';
import { SourcingRequestsRepository } from '../sourcing-requests/sourcing-requests.repository';
import type { CandidateListDto } from './dto/candidates.dto';
import { CandidateRow, MatchingRepository } from './matching.repository';
import { reasonFor } from './reasons';
import { DEFAULT_WEIGHTS, FACTORS } from './scoring';

@Injectable()
export class MatchingService {
  constructor(
    private readonly matching: MatchingRepository,
    private readonly requests: SourcingRequestsRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** The ranked, explained eligible suppliers of a request: for its buyer's members and curators. */
  async candidates(user: AuthUser, requestId: string, page: PageQuery, language: Language): Promise<CandidateListDto> {
    const request = await this.requests.find(requestId);
    if (!request) throw new NotFoundException('Not found.');
    await this.access.requireAccess(user, request.buyerId, 'read', { readAny: ['curator'] });
    const weights = request.scoreWeights ?? DEFAULT_WEIGHTS;
    const result = await this.matching.candidates(
      {
        partCategory: request.partCategory,
        processes: request.processes,
        materials: request.materials ?? [],
        requiredCertifications: request.requiredCertifications ?? [],
        annualVolume: request.annualVolume,
        unit: request.unit,
        plant: request.plant?.location ?? null,
        maxDistanceKm: request.maxDistanceKm ?? null,
        minTkdnPercent: request.minTkdnPercent ?? null,
        verifiedOnly: request.verifiedOnly ?? false,
      },
      weights,
      this.clock.today(),
      { limit: page.limit, offset: (page.page - 1) * page.limit },
    );
    const category = await this.matching.partCategoryName(request.partCategory);
    const explain = (row: CandidateRow) =>
      FACTORS.map((factor) => ({
        factor,
        weight: weights[factor],
        points: row.points[factor],
        reason: reasonFor(
          factor,
          row,
          {
            plantName: request.plant?.name ?? null,
            partCategoryName: language === 'en' ? category.nameEn : category.nameId,
            unit: request.unit,
            monthlyCapacity: row.monthlyCapacity,
            certificateName:
              row.bestCertificate &&
              shortName(language === 'en' ? row.bestCertificate.nameEn : row.bestCertificate.nameId),
          },
          language,
        ),
      }));
    return {
      items: result.items.map((row) => ({
        supplier: { id: row.id, name: row.name, regencyCode: row.regencyCode, verification: row.verification },
        score: row.score,
        distanceKm: row.distanceKm === null ? null : Math.round(row.distanceKm * 10) / 10,
        breakdown: explain(row),
      })),
      eligible: result.eligible,
      evaluated: result.evaluated,
      page: page.page,
      limit: page.limit,
      weights,
    };
  }
}

/** "IATF 16949 (automotive quality management)" → "IATF 16949". */
const shortName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');
