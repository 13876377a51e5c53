import type { DateOnly } from '../dates/dateOnly';
import type { WorkCalendar } from './workCalendar';

/**
 * Whether `date` is a working day: weekends and 法定节假日 off, 调休 makeup days on.
 *
 * @example
 * isWorkingDay(calendar, '2020-10-08') // → false (国庆)
 * isWorkingDay(calendar, '2020-10-10') // → true (a 调休 Saturday)
 */
export function isWorkingDay(cal: WorkCalendar, date: DateOnly): boolean {
  return cal.isWorkingDay(date);
}
