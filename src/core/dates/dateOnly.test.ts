import {
  addDays, dateOf, daysInMonth, dayOfWeek, diffDays, fromDayNumber, isDateOnly, isLeapYear, makeDate, parseDateOnly, toDayNumber,
} from './dateOnly';
import { dateOnly, malformedDate } from '../../../test/support/dateOnly';

describe('isLeapYear / daysInMonth', () => {
  it('follows the Gregorian rule', () => {
    expect([1900, 2000, 2020, 2021, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect([daysInMonth(2020, 2), daysInMonth(2021, 2), daysInMonth(2020, 4), daysInMonth(2020, 12)]).toEqual([29, 28, 30, 31]);
  });
});

describe('makeDate', () => {
  it('formats existing days', () => {
    expect(makeDate(2020, 3, 7)).toBe('2020-03-07');
    expect(makeDate(2000, 2, 29)).toBe('2000-02-29');
    expect(makeDate(999, 1, 1)).toBe('0999-01-01');
    expect(makeDate(9999, 12, 31)).toBe('9999-12-31');
  });
  it('refuses days that do not exist', () => {
    for (const [y, m, d] of [[2021, 2, 29], [1900, 2, 29], [2020, 13, 1], [2020, 4, 31], [2020, 3, 0], [0, 1, 1], [10000, 1, 1], [2020.5, 1, 1], [NaN, 1, 1]]) {
      expect(makeDate(y, m, d)).toBeNull();
    }
  });
});

describe('dateOf', () => {
  it('makes days known to exist', () => {
    expect(dateOf(2020, 1, 1)).toBe('2020-01-01');
    expect(dateOf(2020, 12, 31)).toBe('2020-12-31');
    expect(dateOf(2020, 2, 29)).toBe('2020-02-29');
    expect(dateOf(999, 1, 1)).toBe('0999-01-01');
  });
  it('throws on a day that does not exist, a programming error', () => {
    for (const [y, m, d] of [[2021, 2, 29], [2020, 4, 31], [2020, 13, 1], [0, 1, 1], [10000, 1, 1], [2020.5, 1, 1]]) {
      expect(() => dateOf(y, m, d)).toThrow(RangeError);
    }
  });
});

describe('parseDateOnly', () => {
  it('reads YYYY-MM-DD of a day that exists', () => {
    expect(parseDateOnly('2020-07-01')).toBe('2020-07-01');
    expect(parseDateOnly('2020-02-29')).toBe('2020-02-29');
    expect(parseDateOnly('0999-01-01')).toBe('0999-01-01');
  });
  it('refuses any other text', () => {
    for (const bad of ['2020-02-30', '2021-02-29', '2020-7-1', '2020-07-01 ', ' 2020-07-01', '2020/07/01', '0000-01-01', '+202-07-01', '']) {
      expect(parseDateOnly(bad)).toBeNull();
    }
  });
});

describe('toDayNumber / fromDayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-02-29', 11_016], // 30 × 365 + 7 leap days (1972 … 1996) + 59
    ['2020-01-01', 18_262], // 50 × 365 + 12 leap days (1972 … 2016)
    ['2020-03-07', 18_328], // + 31 + 29 + 6
    ['1900-01-01', -25_567], // 70 × 365 + 17 leap days (1904 … 1968)
    ['0001-01-01', -719_162],
    ['9999-12-31', 2_932_896],
  ])('%s is day %i', (date, day) => {
    expect(toDayNumber(dateOnly(date))).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it('round-trips every day from 1899 to 2101 and agrees with the UTC calendar', () => {
    for (let day = -25_600; day <= 47_500; day++) {
      const iso = fromDayNumber(day);
      if (toDayNumber(iso) !== day || new Date(day * 86_400_000).toISOString().slice(0, 10) !== iso) throw new Error(`day ${day}`);
    }
  });

  it('throws on malformed values, a programming error', () => {
    for (const bad of ['2020/03/01', '2020-3-1', '2021-02-29', '2020-13-01', '', '20200301xx']) {
      expect(() => toDayNumber(malformedDate(bad))).toThrow(RangeError);
    }
  });
});

describe('arithmetic', () => {
  it('adds and subtracts days across months and leap days', () => {
    expect(addDays(dateOnly('2020-02-28'), 1)).toBe('2020-02-29');
    expect(addDays(dateOnly('2020-03-01'), -1)).toBe('2020-02-29');
    expect(addDays(dateOnly('2020-12-31'), 1)).toBe('2021-01-01');
    expect(diffDays(dateOnly('2020-07-01'), dateOnly('2020-05-11'))).toBe(51);
  });
  it('knows the weekday (2020-05-16 was a Saturday, 2020-06-28 a Sunday)', () => {
    expect(dayOfWeek(dateOnly('2020-05-16'))).toBe(6);
    expect(dayOfWeek(dateOnly('2020-06-28'))).toBe(0);
    expect(dayOfWeek(dateOnly('2020-05-11'))).toBe(1);
  });
  it('recognises date-only values', () => {
    expect(isDateOnly('2020-02-29')).toBe(true);
    expect(isDateOnly('2021-02-29')).toBe(false);
    expect(isDateOnly('2020-2-29')).toBe(false);
    expect(isDateOnly(43_900)).toBe(false);
  });
});
