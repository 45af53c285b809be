import type { AnySheet, SheetColumn, SheetSpec } from '../common/files/workbook';
import type { Language } from '../common/i18n/language';
import type { ImpactDto, ImpactFiguresDto, ServiceDemandDto } from './dto/impact.dto';
import { FIGURE_KEYS, IMPACT_WORDS } from './impact-words';

/** The impact report as sheets: summary, by regency, by month, by both, and the demand for BBSPJILM's services. */
export function impactSheets(impact: ImpactDto, demand: ServiceDemandDto, language: Language): AnySheet[] {
  const w = IMPACT_WORDS[language];
  const figureColumns = <Row extends ImpactFiguresDto>(): SheetColumn<Row>[] =>
    FIGURE_KEYS.map((key) => ({
      header: w.figures[key],
      value: (row: Row) => row[key],
      numFmt: key === 'contractValueIdr' ? '#,##0' : undefined,
      width: 22,
    }));
  const summary: SheetSpec<[string, string | number | null]> = {
    name: w.summary,
    columns: [
      { header: w.item, value: (r) => r[0], width: 40 },
      { header: w.value, value: (r) => r[1], width: 20, numFmt: '#,##0' },
    ],
    rows: [
      [w.from, impact.range.from],
      [w.to, impact.range.to],
      ...FIGURE_KEYS.map((key): [string, number] => [w.figures[key], impact.totals[key]]),
    ],
  };
  type Regency = ImpactDto['byRegency'][number];
  const byRegency: SheetSpec<Regency> = {
    name: w.byRegency,
    columns: [
      { header: w.code, value: (r) => r.regencyCode },
      { header: w.regency, value: (r) => r.regencyName, width: 30 },
      ...figureColumns<Regency>(),
    ],
    rows: impact.byRegency,
  };
  type Month = ImpactDto['byMonth'][number];
  const byMonth: SheetSpec<Month> = {
    name: w.byMonth,
    columns: [{ header: w.month, value: (r) => r.month }, ...figureColumns<Month>()],
    rows: impact.byMonth,
  };
  type Cell = ImpactDto['rows'][number];
  const rows: SheetSpec<Cell> = {
    name: w.rows,
    columns: [
      { header: w.code, value: (r) => r.regencyCode },
      { header: w.regency, value: (r) => r.regencyName, width: 30 },
      { header: w.month, value: (r) => r.month },
      ...figureColumns<Cell>(),
    ],
    rows: impact.rows,
  };
  type Demand = ServiceDemandDto['items'][number]['services'][number] & { regencyCode: string; regencyName: string };
  const demandSheet: SheetSpec<Demand> = {
    name: w.demand,
    columns: [
      { header: w.code, value: (r) => r.regencyCode },
      { header: w.regency, value: (r) => r.regencyName, width: 30 },
      { header: w.service, value: (r) => r.name, width: 40 },
      { header: w.suppliers, value: (r) => r.suppliers },
      { header: w.requests, value: (r) => r.requests },
      { header: w.openings, value: (r) => r.openings },
    ],
    rows: demand.items.flatMap(({ regencyCode, regencyName, services }) =>
      services.map((service) => ({ ...service, regencyCode, regencyName })),
    ),
  };
  return [summary, byRegency, byMonth, rows, demandSheet];
}
