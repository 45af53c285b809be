import type { TestApp } from './app';
import type { TestUser } from './accounts';

/** Subang Smartpolitan's coordinates, as in estates.csv. */
export const SMARTPOLITAN = { lat: -6.48, lng: 107.62 };

/** A valid buyer with one plant at Smartpolitan; override what a test is about. */
export function buyerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'PT Motor Listrik Nusantara',
    kind: 'oem',
    description: 'Produsen sepeda motor listrik.',
    plants: [{ name: 'Pabrik Subang', regencyCode: '32.13', location: SMARTPOLITAN }],
    ...overrides,
  };
}

export interface TestBuyer {
  id: string;
  version: number;
  plants: { id: string; name: string; retiredAt: string | null }[];
}

export async function createBuyer(t: TestApp, owner: TestUser, overrides: Record<string, unknown> = {}) {
  const res = await t.http.post('/api/v1/buyers').set('Authorization', owner.auth).send(buyerBody(overrides));
  if (res.status !== 201) throw new Error(`createBuyer: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TestBuyer;
}

/** A valid draft request for a motor housing, delivered to the buyer's first plant. */
export function requestBody(buyer: TestBuyer, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    buyerId: buyer.id,
    plantId: buyer.plants[0]?.id,
    title: 'Rumah motor BLDC 3 kW',
    description: 'Die casting ADC12 dengan pemesinan CNC.',
    partCategory: 'ev_motor.housing',
    processes: ['casting.hpdc', 'machining.cnc_milling'],
    materials: ['aluminium'],
    requiredCertifications: ['iso_9001'],
    annualVolume: 24000,
    unit: 'pcs',
    maxDistanceKm: 80,
    minTkdnPercent: 40,
    verifiedOnly: false,
    dueDate: '2099-12-31',
    internalNotes: 'Bandingkan dengan harga impor.',
    targetPriceIdr: 185000,
    ...overrides,
  };
}

export interface TestRequest {
  id: string;
  status: string;
  version: number;
  [key: string]: unknown;
}

export async function createRequest(
  t: TestApp,
  owner: TestUser,
  buyer: TestBuyer,
  overrides: Record<string, unknown> = {},
  { publish = false } = {},
): Promise<TestRequest> {
  const res = await t.http
    .post('/api/v1/sourcing-requests')
    .set('Authorization', owner.auth)
    .send(requestBody(buyer, overrides));
  if (res.status !== 201) throw new Error(`createRequest: ${res.status} ${JSON.stringify(res.body)}`);
  if (!publish) return res.body as TestRequest;
  const published = await t.http
    .post(`/api/v1/sourcing-requests/${res.body.id}/publish`)
    .set('Authorization', owner.auth);
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  return published.body as TestRequest;
}
