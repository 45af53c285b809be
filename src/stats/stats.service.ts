import { Injectable } from '@nestjs/common';
import { wibDayRange } from '../common/http/day-range';
import type { Language } from '../common/i18n/language';
import { workbookBuffer } from '../common/files/workbook';
import { Clock } from '../common/time/clock';
import { MATCH_STATUSES } from '../matches/match-state';
import { regionName } from '../reference/region-names';
import type { StatsDto, StatsQuery } from './dto/stats.dto';
import { statsSheets } from './stats-sheets';
import { StatsRepository } from './stats.repository';

/** The longest monthly series answered (ten years), so that a far `from` cannot make the answer huge. */
const MAX_MONTHS = 120;

/** The months (YYYY-MM) from first to last, both included; none when last is before first. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  for (let m = first; m <= last; m = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(m);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

@Injectable()
export class StatsService {
  constructor(
    private readonly stats: StatsRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The dashboard. The range (WIB days, both included) applies to what has a
   * time of its own: the matches, by the day they were shortlisted. Suppliers,
   * open requests and gaps are the state of today.
   */
  async dashboard(query: StatsQuery, language: Language): Promise<StatsDto> {
    const range = wibDayRange(query);
    const [suppliers, openRequests, matchesByStatus, monthly, funnel, gaps] = await Promise.all([
      this.stats.suppliers(),
      this.stats.openRequests(),
      this.stats.matchesByStatus(range),
      this.stats.matchesByMonth(range),
      this.stats.funnel(range),
      this.stats.gapsByRegency(this.clock.today()),
    ]);
    return {
      range: { from: query.from ?? null, to: query.to ?? null },
      suppliers: {
        ...suppliers,
        byRegency: suppliers.byRegency.map(({ regency, ...row }) => ({
          ...row,
          regencyName: regionName(regency, language),
        })),
      },
      openRequests,
      matchesByStatus,
      matchesByMonth: this.monthlySeries(query, monthly),
      funnel,
      gapsByRegency: gaps.map(({ regency, regencyCode, missing }) => ({
        regencyCode,
        regencyName: regionName(regency, language),
        missing,
      })),
    };
  }

  /**
   * Every month of the range, empty ones included so that a chart's axis is time: from the month of `from`
   * (else of the first match counted) to the month of `to` (else this month), at most the latest MAX_MONTHS.
   */
  private monthlySeries(
    query: StatsQuery,
    rows: { month: string; status: string; count: number }[],
  ): StatsDto['matchesByMonth'] {
    const first = query.from?.slice(0, 7) ?? rows[0]?.month;
    if (!first) return [];
    const months = monthsBetween(first, query.to?.slice(0, 7) ?? this.clock.today().slice(0, 7)).slice(-MAX_MONTHS);
    return months.map((month) => ({
      month,
      byStatus: Object.fromEntries(
        MATCH_STATUSES.map((status) => [
          status,
          rows.find((r) => r.month === month && r.status === status)?.count ?? 0,
        ]),
      ),
    }));
  }

  /** The dashboard's numbers as a workbook, one sheet per table. */
  async workbook(query: StatsQuery, language: Language): Promise<{ name: string; body: Buffer }> {
    const stats = await this.dashboard(query, language);
    const range = [query.from, query.to].filter(Boolean).join('_');
    return {
      name: `rantai-${language === 'en' ? 'dashboard' : 'dasbor'}-${range || this.clock.today()}.xlsx`,
      body: await workbookBuffer(statsSheets(stats, language)),
    };
  }
}
