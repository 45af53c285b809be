import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type Schemas } from '../api/client';
import type { paths } from '../api/rantai-api';

export type UserQuery = NonNullable<paths['/api/v1/admin/users']['get']['parameters']['query']>;
export type SecurityEventQuery = NonNullable<paths['/api/v1/admin/security-events']['get']['parameters']['query']>;
export type AdminUser = Schemas['AdminUserDto'];
export type Role = AdminUser['role'];
export type StaffRole = Schemas['CreateStaffDto']['role'];
export type SecurityEventType = Schemas['SecurityEventDto']['type'];

/** Rows per page of the admin lists. */
export const PAGE_SIZE = 20;

const USERS = ['admin', 'users'];

/** GET /admin/users: newest first, filtered by role and part of the email or name. */
export function useUsers(query: UserQuery, enabled = true) {
  return useQuery({
    queryKey: [...USERS, query],
    queryFn: () => call(api.GET('/api/v1/admin/users', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSecurityEvents(query: SecurityEventQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'security-events', query],
    queryFn: () => call(api.GET('/api/v1/admin/security-events', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Creates a curator or admin (POST /admin/users); the lists are read again. */
export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateStaffDto']) => call(api.POST('/api/v1/admin/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
}

/** Disables (ending every session at once) or enables an account. */
export function useSetDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, disable }: { id: string; disable: boolean }) =>
      call(
        disable
          ? api.POST('/api/v1/admin/users/{id}/disable', { params: { path: { id } } })
          : api.POST('/api/v1/admin/users/{id}/enable', { params: { path: { id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
}

/** Every role, and the staff roles an admin creates (the API's CreateStaffDto), in the order the menus show them. */
export const ROLES: Role[] = ['curator', 'admin', 'estate_manager', 'oem_buyer', 'ikm_owner'];
export const STAFF_ROLES: StaffRole[] = ['curator', 'admin'];

/** Every type of security event; a Record so that a type the API adds breaks the type check here. */
const EVENT_TYPES: Record<SecurityEventType, true> = {
  login_succeeded: true,
  login_failed: true,
  login_locked: true,
  logout: true,
  refresh_reuse_detected: true,
  account_created: true,
  account_disabled: true,
  account_enabled: true,
  password_changed: true,
  password_reset_requested: true,
  password_reset: true,
  email_verified: true,
  membership_added: true,
  membership_removed: true,
};
export const SECURITY_EVENT_TYPES = Object.keys(EVENT_TYPES) as SecurityEventType[];
