/**
 * Day-number access to any WorkCalendar: the fast table path for calendars built by
 * createWorkCalendar, the string interface for any other implementation (e.g. a test double).
 */
import { fromDayNumber } from '../dates/dateOnly';
import { DayTableCalendar, type WorkCalendar } from './workCalendar';

/**
 * isWorkingDay on a day number, for loops that step day by day (addWorkingDays, nextWorkingDay):
 * no date string is formatted per step.
 *
 * @example
 * isWorkingDayNumber(calendar, toDayNumber('2020-10-10')) // → true (a 调休 Saturday)
 */
export function isWorkingDayNumber(cal: WorkCalendar, day: number): boolean {
  return cal instanceof DayTableCalendar ? cal.isWorkingDayNumber(day) : cal.isWorkingDay(fromDayNumber(day));
}
