import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { SupplierQuery } from './search-params';

export const SEARCH_PAGE_SIZE = 20;

/**
 * A search and a profile; the options also serve the routes' prefetch (buyer/routes.tsx), which starts
 * the call while the page's chunk is still on its way.
 */
export const supplierSearchQuery = (query: SupplierQuery) =>
  queryOptions({
    queryKey: ['suppliers', 'search', query],
    queryFn: () => call(api.GET('/api/v1/suppliers', { params: { query: { ...query, limit: SEARCH_PAGE_SIZE } } })),
  });

/** Queries about one supplier's profile; invalidate after changing it. */
export const supplierKey = (id: string) => ['suppliers', id];

export const supplierQuery = (id: string) =>
  queryOptions({
    queryKey: supplierKey(id),
    queryFn: () => call(api.GET('/api/v1/suppliers/{id}', { params: { path: { id } } })),
  });
