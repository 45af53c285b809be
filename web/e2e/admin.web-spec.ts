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

type Schemas = components['schemas'];

const ADMIN = DEMO_ACCOUNTS.admin.email;
const runId = Date.now();
let serial = 0;
const uniqueEmail = (name: string) => `${name}.${runId}.${serial++}@bbspjilm.go.id`;
const STAFF_PASSWORD = 'Kurator-Subang-2026';

/** Whether an account can sign in now (a disabled one gets 401). */
async function canSignIn(email: string, password = STAFF_PASSWORD): Promise<boolean> {
  const response = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.ok;
}

/** The accounts table's row of an account. */
const accountRow = (page: Page, email: string) => page.getByRole('row').filter({ hasText: email });

/** The admin's pages: accounts (create staff, disable, enable) and the security log with its filters. */
describe('Admin', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('starts on the accounts page, and every admin page passes axe at 1280 px', async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, ADMIN);
    // The admin's home is the accounts page.
    await page.waitForURL('**/admin/accounts');
    await page.getByRole('heading', { level: 1, name: 'Akun pengguna' }).waitFor();
    await page.getByRole('table').getByRole('row').nth(1).waitFor();
    await page.waitForLoadState('networkidle');
    expect(blocking(await axeViolations(page))).toEqual([]);
    await screenshot(page, 'admin-accounts');

    await page.getByRole('button', { name: 'Buat akun staf' }).click();
    await page.getByRole('dialog', { name: 'Buat akun staf' }).waitFor();
    await page.waitForTimeout(300); // the modal's transition
    expect(blocking(await axeViolations(page))).toEqual([]);
    await screenshot(page, 'admin-accounts-create');
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

    await page.getByRole('link', { name: 'Log keamanan', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Log keamanan' }).waitFor();
    await page.getByRole('cell', { name: 'Berhasil masuk' }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(blocking(await axeViolations(page))).toEqual([]);
    await screenshot(page, 'admin-security-log');
    expect(problems).toEqual([]);
  });

  it.each([
    [DEMO.curator, ['/admin/accounts', '/admin/security-log']],
    [DEMO.owner, ['/admin/accounts', '/dashboard']],
  ])('sends %s from pages not for its role to its home', async (email, paths) => {
    const { page, problems } = await openApp(browser);
    await signIn(page, email);
    for (const path of paths) {
      await page.goto(path);
      // Its home, whichever it is (through `/`).
      await page.waitForURL((url) => url.pathname !== path && url.pathname !== '/');
    }
    expect(problems).toEqual([]);
  });

  it('creates a curator, who can sign in; disables the account, which cannot, and enables it again', async () => {
    const { page, problems } = await openApp(browser);
    await signIn(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'Akun pengguna' }).waitFor();
    const email = uniqueEmail('kurator');

    await page.getByRole('button', { name: 'Buat akun staf' }).click();
    const form = page.getByRole('dialog', { name: 'Buat akun staf' });
    await form.getByLabel('Nama lengkap').fill('Dewi Lestari');
    await form.getByLabel('Email').fill(email);
    // The API's password rules, said under the input.
    await form.getByLabel('Kata sandi awal').fill('pendek');
    await form.getByRole('button', { name: 'Buat akun' }).click();
    expect(await fieldError(page, 'Kata sandi awal')).toMatch(/10/);
    await form.getByLabel('Kata sandi awal').fill(STAFF_PASSWORD);
    expect(await form.getByLabel('Peran').inputValue()).toBe('curator');
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByText(`Akun ${email} sudah dibuat.`).waitFor();
    await form.waitFor({ state: 'hidden' });

    // The new account is listed as an active curator, and can sign in.
    await page.getByLabel('Cari email atau nama').fill(email);
    const row = accountRow(page, email);
    await row.getByText('Aktif', { exact: true }).waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(
      expect.arrayContaining(['Dewi Lestari', email, 'Kurator BBSPJILM']),
    );
    expect(await canSignIn(email)).toBe(true);

    // Disabling asks first; cancelled, nothing changes.
    await row.getByRole('button', { name: `Nonaktifkan: ${email}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Nonaktifkan akun?' });
    await confirm.getByText(`Dewi Lestari (${email}) tidak bisa masuk lagi`).waitFor();
    await confirm.getByRole('button', { name: 'Batal' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await canSignIn(email)).toBe(true);

    await row.getByRole('button', { name: `Nonaktifkan: ${email}` }).click();
    await confirm.getByRole('button', { name: 'Nonaktifkan', exact: true }).click();
    await row.getByText('Nonaktif', { exact: true }).waitFor();
    expect(await canSignIn(email)).toBe(false);

    await row.getByRole('button', { name: `Aktifkan: ${email}` }).click();
    const enable = page.getByRole('dialog', { name: 'Aktifkan akun lagi?' });
    await enable.getByRole('button', { name: 'Aktifkan', exact: true }).click();
    await row.getByText('Aktif', { exact: true }).waitFor();
    expect(await canSignIn(email)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('filters the security log by type, account and days, and pages through it', async () => {
    // An account of this test's own, disabled and enabled by the admin through the API.
    const admin = await apiToken(ADMIN);
    const email = uniqueEmail('log');
    const post = async <T>(path: string, body?: unknown) => {
      const response = await fetch(`${baseUrl()}/api/v1${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`POST ${path}: ${response.status}`);
      return (await response.json()) as T;
    };
    const user = await post<Schemas['AdminUserDto']>('/admin/users', {
      email,
      password: STAFF_PASSWORD,
      fullName: 'Rudi Hartono',
      role: 'curator',
    });
    await post(`/admin/users/${user.id}/disable`);
    await post(`/admin/users/${user.id}/enable`);

    const { page, problems } = await openApp(browser);
    await signIn(page, ADMIN);
    await page.goto('/admin/security-log');
    await page.getByRole('heading', { level: 1, name: 'Log keamanan' }).waitFor();

    // The whole log has more than a page (every sign-in of every test is in it).
    await page.getByRole('button', { name: 'Halaman berikutnya' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');

    await page.getByLabel('Jenis kejadian').selectOption({ label: 'Akun dinonaktifkan' });
    await page.waitForURL(
      (url) => url.searchParams.get('type') === 'account_disabled' && !url.searchParams.has('page'),
    );
    await page.getByRole('combobox', { name: 'Akun', exact: true }).fill(email.slice(0, 12));
    await page.getByRole('option', { name: email }).click();
    await page.waitForURL((url) => url.searchParams.get('userId') === user.id);
    await page.getByText('1 kejadian', { exact: true }).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.nth(1).getByRole('cell').allInnerTexts()).toEqual([
      expect.any(String),
      'Akun dinonaktifkan',
      ADMIN,
      email,
      expect.any(String),
      '',
    ]);

    // Every event of the account today: created, disabled, enabled; none from tomorrow on.
    await page.getByLabel('Jenis kejadian').selectOption({ label: 'Semua jenis' });
    await page.getByText('3 kejadian', { exact: true }).waitFor();
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 31 * 3600_000).toISOString().slice(0, 10);
    await page.getByLabel('Dari tanggal').fill(today);
    await page.getByLabel('Sampai tanggal').fill(today);
    await page.getByText('3 kejadian', { exact: true }).waitFor();
    expect(await page.getByRole('table').getByRole('row').allInnerTexts()).toHaveLength(4);
    await page.getByLabel('Dari tanggal').fill(tomorrow);
    expect(await fieldError(page, 'Sampai tanggal')).toBe('Tanggal akhir tidak boleh sebelum tanggal awal');
    await page.getByLabel('Sampai tanggal').fill(tomorrow);
    await page.getByText('0 kejadian', { exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe(`?userId=${user.id}&from=${tomorrow}&to=${tomorrow}`);
    expect(problems).toEqual([]);
  });
});
