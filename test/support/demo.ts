import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/demo/demo-world';
import type { TestApp } from './app';

/** Signs in with a demo account; returns the Authorization header value. */
export async function loginDemo(t: TestApp, email: string = DEMO_ACCOUNTS.oem.email): Promise<string> {
  const login = await t.http.post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return `Bearer ${login.body.accessToken}`;
}

export interface DemoCandidates {
  eligible: number;
  items: { supplier: { id: string }; score: number; breakdown: { factor: string; points: number; reason: string }[] }[];
}

/** What oem@demo sees as the candidates of its motor-housing request. */
export async function demoCandidates(t: TestApp, language = 'id'): Promise<DemoCandidates> {
  const auth = await loginDemo(t);
  const requests = await t.http
    .get('/api/v1/sourcing-requests')
    .query({ status: 'open' })
    .set('Authorization', auth)
    .expect(200);
  const housing = requests.body.items.find((r: { title: string }) => r.title === 'Rumah motor traksi 60 kW');
  const res = await t.http
    .get(`/api/v1/sourcing-requests/${housing.id}/candidates`)
    .set('Authorization', auth)
    .set('Accept-Language', language)
    .expect(200);
  return res.body as DemoCandidates;
}
