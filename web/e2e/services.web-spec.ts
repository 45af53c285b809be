import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-world';
import { call, createOwner, login, OWNER_PASSWORD, uniqueNib, type Schemas } from './support/api';
import {
  axeViolations,
  blocking,
  DEMO,
  fieldError,
  launchBrowser,
  openApp,
  PHONE,
  screenshot,
  signIn,
} from './support/browser';
import { expectFullyTranslated } from './support/translation';

async function expectAccessible(page: Page): Promise<void> {
  // Away from what was clicked last: a hovered button is drawn on its hover background.
  await page.mouse.move(0, 0);
  expect(blocking(await axeViolations(page))).toEqual([]);
}

/** Once the toasts have closed by themselves, so that a screenshot shows the page under them. */
const toastsGone = (page: Page) => page.waitForFunction(() => !document.querySelector('.mantine-Notification-root'));

/** A day in Jakarta (WIB), as the API counts days, `offset` days from today. */
const wibDay = (offset = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + offset * 86_400_000));

/** A headline figure of the impact page, as its labelled group reads (its label, then the value). */
async function figure(page: Page, label: string): Promise<string> {
  const text = await page.getByRole('group', { name: label, exact: true }).innerText();
  return text.replace(label, '').replace(/\s+/g, ' ').trim();
}

/** A new owner's workshop that asked for BBSPJILM's material testing, which records a test report. */
async function firmAskingForMaterialTest() {
  const owner = await createOwner();
  const request = await call<Schemas['ServiceRequestDto']>(`/suppliers/${owner.supplierId}/service-requests`, {
    method: 'POST',
    token: owner.token,
    body: { serviceCode: 'uji_material', note: 'Sampel rotor tembaga siap diambil.' },
  });
  return { ...owner, request };
}

describe('BBSPJILM services and the impact dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  // The demo world's figures are checked against the README by test/demo; other browser specs add to them (a
  // match won in the buyer's), so the page is checked against what the API answers now, formatted for id-ID.
  it('shows the impact figures, a chart named in words, real tables, and downloads the report', async () => {
    const impact = await call<Schemas['ImpactDto']>('/impact', { token: await login(DEMO.curator) });
    expect(impact.totals.servicesDelivered).toBeGreaterThanOrEqual(3);
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.curator);
    await page.getByRole('link', { name: 'Dampak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dampak' }).waitFor();
    await page.getByRole('group', { name: 'Layanan selesai', exact: true }).waitFor();
    const id = (n: number) => n.toLocaleString('id-ID');
    expect(await figure(page, 'Layanan selesai')).toBe(id(impact.totals.servicesDelivered));
    expect(await figure(page, 'Pencocokan berhasil')).toBe(id(impact.totals.matchesWon));
    expect(await figure(page, 'Nilai kontrak')).toBe(`Rp ${id(impact.totals.contractValueIdr)}`);
    expect(await figure(page, 'Lapangan kerja baru')).toBe(id(impact.totals.expectedJobs));
    // The chart is an image named by its numbers; the tables are tables.
    const chart = page.locator('main [role="img"]');
    await page.waitForFunction(() => document.querySelector('main [role="img"] svg'));
    expect(await chart.getAttribute('aria-label')).toMatch(/^Dampak per bulan: .*Layanan selesai/);
    await page.getByRole('table', { name: 'Per kabupaten/kota' }).getByRole('row').nth(1).waitFor();
    const demand = page.getByRole('table', { name: 'Permintaan layanan per kabupaten/kota' });
    await demand.getByRole('row').nth(1).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await screenshot(page, 'impact');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh XLSX', exact: true }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^rantai-dampak.*\.xlsx$/);
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh PDF', exact: true }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^rantai-dampak.*\.pdf$/);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(problems).toEqual([]);
  });

  it('fits a phone, for an admin too, and keeps the range and regency in the address', async () => {
    const { page, problems } = await openApp(browser, { viewport: PHONE });
    await signIn(page, DEMO_ACCOUNTS.admin.email);
    await page.goto(`/impact?from=2020-01-01&to=2020-01-31`);
    await page.getByRole('group', { name: 'Layanan selesai', exact: true }).waitFor();
    expect(await figure(page, 'Layanan selesai')).toBe('0');
    expect(await page.getByLabel('Dari tanggal').inputValue()).toBe('2020-01-01');
    await page.goto('/impact');
    await page.getByRole('group', { name: 'Layanan selesai', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await screenshot(page, 'impact');
    expect(problems).toEqual([]);
  });

  it('lists the demo request waiting in the queue, at 1280 and 360', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, problems, context } = await openApp(browser, viewport && { viewport });
      await signIn(page, DEMO.curator);
      if (viewport) await page.goto('/curator/services');
      else await page.getByRole('link', { name: 'Layanan BBSPJILM' }).click();
      const table = page.getByRole('table', { name: 'Permintaan layanan: Diminta' });
      await table
        .getByRole('row', { name: /Pendampingan sertifikasi TKDN/ })
        .first()
        .waitFor();
      await expect(page.getByRole('tab', { name: /Diminta/, selected: true }).isVisible()).resolves.toBe(true);
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
      if (!viewport) await screenshot(page, 'curator-services');
      // Another state is a tab away, and in the address.
      await page.getByRole('tab', { name: /Selesai/ }).click();
      await page.getByRole('table', { name: 'Permintaan layanan: Selesai' }).waitFor();
      expect(page.url()).toContain('status=done');
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('schedules, starts and completes a service, the refused date shown under its input first', async () => {
    const firm = await firmAskingForMaterialTest();
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.curator);
    await page.goto('/curator/services');
    const row = page
      .getByRole('table', { name: 'Permintaan layanan: Diminta' })
      .getByRole('row')
      .filter({ hasText: firm.name });
    await row.getByRole('link', { name: 'Buka: Uji material logam' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uji material logam' }).waitFor();
    await page.getByText('Sampel rotor tembaga siap diambil.').first().waitFor();

    // Yesterday is refused by the API, under the input it concerns.
    await page.getByLabel('Mulai', { exact: true }).fill(wibDay(-1));
    await page.getByRole('button', { name: 'Jadwalkan' }).click();
    expect(await fieldError(page, 'Mulai')).toBeTruthy();

    await page.getByLabel('Mulai', { exact: true }).fill(wibDay(1));
    await page.getByRole('button', { name: 'Jadwalkan' }).click();
    await page.getByRole('button', { name: 'Mulai kerjakan' }).waitFor();
    await page.getByRole('button', { name: 'Mulai kerjakan' }).click();
    const number = `LHU-${uniqueNib().slice(-5)}/BBSPJILM/XII/2026`;
    await page.getByLabel('Nomor laporan/sertifikat').fill(number);
    expect(await page.getByLabel('Tanggal terbit').inputValue()).toBe(wibDay());
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await toastsGone(page);
    await screenshot(page, 'curator-service');
    await page.getByRole('button', { name: 'Selesaikan' }).click();

    const evidence = page.getByRole('region', { name: 'Bukti yang dicatat' });
    await evidence.getByText(number, { exact: false }).waitFor();
    const history = page.getByRole('table', { name: 'Riwayat' });
    for (const step of ['Diminta', 'Dijadwalkan', 'Dimulai', 'Diselesaikan']) {
      await history
        .getByRole('cell', { name: new RegExp(`^${step}`) })
        .first()
        .waitFor();
    }
    // The firm's profile lists the report, verified.
    const supplier = await call<Schemas['SupplierDto']>(`/suppliers/${firm.supplierId}`, { token: firm.token });
    const report = supplier.certifications.find((c) => c.number === number);
    expect(report).toMatchObject({ code: 'material_test_report', status: 'verified' });
    expect(problems).toEqual([]);
  });

  it('asks for the reason to cancel, then cancels', async () => {
    const firm = await firmAskingForMaterialTest();
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.curator);
    await page.goto(`/curator/services/${firm.request.id}`);
    await page.getByRole('button', { name: 'Batalkan permintaan' }).click();
    expect(await fieldError(page, 'Catatan')).toBe('Tuliskan alasan pembatalan');
    await page.getByLabel('Catatan', { exact: true }).fill('Usaha meminta ditunda sampai tahun depan.');
    await page.getByRole('button', { name: 'Batalkan permintaan' }).click();
    await page.getByRole('table', { name: 'Riwayat' }).getByRole('cell', { name: 'Dibatalkan' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('keeps the catalogue: adds a service, then retires it', async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.curator);
    await page.goto('/curator/services/catalogue');
    await page.getByRole('heading', { level: 1, name: 'Katalog layanan' }).waitFor();
    await page.getByRole('cell', { name: /^Uji material logam/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await screenshot(page, 'curator-catalogue');

    const code = `uji_kekerasan_${uniqueNib().slice(-6)}`;
    await page.getByRole('button', { name: 'Tambah layanan' }).click();
    await page.getByLabel(/^Kode/).fill(code);
    await page.getByLabel(/^Nama \(Bahasa Indonesia\)/).fill('Uji kekerasan logam');
    await page.getByLabel(/^Nama \(Inggris\)/).fill('Metal hardness testing');
    await page.getByLabel(/^Uraian \(Bahasa Indonesia\)/).fill('Uji kekerasan Rockwell, Brinell dan Vickers.');
    await page.getByLabel(/^Uraian \(Inggris\)/).fill('Rockwell, Brinell and Vickers hardness tests.');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const row = page.getByRole('row').filter({ hasText: code });
    await row.getByText('Ditawarkan').waitFor();
    await row.getByRole('button', { name: 'Hentikan: Uji kekerasan logam' }).click();
    await row.getByText('Dihentikan').waitFor();
    const token = await login(DEMO.curator);
    const service = await call<Schemas['CentreServiceDto']>(`/services/${code}`, { token });
    expect(service.active).toBe(false);
    expect(problems).toEqual([]);
  });

  it('lets an owner ask for a service from the gaps page, follow it, and call it off', async () => {
    const firm = await createOwner();
    // The first service the firm's gaps suggest, as the page lists them.
    const gaps = await call<Schemas['GapListDto']>(`/suppliers/${firm.supplierId}/gaps`, { token: firm.token });
    const service = gaps.items.flatMap((gap) => gap.missing).flatMap((missing) => missing.services)[0];
    expect(service).toBeDefined();
    const { page, problems } = await openApp(browser, { viewport: PHONE });
    await signIn(page, firm.email, OWNER_PASSWORD);
    await page.goto('/owner/gaps');
    const ask = page.getByRole('button', { name: `Ajukan layanan ${service.name}`, exact: true }).first();
    await ask.waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await screenshot(page, 'owner-gaps-services');
    await ask.click();
    // One step: the request is made, and every offer of that service now shows its state instead.
    await page.getByText(`Permintaan layanan "${service.name}" terkirim.`, { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Lihat', exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: `Ajukan layanan ${service.name}`, exact: true }).count()).toBe(0);
    const mine = () =>
      call<Schemas['ServiceRequestListDto']>(`/service-requests?supplierId=${firm.supplierId}`, { token: firm.token });
    const [asked] = (await mine()).items;
    expect(asked).toMatchObject({ status: 'requested', service: { code: service.code } });

    // A curator schedules it; the owner's notification leads to the services page, which shows the dates.
    const curator = await login(DEMO.curator);
    await call(`/service-requests/${asked.id}/events`, {
      method: 'POST',
      token: curator,
      body: { type: 'schedule', startsOn: wibDay(3), endsOn: wibDay(4) },
    });
    await page.goto('/notifications');
    const notification = page.getByRole('article').filter({ hasText: 'Layanan BBSPJILM dijadwalkan' });
    await notification.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/owner/services');
    const card = page.getByRole('article', { name: service.name });
    await card.getByText('Dijadwalkan').waitFor();
    await card.getByText(/ s\.d\. /).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await toastsGone(page);
    await screenshot(page, 'owner-services');

    // Called off before the work starts, with a reason: it moves to the history.
    await card.getByRole('button', { name: 'Batalkan permintaan' }).click();
    await card.getByLabel('Alasan (tidak wajib)').fill('Jadwal produksi penuh bulan ini.');
    await card.getByRole('button', { name: 'Ya, batalkan' }).click();
    await page.getByText('Belum ada permintaan layanan yang berjalan.').waitFor();
    await page.getByRole('article', { name: service.name }).getByText('Dibatalkan').waitFor();
    expect((await mine()).items[0]).toMatchObject({ id: asked.id, status: 'cancelled' });
    await expectFullyTranslated(page, () => page.getByText('EN', { exact: true }).click());
    await page.getByRole('heading', { level: 1, name: 'BBSPJILM services' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('sends owners home from the staff pages', async () => {
    const { page } = await openApp(browser);
    await signIn(page, DEMO.owner);
    for (const path of ['/curator/services', '/curator/services/catalogue', '/impact']) {
      await page.goto(path);
      await page.waitForURL((url) => url.pathname === '/owner');
    }
  });
});
