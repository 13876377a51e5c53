/**
 * Date-only values. A ledger date is a calendar day with no time and no zone, so the core
 * carries it as an ISO string 'YYYY-MM-DD' and does arithmetic on day numbers (days since
 * 1970-01-01). The conversions are plain digit arithmetic (Howard Hinnant's civil calendar
 * algorithms, years counted from March so the leap day comes last): no Date, so no time zone,
 * and cheap enough to call several times per row of a 100,000-row ledger.
 */
declare const dateOnlyBrand: unique symbol;
/** A calendar day 'YYYY-MM-DD'; branded so that text from outside reaches the core only through parseDateOnly. */
export type DateOnly = string & { readonly [dateOnlyBrand]: true };

const PAD2: string[] = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The Gregorian rule, which the day arithmetic here follows: 1900 was not a leap year, whatever
 * Excel's 1900 date system pretends (see excelSerial).
 *
 * @example
 * isLeapYear(2020) // → true
 * isLeapYear(1900) // → false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in `month` (1–12) of `year`: the last day that month-end deadlines (3月底前) fall on.
 *
 * @example
 * daysInMonth(2020, 2) // → 29
 * daysInMonth(2021, 2) // → 28
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month];
}

/**
 * A date-only value from year (1–9999), month (1–12) and day, or null when that day does not exist.
 *
 * @example
 * makeDate(2020, 2, 29) // → '2020-02-29'
 * makeDate(2021, 2, 29) // → null
 */
export function makeDate(year: number, month: number, day: number): DateOnly | null {
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return null;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (day > daysInMonth(year, month)) return null;
  // A mint: the checks above make this a day that exists, written 'YYYY-MM-DD'.
  return `${year >= 1000 ? year : String(year).padStart(4, '0')}-${PAD2[month]}-${PAD2[day]}` as DateOnly;
}

/**
 * The date-only value of year, month and day, for a day known to exist by construction (January 1
 * of a year, the last day of a month); throws a RangeError when it does not (a programming error).
 * Use makeDate where the parts come from outside and may name no day.
 *
 * @example
 * dateOf(2020, 1, 1) // → '2020-01-01'
 * dateOf(2020, 2, 29) // → '2020-02-29'
 * dateOf(2021, 2, 29) // throws RangeError
 */
export function dateOf(year: number, month: number, day: number): DateOnly {
  const date = makeDate(year, month, day);
  if (date === null) throw new RangeError(`no such day: ${year}-${month}-${day}`);
  return date;
}

function digit(text: string, at: number): number {
  const c = text.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/**
 * Days since 1970-01-01 for a valid 'YYYY-MM-DD'; throws on a malformed value (a programming error).
 *
 * @example
 * toDayNumber('1970-01-02') // → 1
 * toDayNumber('2020-07-01') // → 18444
 */
export function toDayNumber(date: DateOnly): number {
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-' || !(year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    throw new RangeError(`not a date-only value: ${date}`);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * 'YYYY-MM-DD' of a day number (days since 1970-01-01), for years 1–9999.
 *
 * @example
 * fromDayNumber(18444) // → '2020-07-01'
 * fromDayNumber(-1) // → '1969-12-31'
 */
export function fromDayNumber(dayNumber: number): DateOnly {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // A mint: the civil-calendar arithmetic yields only days that exist.
  return `${year >= 1000 ? year : String(year).padStart(4, '0')}-${PAD2[month]}-${PAD2[day]}` as DateOnly;
}

/**
 * The date-only value `text` names, or null: the one way text from outside (a command-line
 * option, the pane's date box, a function argument) becomes a DateOnly. Only 'YYYY-MM-DD' of a
 * day that exists, years 1–9999.
 *
 * @example
 * parseDateOnly('2020-07-01') // '2020-07-01'
 * parseDateOnly('2020-02-30') // null
 * parseDateOnly('2020-7-1') // null
 */
export function parseDateOnly(text: string): DateOnly | null {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const date = makeDate(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10));
  return date === text ? date : null;
}

/**
 * Whether `value` is text parseDateOnly accepts: a 'YYYY-MM-DD' string naming a day that exists.
 * A check only (the pane's date box says whether what was typed is a date): parseDateOnly makes
 * the DateOnly.
 *
 * @example
 * isDateOnly('2020-02-29') // → true
 * isDateOnly('2021-02-29') // → false
 * isDateOnly(43983) // → false
 */
export function isDateOnly(value: unknown): boolean {
  return typeof value === 'string' && parseDateOnly(value) !== null;
}

/**
 * The day `days` calendar days after `date` (before it when negative); working days are the
 * calendar's business (addWorkingDays).
 *
 * @example
 * addDays('2020-12-31', 1) // → '2021-01-01'
 * addDays('2020-03-01', -1) // → '2020-02-29'
 */
export function addDays(date: DateOnly, days: number): DateOnly {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * diffDays('2020-07-01', '2020-06-28') // → 3
 */
export function diffDays(to: DateOnly, from: DateOnly): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * 0 = Sunday … 6 = Saturday.
 *
 * @example
 * dayOfWeek('2020-10-01') // → 4 (a Thursday)
 */
export function dayOfWeek(date: DateOnly): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * The year of a date-only value, read off its digits (no Date, so no time zone).
 *
 * @example
 * yearOf('2020-07-01') // → 2020
 */
export function yearOf(date: DateOnly): number {
  return +date.slice(0, 4);
}

/**
 * The month (1–12) of a date-only value, read off its digits.
 *
 * @example
 * monthOf('2020-07-01') // → 7
 */
export function monthOf(date: DateOnly): number {
  return +date.slice(5, 7);
}

/**
 * Comparison for sort(): ISO strings order the same way as the days they name.
 *
 * @example
 * ['2020-07-01', '2019-12-31'].sort(compareDates) // → ['2019-12-31', '2020-07-01']
 */
export function compareDates(a: DateOnly, b: DateOnly): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
