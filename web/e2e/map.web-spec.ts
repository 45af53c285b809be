import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  blocking,
  DEMO,
  DESKTOP,
  launchBrowser,
  openApp,
  PHONE,
  screenshot,
  signIn,
} from './support/browser';
import { apiGet, apiToken } from './support/demo';
import { baseUrl, OUTPUT } from './support/server';
import { expectFullyTranslated } from './support/translation';

interface Points {
  items: { id: string; name: string; lat: number; lng: number; verification: string }[];
  truncated: boolean;
  limit: number;
}

/** Clusters on the map: markers whose accessible name says how many points they hold. */
const clusters = (page: Page, what = 'pemasok') =>
  page.locator(`.leaflet-marker-icon[title$="${what} di sini; perbesar"]`);

/** The sum of the supplier clusters' counts now in view. */
const clusteredCount = (page: Page) =>
  clusters(page).evaluateAll((markers) =>
    markers.reduce((sum, marker) => sum + Number(/^(\d+)/.exec(marker.getAttribute('title') ?? '')?.[1] ?? 0), 0),
  );

async function expectAccessible(page: Page): Promise<void> {
  expect(blocking(await axeViolations(page))).toEqual([]);
}

/** How the demo world's supplier count reads in the layer's checkbox label (1.234 in Indonesian). */
const indonesian = (count: number) => new Intl.NumberFormat('id-ID').format(count);

/** A deterministic spread of suppliers over West Java, for the frame-time measurement. */
function generatedPoints(count: number): Points {
  let seed = 42;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  return {
    items: Array.from({ length: count }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `CV Uji Peta ${i}`,
      lat: -7.6 + random() * 1.7,
      lng: 106.4 + random() * 2.4,
      verification: random() < 0.2 ? 'verified' : 'unverified',
    })),
    truncated: false,
    limit: 50_000,
  };
}

/** Frame intervals (ms) the page painted while `act` ran: requestAnimationFrame's timestamps. */
async function frameIntervals(
  page: Page,
  act: () => Promise<void>,
): Promise<{ intervals: number[]; longTasks: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; recording: boolean; longTasks: number[] };
    w.frames = [];
    w.longTasks = [];
    w.recording = true;
    // Tasks over 50 ms: what a frame waited for (the redraw after a move, React's renders).
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    const tick = (time: number) => {
      w.frames.push(time);
      if (w.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await act();
  const { frames, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; recording: boolean; longTasks: number[] };
    w.recording = false;
    return { frames: w.frames, longTasks: w.longTasks };
  });
  return { intervals: frames.slice(1).map((time, i) => time - frames[i]), longTasks };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** The map of suppliers, plants and estates: the demo world's points, the search's filters, tiles when set. */
describe('Map', () => {
  let browser: Browser;
  let all: Points;
  beforeAll(async () => {
    browser = await launchBrowser();
    all = await apiGet<Points>(await apiToken(DEMO.buyer), '/suppliers/points');
  });
  afterAll(() => browser.close());

  it("shows the demo world's suppliers, plants and estates, clustered, with nothing asked of the internet", async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.buyer);
    const opened = Date.now();
    await page.getByRole('link', { name: 'Peta', exact: true }).click();
    await page.waitForURL('**/map');
    await page.getByRole('heading', { name: 'Peta pemasok', level: 1 }).waitFor();
    expect(all.items.length).toBeGreaterThanOrEqual(150);
    await page.getByLabel(`Pemasok (${indonesian(all.items.length)})`, { exact: true }).waitFor();
    await page.getByLabel(/^Pabrik pembeli \(\d+\)$/).waitFor();
    await page.getByLabel(/^Kawasan industri \(\d+\)$/).waitFor();
    await clusters(page).first().waitFor();
    console.log(`Map with the demo world's points, from the menu: ${Date.now() - opened} ms`);
    // Every supplier is in a cluster or drawn alone on the canvas; the towns' workshops are clustered.
    const clustered = await clusteredCount(page);
    expect(clustered).toBeGreaterThan(10);
    expect(clustered).toBeLessThanOrEqual(all.items.length);
    // The outline of Indonesia is drawn from the app's own bundle: no tiles.
    expect(await page.locator('.leaflet-tile').count()).toBe(0);

    // An estate opens its name and a link to its page, from the keyboard too.
    await page.locator('.leaflet-marker-icon[title="Subang Smartpolitan"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup').getByRole('link', { name: 'Subang Smartpolitan' }).waitFor();
    // A cluster zooms in on what it holds: other clusters, or its points alone.
    const inView = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('.leaflet-marker-icon[title$="pemasok di sini; perbesar"]'))
          .map((marker) => `${marker.getAttribute('title')}@${(marker as HTMLElement).style.transform}`)
          .join('|'),
      );
    const before = await inView();
    await clusters(page).first().focus();
    await page.keyboard.press('Enter');
    for (let waited = 0; (await inView()) === before && waited < 10_000; waited += 100) await page.waitForTimeout(100);
    expect(await inView()).not.toBe(before);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it("applies the search page's filters, kept in the address, and hands them back to the list", async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.buyer);
    const token = await apiToken(DEMO.buyer);
    const hpdc = await apiGet<Points>(token, '/suppliers/points?process=casting.hpdc');
    const hpdcVerified = await apiGet<Points>(token, '/suppliers/points?process=casting.hpdc&verified=true');
    expect(hpdc.items.length).toBeGreaterThan(hpdcVerified.items.length);
    expect(hpdc.items.length).toBeLessThan(all.items.length);

    await page.goto('/suppliers?process=casting.hpdc');
    await page.getByRole('link', { name: 'Lihat di peta' }).click();
    await page.waitForURL(/\/map\?process=casting\.hpdc$/);
    await page.getByLabel(`Pemasok (${indonesian(hpdc.items.length)})`, { exact: true }).waitFor();
    // The search page's own filter components, here acting on the map.
    await page.getByText('Pengecoran Bertekanan Tinggi').first().waitFor();
    // Clicked rather than checked: it turns checked once the address has changed, a moment later.
    await page.getByLabel('Hanya profil yang sudah diverifikasi kurator').click();
    await page.waitForURL(/verified=true/);
    await page.getByLabel(`Pemasok (${indonesian(hpdcVerified.items.length)})`, { exact: true }).waitFor();
    await page.reload();
    await page.getByLabel(`Pemasok (${indonesian(hpdcVerified.items.length)})`, { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Lihat sebagai daftar' }).click();
    await page.waitForURL(/\/suppliers\?process=casting\.hpdc&verified=true$/);
    await page.getByText(`${hpdcVerified.items.length} pemasok ditemukan`).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the map in English', async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.buyer);
    await page.goto('/map');
    await page.getByLabel(/^Pemasok \(\d+\)$/).waitFor();
    await page.waitForLoadState('networkidle');
    await expectFullyTranslated(page, () => page.getByText('EN', { exact: true }).click());
    await page.getByLabel(/^Suppliers \(\d+\)$/).waitFor();
    await page.locator('.leaflet-marker-icon[title$="suppliers here; zoom in"]').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('draws the tile server of MAP_TILE_URL when the deployment has one', async () => {
    const { page, context, problems } = await openApp(browser);
    // A deployment's tile server, served here from the app's own origin so that nothing leaves the machine.
    const tileRequests: string[] = [];
    await context.route('**/api/v1/reference/map-settings', (route) =>
      route.fulfill({
        json: { tileUrl: `${baseUrl()}/test-tiles/{z}/{x}/{y}.png`, attribution: '© Peta Uji' },
      }),
    );
    await context.route('**/test-tiles/**', (route) => {
      tileRequests.push(route.request().url());
      return route.fulfill({ contentType: 'image/png', body: ONE_PIXEL_PNG });
    });
    await signIn(page, DEMO.curator);
    await page.goto('/map');
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(tileRequests.every((url) => /\/test-tiles\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
    await page.getByText('© Peta Uji').waitFor();
    expect(problems).toEqual([]);
  });

  it('keeps panning and zooming smooth with 20,000 suppliers, and reports the frame time', async () => {
    const { page, context, problems } = await openApp(browser);
    const points = generatedPoints(20_000);
    await context.route('**/api/v1/suppliers/points*', (route) => route.fulfill({ json: points }));
    await signIn(page, DEMO.curator);
    const started = Date.now();
    await page.goto('/map');
    await page.getByLabel('Pemasok (20.000)', { exact: true }).waitFor();
    await clusters(page).first().waitFor();
    const shownMs = Date.now() - started;
    expect(await clusteredCount(page)).toBeGreaterThan(15_000);

    const map = page.locator('.leaflet-container');
    const box = (await map.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    // By class, not by role: finding a button by its accessible name makes Playwright read every cluster's
    // in the page's own thread, which would count against the map's frames.
    const zoomIn = page.locator('.leaflet-control-zoom-in');
    const zoomOut = page.locator('.leaflet-control-zoom-out');
    const { intervals, longTasks } = await frameIntervals(page, async () => {
      for (let round = 0; round < 3; round++) {
        // Pan: drag across a third of the map and back, as a hand does.
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x - box.width / 3, y - box.height / 6, { steps: 20 });
        await page.mouse.move(x, y, { steps: 20 });
        await page.mouse.up();
        // Zoom in twice and back out, with the buttons' animation.
        for (const button of [zoomIn, zoomIn, zoomOut, zoomOut]) {
          await button.click();
          await page.waitForTimeout(350);
        }
      }
    });
    const stats = {
      points: points.items.length,
      frames: intervals.length,
      medianMs: percentile(intervals, 50),
      p95Ms: percentile(intervals, 95),
      maxMs: Math.max(...intervals),
      over50Ms: intervals.filter((ms) => ms > 50).length,
      longTasks: longTasks.length,
      longestTaskMs: Math.max(0, ...longTasks),
      firstShownMs: shownMs,
    };
    console.log(`Map frame time with 20,000 points: ${JSON.stringify(stats)}`);
    writeFileSync(join(OUTPUT, 'map-frames.json'), JSON.stringify(stats, null, 2));
    expect(stats.frames).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });

  it.each([
    ['map', '/map', DEMO.buyer],
    ['map-filtered', '/map?process=casting', DEMO.curator],
  ])('passes axe on %s at 360 and 1280 px, without sideways scrolling', async (name, path, account) => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, problems } = await openApp(browser, { viewport });
      await signIn(page, account);
      await page.goto(path);
      await page.getByRole('heading', { name: 'Peta pemasok', level: 1 }).waitFor();
      await page.getByLabel(/^Pemasok \(\d+\)$/).waitFor();
      await page.locator('.leaflet-marker-icon').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await expectAccessible(page);
      await screenshot(page, name);
      expect(problems).toEqual([]);
    }
  });
});

/** A 1×1 PNG, light grey: a tile. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAG5X6SQAAAABJRU5ErkJggg==',
  'base64',
);
