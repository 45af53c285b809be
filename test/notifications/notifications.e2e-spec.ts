import { DataSource } from 'typeorm';
import { MailSender } from '../../src/notifications/mail-sender';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createBuyer, createRequest, TestBuyer } from '../support/buyers';
import { addCertification, createSupplier } from '../support/suppliers';

/** A process no other test asks for, so that the request reaches only this file's suppliers. */
const PROCESS = 'electrical.motor_winding';

interface Notification {
  id: string;
  type: string;
  title: string;
  body: string;
  data: Record<string, string>;
  readAt: string | null;
}

describe('Notifications: inbox and e-mail outbox', () => {
  let t: TestApp;
  let ikm: TestUser;
  let otherIkm: TestUser;
  let oem: TestUser;
  let curator: TestUser;
  let buyer: TestBuyer;
  let supplierId: string;

  const inbox = async (user: TestUser, query = '') =>
    (await t.http.get(`/api/v1/notifications?limit=100${query}`).set('Authorization', user.auth).expect(200)).body as {
      items: Notification[];
      total: number;
      unread: number;
    };

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [ikm, otherIkm, oem, curator] = await Promise.all([
      createUser(t, 'ikm_owner', 'notif-ikm'),
      createUser(t, 'ikm_owner', 'notif-other'),
      createUser(t, 'oem_buyer', 'notif-oem'),
      createUser(t, 'curator'),
    ]);
    buyer = await createBuyer(t, oem);
    supplierId = (await createSupplier(t, ikm, { nib: undefined, processes: [PROCESS] })).id;
    await createSupplier(t, otherIkm, { nib: undefined, processes: ['forging.cold'] });
  });
  afterAll(() => t.close());

  it('tells eligible suppliers about a published request, and no one else', async () => {
    const request = await createRequest(
      t,
      oem,
      buyer,
      { processes: [PROCESS], materials: [], requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null },
      { publish: true },
    );
    const mine = (await inbox(ikm)).items.filter((n) => n.type === 'request_published');
    expect(mine).toEqual([
      expect.objectContaining({
        data: { sourcingRequestId: request.id },
        readAt: null,
        body: expect.stringContaining(request.title as string),
      }),
    ]);
    expect((await inbox(otherIkm)).items).toEqual([]);
  });

  it('tells a supplier when a curator verifies its certificate', async () => {
    const certificate = await addCertification(t, ikm, supplierId);
    await t.http
      .post(`/api/v1/suppliers/${supplierId}/certifications/${certificate.id}/verify`)
      .set('Authorization', curator.auth)
      .expect(200);
    const verified = (await inbox(ikm)).items.filter((n) => n.type === 'certification_verified');
    expect(verified).toEqual([expect.objectContaining({ data: { supplierId, certificationId: certificate.id } })]);
  });

  it('tells both sides of an introduction, and the other side of an acceptance, once', async () => {
    const request = await createRequest(
      t,
      oem,
      buyer,
      { processes: [PROCESS], materials: [], requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null },
      { publish: true },
    );
    const { body: match } = await t.http
      .post('/api/v1/matches')
      .set('Authorization', curator.auth)
      .send({ sourcingRequestId: request.id, supplierId })
      .expect(201);
    const send = (user: TestUser, type: string) =>
      t.http.post(`/api/v1/matches/${match.id}/events`).set('Authorization', user.auth).send({ type });
    await send(curator, 'introduce').expect(200);
    const about = (items: Notification[], type: string) =>
      items.filter((n) => n.type === type && n.data.matchId === match.id);
    expect(about((await inbox(oem)).items, 'match_introduced')).toHaveLength(1);
    expect(about((await inbox(ikm)).items, 'match_introduced')).toHaveLength(1);

    await send(oem, 'accept').expect(200);
    await send(oem, 'accept').expect(409); // refused: no second notification
    expect(about((await inbox(ikm)).items, 'match_accepted')).toHaveLength(1);
    expect(about((await inbox(oem)).items, 'match_accepted')).toHaveLength(0);
    await send(ikm, 'accept').expect(200);
    const engaged = about((await inbox(oem)).items, 'match_accepted');
    expect(engaged).toHaveLength(1);
    expect(engaged[0].body).toContain('kontak kini terlihat');
  });

  it("tells the owner a curator's verdicts on its profile and certificates, with the reason", async () => {
    const verify = (body: Record<string, unknown>) =>
      t.http.post(`/api/v1/suppliers/${supplierId}/verify`).set('Authorization', curator.auth).send(body).expect(200);
    const certificate = await addCertification(t, ikm, supplierId);
    await t.http
      .post(`/api/v1/suppliers/${supplierId}/certifications/${certificate.id}/reject`)
      .set('Authorization', curator.auth)
      .send({ reason: 'Nomor tidak terdaftar di KAN.' })
      .expect(200);
    await verify({ verification: 'verified', reason: 'Kunjungan lapangan: mesin sesuai daftar.' });
    await verify({ verification: 'rejected', reason: 'Alamat pabrik tidak sesuai NIB.' });
    await verify({ verification: 'unverified' }); // a curator's reset is no verdict: nothing to tell
    const items = (await inbox(ikm)).items.filter((n) => n.data.supplierId === supplierId);
    expect(items.filter((n) => n.type !== 'certification_verified').map((n) => [n.type, n.body])).toEqual([
      ['profile_rejected', expect.stringContaining('Alasan: Alamat pabrik tidak sesuai NIB.')],
      ['profile_verified', expect.stringContaining('Catatan kurator: Kunjungan lapangan: mesin sesuai daftar.')],
      ['certification_rejected', expect.stringContaining('Alasan: Nomor tidak terdaftar di KAN.')],
    ]);
    expect(items.find((n) => n.type === 'certification_rejected')!.data).toEqual({
      supplierId,
      certificationId: certificate.id,
    });
    expect((await inbox(otherIkm)).items).toEqual([]);
    expect((await inbox(oem)).items.filter((n) => n.data.supplierId === supplierId)).toEqual([]);
  });

  it('tells the supplier how a match ended, and the buyer too when a curator recorded it', async () => {
    const request = await createRequest(
      t,
      oem,
      buyer,
      { processes: [PROCESS], materials: [], requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null },
      { publish: true },
    );
    const engagedMatch = async () => {
      const { id } = await createSupplier(t, ikm, { nib: undefined, processes: [PROCESS] });
      const { body: match } = await t.http
        .post('/api/v1/matches')
        .set('Authorization', curator.auth)
        .send({ sourcingRequestId: request.id, supplierId: id })
        .expect(201);
      for (const [user, type] of [
        [curator, 'introduce'],
        [oem, 'accept'],
        [ikm, 'accept'],
      ] as const) {
        await t.http
          .post(`/api/v1/matches/${match.id}/events`)
          .set('Authorization', user.auth)
          .send({ type })
          .expect(200);
      }
      return match.id as string;
    };
    const about = async (user: TestUser, matchId: string) =>
      (await inbox(user)).items.filter((n) => n.data.matchId === matchId && /^match_(won|lost)$/.test(n.type));

    const won = await engagedMatch();
    await t.http.post(`/api/v1/matches/${won}/events`).set('Authorization', oem.auth).send({ type: 'win' }).expect(200);
    expect((await about(ikm, won)).map((n) => n.type)).toEqual(['match_won']);
    expect(await about(oem, won)).toEqual([]); // the buyer recorded it

    const lost = await engagedMatch();
    await t.http
      .post(`/api/v1/matches/${lost}/events`)
      .set('Authorization', curator.auth)
      .send({ type: 'lose' })
      .expect(200);
    expect((await about(ikm, lost)).map((n) => [n.type, n.body])).toEqual([
      ['match_lost', expect.stringContaining(request.title as string)],
    ]);
    expect((await about(oem, lost)).map((n) => n.type)).toEqual(['match_lost']);
  });

  it('marks notifications read, only one’s own', async () => {
    const before = await inbox(ikm);
    expect(before.unread).toBe(before.total);
    const [first] = before.items;
    const read = await t.http.post(`/api/v1/notifications/${first.id}/read`).set('Authorization', ikm.auth).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    await t.http.post(`/api/v1/notifications/${first.id}/read`).set('Authorization', otherIkm.auth).expect(404);
    expect((await inbox(ikm, '&unread=true')).items.map((n) => n.id)).not.toContain(first.id);
    const all = await t.http.post('/api/v1/notifications/read-all').set('Authorization', ikm.auth).expect(200);
    expect(all.body.marked).toBe(before.total - 1);
    expect((await inbox(ikm)).unread).toBe(0);
  });

  it('queues one e-mail per notification, and the sender works through the outbox', async () => {
    const db = t.app.get(DataSource);
    const outbox = () =>
      db.query<{ status: string }[]>(
        `SELECT o.status FROM email_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.user_id = $1`,
        [ikm.id],
      );
    const { total } = await inbox(ikm);
    expect(await outbox()).toHaveLength(total);
    await t.app.get(MailSender).sendPending();
    while ((await outbox()).some((mail) => mail.status === 'pending')) await t.app.get(MailSender).sendPending();
    expect((await outbox()).every((mail) => mail.status === 'sent')).toBe(true);
  });
});
