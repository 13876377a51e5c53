import { type DateOnly, yearOf } from '../dates/dateOnly';
import type { WorkCalendar } from './workCalendar';

/**
 * The years, ascending and distinct, of those `dates` the holiday data does not know: there
 * working days are only a weekday guess, which callers must turn into an explicit warning.
 *
 * @example
 * findUncoveredYears(calendar, ['2020-07-01', '2027-01-04', '2027-03-01', '2003-12-31']) // → [2003, 2027]
 */
export function findUncoveredYears(cal: WorkCalendar, dates: Iterable<DateOnly>): number[] {
  const checked = new Set<number>();
  const uncovered: number[] = [];
  for (const date of dates) {
    const year = yearOf(date);
    if (checked.has(year) || !Number.isInteger(year)) continue;
    checked.add(year);
    if (!cal.covers(date)) uncovered.push(year);
  }
  return uncovered.sort((a, b) => a - b);
}
