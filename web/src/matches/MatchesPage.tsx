import { Alert, Anchor, Button, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { useUser } from '../auth/use-session';
import { QueryStatus } from '../components/QueryStatus';
import { MatchCard } from './MatchCard';
import { MATCH_STATUSES, OPEN_STATUSES, viewerOf, type MatchStatus, type Viewer } from './match-rules';

const PAGE_SIZE = 20;
type Filter = 'open' | 'all' | MatchStatus;

/**
 * The introductions inbox every side shares: owners and buyers see their own, curators all of them;
 * each card offers what the viewer may do now. `?match=` shows one (a notification's link).
 */
export default function MatchesPage() {
  const { t } = useTranslation();
  const user = useUser()!;
  const viewer = viewerOf(user.role);
  const [params] = useSearchParams();
  const focus = params.get('match');
  return (
    <Stack maw={880}>
      <Title order={1}>{t('matches.title')}</Title>
      {viewer ? (
        <>
          <Text size="sm" c="dimmed">
            {t(`matches.intro.${viewer}`)}
          </Text>
          {focus ? <OneMatch id={focus} viewer={viewer} /> : <Inbox viewer={viewer} />}
        </>
      ) : (
        <Alert color="gray">{t('matches.notForRole')}</Alert>
      )}
    </Stack>
  );
}

function OneMatch({ id, viewer }: { id: string; viewer: Viewer }) {
  const { t } = useTranslation();
  const match = useQuery({
    queryKey: ['matches', 'one', id],
    queryFn: () => call(api.GET('/api/v1/matches/{id}', { params: { path: { id } } })),
  });
  return (
    <>
      <Anchor component={Link} to="/matches" size="sm">
        {t('matches.all')}
      </Anchor>
      {match.data ? <MatchCard match={match.data} viewer={viewer} /> : <QueryStatus query={match} />}
    </>
  );
}

function Inbox({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = (params.get('status') ?? 'open') as Filter;
  const status = filter === 'open' ? OPEN_STATUSES : filter === 'all' ? undefined : [filter];
  const list = useInfiniteQuery({
    queryKey: ['matches', 'inbox', filter],
    queryFn: ({ pageParam }) =>
      call(api.GET('/api/v1/matches', { params: { query: { status, page: pageParam, limit: PAGE_SIZE } } })),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.limit < last.total ? last.page + 1 : undefined),
  });
  const matches = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <NativeSelect
        label={t('matches.filter')}
        maw={320}
        value={filter}
        onChange={(event) => setParams({ status: event.currentTarget.value }, { replace: true })}
        data={[
          { value: 'open', label: t('matches.filterOpen') },
          { value: 'all', label: t('matches.filterAll') },
          ...MATCH_STATUSES.map((value) => ({ value, label: t(`matches.status.${value}`) })),
        ]}
      />
      {!list.data && <QueryStatus query={list} />}
      {list.isSuccess && matches.length === 0 && <Text>{t(`matches.empty.${viewer}`)}</Text>}
      {matches.map((match) => (
        <MatchCard key={match.id} match={match} viewer={viewer} />
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
    </>
  );
}
