import { type DateOnly, fromDayNumber, toDayNumber } from '../dates/dateOnly';
import { isWorkingDayNumber } from './dayLookup';
import type { WorkCalendar } from './workCalendar';

/**
 * `date` itself when it is a working day, else the first working day after it (SPEC §3 rolling).
 *
 * @example
 * nextWorkingDay(calendar, '2020-10-01') // → '2020-10-09'
 * nextWorkingDay(calendar, '2020-10-10') // → '2020-10-10'
 */
export function nextWorkingDay(cal: WorkCalendar, date: DateOnly): DateOnly {
  let day = toDayNumber(date);
  if (isWorkingDayNumber(cal, day)) return date;
  do day++;
  while (!isWorkingDayNumber(cal, day));
  return fromDayNumber(day);
}
