export const ROLES = ['ikm_owner', 'oem_buyer', 'estate_manager', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** Staff: BBSPJILM curators and Rantai's admins, created by admins; they read across organisations. */
export const STAFF_ROLES = ['curator', 'admin'] as const;
/** Roles anyone may take by registering; staff roles are created by admins. */
export const SELF_REGISTERED_ROLES = ['ikm_owner', 'oem_buyer', 'estate_manager'] as const;

/** The signed-in user as guards and services see it. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
}
