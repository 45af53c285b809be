import sharp from 'sharp';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, registerUser, TestUser } from '../support/accounts';
import { asBuffer, documentRows, jpegWithGps, photo, pngHeaderOnly, storedFiles, tinyPdf } from '../support/documents';
import { addCertification, createSupplier } from '../support/suppliers';

describe('Documents and photos', () => {
  let t: TestApp;
  let owner: TestUser;
  let otherOwner: TestUser;
  let buyer: TestUser;
  let curator: TestUser;
  let admin: TestUser;
  let supplierId: string;
  let certId: string;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    owner = await registerUser(t, 'ikm_owner', 'owner');
    otherOwner = await registerUser(t, 'ikm_owner', 'other');
    buyer = await registerUser(t, 'oem_buyer', 'buyer');
    curator = await createUser(t, 'curator');
    admin = await createUser(t, 'admin');
    supplierId = (await createSupplier(t, owner, { nib: undefined })).id;
    certId = (await addCertification(t, owner, supplierId)).id;
  });
  afterAll(() => t.close());

  const scans = (cert = certId, supplier = supplierId) => `/api/v1/suppliers/${supplier}/certifications/${cert}/scans`;
  const photos = (supplier = supplierId) => `/api/v1/suppliers/${supplier}/photos`;
  const upload = (
    path: string,
    user: TestUser | null,
    file: Buffer,
    name: string,
    fields: Record<string, string> = {},
  ) => {
    const call = t.http.post(path);
    if (user) call.set('Authorization', user.auth);
    for (const [key, value] of Object.entries(fields)) call.field(key, value);
    return call.attach('file', file, name);
  };
  const download = (path: string, user: TestUser) =>
    t.http.get(path).set('Authorization', user.auth).buffer(true).parse(asBuffer);

  it('stores a PDF scan as it came and serves it as an attachment, privately and unsniffed', async () => {
    const pdf = tinyPdf();
    const res = await upload(scans(), owner, pdf, 'ISO 9001 "asli".pdf', { caption: ' Halaman 1 ' }).expect(201);
    expect(res.body).toMatchObject({
      purpose: 'certificate_scan',
      certificationId: certId,
      contentType: 'application/pdf',
      byteSize: pdf.length,
      fileName: 'ISO 9001 asli.pdf',
      caption: 'Halaman 1',
      hasThumbnail: false,
      width: null,
    });
    const file = await download(`${scans()}/${res.body.id}`, buyer).expect(200);
    expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="ISO 9001 asli.pdf"; filename*=UTF-8''ISO%209001%20asli.pdf`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toMatch(/^private/);
    expect(file.headers.etag).toBe(`"${res.body.sha256}"`);
    await t.http.get(`${scans()}/${res.body.id}?thumbnail=true`).set('Authorization', owner.auth).expect(404);
    const list = await t.http.get(scans()).set('Authorization', otherOwner.auth).expect(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).toContain(res.body.id);
  });

  it('goes by the content, not the name: a PNG named .pdf is stored as the PNG it is', async () => {
    const res = await upload(scans(), owner, await photo('png', 300, 200), 'sertifikat.pdf').expect(201);
    expect(res.body).toMatchObject({ contentType: 'image/png', fileName: 'sertifikat.png', width: 300, height: 200 });
    const file = await download(`${scans()}/${res.body.id}`, owner).expect(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect((await sharp(file.body as Buffer).metadata()).format).toBe('png');
  });

  it('refuses HTML, an executable and a truncated JPEG named .jpg with 415, storing nothing', async () => {
    const rowsBefore = await documentRows(t, supplierId);
    const filesBefore = storedFiles(t).length;
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(512, 1)]);
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    const jpeg = await photo('jpeg', 400, 300);
    for (const [file, name] of [
      [html, 'foto.jpg'],
      [exe, 'mesin.jpg'],
      [jpeg.subarray(0, 600), 'terpotong.jpg'],
      [Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'), 'animasi.png'],
    ] as const) {
      const res = await upload(photos(), owner, file, name).expect(415);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 415, errors: [{ field: 'file', message: expect.any(String) }] });
    }
    // A PDF is a scan, not a photo.
    await upload(photos(), owner, tinyPdf(), 'foto.jpg').expect(415);
    expect(await documentRows(t, supplierId)).toBe(rowsBefore);
    expect(storedFiles(t).length).toBe(filesBefore);
  });

  it('refuses a file over the limit with 413 and stores nothing', async () => {
    const rowsBefore = await documentRows(t, supplierId);
    const filesBefore = storedFiles(t).length;
    const tooBig = Buffer.concat([await photo('jpeg', 64, 64), Buffer.alloc(15 * 1024 * 1024 + 1)]);
    const res = await upload(photos(), owner, tooBig, 'besar.jpg').catch((error: { response?: unknown }) => {
      // The server may answer before the client has sent the whole body.
      if (error.response) return error.response as Awaited<ReturnType<typeof upload>>;
      throw error;
    });
    expect(res.status).toBe(413);
    // A PDF has a lower limit than an image.
    const bigPdf = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]);
    const pdfRes = await upload(scans(), owner, bigPdf, 'besar.pdf').expect(413);
    expect(pdfRes.body.detail).toMatch(/10 MB/);
    // A decompression bomb: a few bytes promising 400 megapixels.
    const bomb = await upload(photos(), owner, pngHeaderOnly(20_000, 20_000), 'bom.png').expect(413);
    expect(bomb.body.detail).toMatch(/megapixels/);
    expect(await documentRows(t, supplierId)).toBe(rowsBefore);
    expect(storedFiles(t).length).toBe(filesBefore);
  });

  it('re-encodes photos upright without EXIF (no GPS), with a smaller thumbnail', async () => {
    const original = await jpegWithGps(1200, 800);
    const originalMeta = await sharp(original).metadata();
    expect(originalMeta.orientation).toBe(6);
    // The GPS IFD pointer (tag 0x8825, little-endian) and the latitude reference are in the phone's EXIF.
    expect(originalMeta.exif!.includes(Buffer.from([0x25, 0x88, 0x04, 0x00]))).toBe(true);
    expect(original.includes(Buffer.from('RantaiPhone'))).toBe(true);
    const res = await upload(photos(), owner, original, 'IMG_0001.JPG', {
      kind: 'machine',
      caption: 'Mesin bubut',
    }).expect(201);
    // Orientation 6 turns it: stored 800 × 1200.
    expect(res.body).toMatchObject({
      contentType: 'image/jpeg',
      kind: 'machine',
      width: 800,
      height: 1200,
      hasThumbnail: true,
    });
    const stored = (await download(`${photos()}/${res.body.id}`, buyer).expect(200)).body as Buffer;
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([800, 1200]);
    expect(stored.includes(Buffer.from('RantaiPhone'))).toBe(false);
    expect(stored.includes(Buffer.from('Exif\0\0'))).toBe(false);

    const thumb = await download(`${photos()}/${res.body.id}?thumbnail=true`, buyer).expect(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(thumb.headers['content-disposition']).toMatch(/^inline; filename="IMG_0001-thumbnail.jpg"/);
    const thumbMeta = await sharp(thumb.body as Buffer).metadata();
    expect(Math.max(thumbMeta.width, thumbMeta.height)).toBe(320);
    expect(thumbMeta.exif).toBeUndefined();
    expect((thumb.body as Buffer).length).toBeLessThan(stored.length);
  });

  it('limits how many scans a certificate has (409), counting only that certificate', async () => {
    const cert = (await addCertification(t, owner, supplierId, { code: 'smk3' })).id;
    for (let i = 0; i < 5; i++) await upload(scans(cert), owner, tinyPdf(`hal ${i}`), `hal-${i}.pdf`).expect(201);
    const filesBefore = storedFiles(t).length;
    const res = await upload(scans(cert), owner, tinyPdf(), 'hal-6.pdf').expect(409);
    expect(res.body).toMatchObject({ type: expect.stringMatching(/too-many-files$/), limit: 5 });
    expect(res.body.detail).toMatch(/At most 5 scans per certificate/);
    expect(storedFiles(t).length).toBe(filesBefore);
    // Deleting one makes room again.
    const list = await t.http.get(scans(cert)).set('Authorization', owner.auth).expect(200);
    expect(list.body.total).toBe(5);
    await t.http
      .delete(`${scans(cert)}/${list.body.items[0].id}`)
      .set('Authorization', owner.auth)
      .expect(204);
    expect(storedFiles(t).length).toBe(filesBefore - 1);
    await upload(scans(cert), owner, tinyPdf(), 'hal-6.pdf').expect(201);
  });

  it('lets members and curators upload scans and photos; other owners, buyers and admins may not', async () => {
    const png = await photo('png', 64, 64);
    await upload(scans(), null, tinyPdf(), 'x.pdf').expect(401);
    await upload(photos(), null, png, 'x.png').expect(401);
    for (const user of [otherOwner, buyer, admin]) {
      await upload(scans(), user, tinyPdf(), 'x.pdf').expect(403);
      await upload(photos(), user, png, 'x.png').expect(403);
    }
    const estate = await registerUser(t, 'estate_manager', 'estate');
    await upload(photos(), estate, png, 'x.png').expect(403);
    const byCurator = await upload(scans(), curator, tinyPdf(), 'dari-kurator.pdf').expect(201);
    await upload(photos(), curator, png, 'x.png').expect(201);
    // Another supplier's certificate under this supplier's path does not exist.
    const elsewhere = (await createSupplier(t, otherOwner, { nib: undefined })).id;
    const foreignCert = (await addCertification(t, otherOwner, elsewhere)).id;
    await upload(scans(foreignCert), owner, tinyPdf(), 'x.pdf').expect(404);
    await download(`${scans(foreignCert, elsewhere)}/${byCurator.body.id}`, owner).expect(404);
    // Whoever may see the certificate may download its scan; nobody without a token.
    for (const user of [owner, otherOwner, buyer, estate, curator, admin]) {
      await download(`${scans()}/${byCurator.body.id}`, user).expect(200);
    }
    await t.http.get(`${scans()}/${byCurator.body.id}`).expect(401);
    // Only members and curators delete.
    for (const user of [otherOwner, buyer, admin]) {
      await t.http.delete(`${scans()}/${byCurator.body.id}`).set('Authorization', user.auth).expect(403);
    }
  });

  it('shows curators’ evidence to the members and staff only', async () => {
    const evidence = `/api/v1/suppliers/${supplierId}/evidence`;
    const certEvidence = `/api/v1/suppliers/${supplierId}/certifications/${certId}/evidence`;
    await upload(evidence, owner, tinyPdf(), 'laporan.pdf').expect(403);
    await upload(evidence, buyer, tinyPdf(), 'laporan.pdf').expect(403);
    const report = await upload(evidence, curator, tinyPdf('Laporan kunjungan'), 'laporan kunjungan.pdf').expect(201);
    const record = await upload(certEvidence, curator, await photo('jpeg', 200, 100), 'kan.jpg').expect(201);
    expect(record.body).toMatchObject({ purpose: 'evidence', certificationId: certId });
    for (const user of [owner, curator, admin]) {
      await download(`${evidence}/${report.body.id}`, user).expect(200);
      const list = await t.http.get(certEvidence).set('Authorization', user.auth).expect(200);
      expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([record.body.id]);
    }
    for (const user of [otherOwner, buyer]) {
      await download(`${evidence}/${report.body.id}`, user).expect(404);
      await t.http.get(evidence).set('Authorization', user.auth).expect(404);
    }
    // Evidence is not a scan: the two lists are apart.
    const scanList = await t.http.get(scans()).set('Authorization', owner.auth).expect(200);
    expect(scanList.body.items.map((d: { id: string }) => d.id)).not.toContain(record.body.id);
    await t.http.delete(`${evidence}/${report.body.id}`).set('Authorization', owner.auth).expect(403);
    await t.http.delete(`${evidence}/${report.body.id}`).set('Authorization', curator.auth).expect(204);
  });

  it('removes the files of a deleted certificate, and all files of a deleted profile', async () => {
    const supplier = (await createSupplier(t, owner, { nib: undefined })).id;
    const cert = (await addCertification(t, owner, supplier)).id;
    const keep = (await addCertification(t, owner, supplier, { code: 'smk3' })).id;
    const filesBefore = storedFiles(t).length;
    await upload(scans(cert, supplier), owner, tinyPdf(), 'a.pdf').expect(201);
    await upload(scans(cert, supplier), owner, await photo('jpeg', 100, 100), 'b.jpg').expect(201); // + thumbnail
    await upload(`/api/v1/suppliers/${supplier}/certifications/${cert}/evidence`, curator, tinyPdf(), 'c.pdf').expect(
      201,
    );
    await upload(scans(keep, supplier), owner, tinyPdf(), 'd.pdf').expect(201);
    await upload(photos(supplier), owner, await photo('png', 100, 100), 'e.png').expect(201); // + thumbnail
    expect(storedFiles(t).length).toBe(filesBefore + 7);
    expect(await documentRows(t, supplier)).toBe(5);

    await t.http
      .delete(`/api/v1/suppliers/${supplier}/certifications/${cert}`)
      .set('Authorization', owner.auth)
      .expect(204);
    expect(storedFiles(t).length).toBe(filesBefore + 3);
    expect(await documentRows(t, supplier)).toBe(2);

    await t.http.delete(`/api/v1/suppliers/${supplier}`).set('Authorization', owner.auth).expect(204);
    expect(storedFiles(t).length).toBe(filesBefore);
    expect(await documentRows(t, supplier)).toBe(0);
    await t.http.get(photos(supplier)).set('Authorization', owner.auth).expect(404);
  });

  it('moves photos with a merged duplicate and scans with the certificates carried over', async () => {
    const survivor = (await createSupplier(t, owner, { nib: undefined })).id;
    const duplicate = (await createSupplier(t, otherOwner, { nib: undefined })).id;
    const cert = (await addCertification(t, otherOwner, duplicate)).id;
    const scan = await upload(scans(cert, duplicate), otherOwner, tinyPdf(), 'scan.pdf').expect(201);
    const pic = await upload(photos(duplicate), otherOwner, await photo('jpeg', 100, 100), 'p.jpg').expect(201);
    await t.http
      .post(`/api/v1/suppliers/${survivor}/merge`)
      .set('Authorization', curator.auth)
      .send({ duplicateId: duplicate })
      .expect(200);
    await download(`${scans(cert, survivor)}/${scan.body.id}`, buyer).expect(200);
    await download(`${photos(survivor)}/${pic.body.id}`, buyer).expect(200);
    expect(await documentRows(t, duplicate)).toBe(0);
  });
});
