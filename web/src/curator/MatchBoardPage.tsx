import { Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { QueryStatus } from '../components/QueryStatus';
import { MatchCard } from '../matches/MatchCard';
import { MATCH_STATUSES, type MatchStatus } from '../matches/match-rules';

const PAGE_SIZE = 20;

/**
 * Every match by state, a tab each with its count: within a state the longest there first, each card with its
 * history and what a curator may do now (introduce, decline with a reason, withdraw, record the outcome).
 */
export default function MatchBoardPage() {
  const { t } = useTranslation('staff');
  const [params, setParams] = useSearchParams();
  const status = (MATCH_STATUSES as string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as MatchStatus)
    : 'requested';
  // One match of each state is enough to learn how many there are.
  const counts = useQueries({
    queries: MATCH_STATUSES.map((s) => ({
      queryKey: ['matches', 'board-count', s],
      queryFn: () => call(api.GET('/api/v1/matches', { params: { query: { status: [s], limit: 1 } } })),
      select: (list: { total: number }) => list.total,
    })),
  });
  return (
    <Stack maw={960}>
      <Title order={1}>{t('curator.board.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('curator.board.intro')}
      </Text>
      <Tabs
        value={status}
        onChange={(value) => value && setParams({ status: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {MATCH_STATUSES.map((s, index) => (
            <Tabs.Tab key={s} value={s}>
              <Group gap={6} wrap="nowrap">
                {t(`matches.status.${s}`)}
                {counts[index].data !== undefined && (
                  <Badge size="sm" variant="light" color={counts[index].data ? 'blue' : 'gray'}>
                    {counts[index].data}
                  </Badge>
                )}
              </Group>
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {MATCH_STATUSES.map((s) => (
          <Tabs.Panel key={s} value={s} pt="md">
            <StateColumn status={s} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function StateColumn({ status }: { status: MatchStatus }) {
  const { t } = useTranslation('staff');
  const list = useInfiniteQuery({
    queryKey: ['matches', 'board', status],
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/matches', {
          params: { query: { status: [status], sort: 'stalest', page: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.limit < last.total ? last.page + 1 : undefined),
  });
  const matches = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      {!list.data && <QueryStatus query={list} />}
      {list.isSuccess && matches.length === 0 && <Text>{t('curator.board.empty')}</Text>}
      {matches.map((match) => (
        <MatchCard key={match.id} match={match} viewer="curator" />
      ))}
      {list.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('matches.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
