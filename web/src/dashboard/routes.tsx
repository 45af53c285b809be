import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth/RequireUser';
import { page } from '../layout/lazy-page';

/**
 * The curators' and admins' dashboard: a chunk of its own, with the parts of ECharts it draws with.
 * Other roles, whom the API refuses, are sent to their home.
 */
export const dashboardRoutes: RouteObject[] = [
  {
    path: '/dashboard',
    element: (
      <RequireUser roles={['curator', 'admin']}>
        {page(() => import('./DashboardPage'), { ns: ['staff'] }).element}
      </RequireUser>
    ),
  },
];
