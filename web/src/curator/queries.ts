import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { MatchStatus } from '../matches/match-rules';

/**
 * The curator's queues of profiles and certificates; invalidate after a verdict or a merge. The match queues
 * live under `matches`, which every match event (MatchCard) refreshes.
 */
export const curatorKey = ['curator'] as const;

export const QUEUE_SIZE = 10;

/** Profiles waiting for a verdict, longest waiting first. */
export const supplierQueueQuery = (page: number) =>
  queryOptions({
    queryKey: [...curatorKey, 'supplier-queue', page],
    queryFn: () =>
      call(api.GET('/api/v1/suppliers/verification-queue', { params: { query: { page, limit: QUEUE_SIZE } } })),
  });

/** Declared certificates still valid, longest waiting first. */
export const certificateQueueQuery = (page: number) =>
  queryOptions({
    queryKey: [...curatorKey, 'certificate-queue', page],
    queryFn: () =>
      call(api.GET('/api/v1/certifications/verification-queue', { params: { query: { page, limit: QUEUE_SIZE } } })),
  });

/** Requests for introduction from either side, oldest first. */
export const requestedMatchesQuery = (page: number) =>
  queryOptions({
    queryKey: ['matches', 'curator-requested', page],
    queryFn: () =>
      call(
        api.GET('/api/v1/matches', {
          params: { query: { status: ['requested'], sort: 'oldest', page, limit: QUEUE_SIZE } },
        }),
      ),
  });

/** Where a curator or a side still has something to do; requests have their own queue. */
export const MOVING: MatchStatus[] = ['shortlisted', 'introduced', 'engaged'];

/** Moving matches that have sat in their stage at least `days`, longest first. */
export const stalledMatchesQuery = (days: number, page: number) =>
  queryOptions({
    queryKey: ['matches', 'curator-stalled', days, page],
    queryFn: () =>
      call(
        api.GET('/api/v1/matches', {
          params: { query: { status: MOVING, stalledDays: days, sort: 'stalest', page, limit: QUEUE_SIZE } },
        }),
      ),
  });
