import type { Browser } from 'playwright-core';
import {
  axeViolations,
  blocking,
  DEMO,
  DESKTOP,
  fieldError,
  launchBrowser,
  mailsTo,
  openApp,
  PHONE,
  screenshot,
  signIn,
} from './support/browser';
import { baseUrl, mailFile } from './support/server';
import { expectFullyTranslated, messageKeys, NAMESPACES } from './support/translation';

/** The shell: serving, signing up, in and out, a forgotten password, the session's renewal, the language. */
describe('Web app shell', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('is served by Nest: the app at /, its routes, long-cached assets, and API 404s as problem details', async () => {
    const index = await fetch(`${baseUrl()}/`);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(html)![1];

    const asset = await fetch(`${baseUrl()}${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');

    const clientRoute = await fetch(`${baseUrl()}/buyer/requests/123/candidates`);
    expect(clientRoute.status).toBe(200);
    expect(await clientRoute.text()).toBe(html);

    for (const path of ['/api/v1/no-such-thing', '/assets/no-such-chunk.js']) {
      const missing = await fetch(`${baseUrl()}${path}`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    expect((await fetch(`${baseUrl()}/api/docs`)).status).toBe(200);
  });

  it('has the same message keys in Indonesian and English, in every namespace', () => {
    expect(Object.keys(NAMESPACES)).toEqual(expect.arrayContaining(['translation', 'staff', 'map']));
    for (const { id, en } of Object.values(NAMESPACES)) expect(messageKeys(en)).toEqual(messageKeys(id));
    // An area's texts live in one namespace: a key there cannot be shadowed by, or fall back to, another's.
    const areas = Object.values(NAMESPACES).flatMap(({ id }) => Object.keys(id));
    expect(areas.filter((area, i) => areas.indexOf(area) !== i)).toEqual([]);
  });

  it('signs an IKM owner up, shows refused fields next to their inputs, and signs out', async () => {
    const { page, problems } = await openApp(browser, { viewport: PHONE });
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await page.getByRole('link', { name: 'Daftar akun baru' }).click();
    await page.getByLabel('Nama lengkap').fill('Ujang Saepudin');
    await page.getByLabel('Email').fill(DEMO.owner);
    await page.getByLabel('Nomor HP / WhatsApp').fill('0812');
    await page.getByLabel('Kata sandi').fill('pendek');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    // Each refused field says why, in Indonesian, under its own input.
    expect(await fieldError(page, 'Nomor HP / WhatsApp')).toMatch(/nomor/i);
    expect(await fieldError(page, 'Kata sandi')).toMatch(/karakter/i);
    const phone = page.getByLabel('Nomor HP / WhatsApp');

    const email = `ujang.${Date.now()}@bengkel.co.id`;
    await page.getByLabel('Email').fill(email);
    await phone.fill('0812-2233-4455');
    await page.getByLabel('Kata sandi').fill('baja-ringan-subang-2026');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.waitForURL('**/owner');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL('**/sign-in');
    await page.goto('/owner');
    await page.waitForURL('**/sign-in');
    expect(problems).toEqual([]);
  });

  it('says a wrong password is wrong, and lets the owner in with the right one', async () => {
    const { page, problems } = await openApp(browser);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(DEMO.owner);
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await signIn(page, DEMO.owner);
    expect(new URL(page.url()).pathname).toBe('/owner');
    expect(problems).toEqual([]);
  });

  it('renews an expiring session silently, without sending the person back to sign in', async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.buyer);
    const before = await page.evaluate(
      () => (JSON.parse(localStorage.getItem('rantai.session')!) as { refreshToken: string }).refreshToken,
    );
    // As if the access token were about to lapse: the next call renews it first.
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('rantai.session')!) as { expiresAt: number };
      localStorage.setItem('rantai.session', JSON.stringify({ ...stored, expiresAt: Date.now() }));
    });
    const renewed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh') && r.status() === 200);
    await page.goto('/account');
    await renewed;
    await page.getByRole('heading', { name: 'Akun saya' }).waitFor();
    const after = await page.evaluate(
      () => JSON.parse(localStorage.getItem('rantai.session')!) as { refreshToken: string; expiresAt: number },
    );
    expect(after.refreshToken).not.toBe(before);
    expect(after.expiresAt).toBeGreaterThan(Date.now() + 60_000);
    expect(new URL(page.url()).pathname).toBe('/account');
    expect(problems).toEqual([]);
  });

  it('resets a forgotten password through the mailed link', async () => {
    const { page, problems } = await openApp(browser);
    const email = `lupa.${Date.now()}@bengkel.co.id`;
    const registered = await fetch(`${baseUrl()}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'kata-sandi-lama-2026', fullName: 'Dewi Lestari', role: 'ikm_owner' }),
    });
    expect(registered.status).toBe(201);
    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await page.getByRole('status').waitFor();

    // The outbox goes out every 30 seconds.
    let link: string | undefined;
    for (let waited = 0; !link && waited < 45_000; waited += 500) {
      link = mailsTo(mailFile(), email)
        .map((mail) => /(http\S+\/reset-password#token=[\w-]+)/.exec(mail.text)?.[1])
        .find(Boolean);
      if (!link) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(link).toBeDefined();
    await page.goto(link!);
    await page.getByLabel('Kata sandi baru').fill('kata-sandi-baru-2026');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.getByRole('status').waitFor();
    await signIn(page, email, 'kata-sandi-baru-2026');
    expect(new URL(page.url()).pathname).toBe('/owner');
    expect(problems).toEqual([]);
  });

  it('switches every visible string to English and back, and remembers the choice', async () => {
    const { page, problems } = await openApp(browser);
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    await expectFullyTranslated(page, () => page.getByText('EN', { exact: true }).click());
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByText('ID', { exact: true }).click();
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    expect(problems).toEqual([]);
  });

  it.each([
    ['sign-in', '/sign-in'],
    ['sign-up', '/sign-up'],
    ['forgot-password', '/forgot-password'],
  ])('passes axe on the %s page, at 360 and 1280 px', async (name, path) => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, problems } = await openApp(browser, { viewport });
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(blocking(await axeViolations(page))).toEqual([]);
      await screenshot(page, name);
      expect(problems).toEqual([]);
    }
  });

  it('passes axe while a page waits for its data, its spinner named as a status', async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, DEMO.buyer);
    // The match list's answer is held back until axe has looked at the page as it waits.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/v1\/matches(\?|$)/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/matches');
    await page.getByRole('status', { name: 'Memuat…' }).first().waitFor();
    expect(blocking(await axeViolations(page))).toEqual([]);
    release();
    await page.getByRole('heading', { name: 'Perkenalan', level: 1 }).waitFor();
    expect(problems).toEqual([]);
  });

  it('puts each role choice of the sign-up page beside its label, as the first screens carry their styles', async () => {
    // The pages before sign-in have only the styles the main bundle carries (web/src/styles.ts); without
    // InlineInput's, a radio sat above its label.
    const { page, problems } = await openApp(browser, { viewport: PHONE });
    await page.goto('/sign-up');
    const radio = await page.getByRole('radio', { name: 'Pemilik IKM' }).boundingBox();
    const label = await page.getByText('Pemilik IKM', { exact: true }).boundingBox();
    expect(label!.x).toBeGreaterThanOrEqual(radio!.x + radio!.width);
    expect(Math.abs(label!.y + label!.height / 2 - (radio!.y + radio!.height / 2))).toBeLessThan(radio!.height / 2);
    expect(problems).toEqual([]);
  });
});
