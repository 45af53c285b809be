import { Box, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { useAddressParams } from '../components/address-params';
import { DateRangeFields, isValidRange, useDateRangeParams } from '../components/date-range';
import { downloadFile } from '../components/download-file';
import { notify } from '../components/notify';
import { QueryStatus } from '../components/QueryStatus';
import { RegencySelect } from '../components/RegencySelect';
import { useFormat } from '../format';
import type { ChartOption } from '../dashboard/EChart';
import { ScrollTable } from '../components/ScrollTable';

// The dashboard's ECharts chunk, after the page: the figures and tables are there while the drawing loads.
const EChart = lazy(() => import('../dashboard/EChart').then((module) => ({ default: module.EChart })));

type Figures = Schemas['ImpactFiguresDto'];
type Query = { from?: string; to?: string; regencyCode?: string };

const FIGURES = [
  'servicesDelivered',
  'suppliersEligibleAfterService',
  'suppliersVerified',
  'matchesWon',
  'contractValueIdr',
  'expectedJobs',
] as const satisfies readonly (keyof Figures)[];

/**
 * What the matches and BBSPJILM's services bring the region (GET /impact): totals, by month and by regency,
 * the service demand per regency, and the report as a workbook or a PDF with the same range and regency.
 */
export default function ImpactPage() {
  const { t, i18n } = useTranslation('staff');
  const [range, setRange] = useDateRangeParams();
  const [params, update] = useAddressParams();
  const regencyCode = params.get('regency') || undefined;
  const query: Query = { ...range, regencyCode };
  const impact = useQuery({
    queryKey: ['impact', query.from, query.to, regencyCode, i18n.language],
    queryFn: () => call(api.GET('/api/v1/impact', { params: { query } })),
    enabled: isValidRange(range),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack maw={1100}>
      <Title order={1}>{t('impact.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('impact.intro')}
      </Text>
      <Group align="flex-start" gap="sm">
        <DateRangeFields value={range} onChange={setRange} />
        <RegencySelect
          label={t('impact.regency')}
          placeholder={t('impact.allRegencies')}
          clearable
          w={300}
          value={regencyCode ?? null}
          onChange={(value) => update({ regency: value ?? undefined })}
        />
      </Group>
      <Downloads query={query} disabled={!isValidRange(range)} />
      {impact.data ? <Impact impact={impact.data} /> : <QueryStatus query={impact} />}
      <ServiceDemand regencyCode={regencyCode} />
    </Stack>
  );
}

function Downloads({ query, disabled }: { query: Query; disabled: boolean }) {
  const { t } = useTranslation('staff');
  const [busy, setBusy] = useState<'xlsx' | 'pdf'>();
  const save = async (kind: 'xlsx' | 'pdf') => {
    setBusy(kind);
    try {
      await downloadFile(
        kind === 'xlsx'
          ? api.GET('/api/v1/impact/report.xlsx', { params: { query }, parseAs: 'blob' })
          : api.GET('/api/v1/impact/report.pdf', { params: { query }, parseAs: 'blob' }),
        `rantai-dampak.${kind}`,
      );
    } catch {
      notify(t('dashboard.downloadFailed'), 'failed');
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Group gap="xs">
      <Button variant="default" disabled={disabled} loading={busy === 'xlsx'} onClick={() => void save('xlsx')}>
        {t('impact.downloadXlsx')}
      </Button>
      <Button variant="default" disabled={disabled} loading={busy === 'pdf'} onClick={() => void save('pdf')}>
        {t('impact.downloadPdf')}
      </Button>
    </Group>
  );
}

function Impact({ impact }: { impact: Schemas['ImpactDto'] }) {
  const { t, i18n } = useTranslation('staff');
  const format = useFormat();
  const value = (key: keyof Figures, n: number) => (key === 'contractValueIdr' ? format.rupiah(n) : format.number(n));
  const monthName = useMemo(() => {
    const monthFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-ID' : 'id-ID', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));
  }, [i18n.language]);

  const chart = useMemo(() => {
    const series = ['servicesDelivered', 'matchesWon', 'suppliersVerified'] as const;
    const colors = { servicesDelivered: '#1c7ed6', matchesWon: '#2f9e44', suppliersVerified: '#7048e8' };
    const described = impact.byMonth
      .filter((m) => series.some((s) => m[s] > 0))
      .map(
        (m) =>
          `${monthName(m.month)}: ${series.map((s) => `${t(`impact.figure.${s}`)} ${format.number(m[s])}`).join(', ')}`,
      );
    const option: ChartOption = {
      tooltip: { trigger: 'axis', valueFormatter: (v) => format.number(Number(v)) },
      legend: { top: 0, data: series.map((s) => t(`impact.figure.${s}`)) },
      grid: { top: 64, left: 8, right: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: impact.byMonth.map((m) => monthName(m.month)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => ({
        type: 'bar',
        name: t(`impact.figure.${s}`),
        color: colors[s],
        data: impact.byMonth.map((m) => m[s]),
      })),
    };
    return {
      option,
      label: described.length ? t('impact.monthly.label', { months: described.join('; ') }) : t('impact.nothing'),
    };
  }, [impact, monthName, t, format]);

  return (
    <>
      {/* One a row on a phone: a contract value in rupiah does not fit half of 360 px. */}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {FIGURES.map((key) => (
          <Paper key={key} withBorder p="sm" role="group" aria-label={t(`impact.figure.${key}`)}>
            <Text size="sm" c="dimmed">
              {t(`impact.figure.${key}`)}
            </Text>
            <Text fw={700} size="xl">
              {value(key, impact.totals[key])}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('impact.note')}
      </Text>
      <Section title={t('impact.monthly.title')} description={t('impact.monthly.description')}>
        <Suspense fallback={<Box h={320} />}>
          <EChart option={chart.option} height={320} label={chart.label} />
        </Suspense>
        <FiguresTable
          caption={t('impact.monthly.title')}
          first={t('impact.month')}
          rows={impact.byMonth.map((m) => ({ key: m.month, name: monthName(m.month), figures: m }))}
          value={value}
        />
      </Section>
      <Section title={t('impact.byRegency.title')} description={t('impact.byRegency.description')}>
        {impact.byRegency.length === 0 ? (
          <Text size="sm">{t('impact.nothing')}</Text>
        ) : (
          <FiguresTable
            caption={t('impact.byRegency.title')}
            first={t('impact.regency')}
            rows={impact.byRegency.map((r) => ({ key: r.regencyCode, name: r.regencyName, figures: r }))}
            value={value}
          />
        )}
      </Section>
    </>
  );
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const id = `section-${title.replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

function FiguresTable({
  caption,
  first,
  rows,
  value,
}: {
  caption: string;
  first: string;
  rows: { key: string; name: string; figures: Figures }[];
  value: (key: keyof Figures, n: number) => string;
}) {
  const { t } = useTranslation('staff');
  return (
    <ScrollTable minWidth={760} label={caption} striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{first}</Table.Th>
          {FIGURES.map((key) => (
            <Table.Th key={key} ta="right">
              {t(`impact.figure.${key}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={400}>
              {row.name}
            </Table.Th>
            {FIGURES.map((key) => (
              <Table.Td key={key} ta="right">
                {value(key, row.figures[key])}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** For each regency (or the one chosen), the services that would open the most, most first. */
function ServiceDemand({ regencyCode }: { regencyCode: string | undefined }) {
  const { t, i18n } = useTranslation('staff');
  const format = useFormat();
  const demand = useQuery({
    queryKey: ['impact', 'service-demand', i18n.language],
    queryFn: () => call(api.GET('/api/v1/impact/service-demand')),
  });
  const rows = (demand.data?.items ?? [])
    .filter((r) => !regencyCode || r.regencyCode === regencyCode)
    .flatMap((r) => r.services.map((s, index) => ({ regency: r.regencyName, rank: index + 1, service: s })))
    .filter((row) => row.service.openings > 0)
    .sort((a, b) => b.service.openings - a.service.openings);
  return (
    <Section title={t('impact.demand.title')} description={t('impact.demand.description')}>
      {!demand.data ? (
        <QueryStatus query={demand} />
      ) : rows.length === 0 ? (
        <Text size="sm">{t('impact.demand.none')}</Text>
      ) : (
        <ScrollTable minWidth={640} label={t('impact.demand.title')} striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('impact.regency')}</Table.Th>
              <Table.Th>{t('impact.demand.service')}</Table.Th>
              <Table.Th ta="right">{t('impact.demand.openings')}</Table.Th>
              <Table.Th ta="right">{t('impact.demand.suppliers')}</Table.Th>
              <Table.Th ta="right">{t('impact.demand.requests')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.regency}-${row.service.code}`}>
                <Table.Td>{row.regency}</Table.Td>
                <Table.Td>{row.service.name}</Table.Td>
                <Table.Td ta="right">{format.number(row.service.openings)}</Table.Td>
                <Table.Td ta="right">{format.number(row.service.suppliers)}</Table.Td>
                <Table.Td ta="right">{format.number(row.service.requests)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </Section>
  );
}
