import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../api/client';

/** Every query about estates starts with this key; invalidating it refreshes lists, estates and pickers. */
export const estatesKey = ['estates'] as const;
export const estateKey = (id: string) => [...estatesKey, id] as const;

/** How far around an estate its page looks for suppliers and plants. */
export const NEARBY_KM = 25;
export const ESTATES_PAGE_SIZE = 20;

export const estateListQuery = (q: string, page: number) =>
  queryOptions({
    queryKey: [...estatesKey, 'list', q, page],
    queryFn: () =>
      call(api.GET('/api/v1/estates', { params: { query: { q: q || undefined, page, limit: ESTATES_PAGE_SIZE } } })),
  });

export const estateQuery = (id: string) =>
  queryOptions({
    queryKey: estateKey(id),
    queryFn: () => call(api.GET('/api/v1/estates/{id}', { params: { path: { id } } })),
  });

export const tenantsQuery = (id: string) =>
  queryOptions({
    queryKey: [...estateKey(id), 'tenants'],
    queryFn: () => call(api.GET('/api/v1/estates/{id}/tenants', { params: { path: { id } } })),
  });

/** The suppliers nearest a point, within NEARBY_KM, nearest first: one page of the search. */
export const suppliersNearQuery = (point: { lat: number; lng: number }) =>
  queryOptions({
    queryKey: ['suppliers', 'near', point],
    queryFn: () =>
      call(
        api.GET('/api/v1/suppliers', {
          params: {
            query: { near: `${point.lat},${point.lng}`, radiusKm: NEARBY_KM, sort: 'distance', limit: 10 },
          },
        }),
      ),
  });
