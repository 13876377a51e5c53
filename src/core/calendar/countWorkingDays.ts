import { type DateOnly, fromDayNumber, toDayNumber } from '../dates/dateOnly';
import { DayTableCalendar, type WorkCalendar } from './workCalendar';

/**
 * Excel NETWORKDAYS: working days from `start` to `end`, both ends counted; when `end` is
 * before `start`, the negative of the count from `end` to `start`.
 *
 * @example
 * countWorkingDays(calendar, '2020-10-01', '2020-10-31') // → 17 (10-01…10-08 off, Saturday 10-10 on)
 * countWorkingDays(calendar, '2020-10-31', '2020-10-01') // → -17
 */
export function countWorkingDays(cal: WorkCalendar, start: DateOnly, end: DateOnly): number {
  const a = toDayNumber(start);
  const b = toDayNumber(end);
  if (b < a) return 0 - countWorkingDays(cal, end, start); // 0 - x, not -x: no -0 for an empty span
  // Calendars from createWorkCalendar count with prefix sums, whatever the span.
  if (cal instanceof DayTableCalendar) return cal.countWorkingDayNumbers(a, b);
  let count = 0;
  for (let d = a; d <= b; d++) if (cal.isWorkingDay(fromDayNumber(d))) count++;
  return count;
}
