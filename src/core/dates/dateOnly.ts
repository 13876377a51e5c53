/**
 * Date-only values. A ledger date is a calendar day with no time and no zone, so the core
 * carries it as an ISO string 'YYYY-MM-DD' and does arithmetic on day numbers (days since
 * 1970-01-01, computed with UTC so the machine's time zone never enters).
 */
export type DateOnly = string;

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD'; throws on a malformed value (a programming error). */
export function toDayNumber(date: DateOnly): number {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not a date-only value: ${date}`);
  return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / MS_PER_DAY);
}

export function fromDayNumber(day: number): DateOnly {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A date-only value from year, month (1–12) and day, or null when that day does not exist. */
export function makeDate(year: number, month: number, day: number): DateOnly | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isDateOnly(value: unknown): value is DateOnly {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  return m !== null && makeDate(+m[1], +m[2], +m[3]) === value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: DateOnly, days: number): DateOnly {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(to: DateOnly, from: DateOnly): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: DateOnly): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function yearOf(date: DateOnly): number {
  return +date.slice(0, 4);
}

export function monthOf(date: DateOnly): number {
  return +date.slice(5, 7);
}

/** Comparison for sort(): ISO strings order the same way as the days they name. */
export function compareDates(a: DateOnly, b: DateOnly): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
