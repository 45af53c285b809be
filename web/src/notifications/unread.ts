import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';

export const unreadNotificationsKey = ['notifications', 'unread-count'];

/** How many notifications are unread: the menu's badge asks the same, so both read one cache entry. */
export function useUnreadCount() {
  return useQuery({
    queryKey: unreadNotificationsKey,
    queryFn: () => call(api.GET('/api/v1/notifications', { params: { query: { unread: true, limit: 1 } } })),
    select: (list) => list.unread,
    refetchInterval: 60_000,
  });
}
