import type { Browser, Locator, Page } from 'playwright-core';
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
import { call, login, ownerEligibleForDemoBuyer, type Schemas } from './support/api';
import { apiGet, apiToken, demoRequestId } from './support/demo';
import { expectFullyTranslated } from './support/translation';

interface Facet {
  code: string;
  count: number;
}
interface SupplierSearch {
  total: number;
  totalRelation: 'eq' | 'gte';
  facetsExact: boolean;
  items: { id: string; name: string }[];
  facets: Record<'processes' | 'materials' | 'certifications' | 'regencies', Facet[]>;
}

/** The error text under one input (where a label is not unique on the page, e.g. one of several plants). */
async function errorUnder(input: Locator): Promise<string> {
  await input.and(input.page().locator('[aria-invalid="true"]')).waitFor();
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  return (await Promise.all(ids.map((id) => input.page().locator(`[id="${id}"]`).innerText()))).join(' ');
}

/**
 * Types into a searchable picker, picks an option by its name and closes the list as a person
 * does: a multi-select stays open for more choices and its list would cover the next field.
 */
async function pick(picker: Locator, words: string, option: string): Promise<void> {
  await picker.click();
  await picker.fill(words);
  await picker.page().getByRole('option', { name: option, exact: true }).click();
  await picker.page().keyboard.press('Escape');
}

/** A select or multi-select by its label. */
const combobox = (page: Page, label: string) => page.getByRole('combobox', { name: label, exact: true });

async function expectAccessible(page: Page): Promise<void> {
  expect(blocking(await axeViolations(page))).toEqual([]);
}

/** A demo supplier, found through the API's search. */
async function supplierNamed(name: string): Promise<SupplierSearch['items'][number]> {
  const search = await apiGet<SupplierSearch>(await apiToken(DEMO.buyer), `/suppliers?q=${encodeURIComponent(name)}`);
  const supplier = search.items.find((item) => item.name === name);
  if (!supplier) throw new Error(`no demo supplier ${name}`);
  return supplier;
}

/** Today plus some days, as the API writes dates (WIB). */
function dayFromNow(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The OEM buyer's journey (company, requests, candidates, introductions), supplier search and profiles. */
describe('Buyer web pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('takes a new buyer from sign-up to a company, a published request and an introduction to a ranked candidate', async () => {
    const { page, problems } = await openApp(browser);
    await page.goto('/sign-up');
    await page.getByLabel('Pembeli OEM').check();
    await page.getByLabel('Nama lengkap').fill('Sinta Maharani');
    await page.getByLabel('Email').fill(`sinta.${Date.now()}@ev-nusantara.co.id`);
    await page.getByLabel('Kata sandi').fill('rumah-motor-subang-2026');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.waitForURL('**/buyer');

    // No company yet: the start page says so, and requests cannot be made.
    await page.getByText('Daftarkan perusahaan Anda dulu').waitFor();
    expect(await page.getByRole('link', { name: 'Buat permintaan' }).count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Isi data perusahaan' }).click();
    await page.waitForURL('**/buyer/company');

    // The company and two plants in one go; the second plant's point is outside Indonesia.
    await page.getByLabel('Nama perusahaan').fill('PT EV Nusantara Motor');
    await page.getByLabel('Nama pabrik').fill('Pabrik Subang');
    await pick(combobox(page, 'Kabupaten/kota'), 'subang', 'Kabupaten Subang');
    await page.getByRole('button', { name: 'Tambah pabrik' }).click();
    await page.getByLabel('Nama pabrik').nth(1).fill('Gudang Majalengka');
    await pick(combobox(page, 'Kabupaten/kota').nth(1), 'majalengka', 'Kabupaten Majalengka');
    const secondLat = page.getByLabel('Lintang (latitude)').nth(1);
    await secondLat.fill('20');
    await page.getByRole('button', { name: 'Simpan perusahaan' }).click();
    // The API's error for plants[1].location.lat, under that plant's latitude, not the first one's.
    expect(await errorUnder(secondLat)).toMatch(/-11[.,]5|6[.,]5|Indonesia/);
    expect(await page.getByLabel('Lintang (latitude)').first().getAttribute('aria-invalid')).not.toBe('true');
    await expectAccessible(page);
    await secondLat.fill('-6.74');
    await page.getByRole('button', { name: 'Simpan perusahaan' }).click();
    await page.getByRole('heading', { name: 'Pabrik Subang' }).waitFor();
    await page.getByRole('heading', { name: 'Gudang Majalengka' }).waitFor();

    // The warehouse is retired; it stays listed as such.
    await page.getByRole('button', { name: 'Tandai Gudang Majalengka tidak dipakai lagi' }).click();
    await page.getByRole('button', { name: 'Ya, tidak dipakai lagi' }).click();
    await page.getByText(/Tidak dipakai sejak/).waitFor();

    // The session now knows the company: requests can be made.
    await page.getByRole('link', { name: 'Permintaan saya' }).click();
    await page.getByRole('link', { name: 'Buat permintaan' }).click();
    await page.waitForURL('**/buyer/requests/new');
    await page.getByLabel('Judul').fill('Rumah motor hub 5 kW');
    await pick(combobox(page, 'Kategori komponen'), 'rumah motor', 'Rumah Motor');
    await pick(combobox(page, 'Proses yang dibutuhkan'), 'cor', 'Pengecoran Bertekanan Tinggi');
    // The group: any aluminium will do.
    await pick(combobox(page, 'Jenis material'), 'alumin', 'Aluminium');
    await page.getByLabel('Volume per tahun').fill('12000');
    await combobox(page, 'Pabrik tujuan').click();
    // A retired plant cannot be chosen for a new request.
    expect(await page.getByRole('option', { name: 'Gudang Majalengka' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Pabrik Subang' }).click();
    await page.getByLabel('Jarak maksimum (km)').fill('150');
    await page.getByLabel('TKDN minimum (%)').fill('20');
    await page.getByLabel('Batas waktu penawaran').fill('2020-01-15');
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    expect(await fieldError(page, 'Batas waktu penawaran')).toMatch(/masa lalu/);
    expect(new URL(page.url()).pathname).toBe('/buyer/requests/new');
    await expectAccessible(page);

    await page.getByLabel('Batas waktu penawaran').fill(dayFromNow(30));
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.waitForURL(/\/buyer\/requests\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Rumah motor hub 5 kW', level: 1 }).waitFor();
    await page.getByText('Terbuka', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Lihat kandidat pemasok' }).click();
    await page.waitForURL('**/candidates');
    const cards = page.getByRole('article');
    await cards.first().waitFor();
    // Ranked: best first.
    const points = await cards.evaluateAll((articles) =>
      articles.map((article) =>
        Number(/(\d+(?:,\d+)?)\s*dari 100/.exec(article.textContent ?? '')?.[1].replace(',', '.')),
      ),
    );
    expect(points.length).toBeGreaterThan(1);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    // Explained: the best one's bars, each with the API's reason (the distance from the new plant).
    const best = cards.first();
    expect(await best.getByRole('progressbar').count()).toBe(6);
    await best.getByText(/km garis lurus dari Pabrik Subang/).waitFor();
    await expectAccessible(page);

    // Ask for an introduction to the best candidate: it then shows as requested.
    const name = (await best.getByRole('link').first().innerText()).trim();
    await best.getByRole('button', { name: `Minta perkenalan dengan ${name}` }).click();
    await best.getByLabel(`Pesan untuk kurator tentang ${name} (opsional)`).fill('Butuh sampel 50 pcs bulan depan.');
    await best.getByRole('button', { name: 'Kirim permintaan perkenalan' }).click();
    await best.getByText('Diminta', { exact: true }).waitFor();
    await best.getByRole('link', { name: 'Lihat di Perkenalan' }).waitFor();
    expect(await best.getByRole('button', { name: /^Minta perkenalan/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('searches suppliers by process with facet counts, keeps the search in the address, and opens a profile', async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.buyer);
    const token = await apiToken(DEMO.buyer);
    const all = await apiGet<SupplierSearch>(token, '/suppliers?limit=1');
    const turning = all.facets.processes.find((facet) => facet.code === 'machining.cnc_turning')!;
    const withTurning = await apiGet<SupplierSearch>(token, '/suppliers?limit=1&process=machining.cnc_turning');
    const aluminium = withTurning.facets.materials.find((facet) => facet.code === 'aluminium')!;

    await page.goto('/suppliers');
    // The demo world has more suppliers than the search reads here (SEARCH_EXACT_LIMIT 100): it says so.
    expect(all).toMatchObject({ total: 100, totalRelation: 'gte', facetsExact: false });
    await page.getByText('Lebih dari 100 pemasok ditemukan; persempit pencarian untuk melihat semuanya').waitFor();
    // Each option says how many suppliers it leaves: at least, over what a broad search read.
    await combobox(page, 'Proses').click();
    await combobox(page, 'Proses').fill('bubut');
    const option = page.getByRole('option', { name: /^Bubut CNC/ });
    expect(await option.innerText()).toMatch(new RegExp(`Bubut CNC\\s+${turning.count}\\+$`));
    await option.click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/process=machining\.cnc_turning/);
    await page.getByText(`${withTurning.total} pemasok ditemukan`).waitFor();
    expect(withTurning.totalRelation).toBe('eq');
    expect(withTurning.total).toBeGreaterThanOrEqual(turning.count);
    // The other filters' counts follow the search.
    await combobox(page, 'Jenis material').click();
    await combobox(page, 'Jenis material').fill('alumin');
    expect(await page.getByRole('option', { name: /^Aluminium\s+\d+$/ }).innerText()).toMatch(
      new RegExp(`Aluminium\\s+${aluminium.count}$`),
    );
    await page.keyboard.press('Escape');

    // The address carries the search: opened afresh, it shows the same.
    await page.reload();
    await page.getByText(`${withTurning.total} pemasok ditemukan`).waitFor();
    await page.getByText('Bubut CNC', { exact: true }).first().waitFor();

    const first = page.getByRole('article').first().getByRole('link');
    const name = (await first.innerText()).trim();
    await first.click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    // Capabilities by name, not code.
    await page.getByRole('region', { name: 'Kemampuan' }).getByText('Bubut CNC').waitFor();
    expect(await page.getByText('machining.cnc_turning').count()).toBe(0);
    await page.getByRole('link', { name: '← Kembali ke pencarian' }).click();
    await page.waitForURL(/process=machining\.cnc_turning/);
    expect(problems).toEqual([]);
  });

  it('marks an engaged match won with its contract value and jobs, a refused value shown under its input', async () => {
    // A new workshop, introduced for one of the demo buyer's requests and accepted by both sides.
    const { owner, buyerToken, request } = await ownerEligibleForDemoBuyer();
    let match = await call<Schemas['MatchDto']>('/matches', {
      method: 'POST',
      token: buyerToken,
      body: { sourcingRequestId: request.id, supplierId: owner.supplierId },
    });
    const step = async (token: string, type: string) => {
      match = await call<Schemas['MatchDto']>(`/matches/${match.id}/events`, {
        method: 'POST',
        token,
        body: { type, expectedVersion: match.version },
      });
    };
    await step(await login(DEMO.curator), 'introduce');
    await step(owner.token, 'accept');
    await step(buyerToken, 'accept');
    expect(match.status).toBe('engaged');

    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.buyer);
    await page.goto(`/matches?match=${match.id}`);
    const card = page.getByRole('article', { name: request.title }).filter({ hasText: owner.name });
    await card.getByRole('button', { name: 'Tandai berhasil' }).click();
    // Zero rupiah is no contract value: the API refuses it under the input.
    await card.getByLabel('Nilai kontrak (rupiah)').fill('0');
    await card.getByLabel('Perkiraan lapangan kerja baru').fill('12');
    await card.getByRole('button', { name: 'Simpan: berhasil' }).click();
    expect(await errorUnder(card.getByLabel('Nilai kontrak (rupiah)'))).toBeTruthy();
    await card.getByLabel('Nilai kontrak (rupiah)').fill('750000000');
    expect(await card.getByLabel('Nilai kontrak (rupiah)').inputValue()).toBe('Rp 750.000.000');
    await page.mouse.move(0, 0);
    expect(blocking(await axeViolations(page))).toEqual([]);
    await card.getByRole('button', { name: 'Simpan: berhasil' }).click();
    await card.getByText('Nilai kontrak Rp 750.000.000 · 12 lapangan kerja baru').waitFor();
    const won = await call<Schemas['MatchDto']>(`/matches/${match.id}`, { token: buyerToken });
    expect(won).toMatchObject({ status: 'won', contractValueIdr: 750_000_000, expectedJobs: 12 });
    expect(problems).toEqual([]);
  });

  it('downloads the candidates as an Excel workbook', async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.buyer);
    await page.goto(`/buyer/requests/${await demoRequestId()}/candidates`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/^rantai-kandidat-.+\.xlsx$/);
    expect(problems).toEqual([]);
  });

  it('shows the candidates, the request and a supplier profile in English', async () => {
    const requestId = await demoRequestId();
    for (const [path, heading] of [
      [`/buyer/requests/${requestId}/candidates`, 'Kandidat pemasok'],
      [`/buyer/requests/${requestId}`, 'Rumah motor traksi 60 kW'],
    ]) {
      const { page, problems } = await openApp(browser);
      await signIn(page, DEMO.buyer);
      await page.goto(path);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectFullyTranslated(page, () => page.getByText('EN', { exact: true }).click());
      expect(problems).toEqual([]);
    }
    // The profile shows much the supplier wrote in Indonesian (its machines are "Mesin ..."), which the
    // check above would take for untranslated messages: its own headings are checked instead.
    const { page, problems } = await openApp(browser, { language: 'en' });
    await signIn(page, DEMO.buyer);
    await page.goto(`/suppliers/${(await supplierNamed('CV Alumindo Rahayu Tanjungsari')).id}`);
    for (const section of ['Business details', 'Capabilities', 'Machines and equipment', 'Certificates'])
      await page.getByRole('heading', { name: section, level: 2 }).waitFor();
    await page.getByText('Checked by a curator').waitFor();
    expect(problems).toEqual([]);
  });

  describe('on demo data, at 360 and 1280 px', () => {
    let requestId: string;
    let supplierId: string;
    beforeAll(async () => {
      requestId = await demoRequestId();
      supplierId = (await supplierNamed('CV Alumindo Rahayu Tanjungsari')).id;
    });

    const pages: [string, () => string, string][] = [
      ['buyer-home', () => '/buyer', 'Permintaan saya'],
      ['buyer-company', () => '/buyer/company', 'Perusahaan & pabrik'],
      ['buyer-request-new', () => '/buyer/requests/new', 'Permintaan baru'],
      ['buyer-request', () => `/buyer/requests/${requestId}`, 'Rumah motor traksi 60 kW'],
      ['buyer-candidates', () => `/buyer/requests/${requestId}/candidates`, 'Kandidat pemasok'],
      ['suppliers-search', () => '/suppliers?process=casting.hpdc', 'Cari pemasok'],
      ['suppliers-profile', () => `/suppliers/${supplierId}`, 'CV Alumindo Rahayu Tanjungsari'],
    ];
    it.each(pages)('passes axe on %s, without sideways scrolling', async (name, path, heading) => {
      for (const viewport of [PHONE, DESKTOP]) {
        const { page, problems } = await openApp(browser, { viewport });
        await signIn(page, DEMO.buyer);
        await page.goto(path());
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await expectAccessible(page);
        await screenshot(page, name);
        expect(problems).toEqual([]);
      }
    });
  });
});
