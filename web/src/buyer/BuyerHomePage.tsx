import { Alert, Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { requestKey, requestsKey, useBuyerId } from './queries';
import { DueDate, PageNav, RequestStatusBadge } from './parts';
import { useAddressParams } from '../components/address-params';

const PAGE_SIZE = 20;
const STATUSES = ['draft', 'open', 'closed', 'awarded'] as const;

/**
 * The buyer's start page: its sourcing requests, newest first, filtered by status and words.
 * Light on purpose (it is where a buyer lands): no pickers, no map, only components whose styles come
 * with the first load (styles.ts); the rest lives on the pages it links to.
 */
export default function BuyerHomePage() {
  const { t } = useTranslation();
  const buyerId = useBuyerId();
  const [params, update] = useAddressParams();
  const status = STATUSES.find((s) => s === params.get('status'));
  const page = Number(params.get('page')) || 1;
  const q = params.get('q') ?? '';
  const [words, setWords] = useState(q);

  // The address (and the query) follows the words once typing pauses.
  const search = useDebouncedCallback((value: string) => update({ q: value.trim() }), 300);

  const list = useQuery({
    queryKey: [...requestsKey, 'list', { status, q, page }],
    queryFn: () =>
      call(
        api.GET('/api/v1/sourcing-requests', {
          params: {
            query: { buyerId, status: status && [status], q: q || undefined, page, limit: PAGE_SIZE },
          },
        }),
      ),
    enabled: !!buyerId,
    placeholderData: keepPreviousData,
  });

  return (
    <Stack maw={880}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('buyer.home.title')}</Title>
        {buyerId && (
          <Button component={Link} to="/buyer/requests/new">
            {t('buyer.home.create')}
          </Button>
        )}
      </Group>
      {!buyerId ? (
        <Alert color="blue" title={t('buyer.home.noCompanyTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('buyer.home.noCompanyText')}</Text>
            <Button component={Link} to="/buyer/company">
              {t('buyer.home.createCompany')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          <Text c="dimmed">{t('buyer.home.intro')}</Text>
          <TextInput
            label={t('buyer.home.search')}
            placeholder={t('buyer.home.searchHint')}
            type="search"
            value={words}
            onChange={(event) => {
              setWords(event.currentTarget.value);
              search(event.currentTarget.value);
            }}
          />
          <Group gap="xs" role="group" aria-label={t('buyer.home.statusFilter')}>
            {[undefined, ...STATUSES].map((value) => (
              <Button
                key={value ?? 'all'}
                size="compact-sm"
                radius="xl"
                variant={value === status ? 'filled' : 'default'}
                aria-pressed={value === status}
                onClick={() => update({ status: value })}
              >
                {value ? t(`requests.status.${value}`) : t('buyer.home.allStatuses')}
              </Button>
            ))}
          </Group>
          <QueryStatus query={list} />
          {!list.data ? null : list.data.items.length === 0 ? (
            <Text>{q || status ? t('buyer.home.noneFound') : t('buyer.home.none')}</Text>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('buyer.home.count', { count: list.data.total })}
              </Text>
              {list.data.items.map((request) => (
                <RequestCard key={request.id} request={request} />
              ))}
              <PageNav
                page={page}
                pages={Math.ceil(list.data.total / PAGE_SIZE)}
                onChange={(next) => update({ page: String(next) })}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}

function RequestCard({ request }: { request: Schemas['SourcingRequestDto'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/buyer/requests/${request.id}`} fw={600}>
            {request.title}
          </Anchor>
          <RequestStatusBadge status={request.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('requests.volumePerYear', {
            volume: format.number(request.annualVolume, 2),
            unit: t(`suppliers.units.${request.unit}`),
          })}
          {request.plant && ` · ${request.plant.name}`}
        </Text>
        {(request.status === 'draft' || request.status === 'open') && (
          <>
            <DueDate request={request} />
            <CandidateCount id={request.id} />
          </>
        )}
      </Stack>
    </Card>
  );
}

/** How many suppliers are eligible now: one small call per draft or open request (the list does not carry it). */
function CandidateCount({ id }: { id: string }) {
  const { t } = useTranslation();
  const count = useQuery({
    queryKey: [...requestKey(id), 'candidate-count'],
    queryFn: () =>
      call(api.GET('/api/v1/sourcing-requests/{id}/candidates', { params: { path: { id }, query: { limit: 1 } } })),
    select: (list) => list.eligible,
  });
  if (count.data === undefined) return null;
  return (
    <Anchor component={Link} to={`/buyer/requests/${id}/candidates`} size="sm">
      {t('buyer.home.candidates', { count: count.data })}
    </Anchor>
  );
}
