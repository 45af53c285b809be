import type { Role } from '../auth/use-session';

export interface NavItem {
  to: string;
  /** Message key under `nav`. */
  label: string;
}

/** What each role finds in the menu, in the order its work goes. */
export const NAV: Record<Role, NavItem[]> = {
  ikm_owner: [
    { to: '/owner', label: 'ownerHome' },
    { to: '/owner/profile', label: 'profile' },
    { to: '/owner/certificates', label: 'certificates' },
    { to: '/owner/opportunities', label: 'opportunities' },
    { to: '/owner/gaps', label: 'gaps' },
    { to: '/owner/services', label: 'ownerServices' },
    { to: '/matches', label: 'matches' },
    { to: '/notifications', label: 'notifications' },
  ],
  oem_buyer: [
    { to: '/buyer', label: 'buyerHome' },
    { to: '/buyer/company', label: 'company' },
    { to: '/suppliers', label: 'suppliers' },
    { to: '/map', label: 'map' },
    { to: '/matches', label: 'matches' },
    { to: '/notifications', label: 'notifications' },
  ],
  // Their estate first (the page they edit), then what is around it.
  estate_manager: [
    { to: '/estates/mine', label: 'myEstate' },
    { to: '/map', label: 'map' },
    { to: '/suppliers', label: 'suppliers' },
    { to: '/estates', label: 'estates' },
    { to: '/notifications', label: 'notifications' },
  ],
  curator: [
    { to: '/curator', label: 'curatorHome' },
    { to: '/curator/requests', label: 'curatorRequests' },
    { to: '/curator/matches', label: 'curatorMatches' },
    { to: '/curator/services', label: 'curatorServices' },
    { to: '/curator/import', label: 'import' },
    { to: '/suppliers', label: 'suppliers' },
    { to: '/map', label: 'map' },
    { to: '/estates', label: 'estates' },
    { to: '/dashboard', label: 'dashboard' },
    { to: '/impact', label: 'impact' },
    { to: '/notifications', label: 'notifications' },
  ],
  // Admins run accounts, not matches (the API gives them no match to read).
  admin: [
    { to: '/admin/accounts', label: 'adminAccounts' },
    { to: '/admin/security-log', label: 'adminSecurityLog' },
    { to: '/dashboard', label: 'dashboard' },
    { to: '/impact', label: 'impact' },
    { to: '/curator/services/catalogue', label: 'serviceCatalogue' },
    { to: '/suppliers', label: 'suppliers' },
    // The bulk import is for staff: curators and admins.
    { to: '/curator/import', label: 'import' },
    { to: '/map', label: 'map' },
    { to: '/estates', label: 'estates' },
    { to: '/notifications', label: 'notifications' },
  ],
};
