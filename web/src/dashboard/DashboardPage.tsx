import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { useCertificationTypes, useTaxonomy } from '../api/reference';
import { DateRangeFields, useDateRangeParams, type DateRange } from '../components/date-range';
import { QueryStatus } from '../components/QueryStatus';
import { formatFor, useFormat } from '../format';
import { MATCH_STATUSES } from '../matches/match-rules';
import { ChartCard } from './ChartCard';
import { funnelChart, gapsChart, monthlyChart, suppliersChart, TOP_REGENCIES } from './charts';
import { downloadStats, useStats } from './queries';

/**
 * The curators' and admins' dashboard (GET /stats): the funnel, matches by state over time, suppliers by
 * regency and verification, and the capabilities most missing per regency, each a chart with its numbers
 * as a table and a workbook; the date range (in the address) applies to all.
 */
export default function DashboardPage() {
  const { t } = useTranslation('staff');
  const [range, setRange] = useDateRangeParams();
  const stats = useStats(range);
  return (
    <Stack maw={1100}>
      <Title order={1}>{t('dashboard.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('dashboard.intro')}
      </Text>
      <DateRangeFields value={range} onChange={setRange} />
      {stats.data ? <Dashboard stats={stats.data} range={range} /> : <QueryStatus query={stats} />}
    </Stack>
  );
}

function Dashboard({ stats, range }: { stats: Schemas['StatsDto']; range: DateRange }) {
  const { t, i18n } = useTranslation('staff');
  const format = useFormat();
  const processes = useTaxonomy('processes');
  const certifications = useCertificationTypes();
  const download = () => downloadStats(range);

  const charts = useMemo(() => {
    const names = new Map<string, string>([
      ...(processes.data ?? []).map((p) => [`process:${p.code}`, p.name] as const),
      ...(certifications.data ?? []).map((c) => [`certification:${c.code}`, c.name] as const),
    ]);
    const monthFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-ID' : 'id-ID', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const words = {
      t,
      format: formatFor(i18n.language),
      capabilityName: (kind: string, code: string) => names.get(`${kind}:${code}`) ?? code,
      monthName: (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`)),
    };
    return {
      funnel: funnelChart(stats.funnel, words),
      monthly: monthlyChart(stats.matchesByMonth, [...MATCH_STATUSES], words),
      suppliers: suppliersChart(stats.suppliers.byRegency, words),
      gaps: gapsChart(stats.gapsByRegency, words),
    };
  }, [stats, processes.data, certifications.data, i18n.language, t]);

  const matchesInRange = Object.values(stats.matchesByStatus).reduce((sum, n) => sum + n, 0);
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('dashboard.suppliers.total')} value={format.number(stats.suppliers.total)} />
        <Figure label={t('dashboard.suppliers.verified')} value={format.number(stats.suppliers.verified)} />
        <Figure label={t('dashboard.openRequests')} value={format.number(stats.openRequests)} />
        <Figure label={t('dashboard.matchesInRange')} value={format.number(matchesInRange)} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('dashboard.rangeNote')}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartCard
          title={t('dashboard.funnel.title')}
          description={t('dashboard.funnel.description')}
          chart={charts.funnel}
          download={download}
        />
        <ChartCard
          title={t('dashboard.monthly.title')}
          description={t('dashboard.monthly.description')}
          chart={charts.monthly}
          download={download}
        />
      </SimpleGrid>
      <ChartCard
        title={t('dashboard.suppliers.title')}
        description={t('dashboard.suppliers.description', { count: TOP_REGENCIES })}
        chart={charts.suppliers}
        download={download}
      />
      <ChartCard
        title={t('dashboard.gaps.title')}
        description={t('dashboard.gaps.description')}
        chart={charts.gaps}
        download={download}
      />
    </>
  );
}

/** One headline number, a group named by its label (so that it is read, and found, as "label: value"). */
function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Group gap={4} justify="space-between" align="baseline">
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fw={700} size="xl">
          {value}
        </Text>
      </Group>
    </Paper>
  );
}
