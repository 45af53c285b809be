import type { Role } from '../src/auth/roles';
import { ROLES } from '../src/auth/roles';
import { Permission, PERMISSIONS } from '../src/auth/permissions';
import { createTestApp, TestApp } from './support/app';
import { ADMIN_ENV, createOrganization, createUser, TestUser } from './support/accounts';
import { createBuyer, createRequest, requestBody, SMARTPOLITAN, TestBuyer } from './support/buyers';
import { addCertification, createSupplier, uniqueWord } from './support/suppliers';
import { photo, tinyPdf } from './support/documents';

/**
 * The role × endpoint matrix: for every endpoint, what each kind of caller
 * gets. The organisation and supplier belong to the ikm_owner caller, the
 * estate to the estate_manager caller, the buyer and its requests to the
 * oem_buyer caller: their columns show a member's view of their own objects
 * and an outsider's view of the others'.
 * Every new endpoint adds a row here.
 */
type Caller = Role | 'anonymous';
type Expected = Record<Caller, number>;

interface Context {
  t: TestApp;
  users: Record<Role, TestUser>;
  /** An organisation with no profile yet, owned by the ikm_owner caller. */
  organizationId: string;
  /** A supplier profile owned by the ikm_owner caller, with one declared certificate. */
  supplierId: string;
  certificationId: string;
  /** An estate managed by the estate_manager caller. */
  estateId: string;
  /** A buyer of the oem_buyer caller, with one plant and an open request. */
  buyer: TestBuyer;
  openRequestId: string;
  /** A PNG to upload, and one file of each kind already attached to the supplier (and its certificate). */
  png: Buffer;
  files: { scan: string; photo: string; evidence: string; certificationEvidence: string };
}

interface Upload {
  content: Buffer;
  name: string;
}

interface Row {
  route: string;
  /** The path to call; async when each call needs a fresh object (deletes). */
  path: (c: Context) => string | Promise<string>;
  body?: (c: Context) => Record<string, unknown>;
  /** A file sent as the multipart field "file" instead of a JSON body. */
  file?: (c: Context) => Upload;
  expected: Expected;
}

const everyone = (status: number): Expected => ({
  anonymous: status,
  ikm_owner: status,
  oem_buyer: status,
  estate_manager: status,
  curator: status,
  admin: status,
});
const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
const adminOnly = (status: number): Expected => ({ ...signedIn(403), admin: status });
const NO_ONE = '00000000-0000-4000-8000-000000000000';

const ROWS: Row[] = [
  { route: 'GET /health', path: () => '/health', expected: everyone(200) },
  { route: 'GET /api/v1/health', path: () => '/api/v1/health', expected: everyone(200) },
  { route: 'GET /reference/regions', path: () => '/api/v1/reference/regions?parent=32', expected: everyone(200) },
  { route: 'GET /reference/processes', path: () => '/api/v1/reference/processes', expected: everyone(200) },
  { route: 'GET /reference/materials', path: () => '/api/v1/reference/materials', expected: everyone(200) },
  { route: 'GET /reference/part-categories', path: () => '/api/v1/reference/part-categories', expected: everyone(200) },
  { route: 'GET /reference/certifications', path: () => '/api/v1/reference/certifications', expected: everyone(200) },
  { route: 'GET /reference/kbli', path: () => '/api/v1/reference/kbli', expected: everyone(200) },
  { route: 'GET /reference/holidays', path: () => '/api/v1/reference/holidays?year=2026', expected: everyone(200) },
  { route: 'GET /reference/map-settings', path: () => '/api/v1/reference/map-settings', expected: everyone(200) },
  // Public auth routes, called with an invalid body: 400 (not 401) shows that nobody is turned away at the door.
  { route: 'POST /auth/register', path: () => '/api/v1/auth/register', body: () => ({}), expected: everyone(400) },
  { route: 'POST /auth/login', path: () => '/api/v1/auth/login', body: () => ({}), expected: everyone(400) },
  { route: 'POST /auth/refresh', path: () => '/api/v1/auth/refresh', body: () => ({}), expected: everyone(400) },
  {
    route: 'POST /auth/logout',
    path: () => '/api/v1/auth/logout',
    body: () => ({ refreshToken: 'x'.repeat(43) }),
    expected: signedIn(204),
  },
  { route: 'GET /auth/me', path: () => '/api/v1/auth/me', expected: signedIn(200) },
  { route: 'PATCH /auth/me', path: () => '/api/v1/auth/me', body: () => ({}), expected: signedIn(200) },
  {
    route: 'POST /auth/forgot-password',
    path: () => '/api/v1/auth/forgot-password',
    body: () => ({}),
    expected: everyone(400),
  },
  {
    route: 'POST /auth/reset-password',
    path: () => '/api/v1/auth/reset-password',
    body: () => ({}),
    expected: everyone(400),
  },
  {
    route: 'POST /auth/verify-email',
    path: () => '/api/v1/auth/verify-email',
    body: () => ({}),
    expected: everyone(400),
  },
  // Every matrix account is unverified: each gets its mail (202).
  {
    route: 'POST /auth/resend-verification',
    path: () => '/api/v1/auth/resend-verification',
    expected: signedIn(202),
  },
  {
    route: 'POST /auth/password',
    path: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: 'not-the-password', newPassword: 'Another-Password-2026' }),
    expected: signedIn(400),
  },
  { route: 'POST /admin/users', path: () => '/api/v1/admin/users', body: () => ({}), expected: adminOnly(400) },
  { route: 'GET /admin/users', path: () => '/api/v1/admin/users', expected: adminOnly(200) },
  {
    route: 'POST /admin/users/:id/disable',
    path: () => `/api/v1/admin/users/${NO_ONE}/disable`,
    expected: adminOnly(404),
  },
  {
    route: 'POST /admin/users/:id/enable',
    path: () => `/api/v1/admin/users/${NO_ONE}/enable`,
    expected: adminOnly(404),
  },
  { route: 'GET /admin/security-events', path: () => '/api/v1/admin/security-events', expected: adminOnly(200) },
  {
    route: 'GET /organizations/:organizationId/members',
    path: (c) => `/api/v1/organizations/${c.organizationId}/members`,
    expected: { ...signedIn(404), ikm_owner: 200, curator: 200, admin: 200 },
  },
  {
    route: 'POST /organizations/:organizationId/members',
    path: (c) => `/api/v1/organizations/${c.organizationId}/members`,
    body: (c) => ({ email: c.users.oem_buyer.email }), // a buyer cannot join a supplier: 400 for those allowed to try
    expected: { ...signedIn(404), ikm_owner: 400, curator: 403, admin: 400 },
  },
  {
    route: 'DELETE /organizations/:organizationId/members/:userId',
    path: (c) => `/api/v1/organizations/${c.organizationId}/members/${c.users.ikm_owner.id}`,
    expected: { ...signedIn(404), ikm_owner: 409, curator: 403, admin: 409 }, // the last member stays
  },
  // Suppliers: a public directory for signed-in users; members edit, curators verify.
  {
    route: 'POST /suppliers',
    path: () => '/api/v1/suppliers',
    body: () => ({}),
    expected: { ...signedIn(403), ikm_owner: 400 },
  },
  { route: 'GET /suppliers', path: () => '/api/v1/suppliers?limit=1', expected: signedIn(200) },
  // Every role sees the points; which plants each sees is the test of test/map.
  { route: 'GET /suppliers/points', path: () => '/api/v1/suppliers/points?regency=32.13', expected: signedIn(200) },
  {
    route: 'POST /suppliers/imports',
    path: () => '/api/v1/suppliers/imports?dryRun=true', // no file: 400 for those allowed to import
    expected: { ...signedIn(403), curator: 400, admin: 400 },
  },
  {
    route: 'GET /suppliers/export.csv',
    path: () => '/api/v1/suppliers/export.csv',
    expected: { ...signedIn(403), curator: 200, admin: 200 },
  },
  {
    route: 'GET /suppliers/verification-queue',
    path: () => '/api/v1/suppliers/verification-queue',
    expected: { ...signedIn(403), curator: 200 },
  },
  {
    route: 'GET /certifications/verification-queue',
    path: () => '/api/v1/certifications/verification-queue',
    expected: { ...signedIn(403), curator: 200 },
  },
  {
    route: 'GET /suppliers/export.xlsx',
    path: () => '/api/v1/suppliers/export.xlsx',
    expected: { ...signedIn(403), curator: 200, admin: 200 },
  },
  { route: 'GET /suppliers/:id', path: (c) => `/api/v1/suppliers/${c.supplierId}`, expected: signedIn(200) },
  {
    route: 'PATCH /suppliers/:id',
    path: (c) => `/api/v1/suppliers/${c.supplierId}`,
    body: () => ({ expectedVersion: 999 }), // allowed callers reach the version check: 409, nothing changes
    expected: { ...signedIn(403), ikm_owner: 409, curator: 409 },
  },
  {
    route: 'DELETE /suppliers/:id',
    path: async (c) => `/api/v1/suppliers/${(await createSupplier(c.t, c.users.ikm_owner, { nib: undefined })).id}`,
    expected: { ...signedIn(403), ikm_owner: 204, admin: 204 },
  },
  {
    route: 'POST /suppliers/:id/verify',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/verify`,
    body: () => ({ verification: 'unverified' }),
    expected: { ...signedIn(403), curator: 200 },
  },
  {
    route: 'GET /suppliers/:id/duplicates',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/duplicates`,
    expected: { ...signedIn(403), ikm_owner: 200, curator: 200 },
  },
  {
    route: 'POST /suppliers/:id/merge',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/merge`,
    body: (c) => ({ duplicateId: c.supplierId }), // merging with itself: 400 for curators, nothing changes
    expected: { ...signedIn(403), curator: 400 },
  },
  {
    route: 'POST /suppliers/:id/certifications',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/certifications`,
    // A valid body: ownership is checked after validation, so an invalid one would be 400 for everyone.
    body: () => ({ code: 'smk3', number: `SMK3-${Math.random()}`, issuer: 'Kemnaker', validUntil: '2099-01-01' }),
    expected: { ...signedIn(403), ikm_owner: 201 },
  },
  {
    route: 'PATCH /suppliers/:id/certifications/:certId',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/certifications/${c.certificationId}`,
    body: () => ({ issuer: 'Sucofindo' }),
    expected: { ...signedIn(403), ikm_owner: 200 },
  },
  {
    route: 'DELETE /suppliers/:id/certifications/:certId',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/certifications/${NO_ONE}`,
    expected: { ...signedIn(403), ikm_owner: 404 },
  },
  {
    route: 'POST /suppliers/:id/certifications/:certId/verify',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/certifications/${c.certificationId}/verify`,
    expected: { ...signedIn(403), curator: 200 },
  },
  {
    route: 'POST /suppliers/:id/certifications/:certId/reject',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/certifications/${c.certificationId}/reject`,
    body: () => ({}),
    expected: { ...signedIn(403), curator: 400 },
  },
  // Documents: scans and photos are seen with the certificate and profile; evidence as privately as the contact.
  {
    route: 'POST /suppliers/:id/certifications/:certId/scans',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/certifications/${c.certificationId}/scans`,
    file: () => ({ content: tinyPdf(), name: 'scan.pdf' }),
    expected: { ...signedIn(403), ikm_owner: 201, curator: 201 },
  },
  {
    route: 'GET /suppliers/:id/certifications/:certId/scans',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/certifications/${c.certificationId}/scans`,
    expected: signedIn(200),
  },
  {
    route: 'GET /suppliers/:id/certifications/:certId/scans/:fileId',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/certifications/${c.certificationId}/scans/${c.files.scan}`,
    expected: signedIn(200),
  },
  {
    route: 'DELETE /suppliers/:id/certifications/:certId/scans/:fileId',
    path: async (c) => {
      const certId = (await addCertification(c.t, c.users.ikm_owner, c.supplierId)).id;
      const scans = `/api/v1/suppliers/${c.supplierId}/certifications/${certId}/scans`;
      return `${scans}/${await uploaded(c, c.users.ikm_owner, scans, tinyPdf(), 'scan.pdf')}`;
    },
    expected: { ...signedIn(403), ikm_owner: 204, curator: 204 },
  },
  {
    route: 'POST /suppliers/:id/photos',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/photos`,
    file: (c) => ({ content: c.png, name: 'bengkel.png' }),
    expected: { ...signedIn(403), ikm_owner: 201, curator: 201 },
  },
  {
    route: 'GET /suppliers/:id/photos',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/photos`,
    expected: signedIn(200),
  },
  {
    route: 'GET /suppliers/:id/photos/:fileId',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/photos/${c.files.photo}`,
    expected: signedIn(200),
  },
  {
    route: 'DELETE /suppliers/:id/photos/:fileId',
    path: async (c) => {
      const photos = `/api/v1/suppliers/${c.supplierId}/photos`;
      return `${photos}/${await uploaded(c, c.users.ikm_owner, photos, c.png, 'bengkel.png')}`;
    },
    expected: { ...signedIn(403), ikm_owner: 204, curator: 204 },
  },
  {
    route: 'POST /suppliers/:id/evidence',
    path: async (c) =>
      `/api/v1/suppliers/${(await createSupplier(c.t, c.users.ikm_owner, { nib: undefined })).id}/evidence`,
    file: () => ({ content: tinyPdf(), name: 'laporan.pdf' }),
    expected: { ...signedIn(403), curator: 201 },
  },
  {
    route: 'GET /suppliers/:id/evidence',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/evidence`,
    expected: { ...signedIn(404), ikm_owner: 200, curator: 200, admin: 200 },
  },
  {
    route: 'GET /suppliers/:id/evidence/:fileId',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/evidence/${c.files.evidence}`,
    expected: { ...signedIn(404), ikm_owner: 200, curator: 200, admin: 200 },
  },
  {
    route: 'DELETE /suppliers/:id/evidence/:fileId',
    path: async (c) => {
      const supplierId = (await createSupplier(c.t, c.users.ikm_owner, { nib: undefined })).id;
      const evidence = `/api/v1/suppliers/${supplierId}/evidence`;
      return `${evidence}/${await uploaded(c, c.users.curator, evidence, tinyPdf(), 'laporan.pdf')}`;
    },
    expected: { ...signedIn(403), curator: 204 },
  },
  {
    route: 'POST /suppliers/:id/certifications/:certId/evidence',
    path: async (c) =>
      `/api/v1/suppliers/${c.supplierId}/certifications/${(await addCertification(c.t, c.users.ikm_owner, c.supplierId)).id}/evidence`,
    file: () => ({ content: tinyPdf(), name: 'kan.pdf' }),
    expected: { ...signedIn(403), curator: 201 },
  },
  {
    route: 'GET /suppliers/:id/certifications/:certId/evidence',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/certifications/${c.certificationId}/evidence`,
    expected: { ...signedIn(404), ikm_owner: 200, curator: 200, admin: 200 },
  },
  {
    route: 'GET /suppliers/:id/certifications/:certId/evidence/:fileId',
    path: (c) =>
      `/api/v1/suppliers/${c.supplierId}/certifications/${c.certificationId}/evidence/${c.files.certificationEvidence}`,
    expected: { ...signedIn(404), ikm_owner: 200, curator: 200, admin: 200 },
  },
  {
    route: 'DELETE /suppliers/:id/certifications/:certId/evidence/:fileId',
    path: async (c) => {
      const certId = (await addCertification(c.t, c.users.ikm_owner, c.supplierId)).id;
      const evidence = `/api/v1/suppliers/${c.supplierId}/certifications/${certId}/evidence`;
      return `${evidence}/${await uploaded(c, c.users.curator, evidence, tinyPdf(), 'kan.pdf')}`;
    },
    expected: { ...signedIn(403), curator: 204 },
  },
  // Industrial estates: listed for everyone signed in; their managers and staff edit them.
  { route: 'GET /estates', path: () => '/api/v1/estates', expected: signedIn(200) },
  {
    route: 'POST /estates',
    path: () => '/api/v1/estates',
    body: () => ({}),
    expected: { ...signedIn(403), estate_manager: 400, curator: 400, admin: 400 },
  },
  { route: 'GET /estates/:id', path: (c) => `/api/v1/estates/${c.estateId}`, expected: signedIn(200) },
  {
    route: 'PATCH /estates/:id',
    path: (c) => `/api/v1/estates/${c.estateId}`,
    body: () => ({ expectedVersion: 999 }),
    expected: { ...signedIn(403), estate_manager: 409, curator: 409, admin: 409 },
  },
  { route: 'GET /estates/:id/tenants', path: (c) => `/api/v1/estates/${c.estateId}/tenants`, expected: signedIn(200) },
  // Buyers: private to their members; staff read them.
  {
    route: 'POST /buyers',
    path: () => '/api/v1/buyers',
    body: () => ({}),
    expected: { ...signedIn(403), oem_buyer: 400 },
  },
  {
    route: 'GET /buyers',
    path: () => '/api/v1/buyers',
    expected: { ...signedIn(403), oem_buyer: 200, curator: 200, admin: 200 },
  },
  { route: 'GET /buyers/plants', path: () => '/api/v1/buyers/plants', expected: signedIn(200) },
  {
    route: 'GET /buyers/:id',
    path: (c) => `/api/v1/buyers/${c.buyer.id}`,
    expected: { ...signedIn(404), oem_buyer: 200, curator: 200, admin: 200 },
  },
  {
    route: 'PATCH /buyers/:id',
    path: (c) => `/api/v1/buyers/${c.buyer.id}`,
    body: () => ({ expectedVersion: 999 }),
    expected: { ...signedIn(404), oem_buyer: 409, curator: 403, admin: 403 },
  },
  {
    route: 'POST /buyers/:id/plants',
    path: (c) => `/api/v1/buyers/${c.buyer.id}/plants`,
    body: () => ({ name: 'Gudang', regencyCode: '32.13', location: SMARTPOLITAN }),
    expected: { ...signedIn(404), oem_buyer: 201, curator: 403, admin: 403 },
  },
  {
    route: 'PATCH /buyers/:id/plants/:plantId',
    path: (c) => `/api/v1/buyers/${c.buyer.id}/plants/${c.buyer.plants[0].id}`,
    body: () => ({ name: 'Pabrik Subang' }),
    expected: { ...signedIn(404), oem_buyer: 200, curator: 403, admin: 403 },
  },
  {
    route: 'POST /buyers/:id/plants/:plantId/retire',
    path: async (c) => {
      const plant = await c.t.http
        .post(`/api/v1/buyers/${c.buyer.id}/plants`)
        .set('Authorization', c.users.oem_buyer.auth)
        .send({ name: 'Sementara', regencyCode: '32.13', location: SMARTPOLITAN });
      return `/api/v1/buyers/${c.buyer.id}/plants/${plant.body.id}/retire`;
    },
    expected: { ...signedIn(404), oem_buyer: 200, curator: 403, admin: 403 },
  },
  // Sourcing requests: buyers' members act; IKM owners read open ones; staff read all.
  {
    route: 'POST /sourcing-requests',
    path: () => '/api/v1/sourcing-requests',
    body: (c) => requestBody(c.buyer),
    expected: { ...signedIn(403), oem_buyer: 201 },
  },
  {
    route: 'GET /sourcing-requests',
    path: () => '/api/v1/sourcing-requests',
    expected: { ...signedIn(200), estate_manager: 403 },
  },
  {
    route: 'GET /sourcing-requests/:id',
    path: (c) => `/api/v1/sourcing-requests/${c.openRequestId}`,
    expected: { ...signedIn(200), estate_manager: 403 },
  },
  {
    route: 'PATCH /sourcing-requests/:id',
    path: (c) => `/api/v1/sourcing-requests/${c.openRequestId}`,
    body: () => ({ expectedVersion: 999 }),
    expected: { ...signedIn(403), oem_buyer: 409 },
  },
  {
    route: 'POST /sourcing-requests/:id/publish',
    path: (c) => `/api/v1/sourcing-requests/${c.openRequestId}/publish`, // already open: 409 for its members
    expected: { ...signedIn(403), oem_buyer: 409 },
  },
  {
    route: 'POST /sourcing-requests/:id/close',
    path: async (c) =>
      `/api/v1/sourcing-requests/${(await createRequest(c.t, c.users.oem_buyer, c.buyer, {}, { publish: true })).id}/close`,
    expected: { ...signedIn(403), oem_buyer: 200 },
  },
  // Matching: the buyer's members and curators see a request's ranked candidates.
  {
    route: 'GET /sourcing-requests/:id/candidates',
    path: (c) => `/api/v1/sourcing-requests/${c.openRequestId}/candidates`,
    expected: { ...signedIn(403), oem_buyer: 200, curator: 200 },
  },
  {
    route: 'GET /sourcing-requests/:id/candidates.xlsx',
    path: (c) => `/api/v1/sourcing-requests/${c.openRequestId}/candidates.xlsx`,
    expected: { ...signedIn(403), oem_buyer: 200, curator: 200 },
  },
  {
    route: 'GET /suppliers/:id/opportunities',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/opportunities`,
    expected: { ...signedIn(403), ikm_owner: 200, curator: 200 },
  },
  {
    route: 'GET /suppliers/:id/gaps',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/gaps`,
    expected: { ...signedIn(403), ikm_owner: 200, curator: 200 },
  },
  // Matches: curators curate; the two sides see their own once introduced, and ask for introductions (test/matches covers real matches).
  {
    route: 'POST /matches',
    path: () => '/api/v1/matches',
    body: () => ({}),
    // Curators shortlist; the two sides ask for an introduction (test/matches/requests covers whose side).
    expected: { ...signedIn(403), curator: 400, oem_buyer: 400, ikm_owner: 400 },
  },
  {
    route: 'GET /matches',
    path: () => '/api/v1/matches',
    expected: { ...signedIn(403), ikm_owner: 200, oem_buyer: 200, curator: 200 },
  },
  {
    route: 'GET /matches/:id',
    path: () => `/api/v1/matches/${NO_ONE}`,
    expected: { ...signedIn(403), ikm_owner: 404, oem_buyer: 404, curator: 404 },
  },
  {
    route: 'POST /matches/:id/events',
    path: () => `/api/v1/matches/${NO_ONE}/events`,
    body: () => ({ type: 'introduce' }),
    expected: { ...signedIn(403), ikm_owner: 404, oem_buyer: 404, curator: 404 },
  },
  {
    route: 'PATCH /matches/:id/outcome',
    path: () => `/api/v1/matches/${NO_ONE}/outcome`,
    body: () => ({ expectedJobs: 6 }),
    // The supplier's members may not correct a real match (403): test/matches/outcome covers whose side.
    expected: { ...signedIn(403), ikm_owner: 404, oem_buyer: 404, curator: 404 },
  },
  {
    route: 'GET /matches/:id/events',
    path: () => `/api/v1/matches/${NO_ONE}/events`,
    expected: { ...signedIn(403), ikm_owner: 404, oem_buyer: 404, curator: 404 },
  },
  { route: 'GET /stats', path: () => '/api/v1/stats', expected: { ...signedIn(403), curator: 200, admin: 200 } },
  {
    route: 'GET /stats/export.xlsx',
    path: () => '/api/v1/stats/export.xlsx',
    expected: { ...signedIn(403), curator: 200, admin: 200 },
  },
  // BBSPJILM's services: the catalogue is public and kept by staff; a firm's members (or a curator) ask for a
  // service, curators carry it out, admins read along.
  { route: 'GET /services', path: () => '/api/v1/services', expected: everyone(200) },
  { route: 'GET /services/:code', path: () => '/api/v1/services/uji_material', expected: everyone(200) },
  {
    route: 'POST /services',
    path: () => '/api/v1/services',
    body: () => ({}),
    expected: { ...signedIn(403), curator: 400, admin: 400 },
  },
  {
    route: 'PATCH /services/:code',
    path: () => '/api/v1/services/uji_material',
    body: () => ({ expectedVersion: 999 }),
    expected: { ...signedIn(403), curator: 409, admin: 409 },
  },
  {
    route: 'POST /suppliers/:id/service-requests',
    path: (c) => `/api/v1/suppliers/${c.supplierId}/service-requests`,
    body: () => ({}),
    expected: { ...signedIn(403), ikm_owner: 400, curator: 400 },
  },
  {
    route: 'GET /service-requests',
    path: () => '/api/v1/service-requests',
    expected: { ...signedIn(403), ikm_owner: 200, curator: 200, admin: 200 },
  },
  {
    route: 'GET /service-requests/:id',
    path: () => `/api/v1/service-requests/${NO_ONE}`,
    expected: { ...signedIn(403), ikm_owner: 404, curator: 404, admin: 404 },
  },
  {
    route: 'POST /service-requests/:id/events',
    path: () => `/api/v1/service-requests/${NO_ONE}/events`,
    body: () => ({ type: 'start' }),
    expected: { ...signedIn(403), ikm_owner: 404, curator: 404 },
  },
  // The region's impact and the demand for BBSPJILM's services: staff, as the dashboard.
  { route: 'GET /impact', path: () => '/api/v1/impact', expected: { ...signedIn(403), curator: 200, admin: 200 } },
  {
    route: 'GET /impact/service-demand',
    path: () => '/api/v1/impact/service-demand',
    expected: { ...signedIn(403), curator: 200, admin: 200 },
  },
  {
    route: 'GET /impact/report.xlsx',
    path: () => '/api/v1/impact/report.xlsx',
    expected: { ...signedIn(403), curator: 200, admin: 200 },
  },
  {
    route: 'GET /impact/report.pdf',
    path: () => '/api/v1/impact/report.pdf',
    expected: { ...signedIn(403), curator: 200, admin: 200 },
  },
  // Notifications: everyone's own inbox; someone else's notification does not exist.
  { route: 'GET /notifications', path: () => '/api/v1/notifications', expected: signedIn(200) },
  { route: 'POST /notifications/read-all', path: () => '/api/v1/notifications/read-all', expected: signedIn(200) },
  {
    route: 'POST /notifications/:id/read',
    path: () => `/api/v1/notifications/${NO_ONE}/read`,
    expected: signedIn(404),
  },
];

/** Uploads a file and answers its id. */
async function uploaded(c: Context, user: TestUser, path: string, content: Buffer, name: string): Promise<string> {
  const res = await c.t.http.post(path).set('Authorization', user.auth).attach('file', content, name);
  if (res.status !== 201) throw new Error(`upload to ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

describe('Role × endpoint matrix', () => {
  let t: TestApp;
  let context: Context;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    const users = {} as Record<Role, TestUser>;
    for (const role of ROLES) users[role] = await createUser(t, role, `matrix-${role}`);
    const supplierId = (await createSupplier(t, users.ikm_owner, { nib: undefined })).id;
    const buyer = await createBuyer(t, users.oem_buyer);
    context = {
      t,
      users,
      organizationId: await createOrganization(t, 'supplier', users.ikm_owner),
      supplierId,
      certificationId: (await addCertification(t, users.ikm_owner, supplierId)).id,
      estateId: (
        await t.http
          .post('/api/v1/estates')
          .set('Authorization', users.estate_manager.auth)
          .send({
            name: `Kawasan ${uniqueWord()}`,
            operator: 'PT Uji',
            regencyCode: '32.13',
            location: SMARTPOLITAN,
            status: 'developing',
          })
          .expect(201)
      ).body.id,
      buyer,
      openRequestId: (await createRequest(t, users.oem_buyer, buyer, {}, { publish: true })).id,
      png: await photo('png', 64, 48),
      files: { scan: '', photo: '', evidence: '', certificationEvidence: '' },
    };
    const c = context;
    const onSupplier = `/api/v1/suppliers/${c.supplierId}`;
    const onCertificate = `${onSupplier}/certifications/${c.certificationId}`;
    c.files = {
      scan: await uploaded(c, users.ikm_owner, `${onCertificate}/scans`, tinyPdf(), 'scan.pdf'),
      photo: await uploaded(c, users.ikm_owner, `${onSupplier}/photos`, c.png, 'bengkel.png'),
      evidence: await uploaded(c, users.curator, `${onSupplier}/evidence`, tinyPdf(), 'laporan.pdf'),
      certificationEvidence: await uploaded(c, users.curator, `${onCertificate}/evidence`, tinyPdf(), 'kan.pdf'),
    };
  });
  afterAll(() => t.close());

  const cases = ROWS.flatMap((row) =>
    (['anonymous', ...ROLES] as Caller[]).map((caller) => [row.route, caller, row.expected[caller], row] as const),
  );

  it(`covers every endpoint of the API (${ROWS.length} endpoints × ${ROLES.length + 1} callers)`, async () => {
    const doc = await t.http.get('/api/docs-json').expect(200);
    const withoutPrefix = (route: string) => route.replace(' /api/v1/', ' /');
    const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) =>
        Object.keys(ops).map((method) => withoutPrefix(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)),
    );
    expect([...new Set(ROWS.map((row) => withoutPrefix(row.route)))].sort()).toEqual([...new Set(documented)].sort());
  });

  it('takes who passes the door from the permission map: every signed-in operation names its permission', async () => {
    const doc = await t.http.get('/api/docs-json').expect(200);
    const problems: string[] = [];
    for (const [path, operations] of Object.entries(
      doc.body.paths as Record<string, Record<string, { security?: unknown; 'x-permission'?: { name: Permission } }>>,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${path.replace('/api/v1', '').replace(/\{(\w+)\}/g, ':$1')}`;
        const row = ROWS.find((r) => r.route === route);
        const permission = operation['x-permission']?.name;
        if (!permission) {
          // Public operations: the matrix shows them open to anonymous callers.
          if (row && row.expected.anonymous === 401) problems.push(`${route} names no permission`);
          continue;
        }
        for (const role of ROLES.filter((r) => !PERMISSIONS[permission].roles.includes(r))) {
          if (row?.expected[role] !== 403)
            problems.push(`${route}: ${permission} leaves out ${role}, the matrix lets it in`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(cases)('%s as %s → %i', async (_route, caller, status, row) => {
    const method = row.route.split(' ')[0];
    const path = await row.path(context);
    const call = t.http[method.toLowerCase() as 'get' | 'post' | 'delete'](path);
    if (caller !== 'anonymous') call.set('Authorization', context.users[caller].auth);
    const file = row.file?.(context);
    const res = await (file
      ? call.attach('file', file.content, file.name)
      : row.body
        ? call.send(row.body(context))
        : call);
    expect({ caller, status: res.status }).toEqual({ caller, status });
  });
});
