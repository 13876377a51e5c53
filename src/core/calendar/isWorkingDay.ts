import type { DateOnly } from '../dates/dateOnly';
import type { WorkCalendar } from './workCalendar';

/** Whether `date` is a working day: weekends and 法定节假日 off, 调休 makeup days on. */
export function isWorkingDay(cal: WorkCalendar, date: DateOnly): boolean {
  return cal.isWorkingDay(date);
}
