import { Alert, Button, FileButton, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, call, type Schemas } from '../api/client';
import { notify } from '../components/notify';
import { useFormat } from '../format';
import { downloadTemplate } from './import-template';
import { ImportRows } from './ImportRows';
import { curatorKey } from './queries';

type Report = Schemas['ImportReportDto'];

/** What the API takes (it checks again): CSV or XLSX, at most 5 MB. */
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 5 * 1024 * 1024;

const upload = (file: File, dryRun: boolean) => {
  const body = new FormData();
  body.append('file', file);
  return call(
    api.POST('/api/v1/suppliers/imports', {
      params: { query: { dryRun } },
      // openapi-fetch sends FormData as it is (multipart, with its boundary); the type names its fields only.
      body: body as unknown as { file: string },
    }),
  );
};

/**
 * Bulk import of a district office's list: the file is checked first (a dry run, nothing written), its report
 * shown row by row with the cells at fault marked; only a file without faults can then be imported, all or nothing.
 */
export default function ImportPage() {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File>();
  const [tooBig, setTooBig] = useState(false);
  // Cleared after each choice, so that the same file, corrected, can be chosen again.
  const resetChoice = useRef<() => void>(null);
  const check = useMutation({ mutationFn: (chosen: File) => upload(chosen, true) });
  const run = useMutation({
    mutationFn: (chosen: File) => upload(chosen, false),
    onSuccess: async (report) => {
      notify(t('curator.import.imported', { created: report.created, updated: report.updated }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: curatorKey }),
        queryClient.invalidateQueries({ queryKey: ['suppliers'] }),
      ]);
    },
  });

  const choose = (chosen: File | null) => {
    resetChoice.current?.();
    check.reset();
    run.reset();
    setFile(chosen ?? undefined);
    setTooBig(false);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) return setTooBig(true);
    check.mutate(chosen);
  };
  const report = check.data;
  const ready = report && report.errors.length === 0 && report.created + report.updated > 0;

  return (
    <Stack maw={1200}>
      <Title order={1}>{t('curator.import.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('curator.import.intro')}
      </Text>
      <Group gap="sm">
        <FileButton onChange={choose} accept={ACCEPT} resetRef={resetChoice}>
          {(props) => (
            <Button {...props} loading={check.isPending}>
              {t('curator.import.choose')}
            </Button>
          )}
        </FileButton>
        <Button variant="default" onClick={downloadTemplate}>
          {t('curator.import.template')}
        </Button>
        {file && <Text size="sm">{t('curator.import.chosen', { name: file.name })}</Text>}
      </Group>
      <Text size="xs" c="dimmed">
        {t('curator.import.limits')}
      </Text>
      {tooBig && (
        <Alert color="red" role="alert">
          {t('curator.import.tooBig')}
        </Alert>
      )}
      {check.isError && <Problem error={check.error} />}
      {report && <Summary report={report} />}
      {report && file && !run.isSuccess && (
        <Group gap="sm">
          <Button color="green" disabled={!ready} loading={run.isPending} onClick={() => run.mutate(file)}>
            {t('curator.import.confirm', { count: report.created + report.updated })}
          </Button>
          <Text size="sm">
            {report.errors.length > 0 ? t('curator.import.fixFirst') : !ready && t('curator.import.nothingToDo')}
          </Text>
        </Group>
      )}
      {run.isError && <Problem error={run.error} />}
      {run.data && (
        <Alert color="green" role="status" title={t('curator.import.doneTitle')}>
          {t('curator.import.imported', { created: run.data.created, updated: run.data.updated })}
        </Alert>
      )}
      {/* A new file's report starts on its own view (its faults, if any). */}
      {report && <ImportRows key={check.submittedAt} report={report} />}
    </Stack>
  );
}

/** The counts of a dry run: what would be created, updated or left, and how many rows are at fault. */
function Summary({ report }: { report: Report }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const invalid = report.results.filter((result) => result.outcome === 'invalid').length;
  const facts: [string, number, string?][] = [
    [t('curator.import.rows'), report.rows],
    [t('curator.import.outcome.create'), report.created],
    [t('curator.import.outcome.update'), report.updated],
    [t('curator.import.outcome.unchanged'), report.unchanged],
    [t('curator.import.outcome.invalid'), invalid, invalid ? 'red.9' : undefined],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-summary">
      <Title order={2} size="h4" id="import-summary" mb="sm">
        {t('curator.import.summary')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {facts.map(([label, value, color]) => (
          <div key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="xl" c={color}>
              {format.number(value)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

/** A refused file (unknown columns, too many rows, not a spreadsheet), or faults found at the real import. */
function Problem({ error }: { error: Error }) {
  const { t } = useTranslation('staff');
  return (
    <Alert color="red" role="alert" title={t('curator.import.refused')}>
      {error instanceof ApiError ? (error.problem?.detail ?? error.message) : error.message}
    </Alert>
  );
}
