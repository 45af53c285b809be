import {
  Badge,
  Pagination,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

type Report = Schemas['ImportReportDto'];
type Outcome = Report['results'][number]['outcome'];

const ROWS_PER_PAGE = 50;
const OUTCOME_COLOR: Record<Outcome, string> = { create: 'green', update: 'blue', unchanged: 'gray', invalid: 'red' };
/** A wide table scrolls sideways; its viewport takes the keyboard's focus, so that arrows scroll it too. */
const SCROLLABLE = { tabIndex: 0, 'aria-labelledby': 'import-rows' } as const;
/** A cell at fault: a light red ground, its value, and what is wrong under it. */
const FAULT_STYLE = { background: 'var(--mantine-color-red-light)', whiteSpace: 'normal', minWidth: 200 } as const;

/** The report row by row: the rows at fault with their cells (the faulty ones marked), or every row's outcome. */
export function ImportRows({ report }: { report: Report }) {
  const { t } = useTranslation('staff');
  const faulty = useMemo(() => report.results.filter((result) => result.outcome === 'invalid'), [report]);
  const [view, setView] = useState<'faulty' | 'all'>(faulty.length ? 'faulty' : 'all');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-rows">
      <Stack gap="sm">
        <Title order={2} size="h4" id="import-rows">
          {t('curator.import.rowsTitle')}
        </Title>
        <SegmentedControl
          w="fit-content"
          value={view}
          onChange={setView}
          data={[
            { value: 'faulty', label: t('curator.import.viewFaulty', { count: faulty.length }) },
            { value: 'all', label: t('curator.import.viewAll', { count: report.results.length }) },
          ]}
        />
        {view === 'faulty' ? <FaultyRows report={report} rows={faulty} /> : <AllRows results={report.results} />}
      </Stack>
    </Paper>
  );
}

function usePage<T>(items: T[]) {
  const [page, setPage] = useState(1);
  const pages = Math.ceil(items.length / ROWS_PER_PAGE);
  const shown = items.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE);
  const pager =
    pages > 1 ? <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} size="sm" /> : null;
  return { shown, pager };
}

function FaultyRows({ report, rows }: { report: Report; rows: Report['results'] }) {
  const { t } = useTranslation('staff');
  const { shown, pager } = usePage(rows);
  // Each row's problems by column; those of no column in the file (a required column left out) go last.
  const problems = useMemo(() => {
    const byRow = new Map<number, Map<string, string[]>>();
    for (const { row, field, message } of report.errors) {
      const fields = byRow.get(row) ?? new Map<string, string[]>();
      fields.set(field, [...(fields.get(field) ?? []), message]);
      byRow.set(row, fields);
    }
    return byRow;
  }, [report.errors]);
  const inFile = new Set<string>(report.columns.map((c) => c.column));
  if (rows.length === 0) return <Text size="sm">{t('curator.import.noFaults')}</Text>;
  return (
    <>
      <ScrollArea type="auto" offsetScrollbars viewportProps={SCROLLABLE}>
        <Table withTableBorder withColumnBorders fz="sm" style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('curator.import.row')}</Table.Th>
              {report.columns.map(({ column, header }) => (
                <Table.Th key={column} scope="col">
                  {header}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('curator.import.otherProblems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((result) => {
              const faults = problems.get(result.row) ?? new Map<string, string[]>();
              const elsewhere = [...faults].filter(([field]) => !inFile.has(field));
              return (
                <Table.Tr key={result.row}>
                  <Table.Th scope="row">{result.row}</Table.Th>
                  {report.columns.map(({ column, header }) => {
                    const messages = faults.get(column);
                    const value = result.cells?.[column] ?? '';
                    return messages ? (
                      <Table.Td key={column} style={FAULT_STYLE} data-fault={column}>
                        <Text size="sm" fw={600}>
                          {value || t('curator.import.empty')}
                        </Text>
                        {messages.map((message) => (
                          <Text key={message} size="xs" c="red.9">
                            <VisuallyHidden>{t('curator.import.faultIn', { column: header })} </VisuallyHidden>
                            {message}
                          </Text>
                        ))}
                      </Table.Td>
                    ) : (
                      <Table.Td key={column}>{value}</Table.Td>
                    );
                  })}
                  <Table.Td style={elsewhere.length ? FAULT_STYLE : undefined}>
                    {elsewhere.map(([field, messages]) =>
                      messages.map((message) => (
                        <Text key={`${field}-${message}`} size="xs" c="red.9">
                          {field}: {message}
                        </Text>
                      )),
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {pager}
    </>
  );
}

function AllRows({ results }: { results: Report['results'] }) {
  const { t } = useTranslation('staff');
  const { shown, pager } = usePage(results);
  return (
    <>
      <ScrollArea type="auto" offsetScrollbars viewportProps={SCROLLABLE}>
        <Table withTableBorder fz="sm" miw={600}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('curator.import.row')}</Table.Th>
              <Table.Th scope="col">{t('curator.import.outcomeTitle')}</Table.Th>
              <Table.Th scope="col">{t('curator.import.name')}</Table.Th>
              <Table.Th scope="col">NIB</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((result) => (
              <Table.Tr key={result.row}>
                <Table.Th scope="row">{result.row}</Table.Th>
                <Table.Td>
                  <Badge variant="light" color={OUTCOME_COLOR[result.outcome]} tt="none">
                    {t(`curator.import.outcome.${result.outcome}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{result.name}</Table.Td>
                <Table.Td>{result.nib}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {pager}
    </>
  );
}
