import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Numbers, money and dates the Indonesian way (1.234,5; Rp 1.500.000; 30 Nov 2026) in Bahasa Indonesia,
 * and in English as written in Indonesia (en-ID: rupiah, day-month order), so that a figure reads the same.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  // One object per language, so that it can be a dependency of hooks (a map's labels redraw with it).
  return useMemo(() => formatFor(i18n.language), [i18n.language]);
}

/** The same, for a language given (where a hook cannot be called, as in a memo of chart options). */
export function formatFor(language: string) {
  const locale = language === 'en' ? 'en-ID' : 'id-ID';
  // A NumberFormat costs far more to make than to use: a map labels hundreds of clusters after every move.
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) numberFormats.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return format;
  };
  return {
    number: (value: number, digits = 0) => numberFormat(digits).format(value),
    percent: (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value) + ' %',
    rupiah: (value: number) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(value),
    date: (iso: string) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'Asia/Jakarta',
      }).format(new Date(iso)),
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(
        new Date(iso),
      ),
    km: (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value) + ' km',
  };
}

/** Whole days since an instant: how long something has waited. */
export const daysSince = (iso: string, now = Date.now()): number =>
  Math.max(0, Math.floor((now - Date.parse(iso)) / 86_400_000));
