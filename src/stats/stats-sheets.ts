import type { Language } from '../common/i18n/language';
import type { AnySheet, SheetSpec } from '../common/files/workbook';
import { MATCH_STATUSES } from '../matches/match-state';
import { MATCH_STATUS_NAMES } from '../matching/match-visibility';
import type { StatsDto } from './dto/stats.dto';

/** The words of the dashboard's workbook, in Indonesian (the default) and English. */
const WORDS = {
  id: {
    summary: 'Ringkasan',
    item: 'Butir',
    value: 'Nilai',
    from: 'Dari tanggal (pencocokan)',
    to: 'Sampai tanggal (pencocokan)',
    suppliers: 'Pemasok aktif',
    verified: 'Pemasok terverifikasi',
    openRequests: 'Permintaan terbuka',
    byRegency: 'Pemasok per wilayah',
    code: 'Kode wilayah',
    regency: 'Kabupaten/kota',
    matches: 'Status pencocokan',
    status: 'Status',
    count: 'Jumlah',
    byMonth: 'Pencocokan per bulan',
    month: 'Bulan',
    funnel: 'Corong',
    stage: 'Tahap',
    conversion: 'Konversi dari tahap sebelumnya',
    medianDays: 'Median hari',
    gaps: 'Kesenjangan kemampuan',
    kind: 'Jenis',
    capability: 'Kode kemampuan',
    requests: 'Permintaan terbuka yang membutuhkan',
    lacking: 'Pemasok yang belum memiliki',
    process: 'Proses',
    certification: 'Sertifikasi',
  },
  en: {
    summary: 'Summary',
    item: 'Item',
    value: 'Value',
    from: 'From (matches)',
    to: 'To (matches)',
    suppliers: 'Active suppliers',
    verified: 'Verified suppliers',
    openRequests: 'Open requests',
    byRegency: 'Suppliers by regency',
    code: 'Regency code',
    regency: 'Regency/city',
    matches: 'Matches by status',
    status: 'Status',
    count: 'Count',
    byMonth: 'Matches by month',
    month: 'Month',
    funnel: 'Funnel',
    stage: 'Stage',
    conversion: 'Conversion from the previous stage',
    medianDays: 'Median days',
    gaps: 'Capability gaps',
    kind: 'Kind',
    capability: 'Capability code',
    requests: 'Open requests needing it',
    lacking: 'Suppliers lacking it',
    process: 'Process',
    certification: 'Certification',
  },
} as const;

/** The dashboard as sheets, one per table; numbers stay numbers. */
export function statsSheets(stats: StatsDto, language: Language): AnySheet[] {
  const w = WORDS[language];
  const summary: SheetSpec<[string, string | number | null]> = {
    name: w.summary,
    columns: [
      { header: w.item, value: (r) => r[0], width: 32 },
      { header: w.value, value: (r) => r[1], width: 14 },
    ],
    rows: [
      [w.from, stats.range.from],
      [w.to, stats.range.to],
      [w.suppliers, stats.suppliers.total],
      [w.verified, stats.suppliers.verified],
      [w.openRequests, stats.openRequests],
    ],
  };
  const byRegency: SheetSpec<StatsDto['suppliers']['byRegency'][number]> = {
    name: w.byRegency,
    columns: [
      { header: w.code, value: (r) => r.regencyCode },
      { header: w.regency, value: (r) => r.regencyName, width: 30 },
      { header: w.suppliers, value: (r) => r.total },
      { header: w.verified, value: (r) => r.verified },
    ],
    rows: stats.suppliers.byRegency,
  };
  const matches: SheetSpec<[string, number]> = {
    name: w.matches,
    columns: [
      { header: w.status, value: ([status]) => MATCH_STATUS_NAMES[status][language], width: 22 },
      { header: w.count, value: ([, count]) => count },
    ],
    rows: Object.entries(stats.matchesByStatus),
  };
  const byMonth: SheetSpec<StatsDto['matchesByMonth'][number]> = {
    name: w.byMonth,
    columns: [
      { header: w.month, value: (r) => r.month },
      ...MATCH_STATUSES.map((status) => ({
        header: MATCH_STATUS_NAMES[status][language],
        value: (r: StatsDto['matchesByMonth'][number]) => r.byStatus[status] ?? 0,
        width: 18,
      })),
    ],
    rows: stats.matchesByMonth,
  };
  const funnel: SheetSpec<StatsDto['funnel'][number]> = {
    name: w.funnel,
    columns: [
      { header: w.stage, value: (r) => MATCH_STATUS_NAMES[r.stage][language], width: 22 },
      { header: w.count, value: (r) => r.matches },
      { header: w.conversion, value: (r) => r.conversion, numFmt: '0.0%' },
      { header: w.medianDays, value: (r) => r.medianDays, numFmt: '0.0#' },
    ],
    rows: stats.funnel,
  };
  type Gap = StatsDto['gapsByRegency'][number]['missing'][number] & { regencyCode: string; regencyName: string };
  const gaps: SheetSpec<Gap> = {
    name: w.gaps,
    columns: [
      { header: w.code, value: (r) => r.regencyCode },
      { header: w.regency, value: (r) => r.regencyName, width: 30 },
      { header: w.kind, value: (r) => (r.kind === 'process' ? w.process : w.certification) },
      { header: w.capability, value: (r) => r.code, width: 28 },
      { header: w.requests, value: (r) => r.requests },
      { header: w.lacking, value: (r) => r.suppliers },
    ],
    rows: stats.gapsByRegency.flatMap(({ regencyCode, regencyName, missing }) =>
      missing.map((gap) => ({ ...gap, regencyCode, regencyName })),
    ),
  };
  return [summary, byRegency, matches, byMonth, funnel, gaps];
}
