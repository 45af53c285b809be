/**
 * A service request's life, as data (like the match state machine): which
 * event moves which state, and who may send it from which state. Pure, so the
 * rules are read in one place; the service applies them under a row lock.
 *
 *   requested → scheduled (curator; scheduling again moves the dates) → in_progress → done
 *   requested | scheduled | in_progress → cancelled (curator, with a reason);
 *   requested | scheduled → cancelled (the firm, before the work starts)
 */
export const SERVICE_REQUEST_STATUSES = ['requested', 'scheduled', 'in_progress', 'done', 'cancelled'] as const;
export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];
/** Still under way: a firm has at most one of these per service. */
export const ACTIVE_STATUSES: readonly ServiceRequestStatus[] = ['requested', 'scheduled', 'in_progress'];
export const SERVICE_EVENT_TYPES = ['schedule', 'start', 'complete', 'cancel'] as const;
export type ServiceEventType = (typeof SERVICE_EVENT_TYPES)[number];
/** A curator, or a member of the firm. */
export type ServiceActor = 'curator' | 'firm';

const RULES: Record<ServiceEventType, Partial<Record<ServiceActor, ServiceRequestStatus[]>>> = {
  schedule: { curator: ['requested', 'scheduled'] },
  start: { curator: ['scheduled'] },
  complete: { curator: ['in_progress'] },
  cancel: { curator: ['requested', 'scheduled', 'in_progress'], firm: ['requested', 'scheduled'] },
};
const RESULT: Record<ServiceEventType, ServiceRequestStatus> = {
  schedule: 'scheduled',
  start: 'in_progress',
  complete: 'done',
  cancel: 'cancelled',
};

export type ServiceTransition = { ok: true; status: ServiceRequestStatus } | { ok: false; reason: 'role' | 'state' };

/** What an event does to a request in `status`: 'role' (403) when the actor may never send it, 'state' (409) when not now. */
export function serviceTransition(
  status: ServiceRequestStatus,
  type: ServiceEventType,
  actor: ServiceActor,
): ServiceTransition {
  const from = RULES[type][actor];
  if (!from) return { ok: false, reason: 'role' };
  if (!from.includes(status)) return { ok: false, reason: 'state' };
  return { ok: true, status: RESULT[type] };
}

/** A curator cancelling tells the firm why. */
export const needsReason = (type: ServiceEventType, actor: ServiceActor): boolean =>
  type === 'cancel' && actor === 'curator';
