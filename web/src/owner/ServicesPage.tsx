import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { PageNav } from '../buyer/parts';
import { Fact } from '../components/Fact';
import { notify } from '../components/notify';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import {
  ACTIVE_SERVICE_STATUSES,
  FINISHED_SERVICE_STATUSES,
  serviceRequestsKey,
  type ServiceRequest,
  type ServiceRequestStatus,
} from '../services/service-requests';
import { ServiceStatusBadge } from '../services/ServiceStatusBadge';
import { NeedsProfile } from './NeedsProfile';
import { useMySupplierId, useServiceRequestsOf } from './queries';

const HISTORY_PAGE_SIZE = 10;
/** The firm may call a request off until the work starts (the API's rule). */
const CANCELLABLE: ServiceRequestStatus[] = ['requested', 'scheduled'];

/** The firm's BBSPJILM service requests: those under way, with their dates, and the finished ones. */
export default function ServicesPage() {
  const { t } = useTranslation();
  const supplierId = useMySupplierId();
  return (
    <Stack maw={880}>
      <Title order={1}>{t('owner.services.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('owner.services.intro')}{' '}
        <Anchor component={Link} to="/owner/gaps" inherit underline="always">
          {t('owner.services.toGaps')}
        </Anchor>
      </Text>
      {supplierId ? <ServiceRequests supplierId={supplierId} /> : <NeedsProfile />}
    </Stack>
  );
}

function ServiceRequests({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const active = useServiceRequestsOf(supplierId, ACTIVE_SERVICE_STATUSES);
  const finished = useServiceRequestsOf(supplierId, FINISHED_SERVICE_STATUSES, page, HISTORY_PAGE_SIZE);
  return (
    <>
      <Title order={2} size="h3">
        {t('owner.services.active')}
      </Title>
      {!active.data ? (
        <QueryStatus query={active} />
      ) : active.data.items.length === 0 ? (
        <Text>{t('owner.services.noneActive')}</Text>
      ) : (
        active.data.items.map((request) => <RequestCard key={request.id} request={request} />)
      )}
      <Title order={2} size="h3" mt="md">
        {t('owner.services.finished')}
      </Title>
      {!finished.data ? (
        <QueryStatus query={finished} />
      ) : finished.data.items.length === 0 ? (
        <Text>{t('owner.services.noneFinished')}</Text>
      ) : (
        <>
          {finished.data.items.map((request) => (
            <RequestCard key={request.id} request={request} />
          ))}
          <PageNav page={page} pages={Math.ceil(finished.data.total / HISTORY_PAGE_SIZE)} onChange={setPage} />
        </>
      )}
    </>
  );
}

/** One request: the service, its state since when, the dates, what was recorded, and calling it off. */
function RequestCard({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`service-${request.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={`service-${request.id}`}>
            {request.service.name}
          </Title>
          <ServiceStatusBadge status={request.status} />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <Fact label={t('owner.services.asked')}>{format.date(request.createdAt)}</Fact>
          <Fact label={t('owner.services.since')}>{format.date(request.statusSince)}</Fact>
          <Fact label={request.completedOn ? t('owner.services.completedOn') : t('owner.services.dates')}>
            {request.completedOn
              ? format.date(request.completedOn)
              : request.startsOn
                ? t('owner.services.from', {
                    from: format.date(request.startsOn),
                    to: format.date(request.endsOn ?? request.startsOn),
                  })
                : t('owner.services.notScheduled')}
          </Fact>
        </SimpleGrid>
        {request.note && <Fact label={t('owner.services.note')}>{request.note}</Fact>}
        {request.evidence && (
          <Text size="sm">
            {t('owner.services.evidence', { name: request.evidence.name, number: request.evidence.number })}{' '}
            <Anchor component={Link} to="/owner/certificates" inherit underline="always">
              {t('owner.services.toCertificates')}
            </Anchor>
          </Text>
        )}
        {CANCELLABLE.includes(request.status) && <CancelRequest request={request} />}
      </Stack>
    </Paper>
  );
}

/** Calling a request off asks once more, with room for why (optional for the firm). */
function CancelRequest({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const cancel = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/service-requests/{id}/events', {
          params: { path: { id: request.id } },
          body: { type: 'cancel', expectedVersion: request.version, ...(note.trim() && { note: note.trim() }) },
        }),
      ),
    onSuccess: () => notify(t('owner.services.cancelled', { name: request.service.name })),
    onError: (error) => notify(error.message, 'failed'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: serviceRequestsKey }),
  });
  if (!confirming) {
    return (
      <Group>
        <Button variant="default" size="xs" onClick={() => setConfirming(true)}>
          {t('owner.services.cancel')}
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      <Textarea
        label={t('owner.services.cancelNote')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={2}
      />
      <Group gap="xs">
        <Button color="red" size="xs" loading={cancel.isPending} onClick={() => cancel.mutate()}>
          {t('owner.services.confirmCancel')}
        </Button>
        <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
          {t('owner.services.keep')}
        </Button>
      </Group>
    </Stack>
  );
}
