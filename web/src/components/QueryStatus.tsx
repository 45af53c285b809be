import { Button, Loader, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * What a page shows while its data is not there: a spinner while loading, or the problem with a retry
 * (on a mobile network a call fails now and then). Nothing once the data has come.
 */
interface QueryState {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/** A spinner that says what it is: a named status (a Loader is a plain span, which may not carry a label). */
export function Loading({ size = 'sm' }: { size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return <Loader size={size} role="status" aria-label={t('common.loading')} />;
}

export function QueryStatus({ query }: { query: QueryState }) {
  const { t } = useTranslation();
  if (query.isError) {
    // A plain panel rather than Alert: this shows on landing pages too, where every chunk counts.
    return (
      <Paper withBorder p="sm" role="alert">
        <Text fw={600} c="red.8">
          {t('common.loadFailed')}
        </Text>
        <Text size="sm">{query.error?.message}</Text>
        <Button mt="xs" size="xs" variant="default" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Paper>
    );
  }
  if (query.isPending) return <Loading />;
  return null;
}
