import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, PASSWORD, TestUser, uniqueEmail } from '../support/accounts';
import { createBuyer, createRequest } from '../support/buyers';
import { createSupplier } from '../support/suppliers';

/** A process no other test asks for, so that this file's requests reach only its suppliers. */
const PROCESS = 'heat_treatment.nitriding';

describe('Phone numbers: E.164 on accounts and contacts, WhatsApp links from engaged on', () => {
  let t: TestApp;
  let ikm: TestUser;
  let oem: TestUser;
  let otherOem: TestUser;
  let curator: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [ikm, oem, otherOem, curator] = await Promise.all([
      createUser(t, 'ikm_owner', 'phone-ikm'),
      createUser(t, 'oem_buyer', 'phone-oem'),
      createUser(t, 'oem_buyer', 'phone-oem2'),
      createUser(t, 'curator'),
    ]);
  });
  afterAll(() => t.close());

  const patchMe = (user: TestUser, body: Record<string, unknown>) =>
    t.http.patch('/api/v1/auth/me').set('Authorization', user.auth).send(body);

  it('takes a phone at registration in any Indonesian form and answers it in E.164', async () => {
    const email = uniqueEmail('phone-register');
    const res = await t.http
      .post('/api/v1/auth/register')
      .send({ email, password: PASSWORD, fullName: 'Siti Rahma', role: 'ikm_owner', phone: '0812-3456-7890' })
      .expect(201);
    expect(res.body.user.phone).toBe('+6281234567890');
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body.phone).toBe('+6281234567890');
  });

  it.each([
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['(022) 7234567', '+62227234567'],
    ['+1 415 555 2671', '+14155552671'],
  ])('normalises %s to %s on one’s own account', async (sent, stored) => {
    const res = await patchMe(ikm, { phone: sent }).expect(200);
    expect(res.body).toMatchObject({ phone: stored, email: ikm.email });
  });

  it('refuses what is no phone number with a field error, changing nothing', async () => {
    await patchMe(ikm, { phone: '0812-3456-7890' }).expect(200);
    for (const phone of ['0812', '+62 812 1', 'bukan nomor', '+6212345678', 81234567890]) {
      const res = await patchMe(ikm, { phone }).expect(400);
      expect(res.body.errors.length).toBeGreaterThan(0);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(res.body.errors.map(() => 'phone'));
    }
    await patchMe(ikm, { fullName: ' ' }).expect(400);
    await patchMe(ikm, { role: 'admin' }).expect(400); // not the owner's to change
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', ikm.auth).expect(200);
    expect(me.body).toMatchObject({ phone: '+6281234567890', role: 'ikm_owner' });
  });

  it('changes the name, and removes the phone with null', async () => {
    const user = await createUser(t, 'estate_manager', 'phone-remove');
    await patchMe(user, { phone: '0813 1111 2222', fullName: '  Dewi Anggraini ' }).expect(200);
    const res = await patchMe(user, { phone: null }).expect(200);
    expect(res.body).toMatchObject({ phone: null, fullName: 'Dewi Anggraini' });
  });

  it('stores a supplier contact phone in E.164 and refuses an invalid one naming contact.phone', async () => {
    const supplier = await createSupplier(t, ikm, {
      nib: undefined,
      contact: { phone: '0812-2345-6789', email: 'cs@logam.id' },
    });
    expect(supplier.contact).toEqual({ phone: '+6281223456789', email: 'cs@logam.id' });
    const bad = await t.http
      .patch(`/api/v1/suppliers/${supplier.id}`)
      .set('Authorization', ikm.auth)
      .send({ contact: { phone: '0812', email: 'cs@logam.id' } })
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'contact.phone' })]);
  });

  it('links both sides to WhatsApp from engaged on, only for the two sides and only for mobile numbers', async () => {
    await patchMe(oem, { phone: '+62 857-1234-5678' }).expect(200);
    const buyer = await createBuyer(t, oem);
    const request = await createRequest(
      t,
      oem,
      buyer,
      { processes: [PROCESS], materials: [], requiredCertifications: [], maxDistanceKm: null, minTkdnPercent: null },
      { publish: true },
    );
    const mobile = await createSupplier(t, ikm, { nib: undefined, processes: [PROCESS] });
    const landline = await createSupplier(t, ikm, {
      nib: undefined,
      processes: [PROCESS],
      contact: { phone: '0260 411234', email: 'kantor@logam.id' },
    });
    const engage = async (supplierId: string) => {
      const { body: match } = await t.http
        .post('/api/v1/matches')
        .set('Authorization', curator.auth)
        .send({ sourcingRequestId: request.id, supplierId })
        .expect(201);
      const send = (user: TestUser, type: string) =>
        t.http.post(`/api/v1/matches/${match.id}/events`).set('Authorization', user.auth).send({ type }).expect(200);
      await send(curator, 'introduce');
      await send(oem, 'accept');
      // Introduced and accepted by one side only: no contact, no link yet.
      expect((await view(oem, match.id)).body).not.toHaveProperty('counterpartContact');
      await send(ikm, 'accept');
      return match.id as string;
    };
    const view = (user: TestUser, id: string) => t.http.get(`/api/v1/matches/${id}`).set('Authorization', user.auth);

    const engaged = await engage(mobile.id);
    expect((await view(oem, engaged).expect(200)).body.counterpartContact).toMatchObject({
      phone: '+6281223456789',
      whatsappUrl: 'https://wa.me/6281223456789',
    });
    expect((await view(ikm, engaged).expect(200)).body.counterpartContact).toEqual({
      name: 'PT Motor Listrik Nusantara',
      person: 'Test phone-oem',
      email: oem.email,
      phone: '+6285712345678',
      whatsappUrl: 'https://wa.me/6285712345678',
    });
    // Curators see no contacts on matches; other buyers do not see the match at all.
    expect((await view(curator, engaged).expect(200)).body).not.toHaveProperty('counterpartContact');
    await view(otherOem, engaged).expect(404);

    // A landline is shown, without a WhatsApp link.
    const withLandline = await engage(landline.id);
    const contact = (await view(oem, withLandline).expect(200)).body.counterpartContact;
    expect(contact).toMatchObject({ phone: '+62260411234' });
    expect(contact).not.toHaveProperty('whatsappUrl');
  });
});
