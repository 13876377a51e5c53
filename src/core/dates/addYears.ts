import { dateOf, daysInMonth, monthOf, type DateOnly } from './dateOnly';

/**
 * The same calendar day `years` years later (earlier when negative). February 29 in a year
 * without one becomes February 28, as date-fns' addYears does: the day stays in its month.
 * Throws a RangeError when the result would leave the years 1–9999 (a programming error:
 * callers keep their dates inside the plausible years).
 *
 * @example
 * addYears('2020-07-01', -1) // → '2019-07-01'
 * addYears('2020-02-29', -1) // → '2019-02-28'
 * addYears('2019-02-28', 1)  // → '2020-02-28'
 */
export function addYears(date: DateOnly, years: number): DateOnly {
  const year = +date.slice(0, 4) + years;
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`year out of range: ${date} + ${years} years`);
  const month = monthOf(date);
  return dateOf(year, month, Math.min(+date.slice(8, 10), daysInMonth(year, month)));
}
