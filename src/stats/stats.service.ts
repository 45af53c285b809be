import { Injectable } from '@nestjs/common';
import { ValidationProblem } from '../common/errors/problem';
import type { Language } from '../common/i18n/language';
import { workbookBuffer } from '../common/files/workbook';
import { addDays, Clock, startOfWibDay } from '../common/time/clock';
import { regionName } from '../reference/region-names';
import type { StatsDto, StatsQuery } from './dto/stats.dto';
import { statsSheets } from './stats-sheets';
import { StatsRepository } from './stats.repository';

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
    if (query.from && query.to && query.from > query.to) {
      throw new ValidationProblem([{ field: 'to', message: 'to must not be before from' }]);
    }
    const range = {
      from: query.from ? startOfWibDay(query.from) : null,
      until: query.to ? startOfWibDay(addDays(query.to, 1)) : null,
    };
    const [suppliers, openRequests, matchesByStatus, funnel, gaps] = await Promise.all([
      this.stats.suppliers(),
      this.stats.openRequests(),
      this.stats.matchesByStatus(range),
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
      funnel,
      gapsByRegency: gaps.map(({ regency, regencyCode, missing }) => ({
        regencyCode,
        regencyName: regionName(regency, language),
        missing,
      })),
    };
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
