/**
 * Day-number access to any WorkCalendar: the fast table path for calendars built by
 * createWorkCalendar, the string interface for any other implementation (e.g. a test double).
 */
import { fromDayNumber } from '../dates/dateOnly';
import { DayTableCalendar, type WorkCalendar } from './workCalendar';

export function isWorkingDayNumber(cal: WorkCalendar, day: number): boolean {
  return cal instanceof DayTableCalendar ? cal.isWorkingDayNumber(day) : cal.isWorkingDay(fromDayNumber(day));
}
