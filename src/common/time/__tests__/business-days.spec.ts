import { businessDaysThrough, isBusinessDay, type HolidayCalendar } from '../business-days';

/** Part of the 2026 calendar (SKB 3 Menteri): Idul Fitri 1447 H with its cuti bersama. */
const calendar: HolidayCalendar = {
  holidays: new Set(['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']),
  years: new Set([2026]),
};

describe('business days', () => {
  it('skips weekends, national holidays and cuti bersama', () => {
    expect(isBusinessDay('2026-03-16', calendar)).toBe(true); // Monday
    expect(isBusinessDay('2026-03-14', calendar)).toBe(false); // Saturday
    expect(isBusinessDay('2026-03-19', calendar)).toBe(false); // Nyepi
    expect(isBusinessDay('2026-03-23', calendar)).toBe(false); // cuti bersama Idul Fitri, a Monday
  });

  it('counts through the Lebaran week: 16 to 27 March 2026 has 5 business days, not 10', () => {
    expect(businessDaysThrough('2026-03-16', '2026-03-27', calendar)).toBe(5);
    expect(businessDaysThrough('2026-03-16', '2026-03-16', calendar)).toBe(1);
    expect(businessDaysThrough('2026-03-17', '2026-03-16', calendar)).toBe(0);
    expect(businessDaysThrough('2026-03-21', '2026-03-24', calendar)).toBe(0);
  });

  it('does not guess a year whose calendar is not known', () => {
    expect(isBusinessDay('2027-01-04', calendar)).toBeNull();
    expect(businessDaysThrough('2026-12-28', '2027-01-04', calendar)).toBeNull();
    expect(businessDaysThrough('2026-12-28', '2026-12-31', calendar)).toBe(4);
  });
});
