import { addDays } from './clock';

/** The non-working days known besides weekends: national holidays and cuti bersama, of the years whose calendar is known. */
export interface HolidayCalendar {
  holidays: ReadonlySet<string>;
  years: ReadonlySet<number>;
}

/**
 * Whether `date` (YYYY-MM-DD) is an Indonesian business day: Monday to
 * Friday, and neither a national holiday nor cuti bersama. Null when its
 * year's calendar is not known: a guess would be wrong around Idul Fitri.
 */
export function isBusinessDay(date: string, calendar: HolidayCalendar): boolean | null {
  if (!calendar.years.has(Number(date.slice(0, 4)))) return null;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(date);
}

/** Business days from `from` through `to`, both counted; 0 when `to` is before `from`; null when a day between them has no known calendar. */
export function businessDaysThrough(from: string, to: string, calendar: HolidayCalendar): number | null {
  let count = 0;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const business = isBusinessDay(date, calendar);
    if (business === null) return null;
    if (business) count++;
  }
  return count;
}
