import type { Browser, Page } from 'playwright-core';
import { DEMO_ESTATE } from '../../src/demo/demo-world';
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
import { apiGet, apiToken } from './support/demo';
import { baseUrl } from './support/server';
import { expectFullyTranslated } from './support/translation';

interface Estate {
  id: string;
  name: string;
  version: number;
  note: string | null;
  availablePlotsHa: number | null;
  infrastructure: { powerMva: number | null; gas: boolean | null };
}

async function expectAccessible(page: Page): Promise<void> {
  expect(blocking(await axeViolations(page))).toEqual([]);
}

/** The demo estate, as the API has it now. */
async function demoEstate(): Promise<Estate> {
  const token = await apiToken(DEMO.curator);
  const list = await apiGet<{ items: Estate[] }>(token, `/estates?q=${encodeURIComponent(DEMO_ESTATE)}`);
  return apiGet<Estate>(token, `/estates/${list.items[0].id}`);
}

/** A curator's edit straight through the API, as if made in another browser meanwhile. */
async function editAsCurator(id: string, changes: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${baseUrl()}/api/v1/estates/${id}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${await apiToken(DEMO.curator)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(changes),
  });
  if (!response.ok) throw new Error(`PATCH /estates/${id}: ${response.status}`);
}

/** Industrial estates: the estate manager's own estate, which it edits, and everyone's read-only view. */
describe('Estate pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('takes the estate manager home to its estate, where it edits the infrastructure and plots', async () => {
    const estate = await demoEstate();
    const { page, problems } = await openApp(browser);
    const opened = Date.now();
    await signIn(page, DEMO.estate);
    await page.waitForURL(`**/estates/${estate.id}`);
    await page.getByRole('heading', { name: DEMO_ESTATE, level: 1 }).waitFor();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    console.log(`Estate page from signing in to its map: ${Date.now() - opened} ms`);
    // Distances to both seaports, and who is there.
    await page.getByRole('region', { name: 'Jarak ke pelabuhan' }).getByText('Patimban').waitFor();
    await page.getByRole('region', { name: 'Jarak ke pelabuhan' }).getByText('Tanjung Priok').waitFor();
    await page.getByRole('heading', { name: /^Pemasok \(\d+\)$/ }).waitFor();
    await page.getByRole('heading', { name: 'Pemasok terdekat' }).waitFor();

    await page.getByRole('button', { name: 'Ubah data kawasan' }).click();
    await page.getByLabel('Daya listrik (MVA)').fill('345');
    // More plots than the estate's area: the API's error lands under the field.
    await page.getByLabel('Lahan tersedia (ha)').fill('99999');
    await page.getByRole('button', { name: 'Simpan' }).click();
    expect(await fieldError(page, 'Lahan tersedia (ha)')).toMatch(/areaHa/);
    await expectAccessible(page);
    await page.getByLabel('Lahan tersedia (ha)').fill('412,5');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('button', { name: 'Ubah data kawasan' }).waitFor();
    await page.getByText('345 MVA').waitFor();
    await page.getByText('412,5 ha').waitFor();
    const saved = await demoEstate();
    expect(saved).toMatchObject({ availablePlotsHa: 412.5, infrastructure: { powerMva: 345 } });
    expect(saved.version).toBe(estate.version + 1);

    // Someone else saves while the form is open: the form says so instead of overwriting it.
    await page.getByRole('button', { name: 'Ubah data kawasan' }).click();
    await page.getByLabel('Catatan').fill('Catatan dari pengelola.');
    await editAsCurator(estate.id, { note: 'Diperiksa kurator BBSPJILM.' });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('alert').getByText('Data kawasan sudah diubah orang lain').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Muat versi terbaru' }).click();
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('textarea')).some((area) => area.value === 'Diperiksa kurator BBSPJILM.'),
    );
    expect((await demoEstate()).note).toBe('Diperiksa kurator BBSPJILM.');
    expect(problems).toEqual([]);
  });

  it('lets curators edit any estate and shows others the same page read-only', async () => {
    const estate = await demoEstate();
    for (const [account, mayEdit] of [
      [DEMO.curator, true],
      [DEMO.buyer, false],
      [DEMO.owner, false],
    ] as const) {
      const { page, problems } = await openApp(browser);
      await signIn(page, account);
      await page.goto(`/estates/${estate.id}`);
      await page.getByRole('heading', { name: DEMO_ESTATE, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Pemasok terdekat' }).waitFor();
      expect(await page.getByRole('button', { name: 'Ubah data kawasan' }).count()).toBe(mayEdit ? 1 : 0);
      expect(problems).toEqual([]);
    }
  });

  it('shows the estate page in English', async () => {
    const estate = await demoEstate();
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.estate);
    await page.goto(`/estates/${estate.id}`);
    // Every section drawn (its lists, the map's markers) before the switch, rather than a quiet network, which a
    // background request may deny for longer than the wait.
    await page.getByRole('heading', { name: 'Pemasok terdekat' }).waitFor();
    await page.getByRole('heading', { name: /^Pemasok \(\d+\)$/ }).waitFor();
    await page.getByRole('region', { name: 'Jarak ke pelabuhan' }).getByText('Patimban').waitFor();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await expectFullyTranslated(page, () => page.getByText('EN', { exact: true }).click());
    await page.getByRole('heading', { name: 'Nearest suppliers' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('lists the estates and finds one by its operator', async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.curator);
    await page.getByRole('link', { name: 'Kawasan industri', exact: true }).click();
    await page.getByRole('heading', { name: 'Kawasan industri', level: 1 }).waitFor();
    await page.getByRole('link', { name: DEMO_ESTATE }).waitFor();
    await page.getByLabel('Cari kawasan').fill('suryacipta');
    await page.getByText(/^\d+ kawasan$/).waitFor();
    await page.getByRole('link', { name: DEMO_ESTATE }).click();
    await page.getByRole('heading', { name: DEMO_ESTATE, level: 1 }).waitFor();
    expect(problems).toEqual([]);
  });

  describe('at 360 and 1280 px', () => {
    let estate: Estate;
    beforeAll(async () => {
      estate = await demoEstate();
    });
    // Each page is checked once every section is drawn, not when the network is quiet, which a background
    // request (the unread count, the toasts' chunk when the browser is idle) may deny for longer than the wait.
    const pages: [string, () => string, string, string, (page: Page) => Promise<void>][] = [
      [
        'estates',
        () => '/estates',
        'Kawasan industri',
        DEMO.curator,
        (page) => page.getByRole('link', { name: DEMO_ESTATE }).waitFor(),
      ],
      [
        'estate',
        () => `/estates/${estate.id}`,
        DEMO_ESTATE,
        DEMO.estate,
        async (page) => {
          await page.getByRole('heading', { name: /^Pemasok \(\d+\)$/ }).waitFor();
          await page.getByRole('region', { name: 'Jarak ke pelabuhan' }).getByText('Patimban').waitFor();
          await page.locator('.leaflet-marker-icon').first().waitFor();
        },
      ],
    ];
    it.each(pages)('passes axe on %s, without sideways scrolling', async (name, path, heading, account, drawn) => {
      for (const viewport of [PHONE, DESKTOP]) {
        const { page, problems } = await openApp(browser, { viewport });
        await signIn(page, account);
        await page.goto(path());
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await drawn(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await expectAccessible(page);
        // Estate managers and curators work on laptops; the pages are checked on a phone, photographed at 1280.
        if (viewport === DESKTOP) await screenshot(page, name);
        expect(problems).toEqual([]);
      }
    });
  });
});
