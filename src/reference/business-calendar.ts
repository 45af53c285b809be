import { Injectable, OnModuleInit } from '@nestjs/common';
import { businessDaysThrough, type HolidayCalendar } from '../common/time/business-days';
import { localizedName } from '../common/http/language';
import type { Language } from '../common/i18n/language';
import type { HolidayListDto } from './dto/reference.dto';
import type { PublicHoliday } from './public-holiday.entity';
import { ReferenceRepository } from './reference.repository';

/**
 * Indonesia's business days, from the holiday calendar kept as data by year.
 * The calendar changes only with a migration, so it is read once, at start:
 * a read later, inside a transaction on the embedded database, would wait
 * for the one connection that transaction holds.
 */
@Injectable()
export class BusinessCalendar implements OnModuleInit {
  private rows: PublicHoliday[] = [];
  private calendar: HolidayCalendar = { holidays: new Set(), years: new Set() };

  constructor(private readonly repository: ReferenceRepository) {}

  async onModuleInit(): Promise<void> {
    this.rows = await this.repository.findHolidays();
    this.calendar = {
      holidays: new Set(this.rows.map((row) => row.date)),
      years: new Set(this.rows.map((row) => Number(row.date.slice(0, 4)))),
    };
  }

  /** Business days from `from` through `to`, both counted; null beyond the known years. */
  daysThrough(from: string, to: string): number | null {
    return businessDaysThrough(from, to, this.calendar);
  }

  holidays(language: Language, year?: number): HolidayListDto {
    const items = this.rows
      .filter((row) => year === undefined || row.date.startsWith(`${year}-`))
      .map((row) => ({ date: row.date, kind: row.kind, name: localizedName(row, language) }));
    return { items, total: items.length, years: [...this.calendar.years].sort() };
  }
}
