import type { RouteObject } from 'react-router';
import { page } from '../layout/lazy-page';
import { queryFromParams } from '../suppliers/search-params';
import { supplierQuery, supplierSearchQuery } from '../suppliers/queries';
import CandidatesPage from './CandidatesPage';
import { requestQuery } from './queries';

/** The address's query string, for a prefetch (which gets only the path's params). */
const searchParams = () => new URLSearchParams(window.location.search);

/**
 * The OEM buyer's pages, and supplier search and profiles (each a chunk of its own, see routes.tsx).
 * Pages built only from the first screens' components skip Mantine's full stylesheet (`fullStyles: false`);
 * those that can, start their API calls while their chunk loads.
 */
export const buyerRoutes: RouteObject[] = [
  { path: '/buyer', ...page(() => import('./BuyerHomePage'), { fullStyles: false }) },
  { path: '/buyer/company', ...page(() => import('./CompanyPage')) },
  { path: '/buyer/requests/new', ...page(() => import('./RequestPage')) },
  {
    path: '/buyer/requests/:id',
    ...page(() => import('./RequestPage'), {
      prefetch: ({ id }, queryClient) => void queryClient.prefetchQuery(requestQuery(id!)),
    }),
  },
  // The buyer's ranked candidates, Rantai's core page, are in the main bundle: on a slow network the list's
  // data is asked for as soon as the app runs, with no page chunk to wait for first.
  { path: '/buyer/requests/:id/candidates', element: <CandidatesPage /> },
  {
    path: '/suppliers',
    ...page(() => import('../suppliers/SupplierSearchPage'), {
      prefetch: (_, queryClient) =>
        void queryClient.prefetchQuery(supplierSearchQuery(queryFromParams(searchParams()))),
    }),
  },
  {
    path: '/suppliers/:id',
    ...page(() => import('../suppliers/SupplierProfilePage'), {
      fullStyles: false,
      prefetch: ({ id }, queryClient) => void queryClient.prefetchQuery(supplierQuery(id!)),
    }),
  },
];
