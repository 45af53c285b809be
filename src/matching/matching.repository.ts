import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MachineNeed } from '../suppliers/supplier.entity';
import type { Missing } from './eligibility-rules';
import type { CodeNames, NamedTable } from './gap-names';
import type { MatchRequest } from './match-request';
import type { MatchesSeen } from './match-visibility';
import type { RegionKind } from '../reference/region.entity';
import { buildCandidateQuery, buildOpportunityQuery } from './matching.queries';
import type { Factor, Weights } from '../sourcing-requests/score-weights';

export interface CandidateRow {
  id: string;
  name: string;
  regencyCode: string;
  verification: 'unverified' | 'verified' | 'rejected';
  regency: { name: string; kind: RegionKind };
  /** Certificates held today (unexpired, not rejected), one per code: verified when any of them is. */
  certificates: { code: string; verified: boolean; nameId: string; nameEn: string }[];
  /** The request's match with the supplier, when there is one the caller may see. */
  match: { id: string; status: string } | null;
  tkdnPercent: number | null;
  tkdnCertified: boolean;
  monthlyCapacity: { quantity: number; unit: string } | null;
  distanceKm: number | null;
  categoryExperience: 0 | 0.5 | 1;
  downstreamSteps: { code: string; nameId: string; nameEn: string }[];
  machineFit: boolean | null;
  bestCertificate: { code: string; verified: boolean; nameId: string; nameEn: string } | null;
  capacityRatio: number | null;
  capacityIncomparable: boolean;
  points: Record<Factor, number>;
  score: number;
}

/** One open request as seen from one supplier: eligible and scored, or what it lacks. */
export interface OpportunityRow {
  id: string;
  title: string;
  partCategory: string;
  buyerName: string;
  plantName: string | null;
  unit: string;
  partWeightKg: number | null;
  machineNeed: MachineNeed | null;
  weights: Weights;
  eligible: boolean;
  /** What the supplier lacks, by rule in gap order; advisory gaps (capacity) even when eligible. */
  missing: Missing[];
  facts: Omit<CandidateRow, 'id' | 'name' | 'regencyCode' | 'regency' | 'certificates' | 'match' | 'points' | 'score'>;
  points: Record<Factor, number>;
  score: number;
}

/**
 * Eligibility and score in one statement. Candidates come from the indexes
 * (GIN on processes and materials, GiST on location, the certificates'
 * index); only the eligible are scored, in SQL, and only one page leaves
 * the database.
 */
@Injectable()
export class MatchingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Ranked candidates computed from the suppliers themselves: a page of the
   * whole pool (what a candidate list holds), or the given suppliers (the
   * page read from a list), with every rule applied.
   */
  async candidates(
    request: MatchRequest,
    weights: Weights,
    today: string,
    page: { limit: number; offset: number },
    suppliers?: string[],
    matches?: MatchesSeen,
  ): Promise<{ evaluated: number; eligible: number; items: CandidateRow[] }> {
    const { sql, params } = buildCandidateQuery(request, weights, today, page, suppliers, matches);
    const [row] = await this.dataSource.query<{ evaluated: number; eligible: number; items: CandidateRow[] }[]>(
      sql,
      params,
    );
    return row;
  }

  /** Every open request against the supplier, or only the one given. */
  async opportunities(supplierId: string, today: string, requestId?: string): Promise<OpportunityRow[]> {
    const { sql, params } = buildOpportunityQuery(supplierId, today, requestId);
    return this.dataSource.query<OpportunityRow[]>(sql, params);
  }

  /** Names of part categories by code, in both languages. */
  async partCategoryNames(codes: string[]): Promise<Map<string, { id: string; en: string }>> {
    const rows = await this.dataSource.query<{ code: string; id: string; en: string }[]>(
      'SELECT code, name_id AS id, name_en AS en FROM part_categories WHERE code = ANY ($1)',
      [codes],
    );
    return new Map(rows.map(({ code, ...names }) => [code, names]));
  }

  /** Names of processes, materials and certificates by code, in both languages; certificates without their description. */
  async codeNames(codes: Record<NamedTable, string[]>): Promise<CodeNames> {
    const rows = await this.dataSource.query<{ list: NamedTable; code: string; id: string; en: string }[]>(
      `SELECT 'processes' AS list, code, name_id AS id, name_en AS en FROM processes WHERE code = ANY ($1)
       UNION ALL
       SELECT 'materials', code, name_id, name_en FROM materials WHERE code = ANY ($2)
       UNION ALL
       SELECT 'certifications', code, regexp_replace(name_id, '\\s*\\(.*\\)\\s*$', ''),
              regexp_replace(name_en, '\\s*\\(.*\\)\\s*$', '')
         FROM certifications WHERE code = ANY ($3)`,
      [codes.processes, codes.materials, codes.certifications],
    );
    const names: CodeNames = { processes: new Map(), materials: new Map(), certifications: new Map() };
    for (const { list, code, id, en } of rows) names[list].set(code, { id, en });
    return names;
  }

  async supplierIsActive(id: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM suppliers WHERE id = $1 AND deleted_at IS NULL',
      [id],
    );
    return rows.length > 0;
  }
}
