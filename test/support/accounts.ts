import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Role } from '../../src/auth/roles';
import { OrganizationsService } from '../../src/organizations/organizations.service';
import type { OrganizationType } from '../../src/organizations/organization-types';
import type { TestApp } from './app';

export const ADMIN_ENV = { ADMIN_EMAIL: 'admin@test.rantai.id', ADMIN_PASSWORD: 'admin-password-for-tests' };
export const PASSWORD = 'Subang-Cor-2026!';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  accessToken: string;
  refreshToken: string;
  /** `Authorization` header value. */
  auth: string;
}

export const uniqueEmail = (label: string) => `${label.toLowerCase()}-${randomUUID().slice(0, 8)}@test.rantai.id`;

/** Registers a self-service account (ikm_owner, oem_buyer, estate_manager) over HTTP. */
export async function registerUser(t: TestApp, role: Role, label: string = role): Promise<TestUser> {
  const email = uniqueEmail(label);
  const res = await t.http
    .post('/api/v1/auth/register')
    .send({ email, password: PASSWORD, fullName: `Test ${label}`, role })
    .expect(201);
  return toTestUser(res.body.user.id, email, PASSWORD, role, res.body);
}

export function login(t: TestApp, email: string, password: string) {
  return t.http.post('/api/v1/auth/login').send({ email, password });
}

/** The admin bootstrapped from ADMIN_ENV; the app must have been created with it. */
export async function loginAdmin(t: TestApp): Promise<TestUser> {
  const res = await login(t, ADMIN_ENV.ADMIN_EMAIL, ADMIN_ENV.ADMIN_PASSWORD).expect(200);
  const me = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
  return toTestUser(me.body.id, ADMIN_ENV.ADMIN_EMAIL, ADMIN_ENV.ADMIN_PASSWORD, 'admin', res.body);
}

/** A user of any role: self-registered, or created by the admin for curators and admins. */
export async function createUser(t: TestApp, role: Role, label: string = role): Promise<TestUser> {
  if (role !== 'curator' && role !== 'admin') return registerUser(t, role, label);
  const admin = await loginAdmin(t);
  const email = uniqueEmail(label);
  const created = await t.http
    .post('/api/v1/admin/users')
    .set('Authorization', admin.auth)
    .send({ email, password: PASSWORD, fullName: `Test ${label}`, role })
    .expect(201);
  const res = await login(t, email, PASSWORD).expect(200);
  return toTestUser(created.body.id, email, PASSWORD, role, res.body);
}

/**
 * An organisation with the user as founder, made through the service that the
 * supplier, buyer and estate modules use (they do not exist yet as endpoints).
 */
export async function createOrganization(t: TestApp, type: OrganizationType, founder: TestUser): Promise<string> {
  const organizations = t.app.get(OrganizationsService);
  return t.app
    .get(DataSource)
    .transaction((manager) =>
      organizations.create(manager, type, { id: founder.id, email: founder.email, role: founder.role }),
    );
}

function toTestUser(
  id: string,
  email: string,
  password: string,
  role: Role,
  tokens: { accessToken: string; refreshToken: string },
): TestUser {
  return { id, email, password, role, ...tokens, auth: `Bearer ${tokens.accessToken}` };
}
