import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createSupplier, randomNib, uniqueWord } from '../support/suppliers';

interface QueueItem {
  id: string;
  source: string;
  waitingSince: string;
  changedClaims: string[];
}

/** A district office's list of one firm, as curators import it. */
const importFile = (nib: string, tag: string) =>
  Buffer.from(
    [
      'nama;nib;deskripsi;kode_kabupaten;alamat;proses;telepon;email',
      `CV Antrean ${tag};${nib};Bubut CNC;32.13;Jl. Otista No. 9;machining.cnc_turning;0260 411234;impor@example.id`,
    ].join('\n'),
  );

describe("Suppliers: the curators' verification queue", () => {
  let t: TestApp;
  let owner: TestUser;
  let other: TestUser;
  let oem: TestUser;
  let curator: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [owner, other, oem, curator] = await Promise.all([
      createUser(t, 'ikm_owner', 'queue-ikm'),
      createUser(t, 'ikm_owner', 'queue-other'),
      createUser(t, 'oem_buyer', 'queue-oem'),
      createUser(t, 'curator'),
    ]);
  });
  afterAll(() => t.close());

  const queue = async (query = '') =>
    (
      await t.http
        .get(`/api/v1/suppliers/verification-queue?limit=100${query}`)
        .set('Authorization', curator.auth)
        .expect(200)
    ).body as { items: QueueItem[]; total: number; bySource: Record<string, number> };
  /**
   * Every waiting profile, page by page: on a shared server database the
   * queue holds other test files' suppliers too.
   */
  const waiting = async (query = '') => {
    const all: QueueItem[] = [];
    for (let page = 1; ; page++) {
      const { items } = await queue(`${query}&page=${page}`);
      all.push(...items);
      if (items.length < 100) return all;
    }
  };
  const ids = async (query = '') => (await waiting(query)).map((i) => i.id);
  const profile = async (id: string, user: TestUser = owner) =>
    (await t.http.get(`/api/v1/suppliers/${id}`).set('Authorization', user.auth).expect(200)).body;
  const verify = (id: string, body: Record<string, unknown>) =>
    t.http.post(`/api/v1/suppliers/${id}/verify`).set('Authorization', curator.auth).send(body).expect(200);
  const edit = async (id: string, body: Record<string, unknown>) =>
    (await t.http.patch(`/api/v1/suppliers/${id}`).set('Authorization', owner.auth).send(body).expect(200)).body;

  it('tells self-registered from imported profiles, each waiting since it arrived', async () => {
    const registered = await createSupplier(t, owner, { nib: undefined });
    const mine = await profile(registered.id);
    expect(mine).toMatchObject({ source: 'self_registered', verification: 'unverified', changedClaims: [] });
    expect(Date.parse(mine.waitingSince)).toBeGreaterThan(Date.now() - 60_000);
    // When a profile waits is for its members and curators; its source is no secret.
    const seen = await profile(registered.id, other);
    expect(seen.source).toBe('self_registered');
    expect(seen).not.toHaveProperty('waitingSince');
    expect(seen).not.toHaveProperty('changedClaims');

    const nib = randomNib();
    const tag = uniqueWord();
    await t.http
      .post('/api/v1/suppliers/imports')
      .set('Authorization', curator.auth)
      .attach('file', importFile(nib, tag), 'daftar.csv')
      .expect(200);
    const found = await t.http.get(`/api/v1/suppliers?q=${tag}`).set('Authorization', curator.auth).expect(200);
    const importedId = found.body.items[0].id as string;
    expect(await profile(importedId, curator)).toMatchObject({ nib, source: 'imported', changedClaims: [] });
    expect(await ids('&source=imported')).toContain(importedId);
    expect(await ids('&source=imported')).not.toContain(registered.id);
    expect(await ids('&source=self_registered')).toContain(registered.id);
    expect(await ids('&source=self_registered')).not.toContain(importedId);

    const imported = await queue('&source=imported');
    expect(imported.items.every((i) => i.source === 'imported')).toBe(true);
    expect(imported.total).toBe(imported.bySource.imported);
    expect(imported.bySource.self_registered).toBeGreaterThanOrEqual(1);
    // Longest waiting first.
    const times = (await queue()).items.map((i) => Date.parse(i.waitingSince));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('returns a verified profile to the queue when its owner changes claims, and says which', async () => {
    const first = await createSupplier(t, owner, { nib: undefined });
    const second = await createSupplier(t, owner, { nib: undefined });
    await verify(first.id, { verification: 'verified', reason: 'Kunjungan lapangan.' });
    expect(await ids()).not.toContain(first.id);
    expect((await profile(first.id)).waitingSince).toBeNull();

    // Contact and description edits keep the verdict.
    const kept = await edit(first.id, { description: 'Bubut dan frais presisi.' });
    expect(kept).toMatchObject({ verification: 'verified', verificationDropped: false });

    const dropped = await edit(first.id, { processes: ['machining.cnc_milling'], tkdnPercent: 40 });
    expect(dropped).toMatchObject({
      verification: 'unverified',
      verificationDropped: true,
      changedClaims: ['processes', 'tkdnPercent'],
    });
    // It waits from now: behind a profile that has waited since its creation.
    const order = await ids();
    expect(order).toContain(first.id);
    expect((await waiting()).find((i) => i.id === first.id)).toMatchObject({
      source: 'self_registered',
      changedClaims: ['processes', 'tkdnPercent'],
    });
    expect(order.indexOf(second.id)).toBeLessThan(order.indexOf(first.id));
    expect(Date.parse(dropped.waitingSince)).toBeGreaterThan(Date.parse((await profile(second.id)).waitingSince));

    // Its members are told, with the claims in Indonesian.
    const inbox = await t.http.get('/api/v1/notifications?limit=100').set('Authorization', owner.auth).expect(200);
    const told = inbox.body.items.filter(
      (n: { type: string; data: Record<string, string> }) =>
        n.type === 'profile_unverified' && n.data.supplierId === first.id,
    );
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('proses, TKDN');

    // More claim edits while it waits add to the list, keep its place, and tell no one again.
    const waitingSince = (await profile(first.id)).waitingSince;
    const again = await edit(first.id, { materials: ['steel.carbon'], processes: ['machining.cnc_turning'] });
    expect(again).toMatchObject({
      verificationDropped: false,
      changedClaims: ['processes', 'tkdnPercent', 'materials'],
    });
    expect(again.waitingSince).toBe(waitingSince);

    // A verdict ends the wait and clears what was to be checked.
    const judged = (await verify(first.id, { verification: 'verified' })).body;
    expect(judged).toMatchObject({ waitingSince: null, changedClaims: [] });
    expect(await ids()).not.toContain(first.id);
  });

  it('returns a rejected profile to the queue once its owner corrects claims; a new profile is never "dropped"', async () => {
    const firm = await createSupplier(t, owner, { nib: undefined });
    const fresh = await edit(firm.id, { employees: 30, address: 'Jl. Baru No. 1' });
    expect(fresh).toMatchObject({ verification: 'unverified', verificationDropped: false, changedClaims: [] });
    await verify(firm.id, { verification: 'rejected', reason: 'Alamat tidak sesuai NIB.' });
    expect(await ids()).not.toContain(firm.id);
    const corrected = await edit(firm.id, { address: 'Jl. Otista No. 12, Subang' });
    expect(corrected).toMatchObject({
      verification: 'unverified',
      verificationDropped: true,
      changedClaims: ['address'],
    });
    expect(await ids()).toContain(firm.id);
  });

  it("is the curators' alone, and checks its filter", async () => {
    for (const user of [owner, oem]) {
      await t.http.get('/api/v1/suppliers/verification-queue').set('Authorization', user.auth).expect(403);
    }
    const bad = await t.http
      .get('/api/v1/suppliers/verification-queue?source=scraped')
      .set('Authorization', curator.auth)
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'source' })]);
  });
});
