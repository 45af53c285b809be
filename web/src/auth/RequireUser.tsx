import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useUser, type Role } from './use-session';

/** Pages behind sign-in: without a session, off to the sign-in page and back here afterwards. */
export function RequireUser({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const user = useUser();
  const location = useLocation();
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (roles && !roles.includes(user.role)) return <Navigate to="/" replace />;
  return children;
}
