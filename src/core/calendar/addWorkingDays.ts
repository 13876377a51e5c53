import { type DateOnly, fromDayNumber, toDayNumber } from '../dates/dateOnly';
import { isWorkingDayNumber } from './dayLookup';
import type { WorkCalendar } from './workCalendar';

/**
 * Excel WORKDAY: the `days`-th working day after `start` (before it when `days` < 0). `start`
 * itself is never counted, working day or not; 0 returns `start` unchanged. A fractional
 * `days` is truncated, as Excel does.
 *
 * @example
 * addWorkingDays(calendar, '2020-09-30', 1) // → '2020-10-09' (国庆 and 中秋 off 10-01…10-08)
 * addWorkingDays(calendar, '2020-10-09', 1) // → '2020-10-10' (a 调休 Saturday)
 * addWorkingDays(calendar, '2020-10-09', -1) // → '2020-09-30'
 */
export function addWorkingDays(cal: WorkCalendar, start: DateOnly, days: number): DateOnly {
  if (!Number.isFinite(days)) throw new RangeError(`working days must be a finite number: ${days}`);
  let remaining = Math.trunc(days);
  if (remaining === 0) return start;
  const step = remaining > 0 ? 1 : -1;
  remaining = Math.abs(remaining);
  let day = toDayNumber(start);
  while (remaining > 0) {
    day += step;
    if (isWorkingDayNumber(cal, day)) remaining--;
  }
  return fromDayNumber(day);
}
