import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MATCH_STATUSES } from '../matches/match-state';
import { lacksCodeSql } from '../matching/eligibility-rules';
import type { RegionKind } from '../reference/region.entity';

/** Instants bounding what is counted by when it happened: [from, until); null is unbounded. */
export interface TimeRange {
  from: Date | null;
  until: Date | null;
}

/** A regency as the dashboard names it: its code, and its name and kind to be named in a language. */
interface RegencyRef {
  regencyCode: string;
  regency: { name: string; kind: RegionKind };
}

export interface RegencySupplierCount extends RegencyRef {
  total: number;
  verified: number;
}
export interface FunnelStage {
  stage: string;
  matches: number;
  /** Share of the previous stage's matches that reached this one; null for the first or after none. */
  conversion: number | null;
  medianDays: number | null;
}
export interface RegencyGaps extends RegencyRef {
  missing: { kind: 'process' | 'certification'; code: string; requests: number; suppliers: number }[];
}

/** The curators' dashboard, counted in SQL. */
@Injectable()
export class StatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async suppliers(): Promise<{ total: number; verified: number; byRegency: RegencySupplierCount[] }> {
    const byRegency = await this.dataSource.query<RegencySupplierCount[]>(
      `SELECT s.regency_code AS "regencyCode", ${REGENCY_SQL} AS regency, count(*)::int AS total,
              count(*) FILTER (WHERE s.verification = 'verified')::int AS verified
         FROM suppliers s JOIN regions rg ON rg.code = s.regency_code
        WHERE s.deleted_at IS NULL GROUP BY s.regency_code, rg.code ORDER BY total DESC, s.regency_code`,
    );
    return {
      total: byRegency.reduce((sum, r) => sum + r.total, 0),
      verified: byRegency.reduce((sum, r) => sum + r.verified, 0),
      byRegency,
    };
  }

  async openRequests(): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM sourcing_requests WHERE status = 'open'`,
    );
    return count;
  }

  /** Matches shortlisted in the range, by their status now. */
  async matchesByStatus(range: TimeRange): Promise<Record<string, number>> {
    const rows = await this.dataSource.query<{ status: string; count: number }[]>(
      `SELECT status, count(*)::int AS count FROM matches m WHERE ${IN_RANGE('m.created_at')} GROUP BY status`,
      [range.from, range.until],
    );
    return Object.fromEntries(MATCH_STATUSES.map((s) => [s, rows.find((r) => r.status === s)?.count ?? 0]));
  }

  /**
   * Matches shortlisted in the range, by the month (WIB) they were shortlisted and their status now: the
   * cohorts of matchesByStatus over time. Only months with matches; the service fills the gaps.
   */
  async matchesByMonth(range: TimeRange): Promise<{ month: string; status: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT to_char(m.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM') AS month, status, count(*)::int AS count
         FROM matches m WHERE ${IN_RANGE('m.created_at')} GROUP BY 1, 2 ORDER BY 1`,
      [range.from, range.until],
    );
  }

  /**
   * How many matches reached each stage and how long the step took: a match
   * reached "shortlisted" when it was created (shortlisted by a curator, or
   * requested by a side: both are the funnel's entry), "introduced" when it was introduced, "engaged" when the second side
   * accepted, "won" when won; days are medians between the stage's event and
   * the previous one's. Counts the matches shortlisted in the range (a cohort), however far they
   * have come since.
   */
  async funnel(range: TimeRange): Promise<FunnelStage[]> {
    const [row] = await this.dataSource.query<
      {
        shortlisted: number;
        introduced: number;
        engaged: number;
        won: number;
        d1: number | null;
        d2: number | null;
        d3: number | null;
      }[]
    >(
      `WITH reached AS (
         SELECT match_id,
                min(created_at) FILTER (WHERE from_status IS NULL) AS shortlisted,
                min(created_at) FILTER (WHERE to_status = 'introduced') AS introduced,
                min(created_at) FILTER (WHERE to_status = 'engaged') AS engaged,
                min(created_at) FILTER (WHERE to_status = 'won') AS won
           FROM match_events e
          WHERE e.match_id IN (SELECT m.id FROM matches m WHERE ${IN_RANGE('m.created_at')})
          GROUP BY match_id
       )
       SELECT count(shortlisted)::int AS shortlisted, count(introduced)::int AS introduced,
              count(engaged)::int AS engaged, count(won)::int AS won,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM introduced - shortlisted) / 86400) AS d1,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM engaged - introduced) / 86400) AS d2,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM won - engaged) / 86400) AS d3
         FROM reached`,
      [range.from, range.until],
    );
    const stages = [
      { stage: 'shortlisted', matches: row.shortlisted, days: null },
      { stage: 'introduced', matches: row.introduced, days: row.d1 },
      { stage: 'engaged', matches: row.engaged, days: row.d2 },
      { stage: 'won', matches: row.won, days: row.d3 },
    ];
    return stages.map(({ stage, matches, days }, i) => ({
      stage,
      matches,
      conversion: i === 0 || stages[i - 1].matches === 0 ? null : round(matches / stages[i - 1].matches, 3),
      medianDays: days === null ? null : round(days, 2),
    }));
  }

  /**
   * For each regency, the processes and certifications that open requests ask
   * for and that its active suppliers lack, the most widespread first (by
   * suppliers lacking it, then by requests asking for it): where training,
   * testing or certification would open the most doors.
   */
  async gapsByRegency(today: string): Promise<RegencyGaps[]> {
    return this.dataSource.query<RegencyGaps[]>(REGENCY_GAPS_SQL, [today]);
  }
}

/** Regency `rg` as JSON, to be named in the caller's language (regionName). */
const REGENCY_SQL = `json_build_object('name', rg.name, 'kind', rg.kind)`;

/** SQL condition: the timestamp is in the range $1 (from, inclusive) .. $2 (until, exclusive), either unbounded when null. */
const IN_RANGE = (column: string) =>
  `($1::timestamptz IS NULL OR ${column} >= $1::timestamptz) AND ($2::timestamptz IS NULL OR ${column} < $2::timestamptz)`;

/**
 * For each regency, the processes and certifications that open requests ask
 * for and that its active suppliers lack (by the eligibility rules), ranked;
 * $1 is today's date. Exported for the SQL snapshots.
 */
export const REGENCY_GAPS_SQL = `WITH asked AS (
         SELECT 'process' AS kind, code, count(*)::int AS requests
           FROM sourcing_requests, unnest(processes) code WHERE status = 'open' GROUP BY code
         UNION ALL
         SELECT 'certification', code, count(*)::int
           FROM sourcing_requests, unnest(required_certifications) code WHERE status = 'open' GROUP BY code
       ),
       lacking AS (
         SELECT s.regency_code, a.kind, a.code, a.requests, count(*)::int AS suppliers
           FROM suppliers s CROSS JOIN asked a
          WHERE s.deleted_at IS NULL AND CASE a.kind
                  WHEN 'process' THEN ${lacksCodeSql('process', 'a.code', '$1')}
                  ELSE ${lacksCodeSql('certification', 'a.code', '$1')}
                END
          GROUP BY s.regency_code, a.kind, a.code, a.requests
       ),
       ranked AS (
         SELECT *, row_number() OVER (PARTITION BY regency_code ORDER BY suppliers DESC, requests DESC, kind, code) AS rank
           FROM lacking
       )
       SELECT k.regency_code AS "regencyCode", ${REGENCY_SQL} AS regency,
              json_agg(json_build_object('kind', k.kind, 'code', k.code, 'requests', k.requests, 'suppliers', k.suppliers)
                       ORDER BY k.rank) AS missing
         FROM ranked k JOIN regions rg ON rg.code = k.regency_code
        WHERE k.rank <= 5 GROUP BY k.regency_code, rg.code ORDER BY k.regency_code`;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
