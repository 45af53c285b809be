import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertRows, readDataCsv } from './support/csv';

/** The years whose calendar this migration ships; a new year is a CSV in a new migration. */
const YEARS = ['2025', '2026'];

/**
 * Indonesia's non-working days besides weekends, by year: national holidays
 * and cuti bersama, as the joint decree of the Ministers of Religious
 * Affairs, Manpower and Administrative Reform (SKB 3 Menteri) sets them each
 * year. Business days (a request's working days left) skip them. A year
 * without rows is a year whose calendar is not known: business days are
 * then not counted rather than guessed.
 */
export class HolidayCalendar1795824002400 implements MigrationInterface {
  name = 'HolidayCalendar1795824002400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE public_holidays (
        date date NOT NULL,
        kind text NOT NULL,
        name_id text NOT NULL,
        name_en text NOT NULL,
        CONSTRAINT public_holidays_pk PRIMARY KEY (date),
        CONSTRAINT public_holidays_kind_check CHECK (kind IN ('national', 'cuti_bersama'))
      )`);
    for (const year of YEARS) {
      const rows = readDataCsv(`2400-holidays/${year}.csv`).map((r) => [r.date, r.kind, r.name_id, r.name_en]);
      await insertRows(
        (sql, params) => db.query(sql, params),
        'public_holidays',
        ['date', 'kind', 'name_id', 'name_en'],
        rows,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE public_holidays');
  }
}
