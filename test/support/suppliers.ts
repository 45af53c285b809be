import { randomUUID } from 'node:crypto';
import type { TestApp } from './app';
import type { TestUser } from './accounts';

/** A unique word (letters only, so both text search configurations keep it whole) to find a test's own suppliers. */
export const uniqueWord = () =>
  `zq${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 10)}`;

/** 13 random digits. */
export const randomNib = () => Array.from({ length: 13 }, () => Math.floor(Math.random() * 10)).join('');

/** A valid supplier in Subang; override what a test is about. */
export function supplierBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'CV Logam Jaya Subang',
    nib: randomNib(),
    npwp: '01.234.567.8-901.234',
    kbli: ['24320'],
    sizeClass: 'small',
    description: 'Pengecoran aluminium dan pemesinan CNC untuk komponen sepeda motor listrik.',
    regencyCode: '32.13',
    address: 'Jl. Raya Cipeundeuy No. 12, Pabuaran, Subang',
    processes: ['casting.hpdc', 'machining.cnc_turning'],
    materials: ['aluminium'],
    productCategories: ['ev_motor.housing'],
    monthlyCapacity: { quantity: 20000, unit: 'pcs' },
    employees: 45,
    tkdnPercent: 62.5,
    machines: [{ type: 'Mesin die casting 350 ton', count: 2 }],
    contact: { phone: '+62 812-2345-6789', email: 'marketing@cvlogamjaya.co.id' },
    ...overrides,
  };
}

export async function createSupplier(t: TestApp, owner: TestUser, overrides: Record<string, unknown> = {}) {
  const res = await t.http.post('/api/v1/suppliers').set('Authorization', owner.auth).send(supplierBody(overrides));
  if (res.status !== 201) throw new Error(`createSupplier: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; [key: string]: unknown };
}

export async function addCertification(
  t: TestApp,
  owner: TestUser,
  supplierId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await t.http
    .post(`/api/v1/suppliers/${supplierId}/certifications`)
    .set('Authorization', owner.auth)
    .send({
      code: 'iso_9001',
      number: `QMS-${randomUUID().slice(0, 6)}`,
      issuer: 'Sucofindo',
      validUntil: '2099-12-31',
      ...overrides,
    });
  if (res.status !== 201) throw new Error(`addCertification: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; [key: string]: unknown };
}
