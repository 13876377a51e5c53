import { createWorkCalendar, type WorkCalendar } from './workCalendar';
import { dateOnly, malformedDate } from '../../../test/support/dateOnly';

describe('createWorkCalendar', () => {
  it('knows the package years 2004–2026 (chinese-days 1.5.7)', () => {
    const cal = createWorkCalendar();
    expect(cal.knownYears).toEqual([
      2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,
      2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(cal.covers(dateOnly('2004-01-01'))).toBe(true);
    expect(cal.covers(dateOnly('2026-12-31'))).toBe(true);
    expect(cal.covers(dateOnly('2003-12-31'))).toBe(false);
    expect(cal.covers(dateOnly('2027-01-01'))).toBe(false);
  });

  it('covers a declared year and lists it among the known years', () => {
    const cal = createWorkCalendar({ declaredYears: [2027] });
    expect(cal.covers(dateOnly('2027-06-01'))).toBe(true);
    expect(cal.covers(dateOnly('2028-01-03'))).toBe(false);
    expect(cal.knownYears.slice(-3)).toEqual([2025, 2026, 2027]);
  });

  it('lets overrides win over the package data, both ways', () => {
    const cal = createWorkCalendar({
      overrides: [
        { date: dateOnly('2020-03-09'), workday: false, note: '县里调休' }, // a plain Monday made a holiday
        { date: dateOnly('2020-03-14'), workday: true }, // a plain Saturday made a workday
        { date: dateOnly('2020-02-01'), workday: true }, // restores the original pre-COVID makeup Saturday
        { date: dateOnly('2020-10-10'), workday: false }, // cancels a makeup Saturday
      ],
    });
    expect(cal.isWorkingDay(dateOnly('2020-03-09'))).toBe(false);
    expect(cal.isWorkingDay(dateOnly('2020-03-14'))).toBe(true);
    expect(cal.isWorkingDay(dateOnly('2020-02-01'))).toBe(true);
    expect(cal.isWorkingDay(dateOnly('2020-10-10'))).toBe(false);
    expect(cal.isWorkingDay(dateOnly('2020-03-10'))).toBe(true); // untouched neighbour
  });

  it('applies overrides in years the package does not know, without declaring them covered', () => {
    const cal = createWorkCalendar({
      overrides: [
        { date: dateOnly('2027-01-01'), workday: false }, // Fri
        { date: dateOnly('2027-02-06'), workday: true }, // Sat
      ],
    });
    expect(cal.isWorkingDay(dateOnly('2027-01-01'))).toBe(false);
    expect(cal.isWorkingDay(dateOnly('2027-02-06'))).toBe(true);
    expect(cal.isWorkingDay(dateOnly('2027-02-07'))).toBe(false); // Sun, no override
    expect(cal.covers(dateOnly('2027-01-01'))).toBe(false);
  });

  it('keeps calendars independent of each other', () => {
    createWorkCalendar({ overrides: [{ date: dateOnly('2020-03-09'), workday: false }] });
    expect(createWorkCalendar().isWorkingDay(dateOnly('2020-03-09'))).toBe(true);
  });

  it('rejects malformed options as programming errors', () => {
    expect(() => createWorkCalendar({ declaredYears: [2027.5] })).toThrow(RangeError);
    expect(() => createWorkCalendar({ overrides: [{ date: malformedDate('2027/1/1'), workday: true }] })).toThrow(RangeError);
  });

  it('has an interface a plain object can implement', () => {
    const weekdaysOnly: WorkCalendar = {
      isWorkingDay: (d) => !['2020-03-14', '2020-03-15'].includes(d),
      covers: () => true,
      knownYears: [2020],
    };
    expect(weekdaysOnly.isWorkingDay(dateOnly('2020-03-16'))).toBe(true);
  });
});
