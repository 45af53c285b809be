import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { ACTIVE_SERVICE_STATUSES, serviceRequestsKey } from '../services/service-requests';

/*
 * The owner's BBSPJILM service requests, for the gaps and services pages only: kept out of queries.ts, which the
 * owner's home (in the main bundle) imports, so that a first visit does not load TanStack Query's mutations.
 */
/** The firm's service requests still under way, to show against each service the gaps suggest. */
export function useActiveServiceRequests(supplierId: string) {
  return useQuery({
    queryKey: [...serviceRequestsKey, 'of', supplierId, 'active'],
    queryFn: () =>
      call(
        api.GET('/api/v1/service-requests', {
          params: { query: { supplierId, status: ACTIVE_SERVICE_STATUSES, limit: 100 } },
        }),
      ),
  });
}

/** Asks BBSPJILM for a service in one step; the curators' queue and the firm's lists pick it up. */
export function useAskForService(supplierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (serviceCode: string) =>
      call(
        api.POST('/api/v1/suppliers/{id}/service-requests', {
          params: { path: { id: supplierId } },
          body: { serviceCode },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: serviceRequestsKey }),
  });
}
