import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { photo, tinyPdf } from '../../test/support/documents';
import { uniqueWord } from '../../test/support/suppliers';
import { call, createOwner, login, uniqueNib, type Schemas } from './support/api';
import { axeViolations, blocking, DEMO, launchBrowser, openApp, screenshot, signIn } from './support/browser';
import { expectFullyTranslated } from './support/translation';

const ISO_9001 = 'ISO 9001 (Sistem Manajemen Mutu)';

async function expectAccessible(page: Page): Promise<void> {
  // Away from what was clicked last: a hovered button is drawn on its hover background, which is not how it reads.
  await page.mouse.move(0, 0);
  expect(blocking(await axeViolations(page))).toEqual([]);
}

/** Once the toasts have closed by themselves (after 4 s), so that a screenshot shows the page under them. */
const toastsGone = (page: Page) => page.waitForFunction(() => !document.querySelector('.mantine-Notification-root'));

/** A file attached through the API, as the owner's pages attach it. */
async function attach(path: string, token: string, content: Buffer, name: string, type: string, fields = {}) {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(content)], { type }), name);
  for (const [key, value] of Object.entries(fields)) body.append(key, String(value));
  return call<Schemas['DocumentDto']>(path, { method: 'POST', token, body });
}

/** A new owner's workshop with a declared ISO 9001, which the demo buyer's requests ask for. */
async function ownerWithCertificate(changes: Partial<Schemas['CreateSupplierDto']> = {}) {
  const owner = await createOwner(changes);
  const certificate = await call<Schemas['SupplierCertificationDto']>(`/suppliers/${owner.supplierId}/certifications`, {
    method: 'POST',
    token: owner.token,
    body: {
      code: 'iso_9001',
      number: `QMS-${uniqueNib().slice(-6)}`,
      issuer: 'TÜV NORD Indonesia',
      validUntil: '2028-05-31',
    },
  });
  return { ...owner, certificate };
}

/** One of the demo buyer's open requests the supplier is eligible for. */
async function demoBuyerRequestFor(supplierId: string, token: string) {
  const buyerToken = await login(DEMO.buyer);
  const buyerId = (await call<Schemas['UserDto']>('/auth/me', { token: buyerToken })).memberships[0].organizationId;
  const buyer = await call<Schemas['BuyerDto']>(`/buyers/${buyerId}`, { token: buyerToken });
  const opportunities = await call<Schemas['OpportunityListDto']>(`/suppliers/${supplierId}/opportunities?limit=100`, {
    token,
  });
  const request = opportunities.items.find((o) => o.sourcingRequest.buyerName === buyer.name)!.sourcingRequest;
  return { request, buyerToken };
}

/** A district office's list, as the import reads it: Indonesian headers, semicolons, decimal commas. */
const HEADER = 'nama;nib;deskripsi;kode_kabupaten;alamat;lintang;bujur;proses;bahan;telepon;surel';
const importRow = (name: string, nib: string, changes: { regency?: string; email?: string } = {}) =>
  [
    name,
    nib,
    'Bubut dan frais CNC untuk komponen otomotif',
    changes.regency ?? '32.11',
    'Jl. Prabu Geusan Ulun No. 8',
    '-6,85',
    '107,92',
    'machining.cnc_turning, machining.cnc_milling',
    'steel.carbon',
    '0261 201234',
    changes.email ?? 'bubut@example.id',
  ].join(';');
const csvFile = (name: string, rows: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...rows].join('\n')),
});

/** The BBSPJILM curator's console: queues, a supplier's review, the match board, shortlisting, bulk import. */
describe('Curator console', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('verifies a new profile and its certificate from its scan, and merges a duplicate without a NIB', async () => {
    const tag = uniqueWord();
    const name = `CV Presisi Logam Cibogo ${tag}`;
    const owner = await ownerWithCertificate({ name });
    await attach(
      `/suppliers/${owner.supplierId}/certifications/${owner.certificate.id}/scans`,
      owner.token,
      tinyPdf(),
      'iso-9001.pdf',
      'application/pdf',
    );
    await attach(
      `/suppliers/${owner.supplierId}/photos`,
      owner.token,
      await photo('jpeg', 640, 480),
      'bengkel.jpg',
      'image/jpeg',
      {
        kind: 'workshop',
        caption: 'Lantai produksi',
      },
    );
    // Two look-alikes of its own in the same regency: one with another NIB (a different firm), one without any.
    const otherFirm = await createOwner({ name: `PT Presisi Logam Cibogo ${tag}` });
    const duplicate = await createOwner({ name: `CV. Presisi Logam Cibogo ${tag}`, nib: undefined });

    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.curator);
    await page.waitForURL('**/curator');
    await page.getByRole('heading', { name: 'Antrean kerja kurator' }).waitFor();
    await page.getByRole('heading', { name: 'Profil menunggu verifikasi' }).waitFor();
    await page.getByText(/\d+ daftar sendiri · \d+ hasil impor/).waitFor();
    const certificates = page.getByRole('region', { name: 'Sertifikat untuk diperiksa' });
    await certificates.getByRole('button', { name: 'Lihat pindaian' }).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'curator-home');

    await page.goto(`/curator/suppliers/${owner.supplierId}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    const certificate = page.getByRole('article', { name: ISO_9001 });
    await certificate.getByRole('button', { name: 'Buka iso-9001.pdf' }).waitFor();
    await page.getByRole('button', { name: 'Buka foto Lantai produksi' }).getByRole('img').waitFor();
    // A rejection needs its reason, which the owner is sent.
    await certificate.getByRole('button', { name: `Tolak sertifikat ${ISO_9001}` }).click();
    await certificate.getByText('Tulis alasan penolakan; pemilik akan menerimanya.').waitFor();
    await certificate.getByLabel('Catatan kurator').fill('Dicocokkan dengan basis data TÜV NORD, nomor terdaftar.');
    await certificate.getByRole('button', { name: `Verifikasi sertifikat ${ISO_9001}` }).click();
    await certificate.getByText('Dicek kurator', { exact: true }).waitFor();

    const duplicates = page.getByRole('region', { name: 'Kemungkinan duplikat' });
    await duplicates.getByRole('button', { name: `Gabungkan ke sini: ${otherFirm.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Gabungkan profil?' });
    await dialog.getByRole('button', { name: 'Ya, gabungkan' }).click();
    // Different NIBs are different firms: the API's problem shows in the dialog, and nothing is merged.
    await dialog.getByRole('alert').waitFor();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await duplicates.getByRole('button', { name: `Gabungkan ke sini: ${duplicate.name}` }).click();
    await dialog.getByRole('button', { name: 'Ya, gabungkan' }).click();
    await duplicates
      .getByRole('button', { name: `Gabungkan ke sini: ${duplicate.name}` })
      .waitFor({ state: 'detached' });

    const verdict = page.getByRole('region', { name: 'Verifikasi profil' });
    await verdict.getByLabel('Catatan kurator').fill('Kunjungan lapangan: mesin dan alamat sesuai NIB.');
    await verdict.getByRole('button', { name: 'Verifikasi profil' }).click();
    await page.getByText('Terverifikasi', { exact: true }).first().waitFor();
    await expectAccessible(page);
    await toastsGone(page);
    await screenshot(page, 'curator-supplier-review');

    const curatorToken = await login(DEMO.curator);
    const profile = await call<Schemas['SupplierDto']>(`/suppliers/${owner.supplierId}`, { token: curatorToken });
    expect(profile.verification).toBe('verified');
    expect(profile.verificationReason).toBe('Kunjungan lapangan: mesin dan alamat sesuai NIB.');
    expect(profile.certifications.find((c) => c.id === owner.certificate.id)?.status).toBe('verified');
    await expect(call(`/suppliers/${duplicate.supplierId}`, { token: curatorToken })).rejects.toThrow(/404/);
    expect((await call<Schemas['SupplierDto']>(`/suppliers/${otherFirm.supplierId}`, { token: curatorToken })).id).toBe(
      otherFirm.supplierId,
    );
    expect(problems).toEqual([]);
  });

  it('introduces a match a buyer asked for, and reads its history on the board', async () => {
    const owner = await ownerWithCertificate();
    const { request, buyerToken } = await demoBuyerRequestFor(owner.supplierId, owner.token);
    const asked = await call<Schemas['MatchDto']>('/matches', {
      method: 'POST',
      token: buyerToken,
      body: { sourcingRequestId: request.id, supplierId: owner.supplierId, note: 'Butuh pemasok kedua di Subang.' },
    });
    expect(asked.status).toBe('requested');

    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.curator);
    await page.getByRole('link', { name: 'Papan perkenalan' }).click();
    await page.getByRole('heading', { name: 'Papan perkenalan', level: 1 }).waitFor();
    const requested = page.getByRole('tabpanel').getByRole('article').filter({ hasText: owner.name });
    await requested
      .getByText(/^Diminta pembeli/)
      .first()
      .waitFor();
    await requested.getByRole('button', { name: 'Perkenalkan' }).click();
    await requested.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: /^Diperkenalkan/ }).click();
    const introduced = page.getByRole('tabpanel').getByRole('article').filter({ hasText: owner.name });
    await introduced.getByText('Menunggu jawaban pembeli dan pemasok.').waitFor();
    await introduced
      .getByText(/0 hari di tahap ini$/)
      .first()
      .waitFor();
    await introduced.getByRole('button', { name: 'Lihat riwayat' }).click();
    await introduced
      .getByText(/meminta perkenalan$/)
      .first()
      .waitFor();
    await introduced
      .getByText(/memperkenalkan$/)
      .first()
      .waitFor();
    await introduced.getByText('“Butuh pemasok kedua di Subang.”').first().waitFor();
    await expectAccessible(page);
    await toastsGone(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'curator-matches');

    const match = await call<Schemas['MatchDto']>(`/matches/${asked.id}`, { token: await login(DEMO.curator) });
    expect(match.status).toBe('introduced');
    expect(problems).toEqual([]);
  });

  it("shortlists a supplier from a request's ranked candidates in one click", async () => {
    const owner = await ownerWithCertificate();
    const { request } = await demoBuyerRequestFor(owner.supplierId, owner.token);
    const curatorToken = await login(DEMO.curator);
    // The page of the ranked list the new workshop is on.
    let page = 1;
    for (; ; page++) {
      const list = await call<Schemas['CandidateListDto']>(
        `/sourcing-requests/${request.id}/candidates?page=${page}&limit=20`,
        { token: curatorToken },
      );
      if (list.items.some((c) => c.supplier.id === owner.supplierId)) break;
      if (list.items.length < 20) throw new Error('the new workshop is not a candidate');
    }

    const app = await openApp(browser);
    await signIn(app.page, DEMO.curator);
    await app.page.getByRole('link', { name: 'Permintaan', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Permintaan pengadaan', level: 1 }).waitFor();
    await app.page.getByRole('article').first().waitFor();
    await expectAccessible(app.page);
    await screenshot(app.page, 'curator-requests');

    await app.page.goto(`/curator/requests/${request.id}?page=${page}`);
    const card = app.page.getByRole('article', { name: owner.name });
    await card.getByRole('button', { name: `Usulkan ${owner.name}` }).click();
    await card.getByText('Diusulkan', { exact: true }).waitFor();
    await expectAccessible(app.page);
    await toastsGone(app.page);
    await screenshot(app.page, 'curator-shortlist');

    const matches = await call<Schemas['MatchListDto']>(`/matches?supplierId=${owner.supplierId}`, {
      token: curatorToken,
    });
    expect(matches.items.map((m) => [m.status, m.sourcingRequest.id])).toEqual([['shortlisted', request.id]]);
    expect(app.problems).toEqual([]);
  });

  it('checks an import file row by row, marks the cells at fault, and imports the corrected file', async () => {
    const tag = uniqueWord();
    const names = [
      `CV Bubut Sumedang ${tag}`,
      `UD Frais Jatinangor ${tag}`,
      `CV Las Tanjungsari ${tag}`,
      `PT Tempa Rancakalong ${tag}`,
    ];
    const nibs = names.map(() => uniqueNib());
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.curator);
    await page.getByRole('link', { name: 'Impor data IKM' }).click();
    await page.getByRole('heading', { name: 'Impor data IKM', level: 1 }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh templat' }).click();
    const template = await download;
    expect(template.suggestedFilename()).toBe('templat-impor-ikm.csv');
    expect(readFileSync(await template.path(), 'utf8')).toMatch(/^\uFEFFnama;nib;kode_kbli;skala_usaha;/);

    const file = page.locator('input[type=file]');
    await file.setInputFiles(
      csvFile('ikm-sumedang.csv', [
        importRow(names[0], nibs[0]),
        importRow(names[1], nibs[1], { regency: '32.99' }),
        importRow(names[2], nibs[2], { email: 'bukan-email' }),
        importRow(names[3], nibs[3]),
      ]),
    );
    await page.getByRole('heading', { name: 'Hasil pemeriksaan' }).waitFor();
    // Each faulty row under the file's own headers, the cell at fault marked with what is wrong.
    const unknownRegency = page.getByRole('row').filter({ hasText: names[1] });
    await unknownRegency.locator('[data-fault="regency_code"]').getByText('32.99', { exact: true }).waitFor();
    const badEmail = page.getByRole('row').filter({ hasText: names[2] });
    await badEmail.locator('[data-fault="email"]').getByText('bukan-email', { exact: true }).waitFor();
    await badEmail.getByText(/alamat e-mail/).waitFor();
    expect(await page.locator('[data-fault]').count()).toBe(2);
    await page.getByRole('columnheader', { name: 'kode_kabupaten' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: names[0] }).count()).toBe(0); // only the faulty rows
    await page.getByText('Perbaiki baris yang bermasalah di file, lalu pilih file itu lagi.').waitFor();
    expect(await page.getByRole('button', { name: /^Impor \d+ pemasok$/ }).isDisabled()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'curator-import');

    await file.setInputFiles(
      csvFile(
        'ikm-sumedang.csv',
        names.map((name, i) => importRow(name, nibs[i])),
      ),
    );
    await page.getByText('Semua baris (4)', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Impor 4 pemasok' }).click();
    await page.getByText('4 pemasok baru, 0 diperbarui.').first().waitFor();

    const found = await call<Schemas['SupplierSearchResultDto']>(`/suppliers?q=${tag}`, {
      token: await login(DEMO.curator),
    });
    expect(found.items.map((s) => s.name).sort()).toEqual([...names].sort());
    await expectFullyTranslated(page, () => page.getByText('EN', { exact: true }).click());
    expect(problems).toEqual([]);
  });
});
