import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { components } from '../src/api/rantai-api';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-world';
import {
  axeViolations,
  blocking,
  DEMO,
  fieldError,
  launchBrowser,
  openApp,
  screenshot,
  signIn,
} from './support/browser';
import { apiToken } from './support/demo';
import { baseUrl } from './support/server';
import { expectFullyTranslated } from './support/translation';

type Schemas = components['schemas'];

/** Calls the API directly, to make the test's own data and to act as other people; the page is read through the UI. */
async function call<T>(path: string, options: { token?: string; method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/api/v1${path}`, {
    method: options.method ?? 'GET',
    headers: {
      ...(options.token && { Authorization: `Bearer ${options.token}` }),
      ...(options.body !== undefined && { 'Content-Type': 'application/json' }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) throw new Error(`${options.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const runId = Date.now();

/** A new IKM owner's unverified workshop in Kabupaten Sumedang, made through the API. */
async function newUnverifiedSupplier(): Promise<string> {
  const email = `dasbor.${runId}@bengkel.co.id`;
  const { accessToken } = await call<Schemas['SignedInDto']>('/auth/register', {
    method: 'POST',
    body: { email, password: 'tempa-sumedang-2026', fullName: 'Ujang Permana', role: 'ikm_owner' },
  });
  const supplier = await call<Schemas['SupplierDto']>('/suppliers', {
    method: 'POST',
    token: accessToken,
    body: {
      name: `CV Tempa Logam Sumedang ${runId}`,
      nib: String(runId).padStart(13, '0').slice(-13),
      kbli: ['25920'],
      description: 'Penempaan dan pembubutan poros baja karbon untuk komponen sepeda motor listrik.',
      regencyCode: '32.11',
      address: 'Jl. Raya Tanjungsari No. 8, Sumedang',
      processes: ['machining.cnc_turning'],
      materials: [],
      productCategories: [],
      contact: { email, phone: '0813-2100-7788' },
    } satisfies Schemas['CreateSupplierDto'],
  });
  return supplier.id;
}

/** A headline number of the dashboard, as its labelled group reads (id-ID: 1.234). */
async function figure(page: Page, label: string): Promise<number> {
  const text = await page.getByRole('group', { name: label }).innerText();
  return Number(text.replace(label, '').replace(/\./g, '').trim());
}

/** A row of a chart's table of numbers (opened first), as its cells' text. */
async function tableRow(page: Page, chart: string, first: string): Promise<string[]> {
  const section = page.getByRole('region', { name: chart, exact: true }).first();
  const details = section.locator('details');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await section.getByText('Lihat angka dalam tabel').click();
  }
  const row = section.getByRole('table', { name: chart }).getByRole('row').filter({ hasText: first });
  return row.getByRole('cell').allInnerTexts();
}

/** Asks until the answer is true (the page follows a change in its own time), at most 10 s. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await check()); waited += 100) {
    if (waited > 10_000) throw new Error('not in 10 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until every chart has drawn (ECharts' SVG in each image) and its animation is over. */
async function chartsDrawn(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /^(Dasbor|Dashboard)$/ }).waitFor();
  await page.waitForFunction(() => {
    const charts = Array.from(document.querySelectorAll('main [role="img"]'));
    return charts.length === 4 && charts.every((chart) => chart.querySelector('svg'));
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1200);
}

const SUPPLIERS_CHART = 'Pemasok per kabupaten/kota dan verifikasi';
const FUNNEL_CHART = 'Corong pencocokan';

/** The curators' dashboard: its charts, numbers that follow the data, the workbook, the date range. */
describe('Dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it.each([
    ['curator', DEMO.curator],
    ['admin', DEMO_ACCOUNTS.admin.email],
  ])('draws every chart for a %s, with its numbers in words and passing axe', async (role, email) => {
    const { page, problems } = await openApp(browser);
    await signIn(page, email);
    const clicked = Date.now();
    await page.getByRole('link', { name: 'Dasbor' }).click();
    await page.waitForFunction(() => document.querySelectorAll('main [role="img"] svg').length === 4);
    // For the closing note: from the menu to four drawn charts, the page's and ECharts' chunks included.
    console.log(`dashboard drawn ${Date.now() - clicked} ms after the click (${role})`);
    await chartsDrawn(page);
    // Each chart is an image named by its numbers, for screen readers.
    const names = await page
      .locator('main [role="img"]')
      .evaluateAll((charts) => charts.map((chart) => chart.getAttribute('aria-label') ?? ''));
    expect(names[0]).toMatch(/^Corong: Dimulai: \d+; Diperkenalkan: \d+, konversi/);
    expect(names[2]).toMatch(/^Pemasok per wilayah: .+ \d+ pemasok, \d+ terverifikasi/);
    expect(blocking(await axeViolations(page))).toEqual([]);
    if (role === 'curator') {
      await screenshot(page, 'dashboard');
      // The regional charts, further down.
      await page
        .getByRole('heading', { name: 'Kemampuan yang paling dibutuhkan per wilayah' })
        .scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 300));
      await screenshot(page, 'dashboard-regions');
      // With the tables open, axe checks them too.
      for (const summary of await page.getByText('Lihat angka dalam tabel').all()) await summary.click();
      expect(blocking(await axeViolations(page))).toEqual([]);
      await expectFullyTranslated(page, async () => {
        await page.getByText('EN', { exact: true }).click();
        // The numbers are asked for again, with the regencies named in English.
        await page.waitForLoadState('networkidle');
      });
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    }
    expect(problems).toEqual([]);
  });

  it('shows the numbers change after a curator verifies a supplier through the API', async () => {
    const supplierId = await newUnverifiedSupplier();
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.curator);
    await page.goto('/dashboard');
    await chartsDrawn(page);
    const verified = await figure(page, 'Pemasok terverifikasi');
    const total = await figure(page, 'Pemasok aktif');
    const [, sumedangTotal, sumedangVerified] = await tableRow(page, SUPPLIERS_CHART, 'Kabupaten Sumedang');

    await call(`/suppliers/${supplierId}/verify`, {
      method: 'POST',
      token: await apiToken(DEMO.curator),
      body: { verification: 'verified', reason: 'Kunjungan lapangan: mesin dan NIB sesuai.' },
    });
    await page.reload();
    await chartsDrawn(page);
    expect(await figure(page, 'Pemasok terverifikasi')).toBe(verified + 1);
    expect(await figure(page, 'Pemasok aktif')).toBe(total);
    expect(await tableRow(page, SUPPLIERS_CHART, 'Kabupaten Sumedang')).toEqual([
      'Kabupaten Sumedang',
      sumedangTotal,
      String(Number(sumedangVerified) + 1),
      String(Number(sumedangTotal) - Number(sumedangVerified) - 1),
    ]);
    expect(problems).toEqual([]);
  });

  it('applies a date range to every chart and to the workbook it downloads', async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.curator);
    await page.goto('/dashboard');
    await chartsDrawn(page);
    const allMatches = await figure(page, 'Pencocokan dalam rentang');
    expect(allMatches).toBeGreaterThan(0);

    // January 2020, before Rantai: no matches, and the funnel, months and figure say so.
    await page.getByLabel('Dari tanggal').fill('2020-01-01');
    await page.getByLabel('Sampai tanggal').fill('2020-01-31');
    // Both ends in the address, in whichever order the two edits reached it.
    await page.waitForURL(
      (url) => url.searchParams.get('from') === '2020-01-01' && url.searchParams.get('to') === '2020-01-31',
    );
    await eventually(async () => (await figure(page, 'Pencocokan dalam rentang')) === 0);
    expect(await page.locator('main [role="img"]').first().getAttribute('aria-label')).toMatch(/^Corong: Dimulai: 0;/);
    expect(await page.locator('main [role="img"]').nth(1).getAttribute('aria-label')).toBe(
      'Belum ada pencocokan dalam rentang ini.',
    );
    expect(await tableRow(page, 'Pencocokan per bulan menurut status', 'Jan 2020')).toEqual([
      'Jan 2020',
      ...Array<string>(9).fill('0'),
    ]);
    // Suppliers are as of today, whatever the range.
    expect(await figure(page, 'Pemasok aktif')).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Unduh XLSX: ${FUNNEL_CHART}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rantai-dasbor-2020-01-01_2020-01-31.xlsx');
    const file = join(mkdtempSync(join(tmpdir(), 'rantai-dasbor-')), download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ringkasan',
      'Pemasok per wilayah',
      'Status pencocokan',
      'Pencocokan per bulan',
      'Corong',
      'Kesenjangan kemampuan',
    ]);
    const summary = workbook.getWorksheet('Ringkasan')!;
    expect([summary.getRow(2).values, summary.getRow(3).values]).toEqual([
      [undefined, 'Dari tanggal (pencocokan)', '2020-01-01'],
      [undefined, 'Sampai tanggal (pencocokan)', '2020-01-31'],
    ]);
    expect(workbook.getWorksheet('Corong')!.getRow(2).getCell(2).value).toBe(0);

    // An end before the start is said under the end, and nothing is asked of the API.
    await page.getByLabel('Sampai tanggal').fill('2019-12-31');
    expect(await fieldError(page, 'Sampai tanggal')).toBe('Tanggal akhir tidak boleh sebelum tanggal awal');
    // Emptied, the range is all time again.
    await page.getByLabel('Dari tanggal').fill('');
    await page.getByLabel('Sampai tanggal').fill('');
    await page.waitForURL((url) => url.search === '');
    await eventually(async () => (await figure(page, 'Pencocokan dalam rentang')) === allMatches);
    expect(problems).toEqual([]);
  });
});
