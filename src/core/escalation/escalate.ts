import type { WorkCalendar } from '../calendar';
import { type DateOnly, toDayNumber } from '../dates/dateOnly';
import type { LedgerItem } from '../ledger/ledgerItem';
import type { Problem } from '../problems';
import type { NoticeColor, RuleSet } from '../rules/ruleSet';
import { type CalendarContext, createCalendarContext, uncoveredYearProblems } from './calendarContext';
import { type DueSoon, type DueSoonWindow, dueSoonWindow, findDueSoon } from './findDueSoon';
import { type DeadlineInForce, resolveDeadlineIn } from './resolveDeadline';
import { type IssuedDates, NO_ISSUED_DATES, walkNotices } from './scheduleNotices';

export { scheduleNotices, nextNoticeDate } from './scheduleNotices';
export type { ScheduledNotice } from './scheduleNotices';
export type { DueSoon } from './findDueSoon';

/** A row of the notice log (督办单登记). */
export interface LoggedNotice {
  number: string | null;
  color: NoticeColor;
  itemId: string;
  unit: string;
  issueDate: DateOnly;
  voided: boolean;
}

/** Notice objects may be shared between items (they are frozen): copy one to change it. */
export interface WarrantedNotice {
  color: NoticeColor;
  unit: string;
  /** Scheduled issue date (after rolling to a working day), or the actual date when it is in the log. */
  date: DateOnly;
  /** 1 for blue/yellow and the first red; 2, 3 … for repeated reds. */
  sequence: number;
  /** Already in the notice log (not voided). */
  issued: boolean;
  /** Whole calendar days past the deadline in force on `date` (0 when not past it). */
  daysOverdue: number;
}

/**
 * The text of the ledger's 督办状态 column: a notice color, 临期 (an open item with no notice
 * falling due within the next rules.escalation.dueSoonWorkingDays working days, see findDueSoon),
 * 已办结, 长期, or — (nothing to say yet).
 */
export type LedgerStatus = '蓝' | '黄' | '红' | '临期' | '已办结' | '长期' | '—';

export interface ItemEscalation {
  item: LedgerItem;
  deadline: DeadlineInForce;
  /** Done on or before asOf (by date, or by status with unknown date) and not rejected. */
  done: boolean;
  doneOn: DateOnly | null;
  /** Highest color warranted up to asOf, null when none. */
  level: NoticeColor | null;
  /** The text of the ledger's 督办状态 column. */
  status: LedgerStatus;
  notices: WarrantedNotice[];
  /**
   * 临期 (SPEC §9): open, no level, not 长期, and the deadline in force after asOf and no later
   * than the N-th working day after it (findDueSoon); null otherwise, and always when N = 0.
   */
  dueSoon: DueSoon | null;
}

export interface EscalateOptions {
  asOf: DateOnly;
  rules: RuleSet;
  calendar: WorkCalendar;
  log?: readonly LoggedNotice[];
  sheet?: string;
}

const RANK: Record<NoticeColor, number> = { blue: 1, yellow: 2, red: 3 };
const STATUS_OF: Record<NoticeColor, LedgerStatus> = { blue: '蓝', yellow: '黄', red: '红' };

/** A warranted notice before it is given its unit. */
interface NoticeTemplate {
  color: NoticeColor;
  date: DateOnly;
  sequence: number;
  issued: boolean;
  daysOverdue: number;
}

/**
 * Three-color escalation of a whole ledger as of a date (SPEC §3): for every item its deadline
 * in force, whether it is done, and per supervised unit the notices warranted up to `asOf`,
 * the ones already in the notice log included (they stay issued whatever changed since).
 *
 * Items sharing a deadline, a done date and a unit, with nothing in the log, warrant the same
 * notices: those are worked out once and the (frozen) notice objects shared between the items'
 * own arrays, which keeps a 100,000-row ledger well inside its time budget.
 *
 * An open item with no notice whose deadline falls within the next
 * rules.escalation.dueSoonWorkingDays working days is 临期 (SPEC §9, findDueSoon): a reminder
 * shown in the status column, never a notice. The window is worked out once for the run.
 *
 * @example
 * // item: DB-01 for 县住建局, 交办 2020-04-01, 办理时限 2020-05-11 (a Monday), not done
 * const { items } = escalate([item], { asOf: '2020-06-01', rules: XIANGYIN_2020, calendar });
 * items[0].status // → '红'
 * items[0].notices.map((n) => `${n.color} ${n.date}`) // → ['blue 2020-05-11', 'yellow 2020-05-18', 'red 2020-05-28'] (yellow's 05-16 is a Saturday)
 * const soon = escalate([item], { asOf: '2020-05-07', rules: XIANGYIN_2020, calendar }).items[0];
 * [soon.status, soon.dueSoon] // → ['临期', { deadline: '2020-05-11', workingDaysLeft: 3 }] (05-08, Saturday 05-09 a 调休 working day, 05-11)
 */
export function escalate(items: readonly LedgerItem[], options: EscalateOptions): { items: ItemEscalation[]; problems: Problem[] } {
  const { asOf, rules, sheet } = options;
  const ctx = createCalendarContext(options.calendar);
  const dueSoonDays = rules.escalation.dueSoonWorkingDays;
  // Worked out for the first item that may be 临期: a ledger with none asks the calendar nothing more.
  let dueWindow: DueSoonWindow | undefined;
  const log = indexLog(options.log ?? [], asOf);
  const problems: Problem[] = [];
  const out: ItemEscalation[] = new Array(items.length);
  const templates = new Map<string, NoticeTemplate[]>();
  const sharedNotices = new Map<NoticeTemplate[], Map<string, readonly WarrantedNotice[]>>();
  const NONE: readonly WarrantedNotice[] = [];

  const noticesFor = (unit: string, force: DateOnly | null, doneOn: DateOnly | null, doneDateUnknown: boolean, issued: IssuedDates | undefined) => {
    if (issued !== undefined) return withUnit(walk(force, doneOn, doneDateUnknown, asOf, rules, ctx, issued), unit);
    if (force === null) return NONE;
    const key = doneDateUnknown ? `${force}?` : doneOn === null ? force : `${force}${doneOn}`;
    let list = templates.get(key);
    if (list === undefined) templates.set(key, (list = walk(force, doneOn, doneDateUnknown, asOf, rules, ctx, NO_ISSUED_DATES)));
    if (list.length === 0) return NONE;
    let byUnit = sharedNotices.get(list);
    if (byUnit === undefined) sharedNotices.set(list, (byUnit = new Map()));
    let notices = byUnit.get(unit);
    if (notices === undefined) byUnit.set(unit, (notices = withUnit(list, unit)));
    return notices;
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const deadline = resolveDeadlineIn(item, rules, ctx, sheet);
    for (const p of deadline.problems) problems.push(p);

    // 退回 wins over a completion date; a done status without a date counts as done, date unknown.
    const doneDateUnknown = !item.rejected && item.completed === null && item.doneByStatus;
    const doneOn = !item.rejected && item.completed !== null && item.completed <= asOf ? item.completed : null;
    const done = doneOn !== null || doneDateUnknown;
    if (doneDateUnknown) {
      const p: Problem = {
        severity: 'warning',
        code: 'done.date-unknown',
        message: `状态为“${item.status ?? ''}”但未填完成时间，按已办结处理，不再发出新的督办单`,
        row: item.row,
      };
      if (sheet !== undefined) p.sheet = sheet;
      problems.push(p);
    }

    const force = deadline.deadline;
    const itemLog = item.id === null ? undefined : log.get(item.id);
    const units = item.units;
    let notices: WarrantedNotice[];
    let top = 0;
    if (units.length === 1) {
      const list = noticesFor(units[0], force, doneOn, doneDateUnknown, itemLog?.get(units[0]));
      notices = list.slice();
      top = highestRank(list);
    } else {
      notices = [];
      for (const unit of units) {
        const list = noticesFor(unit, force, doneOn, doneDateUnknown, itemLog?.get(unit));
        for (let k = 0; k < list.length; k++) notices.push(list[k]);
        top = Math.max(top, highestRank(list));
      }
    }

    const level: NoticeColor | null = top === 3 ? 'red' : top === 2 ? 'yellow' : top === 1 ? 'blue' : null;
    const status: LedgerStatus = done ? '已办结' : deadline.longTerm ? '长期' : level !== null ? STATUS_OF[level] : '—';
    const e: ItemEscalation = { item, deadline, done, doneOn, level, status, notices, dueSoon: null };
    // Only an open item with no notice and a deadline still ahead can be 临期: most rows skip the look.
    if (status === '—' && force !== null && force > asOf && dueSoonDays > 0) {
      dueWindow ??= dueSoonWindow(ctx, asOf, dueSoonDays);
      e.dueSoon = findDueSoon(e, dueWindow);
      if (e.dueSoon !== null) e.status = '临期';
    }
    out[i] = e;
  }

  for (const p of uncoveredYearProblems(ctx.uncoveredYears())) problems.push(p);
  return { items: out, problems };
}

/** Lists come blue, yellow, red in that order: the last notice has the highest color. */
function highestRank(list: readonly WarrantedNotice[]): number {
  return list.length === 0 ? 0 : RANK[list[list.length - 1].color];
}

function withUnit(list: readonly NoticeTemplate[], unit: string): readonly WarrantedNotice[] {
  return list.map((t) =>
    Object.freeze({ color: t.color, unit, date: t.date, sequence: t.sequence, issued: t.issued, daysOverdue: t.daysOverdue }),
  );
}

/** One item+unit's notices; with no deadline in force only the logged ones (they stay issued). */
function walk(
  force: DateOnly | null,
  doneOn: DateOnly | null,
  doneDateUnknown: boolean,
  asOf: DateOnly,
  rules: RuleSet,
  ctx: CalendarContext,
  issued: IssuedDates,
): NoticeTemplate[] {
  const list: NoticeTemplate[] = [];
  const forceDay = force === null ? 0 : toDayNumber(force);
  const emit = (color: NoticeColor, date: DateOnly, sequence: number, isIssued: boolean) => {
    const overdue = force === null ? 0 : toDayNumber(date) - forceDay;
    list.push({ color, date, sequence, issued: isIssued, daysOverdue: overdue > 0 ? overdue : 0 });
  };
  if (force !== null) {
    walkNotices(force, doneOn, doneDateUnknown, asOf, rules, ctx, issued, emit);
  } else {
    for (const color of ['blue', 'yellow', 'red'] as const) {
      const dates = issued[color];
      for (let i = 0; i < dates.length; i++) emit(color, dates[i], i + 1, true);
    }
  }
  return list;
}

type MutableIssued = { blue: DateOnly[]; yellow: DateOnly[]; red: DateOnly[] };

/** Valid log rows up to asOf, by item id, then unit, then color, dates ascending. */
function indexLog(log: readonly LoggedNotice[], asOf: DateOnly): Map<string, Map<string, IssuedDates>> {
  const byItem = new Map<string, Map<string, MutableIssued>>();
  for (const n of log) {
    if (n.voided || n.issueDate > asOf) continue;
    let byUnit = byItem.get(n.itemId);
    if (byUnit === undefined) byItem.set(n.itemId, (byUnit = new Map()));
    let entry = byUnit.get(n.unit);
    if (entry === undefined) byUnit.set(n.unit, (entry = { blue: [], yellow: [], red: [] }));
    entry[n.color].push(n.issueDate);
  }
  for (const byUnit of byItem.values()) {
    for (const entry of byUnit.values()) {
      entry.blue.sort();
      entry.yellow.sort();
      entry.red.sort();
    }
  }
  return byItem;
}
