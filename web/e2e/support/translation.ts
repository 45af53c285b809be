import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './server';

type Messages = { [key: string]: string | Messages };

const LOCALES = join(ROOT, 'web', 'src', 'locales');
const read = (...path: string[]) => JSON.parse(readFileSync(join(LOCALES, ...path), 'utf8')) as Messages;

/**
 * The app's messages by namespace, each in Indonesian and English: `translation` (locales/id.json and en.json,
 * in the main bundle) and every namespace fetched with the pages that read it (a folder of locales/, see i18n.ts).
 */
export const NAMESPACES: Record<string, { id: Messages; en: Messages }> = {
  translation: { id: read('id.json'), en: read('en.json') },
  ...Object.fromEntries(
    readdirSync(LOCALES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map(({ name }) => [name, { id: read(name, 'id.json'), en: read(name, 'en.json') }]),
  ),
};
const all = (language: 'id' | 'en') => Object.values(NAMESPACES).map((messages) => messages[language]);

/** Every key of a message file, dotted (`auth.signIn.title`), sorted. */
export function messageKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages)
    .flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : messageKeys(value, `${prefix}${key}.`)))
    .sort();
}

function values(messages: Messages): string[] {
  return Object.values(messages).flatMap((value) => (typeof value === 'string' ? [value] : values(value)));
}

/** Indonesian messages that read differently in English, without their {{placeholders}}: what must go away. */
const indonesianOnly = (() => {
  const english = new Set(all('en').flatMap(values));
  return all('id')
    .flatMap(values)
    .filter((message) => !english.has(message))
    .flatMap((message) => message.split(/\{\{[^}]+\}\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 4);
})();

/**
 * Whether a message shows in the page's text: a sentence anywhere in it; a word or two only as a whole
 * line (a label, a button), since data from the API ("Mesin bubut CNC") may hold the same word.
 */
function shows(text: string, message: string): boolean {
  if (message.length >= 16) return text.includes(message);
  return text.split('\n').some((line) => line.trim() === message);
}

/**
 * Switches the page to English and checks that no Indonesian message is left on screen, that
 * the page showed some before, and that no message key shows instead of a message.
 */
export async function expectFullyTranslated(page: Page, switchToEnglish: () => Promise<void>): Promise<void> {
  const visibleText = () => page.evaluate(() => document.body.innerText);
  const before = await visibleText();
  expect(indonesianOnly.filter((message) => shows(before, message)).length).toBeGreaterThan(0);
  await switchToEnglish();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForTimeout(300);
  const after = await visibleText();
  expect(indonesianOnly.filter((message) => shows(after, message))).toEqual([]);
  const keys = new Set(all('en').flatMap((messages) => messageKeys(messages)));
  expect(after.split(/\s+/).filter((word) => keys.has(word))).toEqual([]);
}
