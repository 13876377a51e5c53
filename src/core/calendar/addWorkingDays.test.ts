import fc from 'fast-check';
import { addDays, dayOfWeek } from '../dates/dateOnly';
import { addWorkingDays } from './addWorkingDays';
import { countWorkingDays } from './countWorkingDays';
import { createWorkCalendar, type WorkCalendar } from './workCalendar';
import { dateOnly } from '../../../test/support/dateOnly';

const cal = createWorkCalendar();

describe('addWorkingDays across 2020 holidays', () => {
  it.each([
    // SPEC §2 worked example: Apr 29, Apr 30, May 6, 7, 8, 9 (Sat makeup), 11.
    ['2020-04-28', 7, '2020-05-11'],
    // Jun 25–27 off; Jun 28 (Sun makeup), 29, 30, Jul 1, 2, 3, then Jul 4–5 weekend, Jul 6.
    ['2020-06-24', 7, '2020-07-06'],
    // Jan 18 Sat off, Jan 19 Sun makeup, Jan 20 Mon.
    ['2020-01-17', 2, '2020-01-20'],
    // Jan 24 – Feb 2 off (COVID extension): the next working day is Mon Feb 3.
    ['2020-01-23', 1, '2020-02-03'],
    // Qingming Apr 4–6 off.
    ['2020-04-03', 1, '2020-04-07'],
    // Sep 26 Sat off, Sep 27 Sun makeup.
    ['2020-09-25', 1, '2020-09-27'],
    // Oct 1–8 off; Oct 9 Fri, Oct 10 Sat makeup, Oct 12 Mon.
    ['2020-09-30', 3, '2020-10-12'],
  ])('%s + %i working days = %s', (start, days, expected) => {
    expect(addWorkingDays(cal, dateOnly(start), days)).toBe(expected);
  });

  it.each([
    ['2020-05-11', -7, '2020-04-28'], // May 9, 8, 7, 6, Apr 30, 29, 28
    ['2020-10-12', -2, '2020-10-09'], // Oct 11 Sun off, Oct 10 Sat makeup, Oct 9
    ['2020-10-09', -1, '2020-09-30'],
    ['2020-02-03', -1, '2020-01-23'],
  ])('%s %i working days = %s', (start, days, expected) => {
    expect(addWorkingDays(cal, dateOnly(start), days)).toBe(expected);
  });

  it('returns the start unchanged for 0 days, even on a holiday or a weekend', () => {
    expect(addWorkingDays(cal, dateOnly('2020-10-01'), 0)).toBe('2020-10-01');
    expect(addWorkingDays(cal, dateOnly('2020-03-14'), 0)).toBe('2020-03-14');
  });

  it('does not count a start that falls on a holiday', () => {
    expect(addWorkingDays(cal, dateOnly('2020-10-01'), 1)).toBe('2020-10-09');
    expect(addWorkingDays(cal, dateOnly('2020-05-02'), 1)).toBe('2020-05-06');
    expect(addWorkingDays(cal, dateOnly('2020-10-03'), -1)).toBe('2020-09-30');
  });
});

// March 2020 has no holiday and no makeup day (Spring Festival ended Feb 2, Qingming is Apr 4–6),
// so these are plain Excel WORKDAY results.
describe('addWorkingDays with Excel WORKDAY semantics on a plain span', () => {
  it.each([
    ['2020-03-13', 1, '2020-03-16'], // Fri → Mon
    ['2020-03-14', 1, '2020-03-16'], // Sat start, not counted
    ['2020-03-15', -1, '2020-03-13'], // Sun start backwards → Fri
    ['2020-03-09', 5, '2020-03-16'],
    ['2020-03-09', 10, '2020-03-23'],
    ['2020-03-16', -5, '2020-03-09'],
    ['2020-03-09', 2.9, '2020-03-11'], // truncated to 2
    ['2020-03-09', -1.5, '2020-03-06'], // truncated to -1
  ])('WORKDAY(%s, %d) = %s', (start, days, expected) => {
    expect(addWorkingDays(cal, dateOnly(start), days)).toBe(expected);
  });
});

describe('addWorkingDays beyond the known years', () => {
  it('steps over weekdays only, and honours overrides there', () => {
    expect(addWorkingDays(cal, dateOnly('2026-12-31'), 1)).toBe('2027-01-01'); // Thu → Fri
    const withNewYear = createWorkCalendar({ overrides: [{ date: dateOnly('2027-01-01'), workday: false }] });
    expect(addWorkingDays(withNewYear, dateOnly('2026-12-31'), 1)).toBe('2027-01-04');
  });

  it('respects overrides inside the known years', () => {
    const local = createWorkCalendar({ overrides: [{ date: dateOnly('2020-03-09'), workday: false }] });
    // Mar 7–8 weekend, Mar 9 overridden off, then Mar 10, 11.
    expect(addWorkingDays(local, dateOnly('2020-03-06'), 2)).toBe('2020-03-11');
  });

  it('rejects a non-finite count', () => {
    expect(() => addWorkingDays(cal, dateOnly('2020-03-09'), Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, dateOnly('2020-03-09'), Infinity)).toThrow(RangeError);
  });
});

describe('addWorkingDays on any WorkCalendar', () => {
  it('works through the interface for a calendar not built by createWorkCalendar', () => {
    const weekdaysOnly: WorkCalendar = {
      isWorkingDay: (d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6,
      covers: () => false,
      knownYears: [],
    };
    expect(addWorkingDays(weekdaysOnly, dateOnly('2020-09-30'), 1)).toBe('2020-10-01'); // it knows no holiday
    expect(addWorkingDays(weekdaysOnly, dateOnly('2020-10-05'), -2)).toBe('2020-10-01');
  });

  it('lands on a working day that ends a span of exactly n working days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 17_500, max: 20_900 }), fc.integer({ min: 1, max: 60 }), (offset, n) => {
        const start = addDays(dateOnly('1970-01-01'), offset); // 2017 … 2027
        const end = addWorkingDays(cal, start, n);
        expect(cal.isWorkingDay(end)).toBe(true);
        expect(countWorkingDays(cal, addDays(start, 1), end)).toBe(n);
        expect(addWorkingDays(cal, end, -n) <= start).toBe(true);
      }),
    );
  });
});
