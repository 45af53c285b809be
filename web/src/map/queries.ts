import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { paths } from '../api/rantai-api';
import type { SupplierQuery } from '../suppliers/search-params';

/** What GET /suppliers/points filters by: the search's words and filters, without its order and pages. */
export type PointFilters = NonNullable<paths['/api/v1/suppliers/points']['get']['parameters']['query']>;
export type PlantFilters = NonNullable<paths['/api/v1/buyers/plants']['get']['parameters']['query']>;

/** The search page's query as the map's (which draws every match, not a page of them). */
export function pointFilters(query: SupplierQuery): PointFilters {
  const { page, sort, limit, exact, ...filters } = query;
  return filters;
}

/** `near=lat,lng` with its radius, as a point to centre a map on. */
export function focusOf(query: Pick<SupplierQuery, 'near' | 'radiusKm'>) {
  const [lat, lng] = query.near?.split(',').map(Number) ?? [];
  return query.near && Number.isFinite(lat) && Number.isFinite(lng)
    ? { lat, lng, radiusKm: query.radiusKm }
    : undefined;
}

/** Every supplier the filters find, as points (up to the API's 50,000). */
export const supplierPointsQuery = (filters: PointFilters) =>
  queryOptions({
    queryKey: ['map', 'suppliers', filters],
    queryFn: () => call(api.GET('/api/v1/suppliers/points', { params: { query: filters } })),
    staleTime: 60_000,
  });

/** The buyers' plants this user may see (GET /buyers/plants says which). */
export const plantPointsQuery = (filters: PlantFilters = {}) =>
  queryOptions({
    queryKey: ['map', 'plants', filters],
    queryFn: () => call(api.GET('/api/v1/buyers/plants', { params: { query: filters } })),
    staleTime: 60_000,
  });
