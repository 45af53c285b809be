import { Navigate, useRoutes, type RouteObject } from 'react-router';
import { adminRoutes } from './admin/routes';
import { HOME, useUser } from './auth/use-session';
import { RequireUser } from './auth/RequireUser';
import { buyerRoutes } from './buyer/routes';
import { curatorRoutes } from './curator/routes';
import { estateRoutes } from './estates/routes';
import { impactRoutes } from './impact/routes';
import { dashboardRoutes } from './dashboard/routes';
import { AppLayout } from './layout/AppLayout';
import { page } from './layout/lazy-page';
import { NotFoundPage } from './layout/NotFoundPage';
import { mapRoutes } from './map/routes';
import { ownerRoutes } from './owner/routes';

function Start() {
  const user = useUser();
  return <Navigate to={user ? HOME[user.role] : '/sign-in'} replace />;
}

/** Pages before sign-in use only the first screens' styles. */
const publicPage = (load: Parameters<typeof page>[0]) => page(load, { fullStyles: false });

/**
 * The app's routes. React Router's declarative mode (BrowserRouter and useRoutes) rather than its data
 * router: 16 kB less JavaScript to download before the first paint, measured; pages load their data themselves.
 */
export const routes: RouteObject[] = [
  { path: '/', element: <Start /> },
  { path: '/sign-in', ...publicPage(() => import('./auth/SignInPage')) },
  { path: '/sign-up', ...publicPage(() => import('./auth/SignUpPage')) },
  { path: '/forgot-password', ...publicPage(() => import('./auth/ForgotPasswordPage')) },
  { path: '/reset-password', ...publicPage(() => import('./auth/ResetPasswordPage')) },
  { path: '/verify-email', ...publicPage(() => import('./auth/VerifyEmailPage')) },
  {
    element: (
      <RequireUser>
        <AppLayout />
      </RequireUser>
    ),
    children: [
      { path: '/account', ...page(() => import('./auth/AccountPage')) },
      ...ownerRoutes,
      ...buyerRoutes,
      ...curatorRoutes,
      ...mapRoutes,
      ...estateRoutes,
      ...dashboardRoutes,
      ...impactRoutes,
      ...adminRoutes,
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];

export function AppRoutes() {
  return useRoutes(routes);
}
