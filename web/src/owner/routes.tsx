import type { RouteObject } from 'react-router';
import { page } from '../layout/lazy-page';
import OwnerHomePage from './OwnerHomePage';

/** The IKM owner's pages (each a chunk of its own, see routes.tsx), and the inbox and notifications all roles share. */
export const ownerRoutes: RouteObject[] = [
  // The owner's landing page is in the main bundle, made of the first screens' components (styles.ts): on a
  // phone on a mobile network it paints as soon as the app has loaded, with no chunk or stylesheet to wait for.
  { path: '/owner', element: <OwnerHomePage /> },
  { path: '/owner/profile', ...page(() => import('./ProfileWizardPage')) },
  { path: '/owner/certificates', ...page(() => import('./CertificatesPage')) },
  { path: '/owner/opportunities', ...page(() => import('./OpportunitiesPage')) },
  { path: '/owner/gaps', ...page(() => import('./GapsPage')) },
  { path: '/owner/services', ...page(() => import('./ServicesPage')) },
  { path: '/matches', ...page(() => import('../matches/MatchesPage')) },
  { path: '/notifications', ...page(() => import('../notifications/NotificationsPage')) },
];
