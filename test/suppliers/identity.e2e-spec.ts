import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, TestUser } from '../support/accounts';
import { createSupplier, supplierBody } from '../support/suppliers';

/** Legal form, NPWP and size class as Indonesian law defines them. */
describe('Firm identity: legal form, NPWP, size class', () => {
  let t: TestApp;
  let owner: TestUser;
  let otherIkm: TestUser;
  let curator: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    [owner, otherIkm, curator] = await Promise.all([
      createUser(t, 'ikm_owner'),
      createUser(t, 'ikm_owner', 'identity-other'),
      createUser(t, 'curator'),
    ]);
  });
  afterAll(() => t.close());

  const post = (overrides: Record<string, unknown>) =>
    t.http.post('/api/v1/suppliers').set('Authorization', owner.auth).send(supplierBody(overrides));
  const fields = (res: { body: { errors?: { field: string }[] } }) => res.body.errors?.map((e) => e.field);

  it("takes a UD's NPWP only as its owner's NIK, and pads an older 15-digit NPWP of a CV", async () => {
    const padded = await post({ name: 'UD Las Sumedang', legalForm: 'ud', npwp: '01.234.567.8-901.234' });
    expect(padded.status).toBe(400);
    expect(fields(padded)).toEqual(['npwp']);
    expect(padded.body.errors[0].message).toMatch(/NIK/);

    const ud = await post({ name: 'UD Las Sumedang', legalForm: 'ud', npwp: '3211 0417 0885 0003' });
    expect(ud.status).toBe(201);
    expect(ud.body).toMatchObject({ legalForm: 'ud', npwp: '3211041708850003' });

    const cv = await post({ name: 'CV Logam Jaya', legalForm: 'cv', npwp: '01.234.567.8-901.234' });
    expect(cv.body).toMatchObject({ legalForm: 'cv', npwp: '0012345678901234' });
    // Turning the CV into a UD with its padded NPWP is refused too, and changes nothing.
    const patch = await t.http
      .patch(`/api/v1/suppliers/${cv.body.id}`)
      .set('Authorization', owner.auth)
      .send({ legalForm: 'ud' });
    expect(fields(patch)).toEqual(['npwp']);
    const after = await t.http.get(`/api/v1/suppliers/${cv.body.id}`).set('Authorization', owner.auth).expect(200);
    expect(after.body).toMatchObject({ legalForm: 'cv', version: cv.body.version });
    // The database holds the same rule.
    await expect(
      t.app.get(DataSource).query(`UPDATE suppliers SET legal_form = 'ud' WHERE id = $1`, [cv.body.id]),
    ).rejects.toThrow(/suppliers_owner_npwp_check/);
    expect((await post({ legalForm: 'bumn' })).status).toBe(400);
  });

  it('sizes the firm from its annual sales or capital by PP 7/2021, and keeps the figures private', async () => {
    const small = await createSupplier(t, owner, { sizeClass: undefined, annualTurnoverIdr: 4_200_000_000 });
    expect(small).toMatchObject({ sizeClass: 'small', annualTurnoverIdr: 4_200_000_000 });
    const byCapital = await createSupplier(t, owner, { sizeClass: undefined, businessCapitalIdr: 850_000_000 });
    expect(byCapital.sizeClass).toBe('micro');
    // 45 employees do not make a firm medium; the figures do, and a size class that disagrees is refused.
    const conflict = await post({ sizeClass: 'medium', annualTurnoverIdr: 4_200_000_000 });
    expect(fields(conflict)).toEqual(['sizeClass']);
    const grown = await t.http
      .patch(`/api/v1/suppliers/${small.id}`)
      .set('Authorization', owner.auth)
      .send({ annualTurnoverIdr: 60_000_000_000 })
      .expect(200);
    expect(grown.body.sizeClass).toBe('large');

    const asCurator = await t.http.get(`/api/v1/suppliers/${small.id}`).set('Authorization', curator.auth).expect(200);
    expect(asCurator.body.annualTurnoverIdr).toBe(60_000_000_000);
    const asOutsider = await t.http
      .get(`/api/v1/suppliers/${small.id}`)
      .set('Authorization', otherIkm.auth)
      .expect(200);
    expect(asOutsider.body.sizeClass).toBe('large');
    for (const key of ['annualTurnoverIdr', 'businessCapitalIdr', 'npwp'])
      expect(asOutsider.body).not.toHaveProperty(key);
    for (const annualTurnoverIdr of [-1, 1.5, '4000000000', 1e16]) {
      expect({ annualTurnoverIdr, status: (await post({ annualTurnoverIdr })).status }).toEqual({
        annualTurnoverIdr,
        status: 400,
      });
    }
  });
});
