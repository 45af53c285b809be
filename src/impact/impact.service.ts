import { Injectable } from '@nestjs/common';
import { localizedName } from '../common/http/language';
import { wibDayRange } from '../common/http/day-range';
import type { Language } from '../common/i18n/language';
import { workbookBuffer } from '../common/files/workbook';
import { Clock } from '../common/time/clock';
import { regionName } from '../reference/region-names';
import { monthsBetween } from '../stats/stats.service';
import type { ImpactDto, ImpactFiguresDto, ImpactQuery, ServiceDemandDto } from './dto/impact.dto';
import { impactPdf } from './impact-pdf';
import { impactSheets } from './impact-sheets';
import { ImpactRepository, type ImpactRow } from './impact.repository';

const FIGURES: (keyof ImpactFiguresDto)[] = [
  'servicesDelivered',
  'suppliersEligibleAfterService',
  'suppliersVerified',
  'matchesWon',
  'contractValueIdr',
  'expectedJobs',
];
const MAX_MONTHS = 120;

const zero = (): ImpactFiguresDto =>
  Object.fromEntries(FIGURES.map((figure) => [figure, 0])) as unknown as ImpactFiguresDto;
const add = <Sum extends ImpactFiguresDto>(sum: Sum, row: ImpactFiguresDto): Sum => {
  for (const figure of FIGURES) sum[figure] += row[figure];
  return sum;
};

/**
 * What the matches and BBSPJILM's services bring the region, by the
 * suppliers' regency and month, and where BBSPJILM's services would open the
 * most demand; as JSON, a workbook and a PDF report a regency office files.
 */
@Injectable()
export class ImpactService {
  constructor(
    private readonly impact: ImpactRepository,
    private readonly clock: Clock,
  ) {}

  async report(query: ImpactQuery, language: Language): Promise<ImpactDto> {
    wibDayRange(query); // refuses a `to` before `from`
    const rows = (await this.impact.impact(query.from ?? null, query.to ?? null, this.clock.today())).filter(
      (row) => !query.regencyCode || row.regencyCode === query.regencyCode,
    );
    const named = rows.map(({ regency, ...row }) => ({ ...row, regencyName: regionName(regency, language) }));
    const regencies = new Map<string, ImpactDto['byRegency'][number]>();
    const months = new Map<string, ImpactFiguresDto>();
    for (const row of named) {
      const regency = regencies.get(row.regencyCode) ?? {
        regencyCode: row.regencyCode,
        regencyName: row.regencyName,
        ...zero(),
      };
      regencies.set(row.regencyCode, add(regency, row));
      months.set(row.month, add(months.get(row.month) ?? zero(), row));
    }
    return {
      range: { from: query.from ?? null, to: query.to ?? null },
      totals: named.reduce(add, zero()),
      byRegency: [...regencies.values()].sort(
        (a, b) => b.contractValueIdr - a.contractValueIdr || a.regencyCode.localeCompare(b.regencyCode),
      ),
      byMonth: this.monthsOf(query, rows).map((month) => ({ month, ...(months.get(month) ?? zero()) })),
      rows: named,
    };
  }

  async serviceDemand(language: Language): Promise<ServiceDemandDto> {
    const rows = await this.impact.serviceDemand(this.clock.today());
    const regencies = new Map<string, ServiceDemandDto['items'][number]>();
    for (const row of rows) {
      const regency = regencies.get(row.regencyCode) ?? {
        regencyCode: row.regencyCode,
        regencyName: regionName(row.regency, language),
        services: [],
      };
      regency.services.push({
        code: row.serviceCode,
        name: localizedName(row.service, language),
        kind: row.service.kind,
        typicalDays: row.service.typicalDays,
        hasFee: row.service.hasFee,
        suppliers: row.suppliers,
        requests: row.requests,
        openings: row.openings,
      });
      regencies.set(row.regencyCode, regency);
    }
    return { items: [...regencies.values()] };
  }

  async workbook(query: ImpactQuery, language: Language): Promise<{ name: string; body: Buffer }> {
    const [impact, demand] = await Promise.all([this.report(query, language), this.serviceDemand(language)]);
    return {
      name: this.fileName(query, language, 'xlsx'),
      body: await workbookBuffer(impactSheets(impact, demand, language)),
    };
  }

  async pdf(query: ImpactQuery, language: Language): Promise<{ name: string; body: Buffer }> {
    const [impact, demand] = await Promise.all([this.report(query, language), this.serviceDemand(language)]);
    const filtered = query.regencyCode
      ? { items: demand.items.filter((item) => item.regencyCode === query.regencyCode) }
      : demand;
    return {
      name: this.fileName(query, language, 'pdf'),
      body: await impactPdf(impact, filtered, language, { today: this.clock.today(), regencyCode: query.regencyCode }),
    };
  }

  private fileName(query: ImpactQuery, language: Language, extension: string): string {
    const range = [query.from, query.to].filter(Boolean).join('_') || this.clock.today();
    const regency = query.regencyCode ? `-${query.regencyCode}` : '';
    return `rantai-${language === 'en' ? 'impact' : 'dampak'}${regency}-${range}.${extension}`;
  }

  /** Every month of the range, empty ones included: from `from` (else the first row) to `to` (else this month). */
  private monthsOf(query: ImpactQuery, rows: ImpactRow[]): string[] {
    const first = query.from?.slice(0, 7) ?? rows.map((row) => row.month).sort()[0];
    if (!first) return [];
    return monthsBetween(first, query.to?.slice(0, 7) ?? this.clock.today().slice(0, 7)).slice(-MAX_MONTHS);
  }
}
