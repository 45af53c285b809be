import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth/RequireUser';
import { page } from '../layout/lazy-page';

/** The region's impact, for curators and admins: a chunk of its own; its chart shares the dashboard's ECharts chunk. */
export const impactRoutes: RouteObject[] = [
  {
    path: '/impact',
    element: (
      <RequireUser roles={['curator', 'admin']}>
        {page(() => import('./ImpactPage'), { ns: ['staff'] }).element}
      </RequireUser>
    ),
  },
];
