import { ROLES, type Role } from './roles';

/**
 * Everything a signed-in user may ask Rantai to do, by name (immich's
 * Permission). Each route names the one it needs (@Allow), and services ask
 * the same map about objects (AccessService.requireAccess): one place says
 * which role may do what.
 */
export enum Permission {
  /** The caller's own account, inbox and memberships. */
  Self = 'self',
  AccountsAdminister = 'accounts.administer',
  MembersRead = 'members.read',
  MembersManage = 'members.manage',
  SupplierCreate = 'supplier.create',
  SupplierRead = 'supplier.read',
  /** A supplier search computed over every match however many (`exact=true`): exports and audits. */
  SupplierSearchExact = 'supplier.search-exact',
  /** Contact and NPWP of any profile. */
  SupplierReadPrivate = 'supplier.read-private',
  /** A supplier's contact, once a match with it exchanged contacts. */
  SupplierReadContact = 'supplier.read-contact',
  SupplierManage = 'supplier.manage',
  SupplierDelete = 'supplier.delete',
  SupplierVerify = 'supplier.verify',
  SupplierMerge = 'supplier.merge',
  SupplierTransfer = 'supplier.transfer',
  SupplierProspects = 'supplier.prospects',
  CertificationManage = 'certification.manage',
  CertificationVerify = 'certification.verify',
  /** Certificate scans and profile photos: upload and delete. Seeing them is seeing the certificate or profile. */
  DocumentManage = 'document.manage',
  /** The evidence a curator attaches when verifying a profile or certificate. */
  EvidenceAttach = 'evidence.attach',
  EstateRead = 'estate.read',
  EstateCreate = 'estate.create',
  EstateUpdate = 'estate.update',
  BuyerCreate = 'buyer.create',
  BuyerList = 'buyer.list',
  BuyerRead = 'buyer.read',
  BuyerUpdate = 'buyer.update',
  /**
   * Buyers' active plants on a map: those in an industrial estate (its tenants, public) for everyone,
   * a buyer's others for its members, and all of them for staff.
   */
  PlantLocations = 'plant.locations',
  RequestCreate = 'request.create',
  RequestRead = 'request.read',
  /** Open requests of every buyer, without their private fields. */
  RequestBrowseOpen = 'request.browse-open',
  RequestUpdate = 'request.update',
  CandidatesRead = 'candidates.read',
  /** A new match: curators shortlist any pair; a member of the request's buyer or of the supplier asks for an introduction. */
  MatchCreate = 'match.create',
  MatchRead = 'match.read',
  MatchAct = 'match.act',
  StatsRead = 'stats.read',
  /** BBSPJILM's service catalogue: add, edit, retire. Reading it is public. */
  CentreServiceManage = 'centre-service.manage',
  /** A firm asks for a service: its members, or a curator on its behalf. */
  ServiceRequestCreate = 'service-request.create',
  ServiceRequestRead = 'service-request.read',
  /** Scheduling, starting, completing (curators); cancelling (curators, or the firm before the work starts). */
  ServiceRequestAct = 'service-request.act',
}

export interface Grant {
  /** Roles that may ask at all; the route's door turns the others away with 403. */
  roles: readonly Role[];
  /** Roles that hold it over every object, not only over their own organisation's. */
  anyObject?: readonly Role[];
  /** For a change: the permission to see the object, which tells "not yours to change" (403) from "not found" (404). */
  seenWith?: Permission;
}

const STAFF = ['curator', 'admin'] as const;

export const PERMISSIONS: Record<Permission, Grant> = {
  [Permission.Self]: { roles: ROLES },
  [Permission.AccountsAdminister]: { roles: ['admin'] },
  [Permission.MembersRead]: { roles: ROLES, anyObject: STAFF },
  [Permission.MembersManage]: { roles: ROLES, anyObject: ['admin'], seenWith: Permission.MembersRead },
  [Permission.SupplierCreate]: { roles: ['ikm_owner'] },
  [Permission.SupplierRead]: { roles: ROLES, anyObject: ROLES },
  [Permission.SupplierSearchExact]: { roles: STAFF },
  [Permission.SupplierReadPrivate]: { roles: ROLES, anyObject: STAFF },
  [Permission.SupplierReadContact]: { roles: ['oem_buyer'] },
  [Permission.SupplierManage]: { roles: ROLES, anyObject: ['curator'], seenWith: Permission.SupplierRead },
  [Permission.SupplierDelete]: { roles: ROLES, anyObject: ['admin'], seenWith: Permission.SupplierRead },
  [Permission.SupplierVerify]: { roles: ['curator'], anyObject: ['curator'] },
  [Permission.SupplierMerge]: { roles: ['curator'], anyObject: ['curator'] },
  [Permission.SupplierTransfer]: { roles: STAFF, anyObject: STAFF },
  [Permission.SupplierProspects]: {
    roles: ['ikm_owner', 'curator'],
    anyObject: ['curator'],
    seenWith: Permission.SupplierRead,
  },
  [Permission.CertificationManage]: { roles: ROLES, seenWith: Permission.SupplierRead },
  [Permission.CertificationVerify]: { roles: ['curator'], anyObject: ['curator'] },
  [Permission.DocumentManage]: { roles: ROLES, anyObject: ['curator'], seenWith: Permission.SupplierRead },
  [Permission.EvidenceAttach]: { roles: ['curator'], anyObject: ['curator'] },
  [Permission.EstateRead]: { roles: ROLES, anyObject: ROLES },
  [Permission.EstateCreate]: { roles: ['estate_manager', ...STAFF] },
  [Permission.EstateUpdate]: { roles: ROLES, anyObject: STAFF, seenWith: Permission.EstateRead },
  [Permission.BuyerCreate]: { roles: ['oem_buyer'] },
  [Permission.BuyerList]: { roles: ['oem_buyer', ...STAFF], anyObject: STAFF },
  [Permission.BuyerRead]: { roles: ROLES, anyObject: STAFF },
  [Permission.BuyerUpdate]: { roles: ROLES, seenWith: Permission.BuyerRead },
  [Permission.PlantLocations]: { roles: ROLES, anyObject: STAFF },
  [Permission.RequestCreate]: { roles: ['oem_buyer'], seenWith: Permission.BuyerRead },
  [Permission.RequestRead]: { roles: ['oem_buyer', 'ikm_owner', ...STAFF], anyObject: STAFF },
  [Permission.RequestBrowseOpen]: { roles: ['ikm_owner'] },
  [Permission.RequestUpdate]: { roles: ['oem_buyer'], seenWith: Permission.RequestRead },
  [Permission.CandidatesRead]: { roles: ['oem_buyer', 'curator'], anyObject: ['curator'] },
  [Permission.MatchCreate]: { roles: ['curator', 'oem_buyer', 'ikm_owner'], anyObject: ['curator'] },
  [Permission.MatchRead]: { roles: ['curator', 'oem_buyer', 'ikm_owner'], anyObject: ['curator'] },
  [Permission.MatchAct]: { roles: ['curator', 'oem_buyer', 'ikm_owner'], anyObject: ['curator'] },
  [Permission.StatsRead]: { roles: STAFF, anyObject: STAFF },
  [Permission.CentreServiceManage]: { roles: STAFF },
  [Permission.ServiceRequestCreate]: {
    roles: ['ikm_owner', 'curator'],
    anyObject: ['curator'],
    seenWith: Permission.SupplierRead,
  },
  [Permission.ServiceRequestRead]: { roles: ['ikm_owner', ...STAFF], anyObject: STAFF },
  [Permission.ServiceRequestAct]: { roles: ['ikm_owner', 'curator'], anyObject: ['curator'] },
};

/** Whether the role may ask for the permission at all. */
export const mayAsk = (role: Role, permission: Permission): boolean => PERMISSIONS[permission].roles.includes(role);

/** Whether the role holds the permission over every object, not only its own organisation's. */
export const overEveryObject = (role: Role, permission: Permission): boolean =>
  PERMISSIONS[permission].anyObject?.includes(role) ?? false;
