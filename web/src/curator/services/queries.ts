import { queryOptions } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { serviceRequestsKey, type ServiceRequestStatus } from '../../services/service-requests';

export const SERVICE_PAGE_SIZE = 20;

/** One state's requests (of one regency), longest in that state first, as the API sorts them. */
export const serviceQueueQuery = (status: ServiceRequestStatus, regencyCode: string | undefined, page: number) =>
  queryOptions({
    queryKey: [...serviceRequestsKey, 'list', status, regencyCode ?? '', page],
    queryFn: () =>
      call(
        api.GET('/api/v1/service-requests', {
          params: { query: { status: [status], regencyCode, page, limit: SERVICE_PAGE_SIZE } },
        }),
      ),
  });

/** The catalogue, retired services too (curators and admins keep it). */
export const servicesKey = ['services'] as const;
export const catalogueQuery = () =>
  queryOptions({
    queryKey: [...servicesKey, 'all'],
    queryFn: () => call(api.GET('/api/v1/services', { params: { query: { includeRetired: true } } })),
  });

/** One service of the catalogue. */
export const serviceQuery = (code: string) =>
  queryOptions({
    queryKey: [...servicesKey, 'one', code],
    queryFn: () => call(api.GET('/api/v1/services/{code}', { params: { path: { code } } })),
  });

/** A WIB day (YYYY-MM-DD): today by default. */
export const wibDay = (date = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(date);
