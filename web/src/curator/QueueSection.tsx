import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { PageNav } from '../buyer/parts';
import { QueryStatus } from '../components/QueryStatus';

interface QueueSectionProps {
  title: string;
  /** How many wait in all, once known. */
  total: number | undefined;
  query: Parameters<typeof QueryStatus>[0]['query'];
  empty: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** Filters above the list. */
  controls?: ReactNode;
  children: ReactNode;
}

/** One work queue of the curator's home: a titled panel with its count, its rows and its pages. */
export function QueueSection({
  title,
  total,
  query,
  empty,
  page,
  pages,
  onPage,
  controls,
  children,
}: QueueSectionProps) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {total !== undefined && (
            <Badge size="lg" variant="light" color={total ? 'blue' : 'gray'}>
              {total}
            </Badge>
          )}
        </Group>
        {controls}
        <QueryStatus query={query} />
        {total === 0 ? <Text size="sm">{empty}</Text> : children}
        <PageNav page={page} pages={pages} onChange={onPage} />
      </Stack>
    </Paper>
  );
}
