import { Anchor, Badge, Box, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { useUser } from '../auth/use-session';
import { QueryStatus } from '../components/QueryStatus';
import { useUnreadCount } from '../notifications/unread';
import { completeness, isOwnPoint } from './completeness';
import { NeedsProfile } from './NeedsProfile';
import { opportunitiesKey, useGaps, useMySupplierId, useRegencyCentroid, useSupplier } from './queries';

/**
 * The owner's landing page, kept light for a mid-range phone on a mobile network: how complete the
 * profile is and what would make it stronger, and what waits for them elsewhere, as links.
 */
export default function OwnerHomePage() {
  const { t } = useTranslation();
  const user = useUser()!;
  const supplierId = useMySupplierId();
  return (
    <Stack maw={880}>
      <Title order={1}>{t('owner.home.title', { name: user.fullName })}</Title>
      {supplierId ? (
        <>
          <ProfileStrength supplierId={supplierId} />
          <WhatWaits supplierId={supplierId} />
        </>
      ) : (
        <>
          <Text>{t('owner.home.intro')}</Text>
          <NeedsProfile />
        </>
      )}
    </Stack>
  );
}

const VERIFICATION_COLOR = { verified: 'green', unverified: 'gray', rejected: 'red' } as const;

function ProfileStrength({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const supplier = useSupplier(supplierId);
  const centroid = useRegencyCentroid(supplier.data?.regencyCode);
  if (!supplier.data || !centroid.isSuccess) return <QueryStatus query={supplier.isError ? supplier : centroid} />;

  const profile = supplier.data;
  const { percent, items } = completeness({ ...profile, exactPoint: isOwnPoint(profile.location, centroid.data) });
  const missing = items.filter((item) => !item.done);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3">
            {profile.name}
          </Title>
          <Badge color={VERIFICATION_COLOR[profile.verification]} variant="dot">
            {t(`owner.verification.${profile.verification}`)}
          </Badge>
        </Group>
        {profile.verification === 'rejected' && profile.verificationReason && (
          <Text size="sm" c="red.8">
            {t('owner.home.rejectedBecause', { reason: profile.verificationReason })}
          </Text>
        )}
        {profile.verification === 'unverified' && (
          <Text size="sm" c="dimmed">
            {t('owner.home.waitingVerification')}
          </Text>
        )}
        <div>
          <Group justify="space-between">
            <Text fw={500}>{t('owner.completeness.label')}</Text>
            <Text fw={700}>{percent} %</Text>
          </Group>
          <Progress value={percent} size="lg" mt={4} aria-label={t('owner.completeness.label')} />
        </div>
        {missing.length > 0 ? (
          <>
            <Text size="sm">{t('owner.completeness.strongerWith')}</Text>
            <Stack gap={6} component="ul" m={0} pl="md">
              {missing.map((item) => (
                <Text component="li" size="sm" key={item.key}>
                  {item.to ? (
                    <Anchor component={Link} to={item.to}>
                      {t(`owner.completeness.items.${item.key}`)}
                    </Anchor>
                  ) : (
                    t(`owner.completeness.items.${item.key}`)
                  )}
                </Text>
              ))}
            </Stack>
          </>
        ) : (
          <Text size="sm">{t('owner.completeness.complete')}</Text>
        )}
        <Anchor component={Link} to="/owner/profile" size="sm">
          {t('owner.home.editProfile')}
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** Four numbers, each a link to the page where the owner acts on it. */
function WhatWaits({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const opportunities = useQuery({
    queryKey: [...opportunitiesKey(supplierId), 'count'],
    queryFn: () =>
      call(
        api.GET('/api/v1/suppliers/{id}/opportunities', {
          params: { path: { id: supplierId }, query: { limit: 1 } },
        }),
      ),
    select: (list) => list.total,
  });
  const gaps = useGaps(supplierId);
  const introductions = useQuery({
    queryKey: ['matches', 'introduced', supplierId],
    queryFn: () =>
      call(
        api.GET('/api/v1/matches', {
          params: { query: { supplierId, status: ['introduced'], limit: 100 } },
        }),
      ),
    select: (list) => list.items.filter((match) => !match.supplierAccepted).length,
  });
  const unread = useUnreadCount();
  const counts = [
    { key: 'opportunities', to: '/owner/opportunities', count: opportunities.data },
    { key: 'gaps', to: '/owner/gaps', count: gaps.data?.blockedRequests },
    { key: 'introductions', to: '/matches', count: introductions.data },
    { key: 'unread', to: '/notifications', count: unread.data },
  ];
  return (
    // A CSS grid (two columns on phones, four from 576 px) rather than SimpleGrid: one chunk less to fetch first.
    <Box
      style={{
        display: 'grid',
        gap: 'var(--mantine-spacing-sm)',
        gridTemplateColumns: 'repeat(auto-fit, minmax(max(130px, calc(25% - var(--mantine-spacing-sm))), 1fr))',
      }}
    >
      {counts.map(({ key, to, count }) => (
        <Paper
          key={key}
          withBorder
          p="sm"
          component={Link}
          to={to}
          style={{ color: 'inherit', textDecoration: 'none' }}
        >
          <Text size="xl" fw={700} c="blue.8">
            {count ?? '…'}
          </Text>
          <Text size="sm">{t(`owner.home.counts.${key}`, { count: count ?? 0 })}</Text>
        </Paper>
      ))}
    </Box>
  );
}
