import { Navigate, type RouteObject } from 'react-router';
import { membershipOf, useUser } from '../auth/use-session';
import { page as lazyPage } from '../layout/lazy-page';
import { estateQuery } from './queries';

/** An estate's pages read the map's and estates' texts (i18n.ts). */
const page: typeof lazyPage = (load, options) => lazyPage(load, { ...options, ns: ['map'] });

/** An estate manager's home: the estate it manages, or the list when it manages none yet. */
function MyEstate() {
  const id = membershipOf(useUser(), 'estate');
  return <Navigate to={id ? `/estates/${id}` : '/estates'} replace />;
}

/** Industrial estates: the list, and each estate's page (edited there by its managers and curators). */
export const estateRoutes: RouteObject[] = [
  { path: '/estates', ...page(() => import('./EstatesPage')) },
  { path: '/estates/mine', element: <MyEstate /> },
  {
    path: '/estates/:id',
    ...page(() => import('./EstatePage'), {
      prefetch: ({ id }, queryClient) => void queryClient.prefetchQuery(estateQuery(id!)),
    }),
  },
];
