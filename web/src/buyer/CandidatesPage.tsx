import { Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { downloadFile } from '../components/download-file';
import { ScoreBreakdown } from '../components/ScoreBreakdown';
import type { MatchStatus } from '../matches/match-rules';
import { MatchStatusBadge } from '../matches/MatchStatusBadge';
import { Loading, QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { CANDIDATES_PAGE_SIZE as PAGE_SIZE, candidatesQuery, useSourcingRequest } from './queries';
import { PageNav, RequestStatusBadge, useCapacityText, VerificationBadge } from './parts';
import { Fact } from '../components/Fact';

// Opened by a click: its text area stays off the first load.
const IntroductionRequestForm = lazy(() => import('./IntroductionRequestForm'));

type Candidate = Schemas['CandidateDto'];

/**
 * The suppliers eligible for a request, best first, each score explained factor by factor.
 * Kept quick to show (it has a load-time budget: ≤ 3 s on Fast 3G): a page of plain cards built from what the
 * first load already brings (no Card, Anchor, Alert or Pagination chunks to wait for), the breakdown opened on demand.
 */
export default function CandidatesPage() {
  const { t } = useTranslation();
  const { id } = useParams() as { id: string };
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page')) || 1;
  const request = useSourcingRequest(id);
  const candidates = useQuery({ ...candidatesQuery(id, page), placeholderData: keepPreviousData });
  const [downloading, setDownloading] = useState(false);
  const [downloadProblem, setDownloadProblem] = useState<string>();

  const download = async () => {
    setDownloading(true);
    setDownloadProblem(undefined);
    try {
      await downloadFile(
        api.GET('/api/v1/sourcing-requests/{id}/candidates.xlsx', { params: { path: { id } }, parseAs: 'blob' }),
        'kandidat.xlsx',
      );
    } catch (error) {
      setDownloadProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack maw={880}>
      <Text component={Link} to={`/buyer/requests/${id}`} size="sm" c="blue.8">
        {t('requests.candidates.backToRequest')}
      </Text>
      <Stack gap={4}>
        <Title order={1}>{t('requests.candidates.title')}</Title>
        {request.data && (
          <Group gap="xs">
            <Text fw={500}>{request.data.title}</Text>
            <RequestStatusBadge status={request.data.status} />
          </Group>
        )}
      </Stack>
      <QueryStatus query={candidates} />
      {candidates.data && (
        <>
          <Group justify="space-between" align="center">
            <Text size="sm">
              {t('requests.candidates.summary', {
                count: candidates.data.eligible,
                evaluated: candidates.data.evaluated,
              })}
            </Text>
            {candidates.data.eligible > 0 && (
              <Button variant="light" size="sm" loading={downloading} onClick={() => void download()}>
                {t('requests.candidates.download')}
              </Button>
            )}
          </Group>
          {downloadProblem && (
            <Text size="sm" c="red.8" role="alert">
              {downloadProblem}
            </Text>
          )}
          {request.data?.status === 'draft' && <Text fw={500}>{t('requests.candidates.publishFirst')}</Text>}
          {candidates.data.items.length === 0 && <Text>{t('requests.candidates.none')}</Text>}
          {candidates.data.items.map((candidate, index) => (
            <CandidateCard
              key={candidate.supplier.id}
              requestId={id}
              candidate={candidate}
              rank={(page - 1) * PAGE_SIZE + index + 1}
              canAsk={request.data?.status === 'open'}
              expanded={page === 1 && index === 0}
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

/** A card's frame, as Mantine's Card draws it. */
const CARD_STYLE = {
  border: '1px solid var(--mantine-color-default-border)',
  borderRadius: 'var(--mantine-radius-md)',
} as const;

interface CandidateCardProps {
  requestId: string;
  candidate: Candidate;
  rank: number;
  /** Introductions are asked for open requests only. */
  canAsk: boolean;
  /** Whether the breakdown shows from the start (the best candidate's). */
  expanded: boolean;
}

function CandidateCard({ requestId, candidate, rank, canAsk, expanded }: CandidateCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const capacityText = useCapacityText();
  const [open, setOpen] = useState(expanded);
  const { supplier, match } = candidate;
  const breakdownId = `breakdown-${supplier.id}`;

  return (
    <Box component="article" aria-label={supplier.name} p="md" style={CARD_STYLE}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed">
              {t('requests.candidates.rank', { rank })}
            </Text>
            <Text component={Link} to={`/suppliers/${supplier.id}`} fw={600} c="blue.8">
              {supplier.name}
            </Text>
            <Group gap="xs">
              <Text size="sm">{supplier.regencyName}</Text>
              <VerificationBadge verification={supplier.verification} />
            </Group>
          </Stack>
          <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
            <Text fw={700} size="xl" lh={1.1}>
              {format.number(candidate.score, 1)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('requests.candidates.outOf100')}
            </Text>
          </Stack>
        </Group>
        <Group gap="lg" align="flex-start">
          <Fact label={t('requests.candidates.distance')}>
            {candidate.distanceKm === null ? t('requests.candidates.noPlant') : format.km(candidate.distanceKm)}
          </Fact>
          <Fact label={t('requests.candidates.capacity')}>{capacityText(candidate.monthlyCapacity)}</Fact>
          <Fact label={t('suppliers.tkdn')}>
            {candidate.tkdnPercent === null
              ? t('suppliers.tkdnUnknown')
              : t(candidate.tkdnCertified ? 'suppliers.tkdnCertified' : 'suppliers.tkdnDeclared', {
                  percent: format.percent(candidate.tkdnPercent),
                })}
          </Fact>
        </Group>
        {supplier.certificates.length > 0 && (
          <Group gap={6}>
            {supplier.certificates.map((certificate) => (
              <Badge key={certificate.code} variant="outline" color="gray" tt="none">
                {certificate.verified
                  ? t('suppliers.certificateVerified', { name: certificate.name })
                  : certificate.name}
              </Badge>
            ))}
          </Group>
        )}
        <Group justify="space-between" gap="xs">
          <Button
            variant="subtle"
            size="xs"
            px={0}
            aria-expanded={open}
            aria-controls={breakdownId}
            onClick={() => setOpen((was) => !was)}
          >
            {open ? t('requests.candidates.hideBreakdown') : t('requests.candidates.showBreakdown')}
          </Button>
          {match ? (
            <Group gap="xs">
              {/* The API types a candidate's match state as a string; it is one of the match states. */}
              <MatchStatusBadge status={match.status as MatchStatus} />
              <Text component={Link} to="/matches" size="sm" c="blue.8">
                {t('requests.candidates.toMatches')}
              </Text>
            </Group>
          ) : (
            canAsk && <AskIntroduction requestId={requestId} supplier={supplier} />
          )}
        </Group>
        {open && (
          <div id={breakdownId}>
            <ScoreBreakdown breakdown={candidate.breakdown} />
          </div>
        )}
      </Stack>
    </Box>
  );
}

/** Asks a curator to introduce the buyer to this supplier (status requested): a button, then a short form. */
function AskIntroduction({ requestId, supplier }: { requestId: string; supplier: Candidate['supplier'] }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button
        size="xs"
        onClick={() => setAsking(true)}
        aria-label={t('requests.candidates.askFor', { name: supplier.name })}
      >
        {t('requests.candidates.ask')}
      </Button>
    );
  return (
    <Suspense fallback={<Loading />}>
      <IntroductionRequestForm requestId={requestId} supplier={supplier} onCancel={() => setAsking(false)} />
    </Suspense>
  );
}
