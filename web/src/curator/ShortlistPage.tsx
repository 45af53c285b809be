import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { PageNav, RequestStatusBadge, VerificationBadge } from '../buyer/parts';
import { CANDIDATES_PAGE_SIZE as PAGE_SIZE, candidatesQuery, requestKey, useSourcingRequest } from '../buyer/queries';
import { notify } from '../components/notify';
import { QueryStatus } from '../components/QueryStatus';
import { ScoreBreakdown } from '../components/ScoreBreakdown';
import { useFormat } from '../format';
import type { MatchStatus } from '../matches/match-rules';
import { MatchStatusBadge } from '../matches/MatchStatusBadge';

type Candidate = Schemas['CandidateDto'];

/** A request's ranked candidates, as the buyer's list ranks and explains them, each shortlisted in one click. */
export default function ShortlistPage() {
  const { t } = useTranslation('staff');
  const { id } = useParams() as { id: string };
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page')) || 1;
  const request = useSourcingRequest(id);
  const candidates = useQuery({ ...candidatesQuery(id, page), placeholderData: keepPreviousData });
  const open = request.data?.status === 'open';

  return (
    <Stack maw={880}>
      <Anchor component={Link} to="/curator/requests" size="sm">
        {t('curator.shortlist.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('curator.shortlist.title')}</Title>
        {request.data && (
          <>
            <Group gap="xs">
              <Text fw={500}>{request.data.title}</Text>
              <RequestStatusBadge status={request.data.status} />
            </Group>
            <Text size="sm">{request.data.buyerName}</Text>
          </>
        )}
      </Stack>
      <QueryStatus query={candidates} />
      {candidates.data && (
        <>
          <Text size="sm">
            {t('requests.candidates.summary', {
              count: candidates.data.eligible,
              evaluated: candidates.data.evaluated,
            })}
          </Text>
          {request.data && !open && <Text fw={500}>{t('curator.shortlist.notOpen')}</Text>}
          {candidates.data.items.length === 0 && <Text>{t('requests.candidates.none')}</Text>}
          {candidates.data.items.map((candidate, index) => (
            <CandidateRow
              key={candidate.supplier.id}
              requestId={id}
              candidate={candidate}
              rank={(page - 1) * PAGE_SIZE + index + 1}
              canShortlist={open}
            />
          ))}
          <PageNav
            page={page}
            pages={Math.ceil(candidates.data.eligible / PAGE_SIZE)}
            onChange={(next) => setParams({ page: String(next) })}
          />
        </>
      )}
    </Stack>
  );
}

/**
 * One ranked candidate as a curator weighs it: rank, name (to its review), regency, verification, score with its
 * breakdown on demand, and its match or the shortlist button. Leaner than the buyer's card, and not that card: the
 * buyer's candidate list sits in the main bundle (it has a load-time budget), and a curator chunk importing it
 * makes the bundler split the main bundle's shared modules into more files for every first visit.
 */
function CandidateRow(props: { requestId: string; candidate: Candidate; rank: number; canShortlist: boolean }) {
  const { requestId, candidate, rank, canShortlist } = props;
  const { t } = useTranslation('staff');
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const { supplier, match } = candidate;
  const breakdownId = `breakdown-${supplier.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-label={supplier.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {t('requests.candidates.rank', { rank })}
          </Text>
          <Anchor component={Link} to={`/curator/suppliers/${supplier.id}`} fw={600}>
            {supplier.name}
          </Anchor>
          <Group gap="xs">
            <Text size="sm">{supplier.regencyName}</Text>
            <VerificationBadge verification={supplier.verification} />
          </Group>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          <Text fw={700} size="lg" lh={1.1}>
            {t('curator.shortlist.score', { score: format.number(candidate.score, 1) })}
          </Text>
          {match ? (
            // The API types a candidate's match state as a string; it is one of the match states.
            <MatchStatusBadge status={match.status as MatchStatus} />
          ) : (
            canShortlist && <ShortlistButton requestId={requestId} supplier={supplier} />
          )}
        </Stack>
      </Group>
      <Button
        variant="subtle"
        size="compact-xs"
        px={0}
        mt={4}
        aria-expanded={open}
        aria-controls={breakdownId}
        onClick={() => setOpen((was) => !was)}
      >
        {open ? t('requests.candidates.hideBreakdown') : t('requests.candidates.showBreakdown')}
      </Button>
      {open && (
        <div id={breakdownId}>
          <ScoreBreakdown breakdown={candidate.breakdown} />
        </div>
      )}
    </Paper>
  );
}

/** Shortlists the candidate: the match begins, with its score as it is now, and waits for the introduction. */
function ShortlistButton({ requestId, supplier }: { requestId: string; supplier: Schemas['CandidateSupplierDto'] }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const shortlist = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/matches', { body: { sourcingRequestId: requestId, supplierId: supplier.id } })),
    onSuccess: () => notify(t('curator.shortlist.done', { name: supplier.name })),
    onError: (error) => notify(error.message, 'failed'),
    // The card then shows the match; the queues and the board have it too.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...requestKey(requestId), 'candidates'] }),
        queryClient.invalidateQueries({ queryKey: ['matches'] }),
      ]),
  });
  return (
    <Button
      size="xs"
      loading={shortlist.isPending}
      onClick={() => shortlist.mutate()}
      aria-label={t('curator.shortlist.shortlistNamed', { name: supplier.name })}
    >
      {t('curator.shortlist.shortlist')}
    </Button>
  );
}
