import { useSyncExternalStore } from 'react';
import { session, type User } from './session';

export type Role = User['role'];

/** The signed-in user, re-rendered when the session starts, changes or ends (in any tab). */
export function useUser(): User | null {
  return useSyncExternalStore(session.subscribe, session.user);
}

/** The organisation of a kind this user acts for (owners act for one supplier, buyers for one buyer). */
export function membershipOf(user: User | null, kind: 'supplier' | 'buyer' | 'estate'): string | undefined {
  return user?.memberships.find((m) => m.organizationType === kind)?.organizationId;
}

/** Where each role starts. */
export const HOME: Record<Role, string> = {
  ikm_owner: '/owner',
  oem_buyer: '/buyer',
  estate_manager: '/estates/mine',
  curator: '/curator',
  admin: '/admin/accounts',
};
