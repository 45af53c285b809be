import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { membershipOf, useUser } from '../auth/use-session';

/** Query keys of the buyer's data; invalidating `requestsKey` refreshes every list, request and candidate list. */
export const requestsKey = ['sourcing-requests'] as const;
export const requestKey = (id: string) => [...requestsKey, id] as const;
export const buyerKey = (id: string) => ['buyers', id] as const;

/** The company this buyer acts for, if any yet. */
export function useBuyerId(): string | undefined {
  return membershipOf(useUser(), 'buyer');
}

/** A company with its plants (retired ones included). */
export function useBuyer(id: string | undefined) {
  return useQuery({
    queryKey: buyerKey(id ?? ''),
    queryFn: () => call(api.GET('/api/v1/buyers/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

/** A sourcing request; the options also serve its routes' prefetch (routes.tsx), so that both share the cache entry. */
export const requestQuery = (id: string) =>
  queryOptions({
    queryKey: requestKey(id),
    queryFn: () => call(api.GET('/api/v1/sourcing-requests/{id}', { params: { path: { id } } })),
  });

export function useSourcingRequest(id: string | undefined) {
  return useQuery({ ...requestQuery(id ?? ''), enabled: !!id });
}

export const CANDIDATES_PAGE_SIZE = 20;

/** One page of a request's ranked candidates. */
export const candidatesQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: [...requestKey(id), 'candidates', page],
    queryFn: () =>
      call(
        api.GET('/api/v1/sourcing-requests/{id}/candidates', {
          params: { path: { id }, query: { page, limit: CANDIDATES_PAGE_SIZE } },
        }),
      ),
  });

/** The industrial estates (a handful), for naming a plant's estate and picking one. */
export function useEstates() {
  return useQuery({
    queryKey: ['estates', 'all'],
    queryFn: () => call(api.GET('/api/v1/estates', { params: { query: { limit: 100 } } })),
    select: (list) => list.items,
    staleTime: 10 * 60_000,
  });
}
