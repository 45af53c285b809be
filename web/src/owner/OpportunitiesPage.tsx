import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { useTaxonomy } from '../api/reference';
import { QueryStatus } from '../components/QueryStatus';
import { ScoreBreakdown } from '../components/ScoreBreakdown';
import { useFormat } from '../format';
import { NeedsProfile } from './NeedsProfile';
import { opportunitiesKey, useMySupplierId } from './queries';
import { notify } from '../components/notify';

type Opportunity = Schemas['OpportunityDto'];
type Match = Schemas['MatchDto'];

const PAGE_SIZE = 10;

/** Open requests the owner's firm is eligible for, best first, each score explained; and asking for an introduction. */
export default function OpportunitiesPage() {
  const { t } = useTranslation();
  const supplierId = useMySupplierId();
  return (
    <Stack maw={880}>
      <Title order={1}>{t('owner.opportunities.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('owner.opportunities.intro')}
      </Text>
      {supplierId ? <Opportunities supplierId={supplierId} /> : <NeedsProfile />}
    </Stack>
  );
}

function Opportunities({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const list = useInfiniteQuery({
    queryKey: [...opportunitiesKey(supplierId), 'list'],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/suppliers/{id}/opportunities', {
          params: { path: { id: supplierId }, query: { page: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.limit < last.total ? last.page + 1 : undefined),
  });
  // The introductions the firm asked for or was given, to show where it already stands on a request.
  const matches = useQuery({
    queryKey: ['matches', 'supplier', supplierId],
    queryFn: () => call(api.GET('/api/v1/matches', { params: { query: { supplierId, limit: 100 } } })),
    select: (list) => new Map(list.items.map((match) => [match.sourcingRequest.id, match])),
  });
  if (!list.data) return <QueryStatus query={list} />;
  const total = list.data.pages[0].total;
  if (total === 0) {
    return (
      <Paper withBorder p="md">
        <Stack gap="xs" align="flex-start">
          <Text>{t('owner.opportunities.none')}</Text>
          <Anchor component={Link} to="/owner/gaps">
            {t('owner.opportunities.seeGaps')}
          </Anchor>
        </Stack>
      </Paper>
    );
  }
  return (
    <>
      <Text>{t('owner.opportunities.count', { count: total })}</Text>
      {list.data.pages
        .flatMap((page) => page.items)
        .map((opportunity) => (
          <OpportunityCard
            key={opportunity.sourcingRequest.id}
            supplierId={supplierId}
            opportunity={opportunity}
            match={matches.data?.get(opportunity.sourcingRequest.id)}
          />
        ))}
      {list.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('owner.loadMore')}
        </Button>
      )}
    </>
  );
}

function OpportunityCard({
  supplierId,
  opportunity,
  match,
}: {
  supplierId: string;
  opportunity: Opportunity;
  match: Match | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { sourcingRequest: summary } = opportunity;
  const categories = useTaxonomy('part-categories');
  const category = useMemo(
    () => categories.data?.find((c) => c.code === summary.partCategory)?.name,
    [categories.data, summary.partCategory],
  );
  // The due date and volume are on the request itself, which owners may read while it is open.
  const request = useQuery({
    queryKey: ['sourcing-request', summary.id],
    queryFn: () => call(api.GET('/api/v1/sourcing-requests/{id}', { params: { path: { id: summary.id } } })),
  });
  const details = request.data;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`opportunity-${summary.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={2} size="h4" id={`opportunity-${summary.id}`}>
              {summary.title}
            </Title>
            <Text size="sm" c="dimmed">
              {summary.buyerName}
              {category && ` · ${category}`}
            </Text>
          </div>
          <Badge size="lg" variant="light">
            {t('owner.opportunities.score', { score: format.number(opportunity.score, 1) })}
          </Badge>
        </Group>
        <Group gap="md">
          {opportunity.distanceKm !== null && (
            <Text size="sm">{t('owner.opportunities.distance', { km: format.km(opportunity.distanceKm) })}</Text>
          )}
          {details && (
            <Text size="sm">
              {t('owner.opportunities.volume', {
                volume: format.number(details.annualVolume),
                unit: t(`owner.units.${details.unit}`),
              })}
            </Text>
          )}
          {details?.dueDate && (
            <Text size="sm" fw={500}>
              {t('owner.opportunities.due', { date: format.date(details.dueDate) })}
              {details.businessDaysLeft !== null &&
                ` · ${t('owner.opportunities.businessDaysLeft', { count: details.businessDaysLeft })}`}
            </Text>
          )}
        </Group>
        {details?.description && <Text size="sm">{details.description}</Text>}
        <Text size="sm" fw={500}>
          {t('owner.opportunities.why')}
        </Text>
        <ScoreBreakdown breakdown={opportunity.breakdown} />
        <Interest supplierId={supplierId} requestId={summary.id} match={match} />
      </Stack>
    </Paper>
  );
}

/** "Saya berminat": the owner asks a curator to introduce the firm to the buyer, with a word on why it fits. */
function Interest({
  supplierId,
  requestId,
  match,
}: {
  supplierId: string;
  requestId: string;
  match: Match | undefined;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const ask = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/matches', {
          body: { sourcingRequestId: requestId, supplierId, ...(note.trim() && { note: note.trim() }) },
        }),
      ),
    onSuccess: async () => {
      notify(t('owner.opportunities.asked'));
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });

  if (match) {
    return (
      <Group gap="xs">
        <Badge variant="dot" color="teal">
          {t(`matches.status.${match.status}`)}
        </Badge>
        <Anchor component={Link} to={`/matches?match=${match.id}`} size="sm">
          {t('owner.opportunities.seeMatch')}
        </Anchor>
      </Group>
    );
  }
  if (!open) {
    return (
      <Button w="fit-content" onClick={() => setOpen(true)}>
        {t('owner.opportunities.interested')}
      </Button>
    );
  }
  return (
    <Stack gap="xs">
      <Textarea
        label={t('owner.opportunities.note')}
        description={t('owner.opportunities.noteHint')}
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      {ask.isError && (
        <Alert color="red" role="alert">
          {ask.error.message}
        </Alert>
      )}
      <Group gap="xs">
        <Button loading={ask.isPending} onClick={() => ask.mutate()}>
          {t('owner.opportunities.send')}
        </Button>
        <Button variant="default" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
