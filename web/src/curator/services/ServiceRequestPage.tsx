import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useUser } from '../../auth/use-session';
import { Fact } from '../../components/Fact';
import { QueryStatus } from '../../components/QueryStatus';
import { useRegencyName } from '../../components/RegencySelect';
import { useFormat } from '../../format';
import { serviceRequestQuery } from '../../services/service-requests';
import { ServiceStatusBadge } from '../../services/ServiceStatusBadge';
import { ServiceActions } from './ServiceActions';
import { ScrollTable } from '../../components/ScrollTable';

/** One service request: what was asked, for which firm, its history, and the curator's next step. */
export default function ServiceRequestPage() {
  const { id } = useParams();
  const { t } = useTranslation('staff');
  const user = useUser();
  const format = useFormat();
  const regencyName = useRegencyName();
  const query = useQuery(serviceRequestQuery(id!));
  const request = query.data;
  return (
    <Stack maw={960}>
      <Anchor component={Link} to="/curator/services" size="sm">
        {t('services.request.back')}
      </Anchor>
      {!request ? (
        <QueryStatus query={query} />
      ) : (
        <>
          <Title order={1}>{request.service.name}</Title>
          <Paper withBorder p="md" component="section" aria-labelledby="request-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="request-title">
                {t('services.request.title')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Fact label={t('services.queue.firm')}>
                  <Anchor component={Link} to={`/curator/suppliers/${request.supplier.id}`}>
                    {request.supplier.name}
                  </Anchor>{' '}
                  ({regencyName(request.supplier.regencyCode)})
                </Fact>
                <div>
                  <Text size="xs" c="dimmed">
                    {t('services.queue.status')}
                  </Text>
                  <ServiceStatusBadge status={request.status} />
                </div>
                <Fact label={t('services.request.asked')}>{format.dateTime(request.createdAt)}</Fact>
                <Fact label={t('services.queue.dates')}>
                  {request.startsOn
                    ? t('services.dates', {
                        from: format.date(request.startsOn),
                        to: format.date(request.endsOn ?? request.startsOn),
                      })
                    : '–'}
                </Fact>
                <Fact label={t('services.request.typicalDays')}>
                  {t('services.days', { count: request.service.typicalDays })}
                </Fact>
                <Fact label={t('services.request.fee')}>
                  {request.service.hasFee ? t('services.fee.paid') : t('services.fee.free')}
                </Fact>
              </SimpleGrid>
              {request.note && <Fact label={t('services.request.note')}>{request.note}</Fact>}
            </Stack>
          </Paper>
          {request.evidence && (
            <Paper withBorder p="md" component="section" aria-labelledby="evidence-title">
              <Stack gap="xs">
                <Title order={2} size="h4" id="evidence-title">
                  {t('services.evidence.title')}
                </Title>
                <Text>
                  {request.evidence.name} · {request.evidence.number}
                </Text>
                <Text size="sm">
                  {t('services.evidence.valid', {
                    from: request.evidence.validFrom ? format.date(request.evidence.validFrom) : '–',
                    to: format.date(request.evidence.validUntil),
                  })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('services.evidence.onProfile')}
                </Text>
              </Stack>
            </Paper>
          )}
          {user?.role === 'curator' && <ServiceActions request={request} />}
          <Paper withBorder p="md" component="section" aria-labelledby="history-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="history-title">
                {t('services.history.title')}
              </Title>
              <ScrollTable minWidth={560} label={t('services.history.title')} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('services.history.at')}</Table.Th>
                    <Table.Th>{t('services.history.step')}</Table.Th>
                    <Table.Th>{t('services.history.by')}</Table.Th>
                    <Table.Th>{t('services.history.note')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {request.history.map((event, index) => (
                    <Table.Tr key={index}>
                      <Table.Td>{format.dateTime(event.at)}</Table.Td>
                      <Table.Td>
                        {t(`services.history.type.${event.type}`)}
                        {event.startsOn &&
                          ` (${t('services.dates', {
                            from: format.date(event.startsOn),
                            to: format.date(event.endsOn ?? event.startsOn),
                          })})`}
                      </Table.Td>
                      <Table.Td>{t(`services.history.byWho.${event.by}`)}</Table.Td>
                      <Table.Td>{event.note ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </ScrollTable>
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}
