import { Global, Injectable, Module } from '@nestjs/common';

/** Rantai's dates are days in Western Indonesia Time (WIB, UTC+7, no daylight saving); business days are in business-days.ts. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The time, as one injectable thing, so that tests can move it (due dates, expiry). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in Western Indonesia Time, as YYYY-MM-DD. */
  today(): string {
    return new Date(this.now().getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
  }
}

/** The date `days` days after (or, negative, before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant a WIB day (YYYY-MM-DD) begins. */
export function startOfWibDay(date: string): Date {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - WIB_OFFSET_MS);
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
