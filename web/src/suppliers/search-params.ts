import type { paths } from '../api/rantai-api';

/** What GET /suppliers filters and sorts by, as the search page keeps it in its address (shareable). */
export type SupplierQuery = NonNullable<paths['/api/v1/suppliers']['get']['parameters']['query']>;
export type SupplierSort = NonNullable<SupplierQuery['sort']>;

const LISTS = ['process', 'material', 'certification', 'productCategory'] as const;
const SINGLES = ['q', 'regency', 'near'] as const;
const SORTS: SupplierSort[] = ['relevance', 'distance', 'name', 'updated'];

export function queryFromParams(params: URLSearchParams): SupplierQuery {
  const query: SupplierQuery = {};
  for (const key of LISTS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) query[key] = values;
  }
  for (const key of SINGLES) {
    const value = params.get(key)?.trim();
    if (value) query[key] = value;
  }
  if (params.get('verified') === 'true') query.verified = true;
  const radiusKm = Number(params.get('radiusKm'));
  if (query.near && radiusKm > 0) query.radiusKm = radiusKm;
  const sort = SORTS.find((s) => s === params.get('sort'));
  if (sort) query.sort = sort;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) query.page = page;
  return query;
}

export function paramsFromQuery(query: SupplierQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else if (value !== undefined && value !== '' && value !== false) params.set(key, String(value));
  }
  return params;
}

/** The search for suppliers nearest a point (a plant), nearest first. */
export const nearSearch = (point: { lat: number; lng: number }) =>
  `/suppliers?${paramsFromQuery({ near: `${point.lat},${point.lng}`, sort: 'distance' }).toString()}`;

/** How many filters are set (a list counts each of its codes), for the button that shows them on a phone. */
export const filterCount = (query: SupplierQuery): number =>
  LISTS.reduce((count, key) => count + (query[key]?.length ?? 0), 0) +
  (query.regency ? 1 : 0) +
  (query.verified ? 1 : 0) +
  (query.near ? 1 : 0);
