import { Permission } from '../auth/permissions';
import { Injectable, NotFoundException } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { AuthUser } from '../auth/roles';
import { localizedName } from '../common/http/language';
import type { Language } from '../common/i18n/language';
import { overEveryObject } from '../auth/permissions';
import { regionName } from '../reference/region-names';
import type { PageQuery } from '../common/http/page-query';
import { Clock } from '../common/time/clock';
import { AccessService } from '../organizations/access.service';
import { CentreServicesService } from '../centre-services/centre-services.service';
import type { GapKey } from '../centre-services/centre-services.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { RequestPublished } from '../sourcing-requests/request-published.event';
import { SourcingRequestsRepository } from '../sourcing-requests/sourcing-requests.repository';
import type {
  CandidateDto,
  CandidateListDto,
  GapDto,
  GapListDto,
  MissingDto,
  OpportunityListDto,
  ScoreFactorDto,
} from './dto/candidates.dto';
import { CandidateListsRepository } from './candidate-lists.repository';
import type { Missing } from './eligibility-rules';
import { type CodeNames, codesToName, gapName } from './gap-names';
import { candidateSheet } from './candidate-sheet';
import { workbookBuffer } from '../common/files/workbook';
import { toMatchRequest } from './match-request';
import { MatchingRepository, OpportunityRow } from './matching.repository';
import { ReasonContext, reasonFor } from './reasons';
import { FACTORS, type Factor, type Weights } from '../sourcing-requests/score-weights';
import { type CandidateFacts, DEFAULT_WEIGHTS } from './scoring';

/** How many of the best candidates an export holds: more than anyone reads, few enough to build in memory. */
export const CANDIDATE_EXPORT_ROWS = 1000;

/** How many of the best eligible suppliers hear of a newly published request. */
const PUBLISH_NOTICES = 1000;

@Injectable()
export class MatchingService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly matching: MatchingRepository,
    private readonly lists: CandidateListsRepository,
    private readonly requests: SourcingRequestsRepository,
    private readonly access: AccessService,
    private readonly centreServices: CentreServicesService,
    private readonly clock: Clock,
  ) {}

  /**
   * A request was published: its candidate list is computed in the same
   * transaction (so its buyer's first look is quick), and the best-placed
   * eligible suppliers are told about it.
   */
  @OnEvent(RequestPublished.NAME, { suppressErrors: false })
  async onRequestPublished({ manager, requestId }: RequestPublished): Promise<void> {
    const request = (await this.requests.find(requestId, manager))!;
    const weights = request.scoreWeights ?? DEFAULT_WEIGHTS;
    await this.lists.refresh(manager, requestId, toMatchRequest(request), weights, this.clock.today());
    await this.notifications.requestPublished(manager, {
      requestId,
      title: request.title,
      buyerName: request.buyer.name,
      supplierIds: await this.lists.bestIds(manager, requestId, PUBLISH_NOTICES),
    });
  }

  /** The ranked, explained eligible suppliers of a request: for its buyer's members and curators. */
  async candidates(user: AuthUser, requestId: string, page: PageQuery, language: Language): Promise<CandidateListDto> {
    const { list } = await this.candidatePage(user, requestId, page, language);
    return list;
  }

  /** The best `CANDIDATE_EXPORT_ROWS` candidates as a workbook, with the same access and facts as the list. */
  async candidatesWorkbook(
    user: AuthUser,
    requestId: string,
    language: Language,
  ): Promise<{ name: string; body: Buffer }> {
    const { list } = await this.candidatePage(user, requestId, { page: 1, limit: CANDIDATE_EXPORT_ROWS }, language);
    const word = language === 'en' ? 'candidates' : 'kandidat';
    return {
      name: `rantai-${word}-${requestId.slice(0, 8)}-${this.clock.today()}.xlsx`,
      body: await workbookBuffer([candidateSheet(list.items, language)]),
    };
  }

  private async candidatePage(user: AuthUser, requestId: string, page: PageQuery, language: Language) {
    const request = await this.requests.find(requestId);
    if (!request) throw new NotFoundException('Not found.');
    await this.access.requireAccess(user, Permission.CandidatesRead, request.buyerId);
    const weights = request.scoreWeights ?? DEFAULT_WEIGHTS;
    const result = await this.lists.candidates(
      request.id,
      toMatchRequest(request),
      weights,
      this.clock.today(),
      { limit: page.limit, offset: (page.page - 1) * page.limit },
      // Curators see every match; the buyer's members those shown to them (matchShownToSideSql).
      { all: overEveryObject(user.role, Permission.MatchRead) },
    );
    const categoryNames = await this.matching.partCategoryNames([request.partCategory]);
    const list: CandidateListDto = {
      items: result.items.map((row) => ({
        supplier: {
          id: row.id,
          name: row.name,
          regencyCode: row.regencyCode,
          regencyName: regionName(row.regency, language),
          verification: row.verification,
          certificates: row.certificates.map(({ code, verified, ...names }) => ({
            code,
            name: shortName(localizedName(names, language)),
            verified,
          })),
        },
        score: row.score,
        distanceKm: roundKm(row.distanceKm),
        monthlyCapacity: row.monthlyCapacity as CandidateDto['monthlyCapacity'],
        tkdnPercent: row.tkdnPercent,
        tkdnCertified: row.tkdnCertified,
        match: row.match,
        breakdown: explain(row, row.points, weights, language, {
          plantName: request.plant?.name ?? null,
          partCategoryName: categoryNames.get(request.partCategory)![language],
          unit: request.unit,
          partWeightKg: request.partWeightKg,
          machineNeed: request.machineNeed,
        }),
      })),
      eligible: result.eligible,
      evaluated: result.evaluated,
      page: page.page,
      limit: page.limit,
      weights,
    };
    return { request, list };
  }

  /** Open requests the supplier is eligible for, scored as their buyers see it: for its members and curators. */
  async opportunities(
    user: AuthUser,
    supplierId: string,
    page: PageQuery,
    language: Language,
  ): Promise<OpportunityListDto> {
    const rows = (await this.prospects(user, supplierId))
      .filter((row) => row.eligible)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const pageRows = rows.slice((page.page - 1) * page.limit, page.page * page.limit);
    const categoryNames = await this.matching.partCategoryNames(pageRows.map((row) => row.partCategory));
    return {
      items: pageRows.map((row) => ({
        sourcingRequest: { id: row.id, title: row.title, partCategory: row.partCategory, buyerName: row.buyerName },
        score: row.score,
        distanceKm: roundKm(row.facts.distanceKm),
        breakdown: explain(row.facts, row.points, row.weights, language, {
          plantName: row.plantName,
          partCategoryName: categoryNames.get(row.partCategory)![language],
          unit: row.unit,
          partWeightKg: row.partWeightKg,
          machineNeed: row.machineNeed,
        }),
      })),
      total: rows.length,
      page: page.page,
      limit: page.limit,
    };
  }

  /**
   * What keeps the supplier from the open requests it is not eligible for,
   * grouped by the exact set of missing things: the gap that alone would open
   * the most requests comes first, so that BBSPJILM can offer the right
   * training, testing or certification.
   */
  async gaps(user: AuthUser, supplierId: string, language: Language): Promise<GapListDto> {
    const blocked = (await this.prospects(user, supplierId)).filter((row) => !row.eligible);
    const groups = new Map<string, { missing: Missing[]; requests: { id: string; title: string }[] }>();
    for (const row of blocked) {
      const key = JSON.stringify(row.missing);
      const gap = groups.get(key) ?? { missing: row.missing, requests: [] };
      gap.requests.push({ id: row.id, title: row.title });
      groups.set(key, gap);
    }
    const names = await this.matching.codeNames(codesToName(blocked.flatMap((row) => row.missing)));
    const services = await this.centreServices.forGaps(
      blocked.flatMap((row) => row.missing.flatMap((m) => closableGap(m) ?? [])),
      language,
    );
    const withServices = (missing: Missing[]) =>
      named(missing, names, language).map((m) => {
        const gap = closableGap(m);
        return { ...m, services: (gap && services.get(`${gap.kind}:${gap.code ?? ''}`)) ?? [] };
      });
    const items = [...groups.entries()]
      .sort(
        ([keyA, a], [keyB, b]) =>
          b.requests.length - a.requests.length || a.missing.length - b.missing.length || (keyA < keyB ? -1 : 1),
      )
      .map(([, gap]): GapDto => {
        const requests = gap.requests.sort((a, b) => (a.id < b.id ? -1 : 1));
        return {
          missing: withServices(gap.missing),
          requests: requests.length,
          sourcingRequestIds: requests.map((r) => r.id),
          sourcingRequests: requests,
        };
      });
    return { items, blockedRequests: blocked.length };
  }

  /**
   * One supplier against one open request, for a curator's shortlist: the
   * score and explained breakdown as the buyer would see them now, or what
   * the supplier lacks. Undefined when the request is not open.
   */
  async assess(
    supplierId: string,
    requestId: string,
    language: Language,
  ): Promise<
    | { eligible: true; score: number; breakdown: ScoreFactorDto[] }
    | { eligible: false; missing: MissingDto[] }
    | undefined
  > {
    const [row] = await this.matching.opportunities(supplierId, this.clock.today(), requestId);
    if (!row) return undefined;
    if (!row.eligible) {
      const names = await this.matching.codeNames(codesToName(row.missing));
      return { eligible: false, missing: named(row.missing, names, language) };
    }
    const categoryNames = await this.matching.partCategoryNames([row.partCategory]);
    return {
      eligible: true,
      score: row.score,
      breakdown: explain(row.facts, row.points, row.weights, language, {
        plantName: row.plantName,
        partCategoryName: categoryNames.get(row.partCategory)![language],
        unit: row.unit,
        partWeightKg: row.partWeightKg,
        machineNeed: row.machineNeed,
      }),
    };
  }

  private async prospects(user: AuthUser, supplierId: string): Promise<OpportunityRow[]> {
    if (!(await this.matching.supplierIsActive(supplierId))) throw new NotFoundException('Not found.');
    await this.access.requireAccess(user, Permission.SupplierProspects, supplierId);
    return this.matching.opportunities(supplierId, this.clock.today());
  }
}

/** The gap a BBSPJILM service could close, as the catalogue looks it up; undefined for the others. */
function closableGap(missing: Missing): GapKey | undefined {
  if (missing.kind === 'process' || missing.kind === 'certification')
    return { kind: missing.kind, code: missing.code! };
  if (missing.kind === 'tkdn') return { kind: 'tkdn', code: null };
  return undefined;
}

/** Missing things with their names, for people. */
const named = (missing: Missing[], names: CodeNames, language: Language): MissingDto[] =>
  missing.map((m) => ({ ...m, name: gapName(m, names, language) }));

const roundKm = (km: number | null) => (km === null ? null : Math.round(km * 10) / 10);

/** The breakdown as the API shows it: the database's points, with reasons written from the facts. */
function explain(
  facts: CandidateFacts & {
    monthlyCapacity: { quantity: number; unit: string } | null;
    bestCertificate: { code: string; verified: boolean; nameId: string; nameEn: string } | null;
  },
  points: Record<Factor, number>,
  weights: Weights,
  language: Language,
  context: Omit<ReasonContext, 'monthlyCapacity' | 'certificateName'>,
): ScoreFactorDto[] {
  const certificate = facts.bestCertificate;
  const certificateName = certificate && shortName(language === 'en' ? certificate.nameEn : certificate.nameId);
  return FACTORS.map((factor) => ({
    factor,
    weight: weights[factor],
    points: points[factor],
    reason: reasonFor(factor, facts, { ...context, monthlyCapacity: facts.monthlyCapacity, certificateName }, language),
  }));
}

/** "IATF 16949 (automotive quality management)" → "IATF 16949". */
const shortName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');
