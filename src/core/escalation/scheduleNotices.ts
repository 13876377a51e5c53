import type { WorkCalendar } from '../calendar';
import type { DateOnly } from '../dates/dateOnly';
import type { NoticeColor, RuleSet } from '../rules/ruleSet';
import { type CalendarContext, createCalendarContext } from './calendarContext';

export interface ScheduledNotice {
  color: NoticeColor;
  date: DateOnly;
  /** 1 for blue/yellow and the first red; 2, 3 … for repeated reds. */
  sequence: number;
}

/** Issue dates of one item+unit's notices already in the log (not voided, on or before asOf), ascending. */
export interface IssuedDates {
  blue: readonly DateOnly[];
  yellow: readonly DateOnly[];
  red: readonly DateOnly[];
}

export const NO_ISSUED_DATES: IssuedDates = { blue: [], yellow: [], red: [] };

/**
 * The notices one open item warrants up to `asOf` (SPEC §3): blue on the deadline, yellow
 * `yellowAfterDays` later, red `redAfterYellowDays` after the yellow actually issued (else the
 * scheduled one), then a red every `redRepeatDays` after the previous red. Each issue date rolls
 * to a working day, and a notice is warranted only if the item is not done by its date.
 * `doneOn` null = not done; `actualYellow` is the yellow's issue date from the notice log.
 *
 * @example
 * scheduleNotices('2020-05-11', null, '2020-06-01', XIANGYIN_2020, calendar).map((n) => n.date)
 * // → ['2020-05-11', '2020-05-18', '2020-05-28'] (blue, yellow rolled off Saturday 05-16, red)
 * scheduleNotices('2020-05-11', null, '2020-06-01', XIANGYIN_2020, calendar, '2020-05-20').map((n) => n.date)
 * // → ['2020-05-11', '2020-05-20', '2020-06-01'] (red 10 days after the actual yellow, 05-30 rolled)
 */
export function scheduleNotices(
  deadline: DateOnly,
  doneOn: DateOnly | null,
  asOf: DateOnly,
  rules: RuleSet,
  cal: WorkCalendar,
  actualYellow?: DateOnly | null,
): ScheduledNotice[] {
  const issued: IssuedDates =
    actualYellow === undefined || actualYellow === null || actualYellow > asOf ? NO_ISSUED_DATES : { blue: [], yellow: [actualYellow], red: [] };
  const out: ScheduledNotice[] = [];
  walkNotices(deadline, doneOn, false, asOf, rules, createCalendarContext(cal), issued, (color, date, sequence) => {
    out.push({ color, date, sequence });
  });
  return out;
}

/**
 * The first date after `asOf` on which a notice falls due, or null when there is none (done by
 * then, or no further red because redRepeatDays is 0). A long-term item has no deadline: callers
 * pass nothing and get nothing.
 *
 * @example
 * nextNoticeDate('2020-05-11', null, '2020-06-01', XIANGYIN_2020, calendar) // → '2020-06-08' (the repeat red, 06-07 rolled)
 * nextNoticeDate('2020-05-11', '2020-06-05', '2020-06-01', XIANGYIN_2020, calendar) // → null (done before it)
 */
export function nextNoticeDate(
  deadline: DateOnly | null,
  doneOn: DateOnly | null,
  asOf: DateOnly,
  rules: RuleSet,
  cal: WorkCalendar,
  actualYellow?: DateOnly | null,
): DateOnly | null {
  if (deadline === null || (doneOn !== null && doneOn <= asOf)) return null;
  const ctx = createCalendarContext(cal);
  const esc = rules.escalation;
  const working = esc.dayKind === 'working';
  const issue = (d: DateOnly) => (esc.rollIssueToWorkingDay ? ctx.roll(d) : d);
  const due = (d: DateOnly) => (doneOn === null || doneOn > d ? d : null);

  const blue = issue(deadline);
  if (blue > asOf) return due(blue);
  let base: DateOnly;
  if (actualYellow !== undefined && actualYellow !== null && actualYellow <= asOf) {
    base = actualYellow;
  } else {
    const yellow = issue(ctx.step(deadline, esc.yellowAfterDays, working));
    if (yellow > asOf) return due(yellow);
    base = yellow;
  }
  for (let k = 0; k === 0 || esc.redRepeatDays > 0; k++) {
    const red = issue(ctx.step(base, k === 0 ? esc.redAfterYellowDays : esc.redRepeatDays, working));
    if (red > asOf) return due(red);
    base = red;
  }
  return null;
}

/**
 * The walk shared by scheduleNotices and escalate: emits every notice of one item+unit, the
 * logged ones (issued, at their actual dates, matched to the schedule by color and order) and
 * the warranted ones not yet logged.
 *
 * @example
 * const seen: string[] = [];
 * walkNotices('2020-05-11', null, false, '2020-05-20', XIANGYIN_2020, createCalendarContext(calendar), NO_ISSUED_DATES, (color, date) => seen.push(`${color} ${date}`));
 * seen // → ['blue 2020-05-11', 'yellow 2020-05-18']
 */
export function walkNotices(
  deadline: DateOnly,
  doneOn: DateOnly | null,
  doneDateUnknown: boolean,
  asOf: DateOnly,
  rules: RuleSet,
  ctx: CalendarContext,
  issued: IssuedDates,
  emit: (color: NoticeColor, date: DateOnly, sequence: number, issued: boolean) => void,
): void {
  const esc = rules.escalation;
  const working = esc.dayKind === 'working';
  // An item done on an unknown date is treated as done before any notice not yet logged.
  const openOn = (t: DateOnly) => !doneDateUnknown && (doneOn === null || doneOn > t);
  // Returns the issue date when warranted by asOf, else null; dates past asOf are never rolled.
  const warranted = (raw: DateOnly): DateOnly | null => {
    if (raw > asOf) return null;
    const t = esc.rollIssueToWorkingDay ? ctx.roll(raw) : raw;
    return t <= asOf && openOn(t) ? t : null;
  };

  if (issued.blue.length > 0) {
    for (let i = 0; i < issued.blue.length; i++) emit('blue', issued.blue[i], i + 1, true);
  } else {
    const t = warranted(deadline);
    if (t !== null) emit('blue', t, 1, false);
  }

  let base: DateOnly | null = null;
  if (issued.yellow.length > 0) {
    for (let i = 0; i < issued.yellow.length; i++) emit('yellow', issued.yellow[i], i + 1, true);
    base = issued.yellow[0];
  } else {
    const t = warranted(ctx.step(deadline, esc.yellowAfterDays, working));
    if (t !== null) {
      emit('yellow', t, 1, false);
      base = t;
    }
  }

  for (let k = 0; ; k++) {
    if (k < issued.red.length) {
      emit('red', issued.red[k], k + 1, true);
      base = issued.red[k];
      continue;
    }
    if (base === null || (k > 0 && esc.redRepeatDays === 0)) return;
    const t = warranted(ctx.step(base, k === 0 ? esc.redAfterYellowDays : esc.redRepeatDays, working));
    if (t === null) return;
    emit('red', t, k + 1, false);
    base = t;
  }
}
