import { Anchor, Badge, Group, Pagination, Stack, Table, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAddressParams } from '../../components/address-params';
import { QueryStatus } from '../../components/QueryStatus';
import { RegencySelect, useRegencyName } from '../../components/RegencySelect';
import { daysSince, useFormat } from '../../format';
import { SERVICE_STATUSES, type ServiceRequestStatus } from '../../services/service-requests';
import { ServiceStatusBadge } from '../../services/ServiceStatusBadge';
import { SERVICE_PAGE_SIZE, serviceQueueQuery } from './queries';
import { NO_WRAP, ScrollTable } from '../../components/ScrollTable';

/**
 * The curators' queue of BBSPJILM service requests: a tab per state with its count, longest in that state first,
 * one regency or all; state, regency and page are in the address.
 */
export default function ServiceQueuePage() {
  const { t } = useTranslation('staff');
  const [params, update] = useAddressParams();
  const status = (SERVICE_STATUSES as string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as ServiceRequestStatus)
    : 'requested';
  const regencyCode = params.get('regency') || undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  // A page of one is enough to learn how many there are.
  const counts = useQueries({
    queries: SERVICE_STATUSES.map((s) => serviceQueueQuery(s, regencyCode, 1)),
  });
  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('services.queue.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('services.queue.intro')}
          </Text>
        </div>
        <Anchor component={Link} to="/curator/services/catalogue">
          {t('services.catalogue.title')}
        </Anchor>
      </Group>
      <RegencySelect
        label={t('services.queue.regency')}
        placeholder={t('services.queue.allRegencies')}
        clearable
        maw={360}
        value={regencyCode ?? null}
        onChange={(value) => update({ regency: value ?? undefined })}
      />
      <Tabs value={status} onChange={(value) => value && update({ status: value })} keepMounted={false}>
        <Tabs.List>
          {SERVICE_STATUSES.map((s, index) => (
            <Tabs.Tab key={s} value={s}>
              <Group gap={6} wrap="nowrap">
                {t(`serviceStatus.${s}`, { ns: 'translation' })}
                {counts[index].data && (
                  <Badge size="sm" variant="light" color={counts[index].data.total ? 'blue' : 'gray'}>
                    {counts[index].data.total}
                  </Badge>
                )}
              </Group>
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SERVICE_STATUSES.map((s) => (
          <Tabs.Panel key={s} value={s} pt="md">
            <QueueTable status={s} regencyCode={regencyCode} page={page} onPage={(p) => update({ page: String(p) })} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function QueueTable({
  status,
  regencyCode,
  page,
  onPage,
}: {
  status: ServiceRequestStatus;
  regencyCode: string | undefined;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  const regencyName = useRegencyName();
  const list = useQuery(serviceQueueQuery(status, regencyCode, page));
  if (!list.data) return <QueryStatus query={list} />;
  if (list.data.items.length === 0) return <Text>{t('services.queue.empty')}</Text>;
  const pages = Math.ceil(list.data.total / SERVICE_PAGE_SIZE);
  const caption = t('services.queue.tableCaption', { status: t(`serviceStatus.${status}`, { ns: 'translation' }) });
  return (
    <Stack>
      <ScrollTable minWidth={720} label={caption} striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('services.queue.firm')}</Table.Th>
            <Table.Th>{t('services.queue.service')}</Table.Th>
            <Table.Th>{t('services.queue.status')}</Table.Th>
            <Table.Th>{t('services.queue.since')}</Table.Th>
            <Table.Th>{t('services.queue.dates')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('services.queue.open')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.items.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Td>
                <Anchor component={Link} to={`/curator/suppliers/${request.supplier.id}`}>
                  {request.supplier.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {regencyName(request.supplier.regencyCode)}
                </Text>
              </Table.Td>
              <Table.Td>{request.service.name}</Table.Td>
              <Table.Td style={NO_WRAP}>
                <ServiceStatusBadge status={request.status} />
              </Table.Td>
              <Table.Td>
                {t('curator.waited', {
                  count: daysSince(request.statusSince),
                  date: format.date(request.statusSince),
                })}
              </Table.Td>
              <Table.Td>
                {request.completedOn
                  ? t('services.completedOn', { date: format.date(request.completedOn) })
                  : request.startsOn
                    ? t('services.dates', {
                        from: format.date(request.startsOn),
                        to: format.date(request.endsOn ?? request.startsOn),
                      })
                    : '–'}
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/curator/services/${request.id}`}
                  aria-label={`${t('services.queue.open')}: ${request.service.name}, ${request.supplier.name}`}
                >
                  {t('services.queue.open')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {pages > 1 && <Pagination total={pages} value={page} onChange={onPage} />}
    </Stack>
  );
}
