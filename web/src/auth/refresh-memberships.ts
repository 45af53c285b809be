import { api, call } from '../api/client';
import { session } from './session';

/**
 * Creating a supplier or a buyer makes its creator a member; the session's user learns it from the API
 * (memberships are read from the database, not the token).
 */
export async function refreshMemberships(): Promise<void> {
  session.setUser(await call(api.GET('/api/v1/auth/me')));
}
