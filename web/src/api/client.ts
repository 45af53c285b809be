import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './rantai-api';
import { session } from '../auth/session';
import { i18n } from '../i18n';

export type Schemas = components['schemas'];
export type Problem = Schemas['ProblemDto'];

/** A problem detail the API answered (RFC 9457), thrown so that TanStack Query and forms can show it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
}

const PUBLIC_AUTH = new Set(['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/register']);

/**
 * Adds the language and the access token to every call. The token is renewed
 * before it expires (see session.ts); a 401 all the same means the session
 * ended elsewhere (signed out, password changed, account disabled), so it is dropped.
 */
const authentication: Middleware = {
  async onRequest({ request, schemaPath }) {
    request.headers.set('Accept-Language', i18n.language);
    if (PUBLIC_AUTH.has(schemaPath)) return request;
    const token = await session.accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !PUBLIC_AUTH.has(schemaPath)) session.end();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(authentication);

/** The data of a call, or its problem thrown as an ApiError. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
  return data as T;
}

/** `plants[1].location.lat` (the API's field path) as Mantine form's `plants.1.location.lat`. */
export const formPath = (field: string): string => field.replace(/\[(\d+)\]/g, '.$1');
