import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../api/client';
import { QueryStatus } from '../components/QueryStatus';
import { CERTIFICATES_LINK, wizardLink } from './completeness';
import { NeedsProfile } from './NeedsProfile';
import { useGaps, useMySupplierId } from './queries';

type MissingKind = Schemas['GapMissingDto']['kind'];

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
