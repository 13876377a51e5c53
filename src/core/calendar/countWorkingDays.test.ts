import fc from 'fast-check';
import { addDays, dayOfWeek } from '../dates/dateOnly';
import { countWorkingDays } from './countWorkingDays';
import { createWorkCalendar, type WorkCalendar } from './workCalendar';
import { dateOnly } from '../../../test/support/dateOnly';

const cal = createWorkCalendar();

describe('countWorkingDays across 2020 holidays', () => {
  it('counts both ends: Apr 28 and the seven working days up to May 11', () => {
    expect(countWorkingDays(cal, dateOnly('2020-04-28'), dateOnly('2020-05-11'))).toBe(8);
  });

  it('counts National Day week with both makeup days: Sep 27–30 and Oct 9–10', () => {
    expect(countWorkingDays(cal, dateOnly('2020-09-26'), dateOnly('2020-10-11'))).toBe(6);
  });

  it('gives the negative count when the end is before the start', () => {
    expect(countWorkingDays(cal, dateOnly('2020-10-11'), dateOnly('2020-09-26'))).toBe(-6);
  });

  it('counts a single day as 1 when it is working, 0 when not', () => {
    expect(countWorkingDays(cal, dateOnly('2020-10-09'), dateOnly('2020-10-09'))).toBe(1);
    expect(countWorkingDays(cal, dateOnly('2020-10-10'), dateOnly('2020-10-10'))).toBe(1); // Sat makeup
    expect(countWorkingDays(cal, dateOnly('2020-10-01'), dateOnly('2020-10-01'))).toBe(0);
  });

  it('counts a weekend-only span as 0, in either order', () => {
    expect(countWorkingDays(cal, dateOnly('2020-03-14'), dateOnly('2020-03-15'))).toBe(0);
    expect(countWorkingDays(cal, dateOnly('2020-03-15'), dateOnly('2020-03-14'))).toBe(0);
  });

  it('skips the whole COVID-extended Spring Festival: Jan 20–23 and Feb 3–7', () => {
    expect(countWorkingDays(cal, dateOnly('2020-01-20'), dateOnly('2020-02-07'))).toBe(9);
  });

  it('counts 249 working days in 2020', () => {
    // 262 weekdays − 19 weekday holidays (Jan 1; Jan 24, 27–31; Apr 6; May 1, 4, 5; Jun 25, 26;
    // Oct 1, 2, 5–8) + 6 makeup days (Jan 19, Apr 26, May 9, Jun 28, Sep 27, Oct 10).
    expect(countWorkingDays(cal, dateOnly('2020-01-01'), dateOnly('2020-12-31'))).toBe(249);
  });
});

describe('countWorkingDays with Excel NETWORKDAYS semantics on a plain span', () => {
  // March 2020: no holiday, no makeup day.
  it.each([
    ['2020-03-09', '2020-03-15', 5],
    ['2020-03-09', '2020-03-20', 10],
    ['2020-03-13', '2020-03-16', 2],
    ['2020-03-14', '2020-03-09', -5],
  ])('NETWORKDAYS(%s, %s) = %i', (start, end, expected) => {
    expect(countWorkingDays(cal, dateOnly(start), dateOnly(end))).toBe(expected);
  });
});

describe('countWorkingDays at the edges of the data', () => {
  it('counts weekdays before 2004 and the package data from 2004-01-01 (元旦 off)', () => {
    // Dec 29–31, 2003 (Mon–Wed) + Jan 2, 2004 (Fri).
    expect(countWorkingDays(cal, dateOnly('2003-12-29'), dateOnly('2004-01-02'))).toBe(4);
  });

  it('counts weekdays after 2026, with overrides there', () => {
    // Dec 28–31, 2026 (Mon–Thu) + Jan 1, 2027 (Fri) + Jan 4–8.
    expect(countWorkingDays(cal, dateOnly('2026-12-28'), dateOnly('2027-01-08'))).toBe(10);
    const with2027 = createWorkCalendar({
      overrides: [
        { date: dateOnly('2027-01-01'), workday: false },
        { date: dateOnly('2027-01-09'), workday: true }, // Sat
      ],
    });
    expect(countWorkingDays(with2027, dateOnly('2026-12-28'), dateOnly('2027-01-08'))).toBe(9);
    expect(countWorkingDays(with2027, dateOnly('2026-12-28'), dateOnly('2027-01-09'))).toBe(10);
    expect(countWorkingDays(with2027, dateOnly('2027-01-09'), dateOnly('2027-01-09'))).toBe(1);
  });

  it('counts over a span of years the same as checking each day', () => {
    const local = createWorkCalendar({
      overrides: [
        { date: dateOnly('2003-06-02'), workday: false },
        { date: dateOnly('2020-03-14'), workday: true },
        { date: dateOnly('2027-01-01'), workday: false },
        { date: dateOnly('2027-02-06'), workday: true },
        { date: dateOnly('2028-05-01'), workday: false },
      ],
    });
    fc.assert(
      fc.property(fc.integer({ min: 11_800, max: 21_300 }), fc.integer({ min: 0, max: 900 }), (offset, length) => {
        const start = addDays(dateOnly('1970-01-01'), offset); // 2002 … 2028
        let expected = 0;
        for (let i = 0; i <= length; i++) if (local.isWorkingDay(addDays(start, i))) expected++;
        expect(countWorkingDays(local, start, addDays(start, length))).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('countWorkingDays on any WorkCalendar', () => {
  it('works through the interface for a calendar not built by createWorkCalendar', () => {
    const weekdaysOnly: WorkCalendar = {
      isWorkingDay: (d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6,
      covers: () => false,
      knownYears: [],
    };
    // Sep 28–30, Oct 1–2, Oct 5–9: it knows no holiday and no makeup day.
    expect(countWorkingDays(weekdaysOnly, dateOnly('2020-09-26'), dateOnly('2020-10-11'))).toBe(10);
    expect(countWorkingDays(weekdaysOnly, dateOnly('2020-10-11'), dateOnly('2020-09-26'))).toBe(-10);
  });
});
