import { addWorkingDays, nextWorkingDay, type WorkCalendar } from '../calendar';
import { addDays, type DateOnly, yearOf } from '../dates/dateOnly';
import type { Problem } from '../problems';

/**
 * The calendar as escalation uses it: memoised (100,000 items share a few hundred dates, so each
 * roll or step is worked out once) and watching which years it was asked about, so a missing
 * holiday year is one warning for the run instead of one per row.
 */
export interface CalendarContext {
  /** The date itself when working, else the next working day. */
  roll(date: DateOnly): DateOnly;
  /** Excel WORKDAY: the `days`-th working day after `start`. */
  addWorking(start: DateOnly, days: number): DateOnly;
  /** Calendar days (`working` false) or working days after `start`. */
  step(start: DateOnly, days: number, working: boolean): DateOnly;
  /** Years asked about that the holiday data does not cover, ascending. */
  uncoveredYears(): number[];
}

/**
 * The context for one run over `cal`: every item of a ledger goes through the same one, so the
 * caches pay off and a missing year is noted once.
 *
 * @example
 * const ctx = createCalendarContext(calendar);
 * ctx.roll('2020-10-01') // → '2020-10-09'
 * ctx.step('2020-10-01', 5, false) // → '2020-10-06'
 * ctx.roll('2027-01-02') // → '2027-01-04' (2027 is not in the data: weekends only)
 * ctx.uncoveredYears() // → [2027]
 */
export function createCalendarContext(cal: WorkCalendar): CalendarContext {
  const rolled = new Map<DateOnly, DateOnly>();
  const added = new Map<number, Map<DateOnly, DateOnly>>();
  const calendarAdded = new Map<number, Map<DateOnly, DateOnly>>();
  const checkedYears = new Set<number>();
  const uncovered: number[] = [];

  const note = (date: DateOnly): void => {
    const year = yearOf(date);
    if (checkedYears.has(year)) return;
    checkedYears.add(year);
    if (!cal.covers(date)) uncovered.push(year);
  };

  const roll = (date: DateOnly): DateOnly => {
    let result = rolled.get(date);
    if (result === undefined) {
      note(date);
      result = nextWorkingDay(cal, date);
      note(result);
      rolled.set(date, result);
    }
    return result;
  };

  const addWorking = (start: DateOnly, days: number): DateOnly => {
    let byStart = added.get(days);
    if (byStart === undefined) added.set(days, (byStart = new Map()));
    let result = byStart.get(start);
    if (result === undefined) {
      note(start);
      result = addWorkingDays(cal, start, days);
      note(result);
      byStart.set(start, result);
    }
    return result;
  };

  // Calendar-day steps need no holiday data, only a cheap cache of the string arithmetic.
  const addCalendar = (start: DateOnly, days: number): DateOnly => {
    let byStart = calendarAdded.get(days);
    if (byStart === undefined) calendarAdded.set(days, (byStart = new Map()));
    let result = byStart.get(start);
    if (result === undefined) {
      result = addDays(start, days);
      byStart.set(start, result);
    }
    return result;
  };

  return {
    roll,
    addWorking,
    step: (start, days, working) => (working ? addWorking(start, days) : addCalendar(start, days)),
    uncoveredYears: () => [...uncovered].sort((a, b) => a - b),
  };
}

/**
 * One warning per year the holiday data lacks (SPEC §2: an explicit warning, not a silent guess).
 *
 * @example
 * uncoveredYearProblems([2027])[0].message // → '2027年的法定节假日数据缺失：按周末推算，请在「节假日调整」表补录'
 */
export function uncoveredYearProblems(years: readonly number[]): Problem[] {
  return years.map((year) => ({
    severity: 'warning',
    code: 'calendar.uncovered',
    message: `${year}年的法定节假日数据缺失：按周末推算，请在「节假日调整」表补录`,
  }));
}
