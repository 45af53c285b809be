import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  blocking,
  DEMO,
  DESKTOP,
  fieldError,
  launchBrowser,
  openApp,
  PHONE,
  screenshot,
  signIn,
} from './support/browser';
import {
  call,
  createOwner,
  login,
  ownerEligibleForDemoBuyer,
  OWNER_PASSWORD,
  uniqueEmail,
  uniqueNib,
  type Schemas,
} from './support/api';
import { expectFullyTranslated } from './support/translation';

/** The completeness meter's value, as the progress bar tells assistive technology. */
async function completeness(page: Page): Promise<number> {
  const meter = page.getByRole('progressbar', { name: 'Kelengkapan profil' });
  await meter.waitFor();
  return Number(await meter.getAttribute('aria-valuenow'));
}

/** Picks an option of a Mantine (Multi)Select by typing in it, as a person does on a phone. */
async function choose(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

const noHorizontalScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

/** The IKM owner's journey: profile, certificates, opportunities, gaps; the shared inbox and notifications. */
describe('IKM owner', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  // First, on the demo world as it starts, before the journeys below change it.
  it.each([
    ['owner-home', DEMO.owner, '/owner', 'Selamat datang, Asep Hidayat'],
    ['owner-profile', DEMO.owner, '/owner/profile', 'Profil usaha'],
    ['owner-profile-location', DEMO.owner, '/owner/profile?step=location', 'Profil usaha'],
    ['owner-certificates', DEMO.owner, '/owner/certificates', 'Sertifikat'],
    ['owner-opportunities', DEMO.owner, '/owner/opportunities', 'Peluang'],
    ['owner-gaps', DEMO.owner, '/owner/gaps', 'Kesenjangan'],
    ['owner-matches', DEMO.buyer, '/matches', 'Perkenalan'],
    ['owner-notifications', DEMO.owner, '/notifications', 'Notifikasi'],
  ])('passes axe on %s at 360 and 1280 px', async (name, email, path, heading) => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, problems } = await openApp(browser, { viewport });
      await signIn(page, email);
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // Every page's data has come when the last call has answered.
      await page.waitForLoadState('networkidle');
      await noHorizontalScroll(page);
      expect(blocking(await axeViolations(page))).toEqual([]);
      await screenshot(page, name);
      expect(problems).toEqual([]);
    }
  });

  it('signs up, builds the profile in the wizard, fixes a refused NIB on its step, adds a certificate with a scan, and sees the profile grow stronger', async () => {
    const { page, problems } = await openApp(browser, { viewport: PHONE });
    const email = uniqueEmail('ujang');
    await page.goto('/sign-up');
    await page.getByLabel('Nama lengkap').fill('Ujang Saepudin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Nomor HP / WhatsApp').fill('0812-2233-4455');
    await page.getByLabel('Kata sandi').fill(OWNER_PASSWORD);
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.waitForURL('**/owner');

    // No profile yet: the home page says so and leads to the wizard.
    await page.getByText('Profil usaha belum dibuat').waitFor();
    await page.getByRole('link', { name: 'Buat profil usaha' }).click();
    await page.getByRole('heading', { name: 'Langkah 1 dari 6: Identitas usaha' }).waitFor();
    await noHorizontalScroll(page);

    await page.getByLabel('Nama usaha').fill('CV Bubut Presisi Tanjungsiang');
    await page.getByLabel('Bentuk usaha').selectOption('cv');
    await page.getByLabel('NIB', { exact: true }).fill('12345');
    await page.getByLabel('Jumlah karyawan').fill('12');
    await page.getByLabel('Omzet per tahun').fill('1500000000');
    await choose(page, 'KBLI', '25920', /^25920/);
    await page
      .getByLabel('Uraian usaha')
      .fill(
        'Pembubutan CNC poros, bos roda dan flens baja karbon untuk komponen sepeda motor listrik dan tier-2 otomotif.',
      );
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByRole('heading', { name: 'Langkah 2 dari 6: Lokasi' }).waitFor();
    await page
      .getByLabel('Alamat bengkel')
      .fill('Jl. Raya Tanjungsiang No. 21, Kecamatan Tanjungsiang, Kabupaten Subang');
    await choose(page, 'Kabupaten/kota', 'Subang', 'Kabupaten Subang');
    // A tap on the map puts the point there; typed coordinates (from a maps app) refine it.
    const latitude = page.getByLabel('Lintang (latitude)');
    await page.locator('.leaflet-container').click();
    await page.waitForFunction((input) => (input as HTMLInputElement).value !== '', await latitude.elementHandle());
    expect(Number((await latitude.inputValue()).replace(',', '.'))).toBeCloseTo(-6.5, 0);
    await latitude.fill('-6.7421');
    await page.getByLabel('Bujur (longitude)').fill('107.7957');
    await noHorizontalScroll(page);
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByRole('heading', { name: 'Langkah 3 dari 6: Kemampuan' }).waitFor();
    // The everyday word finds the process by its alias.
    await choose(page, 'Proses yang dikerjakan', 'bubut', 'Bubut CNC');
    await choose(page, 'Bahan yang dikerjakan', 'karbon', 'Baja Karbon');
    await choose(page, 'Komponen yang dibuat', 'braket', 'Braket');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByRole('heading', { name: 'Langkah 4 dari 6: Mesin' }).waitFor();
    await page.getByRole('button', { name: 'Tambah mesin' }).click();
    await page.getByLabel('Jenis mesin').fill('Mesin bubut CNC');
    await page.getByLabel('Jumlah unit').fill('3');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByRole('heading', { name: 'Langkah 5 dari 6: Kapasitas & TKDN' }).waitFor();
    await page.getByLabel('Kapasitas per bulan').fill('4000');
    await page.getByLabel('TKDN', { exact: true }).fill('45');
    await page.getByRole('button', { name: 'Lanjut' }).click();

    await page.getByRole('heading', { name: 'Langkah 6 dari 6: Kontak' }).waitFor();
    // A new profile starts with the owner's own contact.
    expect(await page.getByLabel('Email untuk pembeli').inputValue()).toBe(email);
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/suppliers') && r.status() === 400);
    await page.getByRole('button', { name: 'Simpan profil' }).click();
    await refused;

    // The API's word on the NIB shows under its input, on the step that asks for it.
    await page.getByRole('heading', { name: 'Langkah 1 dari 6: Identitas usaha' }).waitFor();
    expect(await fieldError(page, 'NIB')).toMatch(/13/);
    await page.getByLabel('NIB', { exact: true }).fill(uniqueNib());
    await page.getByRole('button', { name: 'Simpan profil' }).click();
    await page.waitForURL('**/owner');

    // Nine of twelve: what is left are certificates and the curators' verification.
    await page.getByRole('heading', { name: 'CV Bubut Presisi Tanjungsiang' }).waitFor();
    const before = await completeness(page);
    expect(before).toBe(75);
    await page.getByText('Menunggu verifikasi', { exact: true }).waitFor();
    await page.getByRole('link', { name: /^Sertifikat yang dimiliki/ }).click();

    await page.getByRole('heading', { name: 'Sertifikat', level: 1 }).waitFor();
    await page.getByText('Belum ada sertifikat.').waitFor();
    await choose(page, 'Jenis sertifikat', 'ISO 9001', /^ISO 9001/);
    await page.getByLabel('Nomor sertifikat').fill('QMS-2025-0412');
    await page.getByLabel('Lembaga penerbit').fill('TÜV Rheinland Indonesia');
    await page.getByLabel('Berlaku sejak').fill('2025-03-01');
    await page.getByLabel('Berlaku sampai').fill('2028-02-29');
    await page.getByRole('button', { name: 'Simpan sertifikat' }).click();

    const card = page.getByRole('region', { name: /^ISO 9001/ });
    await card.getByText('Belum dicek').waitFor();
    await card.getByText('No. QMS-2025-0412 · TÜV Rheinland Indonesia').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await card.getByRole('button', { name: 'Unggah pindaian' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'sertifikat iso 9001.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    });
    await card.getByRole('button', { name: 'sertifikat iso 9001.pdf', exact: true }).waitFor();
    await card.getByText(/^1 kB · diunggah/).waitFor();
    await noHorizontalScroll(page);

    await page.goto('/owner');
    await page.getByRole('heading', { name: 'CV Bubut Presisi Tanjungsiang' }).waitFor();
    expect(await completeness(page)).toBeGreaterThan(before);
    expect(problems).toEqual([]);
  });

  it('sees opportunities with explained scores, says "saya berminat" on one, and sees gaps with the requests they would open', async () => {
    // A workshop like the demo IKM's, without its matches: the demo world has matched it to both its requests.
    const { token, supplierId, email } = await createOwner();
    const { page, problems } = await openApp(browser);
    await signIn(page, email, OWNER_PASSWORD);
    const opportunities = await call<Schemas['OpportunityListDto']>(`/suppliers/${supplierId}/opportunities`, {
      token,
    });
    expect(opportunities.total).toBeGreaterThan(0);
    const chosen = opportunities.items[0];

    await page.getByRole('link', { name: 'Peluang', exact: true }).click();
    await page.getByRole('heading', { name: 'Peluang', level: 1 }).waitFor();
    const card = page.getByRole('article', { name: chosen.sourcingRequest.title });
    await card.getByText(`Skor ${chosen.score.toLocaleString('id-ID', { maximumFractionDigits: 1 })}`).waitFor();
    // Every factor of the score, with the API's reason.
    for (const factor of chosen.breakdown) await card.getByText(factor.reason, { exact: true }).waitFor();
    await card.getByText(/^Batas \d+ \w+ \d{4}/).waitFor();

    await card.getByRole('button', { name: 'Saya berminat' }).click();
    await card
      .getByLabel('Pesan untuk kurator (boleh dikosongkan)')
      .fill('Kami punya empat mesin die casting 250 ton.');
    await card.getByRole('button', { name: 'Minta diperkenalkan' }).click();
    await card.getByText('Diminta', { exact: true }).waitFor();
    await card.getByRole('link', { name: 'Lihat di Perkenalan' }).waitFor();
    const matches = await call<Schemas['MatchListDto']>(`/matches?supplierId=${supplierId}`, { token });
    const requested = matches.items.find((m) => m.sourcingRequest.id === chosen.sourcingRequest.id);
    expect(requested).toMatchObject({ status: 'requested', requestedBy: 'supplier' });
    expect(requested!.note).toBe('Kami punya empat mesin die casting 250 ton.');

    const gaps = await call<Schemas['GapListDto']>(`/suppliers/${supplierId}/gaps`, { token });
    const top = gaps.items[0];
    await page.getByRole('link', { name: 'Kesenjangan', exact: true }).click();
    await page.getByText(`${gaps.blockedRequests} permintaan terbuka belum bisa Anda ikuti.`).waitFor();
    const gap = page.getByRole('article').first();
    // What is missing by name (not code), how many requests it opens, and which.
    await gap.getByRole('heading', { name: top.missing.map((m) => m.name).join(' + ') }).waitFor();
    await gap.getByText(`Membuka ${top.requests} permintaan`).waitFor();
    for (const request of top.sourcingRequests) await gap.getByText(request.title, { exact: true }).waitFor();
    await gap.getByRole('link', { name: 'Ubah kemampuan' }).first().click();
    await page.getByRole('heading', { name: 'Langkah 3 dari 6: Kemampuan' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('is told of an introduction, accepts it in the inbox, and sees the buyer’s contact once both accepted', async () => {
    const { owner, buyerToken, request } = await ownerEligibleForDemoBuyer();
    const curatorToken = await login(DEMO.curator);
    const asked = await call<Schemas['MatchDto']>('/matches', {
      method: 'POST',
      token: buyerToken,
      body: { sourcingRequestId: request.id, supplierId: owner.supplierId, note: 'Butuh pemasok kedua.' },
    });
    await call('/matches/' + asked.id + '/events', {
      method: 'POST',
      token: curatorToken,
      body: { type: 'introduce', expectedVersion: asked.version, note: 'Bertemu di temu bisnis BBSPJILM.' },
    });

    const { page, problems } = await openApp(browser, { viewport: PHONE });
    await signIn(page, owner.email, OWNER_PASSWORD);
    await page.getByRole('link', { name: '1 perkenalan menunggu jawaban Anda' }).waitFor();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: /^Notifikasi/ }).click();
    const notification = page.getByRole('article').filter({ hasText: request.title });
    await notification.getByText('Baru').waitFor();
    await notification.getByRole('link', { name: 'Buka' }).click();

    await page.waitForURL(`**/matches?match=${asked.id}`);
    const card = page.getByRole('article', { name: request.title });
    await card.getByText('Diperkenalkan', { exact: true }).waitFor();
    await card.getByText('Giliran Anda: terima atau tolak perkenalan ini.').waitFor();
    expect(blocking(await axeViolations(page))).toEqual([]);
    await card.getByRole('button', { name: 'Terima perkenalan' }).click();
    await card.getByText('Pemasok sudah menerima').waitFor();
    await card.getByText('Menunggu jawaban pembeli.').waitFor();
    await noHorizontalScroll(page);

    // The buyer accepts too (with a mobile number on their account): both sides now see each other.
    await call('/auth/me', { method: 'PATCH', token: buyerToken, body: { phone: '0812-7788-9900' } });
    const introduced = await call<Schemas['MatchDto']>(`/matches/${asked.id}`, { token: buyerToken });
    await call(`/matches/${asked.id}/events`, {
      method: 'POST',
      token: buyerToken,
      body: { type: 'accept', expectedVersion: introduced.version },
    });
    await page.reload();
    await card.getByText('Terhubung', { exact: true }).waitFor();
    await card.getByText('Kontak pembeli').waitFor();
    expect(await card.getByRole('link', { name: 'Chat WhatsApp' }).getAttribute('href')).toBe(
      'https://wa.me/6281277889900',
    );
    await card.getByRole('button', { name: 'Lihat riwayat' }).click();
    await card.getByText(/meminta perkenalan$/).waitFor();
    await card.getByText('“Bertemu di temu bisnis BBSPJILM.”').waitFor();

    // The introduction's notice was marked read when opened; the buyer's acceptance is new.
    await page.goto('/notifications');
    await page.getByRole('heading', { name: 'Notifikasi', level: 1 }).waitFor();
    await page.getByText('1 belum dibaca', { exact: true }).waitFor();
    expect(await page.getByText('Baru', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Tandai semua dibaca' }).click();
    await page.getByText('0 belum dibaca').waitFor();
    expect(await page.getByText('Baru', { exact: true }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('switches every visible string of the owner home to English', async () => {
    // A profile still missing things, so that the list of what would make it stronger shows.
    const owner = await createOwner({ machines: [], tkdnPercent: null, kbli: [] });
    const { page, problems } = await openApp(browser);
    await signIn(page, owner.email, OWNER_PASSWORD);
    await page.getByText('Profil Anda lebih kuat di mata pembeli jika dilengkapi:').waitFor();
    await page.getByText('peluang terbuka').waitFor();
    await expectFullyTranslated(page, () => page.getByText('EN', { exact: true }).click());
    await page.getByText('Buyers find your profile stronger with:').waitFor();
    expect(problems).toEqual([]);
  });
});
