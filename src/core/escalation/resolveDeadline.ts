import type { WorkCalendar } from '../calendar';
import type { DateOnly } from '../dates/dateOnly';
import type { Concept } from '../ledger/concepts';
import type { LedgerItem } from '../ledger/ledgerItem';
import type { Problem } from '../problems';
import type { RuleSet } from '../rules/ruleSet';
import { type CalendarContext, createCalendarContext, uncoveredYearProblems } from './calendarContext';

export interface DeadlineInForce {
  /** The deadline in force (after working-day defaults, rolling, approved extension), null when none. */
  deadline: DateOnly | null;
  longTerm: boolean;
  /** Before the approved extension replaced it (for display; equals deadline when none). */
  original: DateOnly | null;
  extension: { until: DateOnly; approver: string | null } | null;
  problems: Problem[];
}

/**
 * The deadline an item is held to (SPEC §2): the written date, or the source's default working
 * days from the assignment date, rolled to a working day, then replaced by an approved extension
 * applied for in time. Problems name the cell; a missing holiday year is one warning per year.
 * An item with an unreadable date cell gets no deadline (the parser reported the cell).
 *
 * @example
 * // item: 交办 2020-04-01 (a Wednesday)
 * resolveDeadline({ ...item, deadline: { kind: 'workingDays', days: 7 } }, XIANGYIN_2020, calendar).deadline // → '2020-04-13' (清明 04-04…06 off)
 * resolveDeadline({ ...item, deadline: { kind: 'date', date: '2020-05-16' } }, XIANGYIN_2020, calendar).deadline // → '2020-05-18' (rolled off the weekend)
 */
export function resolveDeadline(item: LedgerItem, rules: RuleSet, cal: WorkCalendar, sheet?: string): DeadlineInForce {
  const ctx = createCalendarContext(cal);
  const result = resolveDeadlineIn(item, rules, ctx, sheet);
  const calendarProblems = uncoveredYearProblems(ctx.uncoveredYears());
  if (calendarProblems.length > 0) result.problems.push(...calendarProblems);
  return result;
}

/**
 * resolveDeadline on a shared calendar context (escalate resolves many items with one).
 *
 * @example
 * // item: 交办 2020-04-01 (a Wednesday); here a 县长批示 with no deadline written: 7 working days
 * resolveDeadlineIn({ ...item, source: '县长批示', deadline: { kind: 'blank' } }, XIANGYIN_2020, createCalendarContext(calendar)).deadline // → '2020-04-13'
 */
export function resolveDeadlineIn(item: LedgerItem, rules: RuleSet, ctx: CalendarContext, sheet?: string): DeadlineInForce {
  // A date cell the parser could not read (already reported there) stands as blank: escalating
  // on it would be a guess, e.g. a blank deadline falling back to the source's default days.
  if (item.unreadable !== undefined && item.unreadable.some((c) => SCHEDULE_INPUTS.has(c))) return none(false, []);
  if (item.deadline.kind === 'longTerm' || hasLongTermWord(item.status, rules.ledger.longTermWords)) return none(true, []);

  let base: DateOnly;
  const spec = item.deadline;
  if (spec.kind === 'date') {
    base = writtenDeadline(spec.date, rules, ctx.roll);
  } else {
    const days = spec.kind === 'workingDays' ? spec.days : defaultDays(item.source, rules);
    if (days === null) {
      const source = defaultSource(item.source, rules);
      const why = source === null ? '台账没有来源，也未设默认来源' : `来源“${source}”没有默认工作日数`;
      const message = `未写办理时限，且${why}（设置 deadlines.defaultWorkingDaysBySource），该事项不参与督办`;
      return none(false, [problemAt(item, sheet, 'error', 'deadline.missing', message, item.deadlineCell, 'deadlines.defaultWorkingDaysBySource')]);
    }
    if (item.assigned === null) {
      const said = spec.kind === 'workingDays' ? `办理时限为“${spec.text ?? `${spec.days}个工作日`}”` : `未写办理时限，按${days}个工作日计`;
      const message = `${said}，但交办时间为空，无法推算时限，该事项不参与督办`;
      return none(false, [problemAt(item, sheet, 'error', 'deadline.assigned-missing', message, item.deadlineCell, undefined)]);
    }
    base = ctx.addWorking(item.assigned, days);
  }

  const ext = item.extension;
  if (ext === null) return { deadline: base, longTerm: false, original: base, extension: null, problems: [] };
  let ignored: Problem;
  if (!ext.approved) {
    const message = `延期至 ${ext.until} 未获批准，仍按原时限 ${base} 督办`;
    ignored = problemAt(item, sheet, 'warning', 'extension.not-approved', message, ext.cell, undefined);
  } else if (ext.appliedOn !== null && ext.appliedOn > base && rules.deadlines.rejectLateExtensions) {
    const message = `延期申请日期 ${ext.appliedOn} 晚于当时的办理时限 ${base}，延期不予认可，仍按原时限督办`;
    // The application date is the value at fault: name its cell (the column exists, since the date was read).
    ignored = problemAt(item, sheet, 'warning', 'extension.late', message, ext.appliedOnCell ?? ext.cell, 'deadlines.rejectLateExtensions');
  } else {
    const until = writtenDeadline(ext.until, rules, ctx.roll);
    if (until >= base) {
      return { deadline: until, longTerm: false, original: base, extension: { until: ext.until, approver: ext.approver }, problems: [] };
    }
    const message = `延期至 ${ext.until} 早于原办理时限 ${base}，延期不予采用`;
    ignored = problemAt(item, sheet, 'warning', 'extension.earlier', message, ext.cell, undefined);
  }
  return { deadline: base, longTerm: false, original: base, extension: null, problems: [ignored] };
}

const SCHEDULE_INPUTS: ReadonlySet<Concept> = new Set<Concept>([
  'assigned',
  'deadline',
  'completed',
  'status',
  'extendedTo',
  'extensionAppliedOn',
  'extensionApproved',
]);

function none(longTerm: boolean, problems: Problem[]): DeadlineInForce {
  return { deadline: null, longTerm, original: null, extension: null, problems };
}

function problemAt(
  item: LedgerItem,
  sheet: string | undefined,
  severity: Problem['severity'],
  code: string,
  message: string,
  cell: string | null,
  setting: string | undefined,
): Problem {
  const p: Problem = { severity, code, message, row: item.row };
  if (sheet !== undefined) p.sheet = sheet;
  if (cell !== null) p.cell = cell;
  if (setting !== undefined) p.setting = setting;
  return p;
}

function hasLongTermWord(status: string | null, words: readonly string[]): boolean {
  if (status === null) return false;
  for (const w of words) if (status.includes(w)) return true;
  return false;
}

/**
 * The source whose default days a blank deadline takes: the item's, else the ledger-wide default (trimmed); null when neither.
 *
 * @example
 * defaultSource(' 县长批示 ', XIANGYIN_2020) // → '县长批示'
 * defaultSource(null, XIANGYIN_2020) // → null (the preset has no ledger-wide source)
 */
export function defaultSource(source: string | null, rules: RuleSet): string | null {
  return (source ?? rules.deadlines.ledgerDefaultSource)?.trim() ?? null;
}

/**
 * A blank deadline's working days, from the source → working days table (see defaultSource); null when the source has none.
 *
 * @example
 * defaultDays('县长批示', XIANGYIN_2020) // → 7
 * defaultDays('会议交办', XIANGYIN_2020) // → null
 */
export function defaultDays(source: string | null, rules: RuleSet): number | null {
  const table = rules.deadlines.defaultWorkingDaysBySource;
  const key = defaultSource(source, rules);
  if (key === null || !Object.prototype.hasOwnProperty.call(table, key)) return null;
  return table[key];
}

/**
 * A written deadline date as it holds: rolled to a working day by `roll` when the rules say so.
 *
 * @example
 * writtenDeadline('2020-10-01', XIANGYIN_2020, (d) => nextWorkingDay(calendar, d)) // → '2020-10-09'
 */
export function writtenDeadline(date: DateOnly, rules: RuleSet, roll: (date: DateOnly) => DateOnly): DateOnly {
  return rules.deadlines.rollDeadlineToWorkingDay ? roll(date) : date;
}
