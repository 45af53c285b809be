import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { addCertification, createSupplier } from '../support/suppliers';

interface QueueItem {
  id: string;
  code: string;
  status: string;
  waitingSince: string;
  supplier: { id: string; name: string; regencyCode: string; verification: string };
}

describe("Certifications: the curators' queue", () => {
  let t: TestApp;
  let owner: TestUser;
  let curator: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [owner, curator] = await Promise.all([createUser(t, 'ikm_owner', 'cert-queue'), createUser(t, 'curator')]);
  });
  afterAll(() => t.close());

  /** The whole queue, page by page: on a shared server database it holds other test files' certificates too. */
  const queue = async () => {
    const all: QueueItem[] = [];
    for (let page = 1; ; page++) {
      const { body } = await t.http
        .get(`/api/v1/certifications/verification-queue?limit=100&page=${page}`)
        .set('Authorization', curator.auth)
        .expect(200);
      all.push(...(body.items as QueueItem[]));
      if (body.items.length < 100) return { items: all, total: body.total as number };
    }
  };
  const ids = async () => (await queue()).items.map((i) => i.id);

  it('lists declared, valid certificates of active suppliers, longest waiting first, with their supplier', async () => {
    const supplier = await createSupplier(t, owner);
    const first = await addCertification(t, owner, supplier.id, { code: 'iso_9001' });
    const second = await addCertification(t, owner, supplier.id, { code: 'smk3' });
    // Expired: it cannot be verified, so it waits for the owner's renewal, not for a curator.
    const expired = await addCertification(t, owner, supplier.id, {
      code: 'iso_14001',
      validFrom: '2019-01-01',
      validUntil: '2020-01-01',
    });

    const { items, total } = await queue();
    expect(total).toBe(items.length);
    const order = items.map((i) => i.id);
    expect(order).toContain(first.id);
    expect(order.indexOf(first.id)).toBeLessThan(order.indexOf(second.id));
    expect(order).not.toContain(expired.id);
    const item = items.find((i) => i.id === first.id)!;
    expect(item).toMatchObject({
      code: 'iso_9001',
      status: 'declared',
      expired: false,
      supplier: { id: supplier.id, name: supplier.name, regencyCode: supplier.regencyCode, verification: 'unverified' },
    });
    expect(Date.parse(item.waitingSince)).toBeGreaterThan(Date.now() - 60_000);
    // Oldest first across suppliers.
    const times = items.map((i) => Date.parse(i.waitingSince));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('drops a certificate once judged, and takes it back when its owner edits it', async () => {
    const supplier = await createSupplier(t, owner);
    const verified = await addCertification(t, owner, supplier.id);
    const rejected = await addCertification(t, owner, supplier.id, { code: 'smk3' });
    const certs = `/api/v1/suppliers/${supplier.id}/certifications`;
    await t.http
      .post(`${certs}/${verified.id}/verify`)
      .set('Authorization', curator.auth)
      .send({ evidenceNote: 'Dicocokkan dengan basis data Sucofindo.' })
      .expect(200);
    await t.http
      .post(`${certs}/${rejected.id}/reject`)
      .set('Authorization', curator.auth)
      .send({ reason: 'Nomor tidak terdaftar.' })
      .expect(200);
    const judged = await ids();
    expect(judged).not.toContain(verified.id);
    expect(judged).not.toContain(rejected.id);

    await t.http
      .patch(`${certs}/${rejected.id}`)
      .set('Authorization', owner.auth)
      .send({ number: `SMK3-${Date.now()}` })
      .expect(200);
    const { items } = await queue();
    expect(items.map((i) => i.id)).toContain(rejected.id);
    expect(items.map((i) => i.id)).not.toContain(verified.id);
  });

  it("leaves out a deleted supplier's certificates", async () => {
    const supplier = await createSupplier(t, owner);
    const cert = await addCertification(t, owner, supplier.id);
    expect(await ids()).toContain(cert.id);
    await t.http.delete(`/api/v1/suppliers/${supplier.id}`).set('Authorization', owner.auth).expect(204);
    expect(await ids()).not.toContain(cert.id);
  });

  it('is for curators only', async () => {
    await t.http.get('/api/v1/certifications/verification-queue').set('Authorization', owner.auth).expect(403);
    await t.http
      .get('/api/v1/certifications/verification-queue?limit=101')
      .set('Authorization', curator.auth)
      .expect(400);
  });
});
