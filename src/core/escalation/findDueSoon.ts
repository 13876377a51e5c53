import { addWorkingDays, type WorkCalendar } from '../calendar';
import { addDays, type DateOnly } from '../dates/dateOnly';
import type { ItemEscalation } from './escalate';
import { deadlineOn, isDoneOn, type DeadlineState, type DoneState } from './stateOn';

/** An open item's 临期 (SPEC §9): the deadline it is due on and the working days left until then. */
export interface DueSoon {
  /** The deadline in force. */
  deadline: DateOnly;
  /** Working days after the as-of date up to and including the deadline: 1 = due the next working day. */
  workingDaysLeft: number;
}

/**
 * The span 临期 looks at from one as-of date: the first N working days after it. Worked out once
 * per run (every item of a ledger shares its as-of date), so each item costs two comparisons.
 */
export interface DueSoonWindow {
  asOf: DateOnly;
  /** The day after asOf: a deadline on asOf itself is not 临期. */
  from: DateOnly;
  /** The N working days after asOf, ascending; empty when 临期 is off (N = 0). */
  workingDays: readonly DateOnly[];
}

/** Something that gives the `days`-th working day after a date: a WorkCalendar, or escalation's memoised context. */
export type WorkingDayStepper = WorkCalendar | { addWorking(start: DateOnly, days: number): DateOnly };

/**
 * The 临期 window of `asOf` for N = `days` (rules.escalation.dueSoonWorkingDays): the working days
 * after asOf, asOf itself excluded, up to and including the N-th.
 *
 * @example
 * // 2020 国庆 and 中秋: 10-01…10-08 off, Sunday 09-27 and Saturday 10-10 working
 * dueSoonWindow(calendar, '2020-09-28', 3).workingDays // → ['2020-09-29', '2020-09-30', '2020-10-09']
 * dueSoonWindow(calendar, '2020-09-28', 0).workingDays // → []
 */
export function dueSoonWindow(calendar: WorkingDayStepper, asOf: DateOnly, days: number): DueSoonWindow {
  const step = 'addWorking' in calendar ? (n: number) => calendar.addWorking(asOf, n) : (n: number) => addWorkingDays(calendar, asOf, n);
  const workingDays: DateOnly[] = [];
  for (let n = 1; n <= days; n++) workingDays.push(step(n));
  return { asOf, from: addDays(asOf, 1), workingDays };
}

/**
 * The deadline in force on `on` of an item still open on `on`, when it falls within `from` … `to`
 * (both included); null otherwise (done by then, 长期, no deadline, or due outside the span).
 * The one reading of "open and falling due within a span" that 临期 (the span after the as-of
 * date) and the bulletin's 下期到期事项 (the next period, seen from the period end) share.
 *
 * @example
 * // e: 办理时限 2020-10-09, open
 * deadlineDueWithin(e, '2020-09-28', '2020-09-29', '2020-10-09') // → '2020-10-09'
 * deadlineDueWithin(e, '2020-09-28', '2020-09-29', '2020-09-30') // → null
 */
export function deadlineDueWithin(e: DoneState & DeadlineState, on: DateOnly, from: DateOnly, to: DateOnly): DateOnly | null {
  if (isDoneOn(e, on)) return null;
  const deadline = deadlineOn(e, on);
  return deadline !== null && deadline >= from && deadline <= to ? deadline : null;
}

/**
 * Whether an item is 临期 (SPEC §9) as of `window.asOf`, and how many working days it has left.
 * Precisely: the item is not done, not 长期, has no level (no notice warranted or logged up to
 * asOf: an item that has one keeps its color, extended or not), has a deadline in force, and
 * asOf < deadline ≤ the N-th working day after asOf. The deadline day itself is not 临期: the blue
 * notice is issued that day. A deadline on a non-working day (kept there when
 * deadlines.rollDeadlineToWorkingDay is off) is 临期 when it is no later than the N-th working
 * day; it may then have 0 working days left (a Saturday deadline seen on the Friday before).
 * The deadline is the one in force on asOf (deadlineOn): an extension applied for only after
 * asOf, as in an analysis of a past date, was not in force yet.
 * A reminder only: nothing is logged, no number used, no points taken.
 *
 * @example
 * // 2020 国庆: as of Monday 09-28 the next working days are 09-29, 09-30, then Friday 10-09 (10-01…10-08 off)
 * const window = dueSoonWindow(calendar, '2020-09-28', 3);
 * findDueSoon(itemDue('2020-10-09'), window) // → { deadline: '2020-10-09', workingDaysLeft: 3 }
 * findDueSoon(itemDue('2020-10-10'), window) // → null (Saturday 10-10 is a 调休 working day, the 4th)
 * findDueSoon(itemDue('2020-09-28'), window) // → null (due today: blue is issued today)
 */
export function findDueSoon(e: Pick<ItemEscalation, 'done' | 'doneOn' | 'level' | 'item' | 'deadline'>, window: DueSoonWindow): DueSoon | null {
  const days = window.workingDays;
  if (days.length === 0 || e.level !== null || e.deadline.longTerm) return null;
  const deadline = deadlineDueWithin(e, window.asOf, window.from, days[days.length - 1]);
  return deadline === null ? null : dueSoonAt(deadline, window);
}

/**
 * The date part of findDueSoon alone, for a caller that knows the item is open with no notice
 * (DUBAN.LEVEL, which has only the deadline, the completion date and the as-of date): the 临期 of
 * a deadline in force, or null when it is not after asOf or beyond the N-th working day.
 *
 * @example
 * const window = dueSoonWindow(calendar, '2020-09-28', 3);
 * dueSoonAt('2020-09-30', window) // → { deadline: '2020-09-30', workingDaysLeft: 2 }
 * dueSoonAt('2020-10-10', window) // → null
 */
export function dueSoonAt(deadline: DateOnly, window: DueSoonWindow): DueSoon | null {
  const days = window.workingDays;
  if (days.length === 0 || deadline < window.from || deadline > days[days.length - 1]) return null;
  let workingDaysLeft = 0;
  while (workingDaysLeft < days.length && days[workingDaysLeft] <= deadline) workingDaysLeft++;
  return { deadline, workingDaysLeft };
}
