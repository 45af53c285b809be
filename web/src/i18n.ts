import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import id from './locales/id.json';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Texts that only some pages need, each namespace a chunk per language (web/src/locales/<namespace>/), fetched
 * with the first page that names it (`page(…, { ns })` in layout/lazy-page.tsx), so that no owner's or buyer's
 * first visit downloads them: `staff` for the curators' and admins' pages (console, dashboard, admin pages),
 * `map` for the map and the estates' pages. Their components read them with `useTranslation(namespace)`;
 * a key missing there is looked up in the app's own texts (`fallbackNS`), so common words stay in one place.
 */
const LAZY_NAMESPACES = {
  staff: { id: () => import('./locales/staff/id.json'), en: () => import('./locales/staff/en.json') },
  map: { id: () => import('./locales/map/id.json'), en: () => import('./locales/map/en.json') },
} as const;
export type LazyNamespace = keyof typeof LAZY_NAMESPACES;

function load(language: string, namespace: string) {
  const lazy = LAZY_NAMESPACES[namespace as LazyNamespace] as Record<Language, () => Promise<unknown>> | undefined;
  if (lazy) return lazy[language === 'en' ? 'en' : 'id']();
  return language === 'en' ? import('./locales/en.json') : id;
}

/**
 * Bahasa Indonesia unless this browser chose English before (remembered in localStorage).
 * Indonesian ships with the app; English is fetched when chosen, so most users never download it.
 */
const CHOSEN = 'rantai.language';
const chosen = localStorage.getItem(CHOSEN);

export const i18n = i18next.createInstance();
void i18n
  .use(resourcesToBackend(load))
  .use(initReactI18next)
  .init({
    resources: { id: { translation: id } },
    partialBundledLanguages: true,
    ns: ['translation'],
    defaultNS: 'translation',
    fallbackNS: 'translation',
    lng: chosen === 'en' ? 'en' : 'id',
    supportedLngs: LANGUAGES,
    fallbackLng: 'id',
    // Indonesian is in the bundle: ready before the first render, which then need not wait a tick.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
i18n.on('languageChanged', (language) => {
  localStorage.setItem(CHOSEN, language);
  document.documentElement.setAttribute('lang', language);
});
document.documentElement.setAttribute('lang', i18n.language);

/** Fetches namespaces' texts in the page's language (and Indonesian, the fallback) unless already there. */
export const loadNamespaces = (namespaces: readonly LazyNamespace[]): Promise<void> =>
  namespaces.length ? i18n.loadNamespaces([...namespaces]) : Promise.resolve();
