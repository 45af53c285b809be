import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth/RequireUser';
import { page as lazyPage } from '../layout/lazy-page';
import { supplierQuery } from '../suppliers/queries';
import { certificateQueueQuery, requestedMatchesQuery, supplierQueueQuery } from './queries';

/** A console page: it reads the staff's texts (i18n.ts). */
const page: typeof lazyPage = (load, options) => lazyPage(load, { ...options, ns: ['staff'] });

/** Curators and admins (who read the service queue along and keep the catalogue); anyone else is sent home. */
const staffOnly = (route: Pick<RouteObject, 'element'>): Pick<RouteObject, 'element'> => ({
  element: <RequireUser roles={['curator', 'admin']}>{route.element}</RequireUser>,
});

/** The curators' console: work queues, a supplier's review, the match board, shortlisting, and bulk import. */
export const curatorRoutes: RouteObject[] = [
  {
    path: '/curator',
    ...page(() => import('./CuratorHomePage'), {
      prefetch: (_, queryClient) => {
        void queryClient.prefetchQuery(supplierQueueQuery(1));
        void queryClient.prefetchQuery(certificateQueueQuery(1));
        void queryClient.prefetchQuery(requestedMatchesQuery(1));
      },
    }),
  },
  {
    path: '/curator/suppliers/:id',
    ...page(() => import('./SupplierReviewPage'), {
      prefetch: ({ id }, queryClient) => void queryClient.prefetchQuery(supplierQuery(id!)),
    }),
  },
  { path: '/curator/matches', ...page(() => import('./MatchBoardPage')) },
  { path: '/curator/requests', ...page(() => import('./RequestsPage')) },
  { path: '/curator/requests/:id', ...page(() => import('./ShortlistPage')) },
  { path: '/curator/import', ...page(() => import('./ImportPage')) },
  // BBSPJILM's services: the queue of requests, a request with its next step, the catalogue.
  { path: '/curator/services', ...staffOnly(page(() => import('./services/ServiceQueuePage'))) },
  { path: '/curator/services/catalogue', ...staffOnly(page(() => import('./services/CataloguePage'))) },
  { path: '/curator/services/:id', ...staffOnly(page(() => import('./services/ServiceRequestPage'))) },
];
