import type { Role } from '../auth/roles';

export const ORGANIZATION_TYPES = ['supplier', 'buyer', 'estate'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** Who may be a member of each kind of organisation. */
export const MEMBER_ROLE: Record<OrganizationType, Role> = {
  supplier: 'ikm_owner',
  buyer: 'oem_buyer',
  estate: 'estate_manager',
};
