import { queryOptions } from '@tanstack/react-query';
import { api, call, type Schemas } from '../api/client';

/** BBSPJILM service requests, as firms and curators both read them. */
export type ServiceRequest = Schemas['ServiceRequestDto'];
export type ServiceRequestStatus = ServiceRequest['status'];

/** Every state, in the order the work goes. */
export const SERVICE_STATUSES: ServiceRequestStatus[] = ['requested', 'scheduled', 'in_progress', 'done', 'cancelled'];
/** Still under way: the API lets a firm have one of these per service. */
export const ACTIVE_SERVICE_STATUSES: ServiceRequestStatus[] = ['requested', 'scheduled', 'in_progress'];
/** Done or called off: the history. */
export const FINISHED_SERVICE_STATUSES: ServiceRequestStatus[] = ['done', 'cancelled'];

/** Every service request read here; invalidate after a step. */
export const serviceRequestsKey = ['service-requests'] as const;

/** A request with its history. */
export const serviceRequestQuery = (id: string) =>
  queryOptions({
    queryKey: [...serviceRequestsKey, 'one', id],
    queryFn: () => call(api.GET('/api/v1/service-requests/{id}', { params: { path: { id } } })),
  });
