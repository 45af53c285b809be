import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client';
import type { formatFor } from '../format';
import type { ChartOption } from './EChart';

type Stats = Schemas['StatsDto'];
type Format = ReturnType<typeof formatFor>;

/** A chart as the dashboard shows it: what to draw, its numbers in words and as a table. */
export interface ChartSpec {
  option: ChartOption;
  height: number;
  /** The numbers in words: the drawing's name for screen readers. */
  label: string;
  /** The numbers as a table (head, then rows; numbers are formatted by the table). */
  table: { head: string[]; rows: (string | number)[][] };
}

interface Words {
  t: TFunction;
  format: Format;
  /** A process's or certification's name by its code (the code when unknown). */
  capabilityName: (kind: string, code: string) => string;
  /** A month (YYYY-MM) as it is read: Nov 2026. */
  monthName: (month: string) => string;
}

const FUNNEL_STAGES = ['shortlisted', 'introduced', 'engaged', 'won'] as const;
const STATUS_COLORS: Record<string, string> = {
  requested: '#74c0fc',
  shortlisted: '#1c7ed6',
  introduced: '#7048e8',
  engaged: '#e67700',
  won: '#2f9e44',
  lost: '#868e96',
  declined: '#e03131',
  withdrawn: '#ced4da',
};
const VERIFIED = '#2f9e44';
const UNVERIFIED = '#adb5bd';

/** Regencies a bar chart shows; the table lists them all. */
export const TOP_REGENCIES = 15;

/** The funnel: how many matches reached each stage, the conversion from the previous one and its median days. */
export function funnelChart(funnel: Stats['funnel'], { t, format }: Words): ChartSpec {
  const stage = (name: string) => t(`dashboard.stage.${name}`);
  const percent = (value: number | null) => (value === null ? '–' : format.percent(value * 100));
  const days = (value: number | null) => (value === null ? '–' : format.number(value, 1));
  const first = funnel[0]?.matches ?? 0;
  return {
    height: 280,
    label: t('dashboard.funnel.label', {
      stages: funnel
        .map((s) =>
          s.conversion === null
            ? `${stage(s.stage)}: ${format.number(s.matches)}`
            : t('dashboard.funnel.stageWords', {
                stage: stage(s.stage),
                matches: format.number(s.matches),
                conversion: percent(s.conversion),
                days: days(s.medianDays),
              }),
        )
        .join('; '),
    }),
    table: {
      head: [
        t('dashboard.funnel.stage'),
        t('dashboard.matches'),
        t('dashboard.funnel.conversion'),
        t('dashboard.funnel.days'),
      ],
      rows: funnel.map((s) => [stage(s.stage), s.matches, percent(s.conversion), days(s.medianDays)]),
    },
    option: {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const s = funnel[(params as { dataIndex: number }).dataIndex];
          return [
            `<b>${stage(s.stage)}</b>: ${format.number(s.matches)}`,
            ...(s.conversion === null
              ? []
              : [
                  `${t('dashboard.funnel.conversion')}: ${percent(s.conversion)}`,
                  `${t('dashboard.funnel.days')}: ${days(s.medianDays)}`,
                ]),
          ].join('<br>');
        },
      },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          min: 0,
          max: Math.max(first, 1),
          minSize: '6%',
          left: '10%',
          width: '80%',
          gap: 2,
          label: { position: 'inside', formatter: (p) => `${p.name}: ${format.number(Number(p.value))}` },
          // The stages in the colours the monthly chart gives their statuses.
          data: FUNNEL_STAGES.map((name, i) => ({
            name: stage(name),
            value: funnel[i]?.matches ?? 0,
            itemStyle: { color: STATUS_COLORS[name] },
          })),
        },
      ],
    },
  };
}

/** Matches by the month they began in, stacked by their status now. */
export function monthlyChart(months: Stats['matchesByMonth'], statuses: string[], words: Words): ChartSpec {
  const { t, format, monthName } = words;
  const status = (name: string) => t(`matches.status.${name}`);
  const total = (m: Stats['matchesByMonth'][number]) => statuses.reduce((sum, s) => sum + (m.byStatus[s] ?? 0), 0);
  const described = months
    .filter((m) => total(m) > 0)
    .map(
      (m) =>
        `${monthName(m.month)}: ${format.number(total(m))} (${statuses
          .filter((s) => m.byStatus[s])
          .map((s) => `${format.number(m.byStatus[s])} ${status(s)}`)
          .join(', ')})`,
    );
  return {
    height: 340,
    label: described.length ? t('dashboard.monthly.label', { months: described.join('; ') }) : t('dashboard.noMatches'),
    table: {
      head: [t('dashboard.monthly.month'), ...statuses.map(status), t('dashboard.total')],
      rows: months.map((m) => [monthName(m.month), ...statuses.map((s) => m.byStatus[s] ?? 0), total(m)]),
    },
    option: {
      tooltip: { trigger: 'axis', valueFormatter: (value) => format.number(Number(value)) },
      legend: { top: 0, data: statuses.map(status) },
      grid: { top: 64, left: 8, right: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => monthName(m.month)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: statuses.map((s) => ({
        type: 'bar',
        name: status(s),
        stack: 'matches',
        color: STATUS_COLORS[s],
        data: months.map((m) => m.byStatus[s] ?? 0),
      })),
    },
  };
}

/** Active suppliers of the regencies with the most, verified or not. */
export function suppliersChart(byRegency: Stats['suppliers']['byRegency'], { t, format }: Words): ChartSpec {
  // ECharts draws a category axis from the bottom up: reversed, the largest regency is on top.
  const shown = byRegency.slice(0, TOP_REGENCIES).reverse();
  return {
    height: 60 + 28 * Math.max(shown.length, 1),
    label: t('dashboard.suppliers.label', {
      regencies: byRegency
        .slice(0, 5)
        .map((r) =>
          t('dashboard.suppliers.regencyWords', {
            name: r.regencyName,
            total: format.number(r.total),
            verified: format.number(r.verified),
          }),
        )
        .join('; '),
    }),
    table: {
      head: [
        t('dashboard.regency'),
        t('dashboard.suppliers.total'),
        t('dashboard.suppliers.verified'),
        t('dashboard.suppliers.unverified'),
      ],
      rows: byRegency.map((r) => [r.regencyName, r.total, r.verified, r.total - r.verified]),
    },
    option: {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => format.number(Number(v)) },
      legend: { top: 0 },
      grid: { top: 32, left: 8, right: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: shown.map((r) => r.regencyName),
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('dashboard.suppliers.verified'),
          stack: 'suppliers',
          color: VERIFIED,
          data: shown.map((r) => r.verified),
        },
        {
          type: 'bar',
          name: t('dashboard.suppliers.unverified'),
          stack: 'suppliers',
          color: UNVERIFIED,
          data: shown.map((r) => r.total - r.verified),
        },
      ],
    },
  };
}

/**
 * The capabilities open requests ask for that the most suppliers of each regency lack, as a heat map
 * (regency × capability, suppliers lacking it): where BBSPJILM's training, testing or certification opens most.
 */
export function gapsChart(gaps: Stats['gapsByRegency'], words: Words): ChartSpec {
  const { t, format, capabilityName } = words;
  const key = (g: { kind: string; code: string }) => `${g.kind}:${g.code}`;
  // Capabilities by how many suppliers lack them in all, the widest gap first (left).
  const weight = new Map<string, number>();
  const named = new Map<string, string>();
  for (const regency of gaps) {
    for (const g of regency.missing) {
      weight.set(key(g), (weight.get(key(g)) ?? 0) + g.suppliers);
      named.set(key(g), capabilityName(g.kind, g.code));
    }
  }
  const capabilities = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)!);
  const regencies = [...gaps].reverse(); // first regency on top
  const cells = regencies.flatMap((r, y) =>
    r.missing.map((g) => ({ value: [capabilities.indexOf(key(g)), y, g.suppliers], requests: g.requests })),
  );
  const max = Math.max(1, ...cells.map((c) => c.value[2]));
  const kind = (k: string) => t(`dashboard.gaps.kind.${k === 'process' ? 'process' : 'certification'}`);
  return {
    height: 200 + 36 * Math.max(regencies.length, 1),
    label: gaps.length
      ? t('dashboard.gaps.label', {
          regencies: gaps
            .map((r) =>
              t('dashboard.gaps.regencyWords', {
                name: r.regencyName,
                gaps: r.missing
                  .map((g) =>
                    t('dashboard.gaps.gapWords', {
                      name: capabilityName(g.kind, g.code),
                      suppliers: format.number(g.suppliers),
                      requests: format.number(g.requests),
                    }),
                  )
                  .join(', '),
              }),
            )
            .join('; '),
        })
      : t('dashboard.gaps.none'),
    table: {
      head: [
        t('dashboard.regency'),
        t('dashboard.gaps.capability'),
        t('dashboard.gaps.kindHead'),
        t('dashboard.gaps.suppliers'),
        t('dashboard.gaps.requests'),
      ],
      rows: gaps.flatMap((r) =>
        r.missing.map((g) => [r.regencyName, capabilityName(g.kind, g.code), kind(g.kind), g.suppliers, g.requests]),
      ),
    },
    option: {
      tooltip: {
        formatter: (params) => {
          const cell = cells[(params as { dataIndex: number }).dataIndex];
          const [x, y, suppliers] = cell.value;
          return [
            `<b>${regencies[y].regencyName}</b>`,
            named.get(capabilities[x]),
            `${t('dashboard.gaps.suppliers')}: ${format.number(suppliers)}`,
            `${t('dashboard.gaps.requests')}: ${format.number(cell.requests)}`,
          ].join('<br>');
        },
      },
      grid: { top: 8, left: 8, right: 16, bottom: 64, containLabel: true },
      xAxis: {
        type: 'category',
        data: capabilities.map((c) => named.get(c)!),
        splitArea: { show: true },
        axisLabel: { interval: 0, rotate: 30, width: 140, overflow: 'truncate' },
      },
      yAxis: {
        type: 'category',
        data: regencies.map((r) => r.regencyName),
        splitArea: { show: true },
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 160,
        text: [format.number(max), '0'],
        inRange: { color: ['#e7f5ff', '#1864ab'] },
      },
      series: [
        {
          type: 'heatmap',
          name: t('dashboard.gaps.suppliers'),
          data: cells.map((c) => c.value),
          label: { show: true },
        },
      ],
    },
  };
}
