import type { TestApp } from './app';
import type { TestUser } from './accounts';

export interface Candidate {
  supplier: { id: string };
  score: number;
  breakdown: { factor: string; weight: number; points: number; reason: string }[];
}

/** Every candidate of a request by supplier id, page by page: a shared server database holds other tests' suppliers too. */
export async function everyCandidate(
  t: TestApp,
  user: TestUser,
  requestId: string,
  language = 'id',
): Promise<Map<string, Candidate>> {
  const found = new Map<string, Candidate>();
  for (let page = 1; ; page++) {
    const res = await t.http
      .get(`/api/v1/sourcing-requests/${requestId}/candidates?limit=100&page=${page}`)
      .set('Authorization', user.auth)
      .set('Accept-Language', language)
      .expect(200);
    for (const c of res.body.items as Candidate[]) found.set(c.supplier.id, c);
    if (page * 100 >= res.body.eligible) return found;
  }
}

/** One factor of a candidate's score. */
export const factorOf = (candidate: Candidate, factor: string) => candidate.breakdown.find((f) => f.factor === factor)!;
