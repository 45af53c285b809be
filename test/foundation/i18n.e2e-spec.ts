import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../support/app';
import { createUser, TestUser } from '../support/accounts';
import { createBuyer, requestBody, TestBuyer } from '../support/buyers';

const MESSAGES = join(__dirname, '../../src/i18n');
const keysOf = (language: string) =>
  readdirSync(join(MESSAGES, language)).flatMap((file) =>
    Object.keys(JSON.parse(readFileSync(join(MESSAGES, language, file), 'utf8')) as object).map(
      (key) => `${file.replace('.json', '')}.${key}`,
    ),
  );

/**
 * Validation messages in the reader's language (Indonesian unless the
 * client prefers English), one per field and cause.
 */
describe('Validation messages in Indonesian and English', () => {
  let t: TestApp;
  let buyerUser: TestUser;
  let buyer: TestBuyer;

  beforeAll(async () => {
    t = await createTestApp();
    buyerUser = await createUser(t, 'oem_buyer', 'i18n-buyer');
    buyer = await createBuyer(t, buyerUser);
  });
  afterAll(() => t.close());

  it('has every message in both languages', () => {
    expect(keysOf('en').sort()).toEqual(keysOf('id').sort());
  });

  it('answers an empty sign-up with one message per missing field, in Indonesian by default', async () => {
    const res = await t.http.post('/api/v1/auth/register').send({}).expect(400);
    expect(res.body.detail).toBe('Permintaan berisi kolom yang tidak valid.');
    expect(res.body.errors).toEqual([
      { field: 'email', message: 'email wajib diisi' },
      { field: 'password', message: 'password wajib diisi' },
      { field: 'fullName', message: 'fullName wajib diisi' },
      { field: 'role', message: 'role wajib diisi' },
    ]);
  });

  it('writes English when the client prefers it, with the rule and its limits', async () => {
    const res = await t.http
      .post('/api/v1/auth/register')
      .set('Accept-Language', 'en-US,en;q=0.9')
      .send({ email: 'not-an-email', password: 'short', fullName: 'Budi', role: 'wizard' })
      .expect(400);
    expect(res.body.detail).toBe('The request has invalid fields.');
    expect(res.body.errors).toEqual([
      { field: 'email', message: 'email must be an email address' },
      { field: 'password', message: expect.stringMatching(/^password must be at least \d+ characters long$/) },
      { field: 'role', message: expect.stringMatching(/^role must be one of: ikm_owner, oem_buyer, estate_manager$/) },
    ]);
    const indonesian = await t.http
      .post('/api/v1/auth/register')
      .set('Accept-Language', 'id-ID')
      .send({ email: 'budi@example.id', password: 'short', fullName: 'Budi', role: 'ikm_owner' })
      .expect(400);
    expect(indonesian.body.errors).toEqual([
      { field: 'password', message: expect.stringMatching(/^password harus berisi sedikitnya \d+ karakter$/) },
    ]);
  });

  it('gives each missing score weight one message, not three', async () => {
    const res = await t.http
      .post('/api/v1/sourcing-requests')
      .set('Authorization', buyerUser.auth)
      .send(requestBody(buyer, { scoreWeights: { capability: 30 } }))
      .expect(400);
    expect(res.body.errors).toEqual(
      ['certification', 'distance', 'capacity', 'tkdn', 'verification'].map((weight) => ({
        field: `scoreWeights.${weight}`,
        message: `scoreWeights.${weight} wajib diisi`,
      })),
    );
  });

  it("writes the service's own rules in the reader's language too", async () => {
    const query = { radiusKm: 10 };
    const id = await t.http.get('/api/v1/suppliers').query(query).set('Authorization', buyerUser.auth).expect(400);
    expect(id.body.errors).toEqual([{ field: 'radiusKm', message: 'radiusKm memerlukan near' }]);
    const en = await t.http
      .get('/api/v1/suppliers')
      .query(query)
      .set('Authorization', buyerUser.auth)
      .set('Accept-Language', 'en')
      .expect(400);
    expect(en.body.errors).toEqual([{ field: 'radiusKm', message: 'radiusKm needs near' }]);
    const unknownCode = await t.http
      .get('/api/v1/suppliers')
      .query({ process: 'casting.nope' })
      .set('Authorization', buyerUser.auth)
      .set('Accept-Language', 'en')
      .expect(400);
    expect(unknownCode.body.errors).toEqual([{ field: 'process[0]', message: "unknown process code 'casting.nope'" }]);
  });
});
