import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../src/demo/demo-world';
import { baseUrl, SCREENSHOTS } from './server';

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 800 };

/** Debian's Chromium (`apt-get install -y chromium`), or the one CHROMIUM_PATH names. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, failed requests, 5xx answers and requests leaving the app: each fails the test. */
  problems: string[];
}

/**
 * A fresh browser profile (no storage, no cache) on the app, watching for what must never happen:
 * errors in the console, failed requests, server errors, and any request to another origin
 * (the app loads nothing from a CDN or the internet).
 */
export async function openApp(
  browser: Browser,
  { viewport = DESKTOP, language }: { viewport?: { width: number; height: number }; language?: 'id' | 'en' } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    permissions: [],
  });
  if (language) await context.addInitScript((l) => localStorage.setItem('rantai.language', l), language);
  const problems: string[] = [];
  await context.route(
    (url) => url.origin !== baseUrl(),
    async (route) => {
      problems.push(`request outside the app: ${route.request().url()}`);
      await route.abort();
    },
  );
  const page = await context.newPage();
  page.on('console', (message) => {
    // Chromium logs every 4xx answer as a console error; a 4xx a test provokes is checked by that test.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Navigating away cancels what the previous page was still loading; that is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} from ${response.url()}`);
  });
  return { page, context, problems };
}

/** The demo world's accounts (password DEMO_PASSWORD). */
export const DEMO = {
  owner: DEMO_ACCOUNTS.ikm.email,
  buyer: DEMO_ACCOUNTS.oem.email,
  curator: DEMO_ACCOUNTS.curator.email,
  estate: DEMO_ACCOUNTS.estate.email,
} as const;

/** Signs in through the sign-in page, as a person does, and waits for the role's home. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/^(Email)/).fill(email);
  await page.getByLabel(/^(Kata sandi|Password)/).fill(password);
  await page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  /** CSS selectors of the elements at fault. */
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page as it is now. Evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not restrict.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** The serious and critical ones, which the tests allow none of. */
export const blocking = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Saves the viewport as docs/screenshots/<name>-<width>.png, for the README. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${page.viewportSize()!.width}.png`) });
}

/** The mails the app sent to an address so far (the outbox goes out every 30 s). */
export function mailsTo(file: string, email: string): { subject: string; text: string }[] {
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return []; // nothing sent yet
  }
  return lines
    .map((line) => JSON.parse(line) as { to: string[]; subject: string; text: string })
    .filter((mail) => mail.to.includes(email.toLowerCase()));
}

/**
 * The error shown under the input with this label, which Mantine links with aria-describedby
 * (`…-error`); waits for it. (PasswordInput sets no aria-invalid, so the link is what is checked.)
 */
export async function fieldError(page: Page, label: string): Promise<string> {
  // A required input's label ends in Mantine's asterisk.
  const input = page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`));
  const errorId = async () =>
    ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).find((id) => id.endsWith('-error'));
  for (let waited = 0; !(await errorId()) && waited < 10_000; waited += 100) await page.waitForTimeout(100);
  const id = await errorId();
  if (!id) throw new Error(`No error under "${label}"`);
  return page.locator(`[id="${id}"]`).innerText();
}
