import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import type { Role } from '../auth/use-session';
import { useUser } from '../auth/use-session';
import { QueryStatus } from '../components/QueryStatus';
import { useFormat } from '../format';
import { unreadNotificationsKey } from './unread';

type Notification = Schemas['NotificationDto'];

const PAGE_SIZE = 20;
const listKey = ['notifications', 'list'];

/** The page a notification is about, for the role reading it; none where the app has no page for it. */
function targetOf({ data }: Notification, role: Role): string | undefined {
  if (data.matchId) return `/matches?match=${data.matchId}`;
  if (role !== 'ikm_owner') return undefined;
  if (data.certificationId) return '/owner/certificates';
  if (data.serviceRequestId) return '/owner/services';
  if (data.sourcingRequestId) return '/owner/opportunities';
  if (data.supplierId) return '/owner';
  return undefined;
}

/** Everything that happened to the user's matches, profile and certificates; unread first. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery({
    queryKey: listKey,
    queryFn: ({ pageParam }) =>
      call(api.GET('/api/v1/notifications', { params: { query: { page: pageParam, limit: PAGE_SIZE } } })),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.limit < last.total ? last.page + 1 : undefined),
  });
  // The menu's unread badge reads its own query: refresh both.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: listKey }),
      queryClient.invalidateQueries({ queryKey: unreadNotificationsKey }),
    ]);
  const markRead = useMutation({
    mutationFn: (id: string) => call(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: refresh,
  });
  const markAll = useMutation({
    mutationFn: () => call(api.POST('/api/v1/notifications/read-all')),
    onSettled: refresh,
  });

  const unread = list.data?.pages[0].unread ?? 0;
  // Unread first, each group newest first as the API answers.
  const items = (list.data?.pages.flatMap((page) => page.items) ?? []).sort(
    (a, b) => Number(a.readAt !== null) - Number(b.readAt !== null),
  );
  return (
    <Stack maw={880}>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('notifications.title')}</Title>
        <Button
          variant="default"
          size="xs"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.markAll')}
        </Button>
      </Group>
      {list.data ? (
        <Text size="sm" c="dimmed">
          {t('notifications.unread', { count: unread })}
        </Text>
      ) : (
        <QueryStatus query={list} />
      )}
      {list.isSuccess && items.length === 0 && <Text>{t('notifications.none')}</Text>}
      {items.map((notification) => (
        <NotificationItem
          key={notification.id}
          notification={notification}
          onRead={() => markRead.mutate(notification.id)}
          marking={markRead.isPending && markRead.variables === notification.id}
        />
      ))}
      {list.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('notifications.loadMore')}
        </Button>
      )}
    </Stack>
  );
}

function NotificationItem({
  notification,
  onRead,
  marking,
}: {
  notification: Notification;
  onRead: () => void;
  marking: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser()!;
  const unread = notification.readAt === null;
  const target = targetOf(notification, user.role);
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={`notification-${notification.id}`}
      bg={unread ? 'blue.0' : undefined}
    >
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={unread ? 700 : 500} id={`notification-${notification.id}`}>
            {notification.title}
          </Text>
          {unread && (
            <Badge size="sm" variant="filled" style={{ flexShrink: 0 }}>
              {t('notifications.new')}
            </Badge>
          )}
        </Group>
        <Text size="sm">{notification.body}</Text>
        <Text size="xs" c="dimmed">
          {format.dateTime(notification.createdAt)}
        </Text>
        <Group gap="md">
          {target && (
            <Anchor component={Link} to={target} size="sm" onClick={unread ? onRead : undefined}>
              {t('notifications.open')}
            </Anchor>
          )}
          {unread && (
            <Button variant="subtle" size="compact-sm" loading={marking} onClick={onRead}>
              {t('notifications.markRead')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
