import { Box, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../components/notify';
import { useFormat } from '../format';
import type { ChartSpec } from './charts';
import { ScrollTable } from '../components/ScrollTable';

// ECharts comes after the page: the numbers, tables and downloads are there while the drawings load.
const EChart = lazy(() => import('./EChart').then((module) => ({ default: module.EChart })));

interface ChartCardProps {
  title: string;
  description?: string;
  chart: ChartSpec;
  /** Saves the chart's numbers (the dashboard's workbook, which has a sheet for each chart). */
  download: () => Promise<void>;
}

/** One chart of the dashboard: its title, the drawing (named by its numbers in words), a download, the table. */
export function ChartCard({ title, description, chart, download }: ChartCardProps) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const titleId = useId();
  const [downloading, setDownloading] = useState(false);

  const save = async () => {
    setDownloading(true);
    try {
      await download();
    } catch {
      notify(t('dashboard.downloadFailed'), 'failed');
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={2} size="h4" id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          <Button
            variant="default"
            size="xs"
            loading={downloading}
            onClick={() => void save()}
            // Says which chart's numbers, beginning with the words on the button (WCAG 2.5.3).
            aria-label={`${t('dashboard.download')}: ${title}`}
          >
            {t('dashboard.download')}
          </Button>
        </Group>
        <Suspense fallback={<Box h={chart.height} />}>
          <EChart option={chart.option} height={chart.height} label={chart.label} />
        </Suspense>
        <Box component="details">
          <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
            {t('dashboard.showNumbers')}
          </Text>
          <ScrollTable minWidth={360} label={title} striped withTableBorder mt="xs">
            <Table.Thead>
              <Table.Tr>
                {chart.table.head.map((head) => (
                  <Table.Th key={head}>{head}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {chart.table.rows.map((row, i) => (
                <Table.Tr key={i}>
                  {row.map((cell, j) => (
                    <Table.Td key={j} ta={typeof cell === 'number' ? 'right' : undefined}>
                      {typeof cell === 'number' ? format.number(cell) : cell}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        </Box>
      </Stack>
    </Paper>
  );
}
