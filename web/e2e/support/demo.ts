import { DEMO_PASSWORD } from '../../../src/demo/demo-world';
import { DEMO } from './browser';
import { baseUrl } from './server';

/** An access token for an account, straight from the API (to set up or check state; journeys go through the UI). */
export async function apiToken(email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login of ${email}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A GET on the API as that account, parsed. */
export async function apiGet<T>(token: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The demo request with many ranked candidates, the one the candidate page's screenshots and LCP budget use. */
export const CANDIDATES_DEMO_REQUEST = 'Rumah motor traksi 60 kW';

/** The id of one of the demo buyer's requests (by default the one above): open /buyer/requests/<id>/candidates. */
export async function demoRequestId(title = CANDIDATES_DEMO_REQUEST): Promise<string> {
  const token = await apiToken(DEMO.buyer);
  const list = await apiGet<{ items: { id: string; title: string }[] }>(
    token,
    `/sourcing-requests?q=${encodeURIComponent(title)}&limit=100`,
  );
  const request = list.items.find((item) => item.title === title);
  if (!request) throw new Error(`no demo request titled ${title}`);
  return request.id;
}
