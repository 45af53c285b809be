import { ValidationProblem } from '../errors/problem';
import { text } from '../i18n/text';
import { addDays, startOfWibDay } from '../time/clock';

/** Query parameters naming WIB days, both included (see OptionalDay). */
export interface DayRangeQuery {
  from?: string;
  to?: string;
}

/**
 * The instants a range of WIB days spans: `from` where its first day begins, `until` where the day after
 * `to` begins (exclusive); null where the range is open. A `to` before `from` is a 400 naming `to`.
 */
export function wibDayRange({ from, to }: DayRangeQuery): { from: Date | null; until: Date | null } {
  if (from && to && from > to) throw new ValidationProblem([{ field: 'to', message: text('validation.toBeforeFrom') }]);
  return { from: from ? startOfWibDay(from) : null, until: to ? startOfWibDay(addDays(to, 1)) : null };
}
