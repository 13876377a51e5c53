import { addDays, dateOf, dayOfWeek, daysInMonth, monthOf, yearOf, type DateOnly } from './dateOnly';
import { PLAUSIBLE_YEARS } from './plausibleYears';

/**
 * The weeks of a month as a wall calendar in China lays them out: Monday first, each week seven
 * cells, null for the days of the months before and after.
 *
 * @example
 * calendarWeeks(2020, 7)[0] // → [null, null, '2020-07-01', '2020-07-02', '2020-07-03', '2020-07-04', '2020-07-05']
 * calendarWeeks(2020, 7).length // → 5
 */
export function calendarWeeks(year: number, month: number): Array<Array<DateOnly | null>> {
  const first = dateOf(year, month, 1);
  const lead = (dayOfWeek(first) + 6) % 7; // Monday 0 … Sunday 6
  const cells: Array<DateOnly | null> = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push(dateOf(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** A move in a month calendar: a day, a week, to the week's Monday or Sunday, a month or a year. */
export type CalendarStep =
  | 'previousDay'
  | 'nextDay'
  | 'previousWeek'
  | 'nextWeek'
  | 'weekStart'
  | 'weekEnd'
  | 'previousMonth'
  | 'nextMonth'
  | 'previousYear'
  | 'nextYear';

/** The same day `months` months on, or the month's last day when it has no such day (1月31日 → 2月29日). */
function addMonths(date: DateOnly, months: number): DateOnly {
  const index = yearOf(date) * 12 + monthOf(date) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dateOf(year, month, Math.min(+date.slice(8, 10), daysInMonth(year, month)));
}

/**
 * The day a calendar's focus moves to from `start`, kept within PLAUSIBLE_YEARS so that a
 * calendar never offers a day the date box would refuse (a month or year that would leave them
 * stops at the first or last day).
 *
 * @example
 * moveInCalendar('2020-07-01', 'previousDay') // → '2020-06-30'
 * moveInCalendar('2020-01-31', 'nextMonth') // → '2020-02-29'
 * moveInCalendar('2020-07-01', 'weekStart') // → '2020-06-29'
 * moveInCalendar('1900-01-03', 'previousWeek') // → '1900-01-01'
 */
export function moveInCalendar(start: DateOnly, step: CalendarStep): DateOnly {
  // Made here, not at the module's top: a module doing no work there stays out of the bundles that do not call it.
  const first = dateOf(PLAUSIBLE_YEARS.earliest, 1, 1);
  const last = dateOf(PLAUSIBLE_YEARS.latest, 12, 31);
  // ISO strings of years 1–9999 order as the days they name.
  const clamp = (date: DateOnly): DateOnly => (date < first ? first : date > last ? last : date);
  const date = clamp(start);
  const fromMonday = (dayOfWeek(date) + 6) % 7;
  const next = (() => {
    switch (step) {
      case 'previousDay':
        return addDays(date, -1);
      case 'nextDay':
        return addDays(date, 1);
      case 'previousWeek':
        return addDays(date, -7);
      case 'nextWeek':
        return addDays(date, 7);
      case 'weekStart':
        return addDays(date, -fromMonday);
      case 'weekEnd':
        return addDays(date, 6 - fromMonday);
      case 'previousMonth':
        return yearOf(date) * 12 + monthOf(date) > PLAUSIBLE_YEARS.earliest * 12 + 1 ? addMonths(date, -1) : first;
      case 'nextMonth':
        return yearOf(date) * 12 + monthOf(date) < PLAUSIBLE_YEARS.latest * 12 + 12 ? addMonths(date, 1) : last;
      case 'previousYear':
        return yearOf(date) > PLAUSIBLE_YEARS.earliest ? addMonths(date, -12) : first;
      case 'nextYear':
        return yearOf(date) < PLAUSIBLE_YEARS.latest ? addMonths(date, 12) : last;
    }
  })();
  return clamp(next);
}
