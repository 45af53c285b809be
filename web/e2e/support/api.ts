import type { components } from '../../src/api/rantai-api';
import { DEMO_PASSWORD } from '../../../src/demo/demo-world';
import { DEMO } from './browser';
import { baseUrl } from './server';

export type Schemas = components['schemas'];

/** Calls the API directly, to set up what other roles do; the journey under test goes through the UI. */
export async function call<T>(
  path: string,
  options: { token?: string; method?: string; body?: unknown } = {},
): Promise<T> {
  const multipart = options.body instanceof FormData;
  const response = await fetch(`${baseUrl()}/api/v1${path}`, {
    method: options.method ?? 'GET',
    headers: {
      ...(options.token && { Authorization: `Bearer ${options.token}` }),
      ...(options.body !== undefined && !multipart && { 'Content-Type': 'application/json' }),
    },
    body:
      options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
  });
  if (!response.ok) throw new Error(`${options.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const login = async (email: string, password = DEMO_PASSWORD) =>
  (await call<Schemas['SignedInDto']>('/auth/login', { method: 'POST', body: { email, password } })).accessToken;

/** Unique per run: NIBs (13 digits) and emails of the accounts the tests create. */
const runId = Date.now();
let serial = 0;
export const uniqueNib = () => String(runId + serial++).padStart(13, '0');
export const uniqueEmail = (name: string) => `${name}.${runId}.${serial++}@bengkel.co.id`;

export const OWNER_PASSWORD = 'bubut-presisi-subang-2026';

/**
 * A new owner with a supplier made through the API, like the demo owner's workshop (so eligible for the
 * same requests) but without its certificates or verification; `changes` leaves things out.
 */
export async function createOwner(changes: Partial<Schemas['CreateSupplierDto']> = {}) {
  const email = uniqueEmail('pemilik');
  const registered = await call<Schemas['SignedInDto']>('/auth/register', {
    method: 'POST',
    body: { email, password: OWNER_PASSWORD, fullName: 'Dadang Suherman', role: 'ikm_owner' },
  });
  const demoToken = await login(DEMO.owner);
  const demoSupplierId = (await call<Schemas['UserDto']>('/auth/me', { token: demoToken })).memberships[0]
    .organizationId;
  const demo = await call<Schemas['SupplierDto']>(`/suppliers/${demoSupplierId}`, { token: demoToken });
  const supplier = await call<Schemas['SupplierDto']>('/suppliers', {
    method: 'POST',
    token: registered.accessToken,
    body: {
      name: `CV Cor Aluminium Kadipaten ${serial++}`,
      nib: uniqueNib(),
      legalForm: 'cv',
      kbli: demo.kbli,
      description: demo.description,
      employees: demo.employees,
      annualTurnoverIdr: demo.annualTurnoverIdr,
      regencyCode: demo.regencyCode,
      address: demo.address,
      location: demo.location,
      processes: demo.processes,
      materials: demo.materials,
      productCategories: demo.productCategories,
      machines: demo.machines,
      monthlyCapacity: demo.monthlyCapacity ?? undefined,
      tkdnPercent: demo.tkdnPercent,
      contact: { email, phone: '0813-2100-4455' },
      ...changes,
    } satisfies Schemas['CreateSupplierDto'],
  });
  return { email, token: registered.accessToken, supplierId: supplier.id, name: supplier.name };
}

/**
 * A new owner's workshop with ISO 9001 declared (which the demo buyer's requests ask for; declared is enough
 * where they do not insist on verified), and one of the demo buyer's open requests it is eligible for.
 */
export async function ownerEligibleForDemoBuyer() {
  const owner = await createOwner();
  await call(`/suppliers/${owner.supplierId}/certifications`, {
    method: 'POST',
    token: owner.token,
    body: { code: 'iso_9001', number: `QMS-${serial++}`, issuer: 'TÜV NORD Indonesia', validUntil: '2028-05-31' },
  });
  const buyerToken = await login(DEMO.buyer);
  const buyerId = (await call<Schemas['UserDto']>('/auth/me', { token: buyerToken })).memberships[0].organizationId;
  const buyer = await call<Schemas['BuyerDto']>(`/buyers/${buyerId}`, { token: buyerToken });
  const opportunities = await call<Schemas['OpportunityListDto']>(
    `/suppliers/${owner.supplierId}/opportunities?limit=100`,
    { token: owner.token },
  );
  const request = opportunities.items.find((o) => o.sourcingRequest.buyerName === buyer.name)!.sourcingRequest;
  return { owner, buyerToken, request };
}
