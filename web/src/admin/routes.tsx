import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth/RequireUser';
import { page } from '../layout/lazy-page';

/** Admins only; anyone else is sent to their home. */
const adminOnly = (element: ReactNode) => <RequireUser roles={['admin']}>{element}</RequireUser>;

/** The admins' pages, each a chunk of its own (see routes.tsx). */
export const adminRoutes: RouteObject[] = [
  { path: '/admin/accounts', element: adminOnly(page(() => import('./AccountsPage'), { ns: ['staff'] }).element) },
  {
    path: '/admin/security-log',
    element: adminOnly(page(() => import('./SecurityLogPage'), { ns: ['staff'] }).element),
  },
];
