import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../api/client';
import { notify } from '../components/notify';
import { QueryStatus } from '../components/QueryStatus';
import { ACTIVE_SERVICE_STATUSES, type ServiceRequest } from '../services/service-requests';
import { ServiceStatusBadge } from '../services/ServiceStatusBadge';
import { CERTIFICATES_LINK, wizardLink } from './completeness';
import { NeedsProfile } from './NeedsProfile';
import { useAskForService, useGaps, useMySupplierId, useServiceRequestsOf } from './queries';

type MissingKind = Schemas['GapMissingDto']['kind'];
type ServiceRef = Schemas['ServiceRefDto'];

/** Where the owner closes each kind of gap; distance is the workshop's place, only checked there. */
const ACTION_LINK: Record<MissingKind, string> = {
  process: wizardLink('capabilities'),
  material: wizardLink('capabilities'),
  certification: CERTIFICATES_LINK,
  certificate_unverified: CERTIFICATES_LINK,
  distance: wizardLink('location'),
  tkdn: wizardLink('capacity'),
  capacity: wizardLink('capacity'),
};

/** What keeps the firm out of open requests, most valuable first, and what to do about it. */
export default function GapsPage() {
  const { t } = useTranslation();
  const supplierId = useMySupplierId();
  return (
    <Stack maw={880}>
      <Title order={1}>{t('owner.gaps.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('owner.gaps.intro')}
      </Text>
      {supplierId ? <Gaps supplierId={supplierId} /> : <NeedsProfile />}
    </Stack>
  );
}

function Gaps({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const gaps = useGaps(supplierId);
  const active = useServiceRequestsOf(supplierId, ACTIVE_SERVICE_STATUSES);
  const activeByService = new Map(active.data?.items.map((request) => [request.service.code, request]));
  if (!gaps.data) return <QueryStatus query={gaps} />;
  if (gaps.data.items.length === 0) return <Text>{t('owner.gaps.none')}</Text>;
  return (
    <>
      <Text>{t('owner.gaps.blocked', { count: gaps.data.blockedRequests })}</Text>
      {gaps.data.items.map((gap) => (
        <Paper key={gap.sourcingRequestIds.join()} withBorder p="md" component="article">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" gap="xs">
              <Title order={2} size="h4">
                {gap.missing.map((missing) => missing.name).join(' + ')}
              </Title>
              <Badge variant="light" size="lg">
                {t('owner.gaps.opens', { count: gap.requests })}
              </Badge>
            </Group>
            <div>
              <Text size="sm" fw={500}>
                {t('owner.gaps.requests', { count: gap.requests })}
              </Text>
              <List size="sm">
                {gap.sourcingRequests.map((request) => (
                  <List.Item key={request.id}>{request.title}</List.Item>
                ))}
              </List>
            </div>
            <div>
              <Text size="sm" fw={500}>
                {t('owner.gaps.whatToDo')}
              </Text>
              <List size="sm" spacing={4}>
                {gap.missing.map((missing) => (
                  <List.Item key={`${missing.kind}-${missing.code ?? missing.name}`}>
                    {t(`owner.gaps.advice.${missing.kind}`, { name: missing.name })}{' '}
                    <Anchor component={Link} to={ACTION_LINK[missing.kind]} inherit>
                      {t(`owner.gaps.action.${missing.kind}`)}
                    </Anchor>
                    {missing.services.length > 0 && (
                      <ServiceOffers
                        supplierId={supplierId}
                        services={missing.services}
                        activeByService={activeByService}
                      />
                    )}
                  </List.Item>
                ))}
              </List>
            </div>
          </Stack>
        </Paper>
      ))}
    </>
  );
}

/** BBSPJILM's services that close a gap, each asked for in one step, or the state of the request already made. */
function ServiceOffers({
  supplierId,
  services,
  activeByService,
}: {
  supplierId: string;
  services: ServiceRef[];
  activeByService: Map<string, ServiceRequest>;
}) {
  const { t } = useTranslation();
  const ask = useAskForService(supplierId);
  return (
    <Stack gap={6} mt={6} mb="xs">
      <Text size="sm" c="dimmed">
        {t('owner.gaps.services')}
      </Text>
      {services.map((service) => {
        const request = activeByService.get(service.code);
        return (
          <Group key={service.code} gap="xs" wrap="wrap">
            <Text size="sm" fw={500}>
              {service.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t('owner.services.typical', { count: service.typicalDays })} ·{' '}
              {service.hasFee ? t('owner.services.paid') : t('owner.services.free')}
            </Text>
            {request ? (
              <Group gap={6}>
                <ServiceStatusBadge status={request.status} />
                <Anchor component={Link} to="/owner/services" size="sm">
                  {t('owner.services.see')}
                </Anchor>
              </Group>
            ) : (
              <Button
                size="compact-sm"
                variant="light"
                aria-label={t('owner.gaps.askFor', { name: service.name })}
                loading={ask.isPending && ask.variables === service.code}
                onClick={() =>
                  ask.mutate(service.code, {
                    onSuccess: () => notify(t('owner.gaps.asked', { name: service.name })),
                    onError: (error) => notify(error.message, 'failed'),
                  })
                }
              >
                {t('owner.gaps.ask')}
              </Button>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
