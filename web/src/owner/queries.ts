import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { membershipOf, useUser } from '../auth/use-session';
import { serviceRequestsKey, type ServiceRequestStatus } from '../services/service-requests';
import { supplierQuery } from '../suppliers/queries';

/** Open requests the supplier is eligible for, and what keeps it from the others: both follow from the profile. */
export const opportunitiesKey = (supplierId: string) => ['opportunities', supplierId];
export const gapsKey = (supplierId: string) => ['gaps', supplierId];

/** The supplier the signed-in owner acts for; undefined until they have created their profile. */
export function useMySupplierId(): string | undefined {
  return membershipOf(useUser(), 'supplier');
}

/** The owner's profile, with its certifications and private fields (they are a member). */
export const useSupplier = (id: string) => useQuery(supplierQuery(id));

export function useGaps(supplierId: string) {
  return useQuery({
    queryKey: gapsKey(supplierId),
    queryFn: () => call(api.GET('/api/v1/suppliers/{id}/gaps', { params: { path: { id: supplierId } } })),
  });
}

/**
 * A regency's centroid, which the API stores as the location when none is given: asked for among the
 * regencies of its province only (a few kB), not all of Indonesia's, on the owner's light landing page.
 */
export function useRegencyCentroid(regencyCode: string | undefined) {
  const province = regencyCode?.split('.')[0];
  return useQuery({
    queryKey: ['reference', 'regencies-of', province],
    queryFn: () =>
      call(api.GET('/api/v1/reference/regions', { params: { query: { level: 'regency', parent: province } } })),
    select: (list) => list.items.find((regency) => regency.code === regencyCode),
    enabled: province !== undefined,
    staleTime: Infinity,
  });
}

/** The firm's service requests in some states, longest in their state first (as the API orders them). */
export function useServiceRequestsOf(supplierId: string, status: ServiceRequestStatus[], page = 1, limit = 100) {
  return useQuery({
    queryKey: [...serviceRequestsKey, 'of', supplierId, status.join(), page, limit],
    queryFn: () =>
      call(api.GET('/api/v1/service-requests', { params: { query: { supplierId, status, page, limit } } })),
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
