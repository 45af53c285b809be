import { createUser, loginAdmin, type TestUser } from './accounts';
import type { TestApp } from './app';
import { createBuyer, type TestBuyer } from './buyers';

/** Everyone a match test needs: both sides and an outsider of each, staff, and the buyer with its plant. */
export interface MatchCast {
  ikm: TestUser;
  otherIkm: TestUser;
  oem: TestUser;
  otherOem: TestUser;
  curator: TestUser;
  estateManager: TestUser;
  admin: TestUser;
  buyer: TestBuyer;
  /** The other buyer account's own company, so that it is a buyer like any other. */
  otherBuyer: TestBuyer;
}

/** The cast of a match test, its account emails tagged with `label`; the app must have ADMIN_ENV. */
export async function createMatchCast(t: TestApp, label: string): Promise<MatchCast> {
  const [ikm, otherIkm, oem, otherOem, curator, estateManager] = await Promise.all([
    createUser(t, 'ikm_owner', `${label}-ikm`),
    createUser(t, 'ikm_owner', `${label}-ikm2`),
    createUser(t, 'oem_buyer', `${label}-oem`),
    createUser(t, 'oem_buyer', `${label}-oem2`),
    createUser(t, 'curator'),
    createUser(t, 'estate_manager'),
  ]);
  const admin = await loginAdmin(t);
  const buyer = await createBuyer(t, oem);
  const otherBuyer = await createBuyer(t, otherOem);
  return { ikm, otherIkm, oem, otherOem, curator, estateManager, admin, buyer, otherBuyer };
}
