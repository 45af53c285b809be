import { Anchor, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { DueDate, PageNav, RequestStatusBadge } from '../buyer/parts';
import { requestsKey } from '../buyer/queries';
import { QueryStatus } from '../components/QueryStatus';
import { useAddressParams } from '../components/address-params';

const PAGE_SIZE = 20;
const STATUSES = ['open', 'draft', 'closed', 'awarded'] as const;

/** Every buyer's sourcing requests, open ones first by default: where a curator goes to shortlist. */
export default function RequestsPage() {
  const { t } = useTranslation('staff');
  const [params, update] = useAddressParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'open';
  const page = Number(params.get('page')) || 1;
  const q = params.get('q') ?? '';
  const [words, setWords] = useState(q);
  const search = useDebouncedCallback((value: string) => update({ q: value.trim() }), 300);
  const list = useQuery({
    queryKey: [...requestsKey, 'curator', { status, q, page }],
    queryFn: () =>
      call(
        api.GET('/api/v1/sourcing-requests', {
          params: { query: { status: [status], q: q || undefined, page, limit: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack maw={880}>
      <Title order={1}>{t('curator.requests.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('curator.requests.intro')}
      </Text>
      <Group align="flex-end">
        <TextInput
          label={t('curator.requests.words')}
          value={words}
          onChange={(event) => {
            setWords(event.currentTarget.value);
            search(event.currentTarget.value);
          }}
          style={{ flex: 1, minWidth: 200 }}
        />
        <NativeSelect
          label={t('curator.requests.status')}
          value={status}
          onChange={(event) => update({ status: event.currentTarget.value })}
          data={STATUSES.map((value) => ({ value, label: t(`requests.status.${value}`) }))}
        />
      </Group>
      {!list.data && <QueryStatus query={list} />}
      {list.data?.items.length === 0 && <Text>{t('curator.requests.none')}</Text>}
      {list.data?.items.map((request) => (
        <Paper key={request.id} withBorder p="sm" component="article" aria-label={request.title}>
          <Group justify="space-between" align="flex-start" gap="xs">
            <div>
              <Anchor component={Link} to={`/curator/requests/${request.id}`} fw={600}>
                {request.title}
              </Anchor>
              <Text size="sm">{request.buyerName}</Text>
              <DueDate request={request} />
            </div>
            <RequestStatusBadge status={request.status} />
          </Group>
        </Paper>
      ))}
      {list.data && (
        <PageNav
          page={page}
          pages={Math.ceil(list.data.total / PAGE_SIZE)}
          onChange={(next) => update({ page: String(next) })}
        />
      )}
    </Stack>
  );
}
