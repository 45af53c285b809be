import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCertificationTypes } from '../api/reference';
import { useRegencyName } from '../components/RegencySelect';
import { daysSince, useFormat } from '../format';
import { MatchCard } from '../matches/MatchCard';
import {
  certificateQueueQuery,
  QUEUE_SIZE,
  requestedMatchesQuery,
  stalledMatchesQuery,
  supplierQueueQuery,
} from './queries';
import { QueueSection } from './QueueSection';
import { SERVICE_PAGE_SIZE, serviceQueueQuery } from './services/queries';
import { ScanList } from './ScanList';
import { SourceBadge } from './SourceBadge';

const pages = (total: number | undefined) => Math.ceil((total ?? 0) / QUEUE_SIZE);

/** The curator's home: what waits for them, longest waiting first. */
export default function CuratorHomePage() {
  const { t } = useTranslation('staff');
  return (
    <Stack maw={1100}>
      <Title order={1}>{t('curator.home.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('curator.home.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <SupplierQueue />
        <CertificateQueue />
      </SimpleGrid>
      <RequestedMatches />
      <StalledMatches />
      <RequestedServices />
    </Stack>
  );
}

/** "Menunggu 3 hari (sejak 27 Nov 2026)". */
function Waited({ since }: { since: string }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  return (
    <Text size="sm" c="dimmed">
      {t('curator.waited', { count: daysSince(since), date: format.date(since) })}
    </Text>
  );
}

function SupplierQueue() {
  const { t } = useTranslation('staff');
  const regencyName = useRegencyName();
  const [page, setPage] = useState(1);
  const queue = useQuery(supplierQueueQuery(page));
  return (
    <QueueSection
      title={t('curator.home.suppliers')}
      total={queue.data?.total}
      query={queue}
      empty={t('curator.home.suppliersEmpty')}
      page={page}
      pages={pages(queue.data?.total)}
      onPage={setPage}
      controls={
        queue.data && (
          <Text size="sm">
            {t('curator.home.bySource', {
              self: queue.data.bySource.self_registered,
              imported: queue.data.bySource.imported,
            })}
          </Text>
        )
      }
    >
      {queue.data?.items.map((item) => (
        <Stack key={item.id} gap={2}>
          <Anchor component={Link} to={`/curator/suppliers/${item.id}`} fw={600}>
            {item.name}
          </Anchor>
          <Group gap="xs">
            <Text size="sm">{regencyName(item.regencyCode)}</Text>
            <SourceBadge source={item.source} />
            <Waited since={item.waitingSince} />
          </Group>
          {item.changedClaims.length > 0 && (
            <Text size="sm" c="orange.9">
              {t('curator.changedClaims', {
                claims: item.changedClaims.map((claim) => t(`curator.claims.${claim}`, claim)).join(', '),
              })}
            </Text>
          )}
        </Stack>
      ))}
    </QueueSection>
  );
}

function CertificateQueue() {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const types = useCertificationTypes();
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<string>();
  const queue = useQuery(certificateQueueQuery(page));
  return (
    <QueueSection
      title={t('curator.home.certificates')}
      total={queue.data?.total}
      query={queue}
      empty={t('curator.home.certificatesEmpty')}
      page={page}
      pages={pages(queue.data?.total)}
      onPage={setPage}
    >
      {queue.data?.items.map((item) => {
        const name = types.data?.find((type) => type.code === item.code)?.name ?? item.code;
        const scansId = `scans-${item.id}`;
        return (
          <Stack key={item.id} gap={2}>
            <Text fw={600}>{name}</Text>
            <Text size="sm">
              {t('curator.certificate.numberBy', { number: item.number, issuer: item.issuer })} ·{' '}
              {t('curator.certificate.validUntil', { date: format.date(item.validUntil) })}
            </Text>
            <Group gap="xs">
              <Anchor component={Link} to={`/curator/suppliers/${item.supplier.id}`} size="sm">
                {item.supplier.name}
              </Anchor>
              <Waited since={item.waitingSince} />
            </Group>
            <Button
              size="compact-sm"
              variant="subtle"
              w="fit-content"
              px={0}
              aria-expanded={opened === item.id}
              aria-controls={scansId}
              onClick={() => setOpened(opened === item.id ? undefined : item.id)}
            >
              {t(opened === item.id ? 'curator.scans.hide' : 'curator.scans.show')}
            </Button>
            {opened === item.id && (
              <div id={scansId}>
                <ScanList supplierId={item.supplier.id} certificationId={item.id} />
              </div>
            )}
          </Stack>
        );
      })}
    </QueueSection>
  );
}

function RequestedMatches() {
  const { t } = useTranslation('staff');
  const [page, setPage] = useState(1);
  const queue = useQuery(requestedMatchesQuery(page));
  return (
    <QueueSection
      title={t('curator.home.requested')}
      total={queue.data?.total}
      query={queue}
      empty={t('curator.home.requestedEmpty')}
      page={page}
      pages={pages(queue.data?.total)}
      onPage={setPage}
    >
      {queue.data?.items.map((match) => (
        <MatchCard key={match.id} match={match} viewer="curator" />
      ))}
    </QueueSection>
  );
}

/** How long a match may sit in a stage before it shows here; 0 shows every moving match. */
const STALLED_DAYS = [0, 7, 14, 30];
const DEFAULT_STALLED_DAYS = 14;

function StalledMatches() {
  const { t } = useTranslation('staff');
  const [params, setParams] = useSearchParams();
  const days = Number(params.get('stalledDays') ?? DEFAULT_STALLED_DAYS);
  const [page, setPage] = useState(1);
  const queue = useQuery(stalledMatchesQuery(STALLED_DAYS.includes(days) ? days : DEFAULT_STALLED_DAYS, page));
  return (
    <QueueSection
      title={t('curator.home.stalled')}
      total={queue.data?.total}
      query={queue}
      empty={t('curator.home.stalledEmpty')}
      page={page}
      pages={pages(queue.data?.total)}
      onPage={setPage}
      controls={
        <NativeSelect
          label={t('curator.home.stalledFor')}
          maw={320}
          value={String(days)}
          onChange={(event) => {
            setPage(1);
            setParams({ stalledDays: event.currentTarget.value }, { replace: true });
          }}
          data={STALLED_DAYS.map((value) => ({
            value: String(value),
            label: value === 0 ? t('curator.home.stalledAll') : t('curator.home.stalledDays', { count: value }),
          }))}
        />
      }
    >
      {queue.data?.items.map((match) => (
        <MatchCard key={match.id} match={match} viewer="curator" />
      ))}
    </QueueSection>
  );
}

/** BBSPJILM service requests waiting to be scheduled, longest waiting first; the whole queue has its own page. */
function RequestedServices() {
  const { t } = useTranslation('staff');
  const regencyName = useRegencyName();
  const [page, setPage] = useState(1);
  const queue = useQuery(serviceQueueQuery('requested', undefined, page));
  return (
    <QueueSection
      title={t('services.home.title')}
      total={queue.data?.total}
      query={queue}
      empty={t('services.queue.empty')}
      page={page}
      pages={Math.ceil((queue.data?.total ?? 0) / SERVICE_PAGE_SIZE)}
      onPage={setPage}
      controls={
        <Anchor component={Link} to="/curator/services" size="sm">
          {t('services.home.all')}
        </Anchor>
      }
    >
      {queue.data?.items.map((item) => (
        <Stack key={item.id} gap={2}>
          <Anchor component={Link} to={`/curator/services/${item.id}`} fw={600}>
            {item.service.name}
          </Anchor>
          <Text size="sm">
            {item.supplier.name} · {regencyName(item.supplier.regencyCode)}
          </Text>
          <Waited since={item.statusSince} />
        </Stack>
      ))}
    </QueueSection>
  );
}
