/**
 * What DUBAN.DEADLINE / LEVEL / OVERDUE / NEXTNOTICE compute for one cell (SPEC §2, §3), without
 * the CustomFunctions global. Each returns a value or the Chinese message that becomes the
 * cell's #VALUE! error.
 *
 * A long-term item (长期 / 持续推进) has no deadline: DEADLINE returns the text "长期", and the
 * other three accept that text as their deadline and answer "no notice" (LEVEL "", OVERDUE 0,
 * NEXTNOTICE ""), so =DUBAN.LEVEL(DUBAN.DEADLINE(…), …) works on every row. LEVEL also says 临期
 * (SPEC §9) as the 督办状态 column does.
 */
import { addWorkingDays, nextWorkingDay, type WorkCalendar } from '../core/calendar';
import { dateToSerial, diffDays, fail, ok, parseDeadlineCell, yearOf, type DateOnly, type Parsed } from '../core/dates';
import { defaultDays, defaultSource, dueSoonAt, dueSoonWindow, nextNoticeDate, scheduleNotices, writtenDeadline, type DueSoonWindow, type ScheduledNotice } from '../core/escalation';
import { COLOR_CHAR } from '../core/notices/noticeNumber';
import type { RuleSet } from '../core/rules';
import { firstUncoveredYear, readCoveredDate, readDate, readOptionalDate, readOptionalText, uncoveredMessage } from './readArgs';

/** What DEADLINE returns for an item with no deadline. */
export const LONG_TERM = '长期';

/** What LEVEL returns for an open item with no notice falling due within the next N working days (SPEC §9). */
export const DUE_SOON = '临期';

/**
 * What the functions read besides their arguments — the working-day calendar and the rule set
 * in force — and what one call over a range shares. A column of 100,000 dates holds a few
 * thousand distinct values, and the notice schedule of an open item depends only on its
 * deadline and asOf: each distinct argument value is read, and each schedule worked out, once.
 */
export interface FunctionEnv {
  cal: WorkCalendar;
  rules: RuleSet;
  /** Read deadline arguments (the deadline in force, null for 长期), by cell value. */
  deadlines: Map<unknown, Parsed<DateOnly | null>>;
  /** Read completion dates, by cell value. */
  doneDates: Map<unknown, Parsed<DateOnly | null>>;
  /** Read asOf dates, by cell value. */
  asOfDates: Map<unknown, Parsed<DateOnly>>;
  /** Open-item schedules up to asOf, by asOf then deadline. */
  schedules: Map<DateOnly, Map<DateOnly, ScheduledNotice[]>>;
  /** Open-item next notice dates after asOf, by asOf then deadline. */
  nextDates: Map<DateOnly, Map<DateOnly, DateOnly | null>>;
  /** The 临期 window (the N working days after asOf), by asOf. */
  dueSoonWindows: Map<DateOnly, DueSoonWindow>;
}

/** A fresh environment: one per call, since the rules may change between calls. */
export function createFunctionEnv(cal: WorkCalendar, rules: RuleSet): FunctionEnv {
  return { cal, rules, deadlines: new Map(), doneDates: new Map(), asOfDates: new Map(), schedules: new Map(), nextDates: new Map(), dueSoonWindows: new Map() };
}

function cached<K, V>(cache: Map<K, V>, key: K, compute: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = compute(key)));
  return value;
}

/** The entry for (asOf, deadline) of a two-level cache. */
function cached2<V>(cache: Map<DateOnly, Map<DateOnly, V>>, asOf: DateOnly, deadline: DateOnly, compute: () => V): V {
  let byDeadline = cache.get(asOf);
  if (byDeadline === undefined) cache.set(asOf, (byDeadline = new Map()));
  let value = byDeadline.get(deadline);
  if (value === undefined) byDeadline.set(deadline, (value = compute()));
  return value;
}

/**
 * DEADLINE(assigned, [deadline], [source]): the deadline in force (SPEC §2) as an Excel serial.
 * A written date rolls to the next working day (rule deadlines.rollDeadlineToWorkingDay);
 * prose is read as in the ledger (7个工作日 from the assigned date, 3月底前, 年底前 …); a
 * blank deadline takes the source's default working days (县长批示: 7); 长期 → "长期".
 */
export function evaluateDeadline(env: FunctionEnv, assigned: unknown, deadline: unknown, source: unknown): Parsed<number | string> {
  const { cal, rules } = env;
  const from = readOptionalDate(assigned, '交办时间');
  if (!from.ok) return from;
  if (deadline !== null && deadline !== undefined && typeof deadline !== 'number' && typeof deadline !== 'string') {
    return fail('办理时限：无法识别的时限写法');
  }
  const spec = parseDeadlineCell(deadline ?? null, { assigned: from.value, longTermWords: rules.ledger.longTermWords });
  if (!spec.ok) return fail(`办理时限：${spec.reason}`);
  const s = spec.value;
  if (s.kind === 'longTerm') return ok(LONG_TERM);
  if (s.kind === 'date') {
    if (!cal.covers(s.date)) return fail(uncoveredMessage(yearOf(s.date)));
    return inCoveredYears(cal, s.date, writtenDeadline(s.date, rules, (d) => nextWorkingDay(cal, d)));
  }
  let days: number;
  let said: string;
  if (s.kind === 'workingDays') {
    days = s.days;
    said = `办理时限为“${s.text ?? `${s.days}个工作日`}”`;
  } else {
    const src = readOptionalText(source, '来源');
    if (!src.ok) return src;
    const key = defaultSource(src.value, rules);
    if (key === null) return fail('未写办理时限，且未填来源（规则设置中也没有默认来源），无法推算时限');
    const byDefault = defaultDays(key, rules);
    if (byDefault === null) return fail(`未写办理时限，且来源“${key}”没有默认工作日数（规则设置 deadlines.defaultWorkingDaysBySource）`);
    days = byDefault;
    said = `未写办理时限，按“${key}”${days}个工作日计`;
  }
  if (from.value === null) return fail(`${said}，但交办时间为空，无法推算时限`);
  if (!cal.covers(from.value)) return fail(uncoveredMessage(yearOf(from.value)));
  return inCoveredYears(cal, from.value, addWorkingDays(cal, from.value, days));
}

/**
 * LEVEL(deadline, done, asOf): the highest notice color warranted up to asOf (SPEC §3) —
 * "蓝", "黄", "红" — as the ledger's 督办状态 column writes it: so "临期" (SPEC §9) for an item
 * open on asOf with no notice whose deadline falls after asOf and no later than the N-th working
 * day after it (rule escalation.dueSoonWorkingDays; 0 = never), and "" otherwise. A notice dated
 * t is warranted only if the item is not done by t, so an item done on the yellow's date stays
 * blue. `done` empty = not done.
 */
export function evaluateLevel(env: FunctionEnv, deadline: unknown, done: unknown, asOf: unknown): Parsed<string> {
  const args = readScheduleArgs(env, deadline, done, asOf);
  if (!args.ok) return args;
  const a = args.value;
  if (a === null) return ok('');
  const end = a.doneOn !== null && a.doneOn < a.asOf ? a.doneOn : a.asOf;
  const gap = end > a.deadline ? firstUncoveredYear(env.cal, a.deadline, end) : null;
  if (gap !== null) return fail(uncoveredMessage(gap));
  // Done on date c, the item gets the open schedule's notices dated before c: a later notice
  // is never warranted once an earlier one is not, and no date depends on the completion.
  const open = cached2(env.schedules, a.asOf, a.deadline, () => scheduleNotices(a.deadline, null, a.asOf, env.rules, env.cal));
  // The schedule comes blue, yellow, red in that order: the last warranted notice has the highest
  // color, written as the ledger's 督办状态 column writes it.
  let level = '';
  for (const n of open) {
    if (a.doneOn !== null && a.doneOn <= n.date) break;
    level = COLOR_CHAR[n.color];
  }
  if (level === '' && (a.doneOn === null || a.doneOn > a.asOf) && a.deadline > a.asOf && env.rules.escalation.dueSoonWorkingDays > 0) {
    const window = cached(env.dueSoonWindows, a.asOf, (at) => dueSoonWindow(env.cal, at, env.rules.escalation.dueSoonWorkingDays));
    if (dueSoonAt(a.deadline, window) !== null) return ok(DUE_SOON);
  }
  return ok(level);
}

/**
 * OVERDUE(deadline, done, asOf): whole calendar days past the deadline on the earlier of the
 * completion date and asOf; 0 when not past it (and for 长期). Never negative.
 */
export function evaluateOverdue(env: FunctionEnv, deadline: unknown, done: unknown, asOf: unknown): Parsed<number> {
  const args = readScheduleArgs(env, deadline, done, asOf);
  if (!args.ok) return args;
  const a = args.value;
  if (a === null) return ok(0);
  const end = a.doneOn !== null && a.doneOn < a.asOf ? a.doneOn : a.asOf;
  const days = diffDays(end, a.deadline);
  return ok(days > 0 ? days : 0);
}

/**
 * NEXTNOTICE(deadline, done, asOf): the serial of the first notice date after asOf, or "" when
 * none is coming: done by asOf, done before that date, 长期, or no repeating red.
 */
export function evaluateNextNotice(env: FunctionEnv, deadline: unknown, done: unknown, asOf: unknown): Parsed<number | string> {
  const args = readScheduleArgs(env, deadline, done, asOf);
  if (!args.ok) return args;
  const a = args.value;
  if (a === null) return ok('');
  if (a.doneOn !== null && a.doneOn <= a.asOf) {
    const gap = a.doneOn > a.deadline ? firstUncoveredYear(env.cal, a.deadline, a.doneOn) : null;
    return gap === null ? ok('') : fail(uncoveredMessage(gap));
  }
  // As nextNoticeDate: the open item's next date, unless the completion comes on or before it.
  const open = cached2(env.nextDates, a.asOf, a.deadline, () => nextNoticeDate(a.deadline, null, a.asOf, env.rules, env.cal));
  const end = open ?? a.asOf;
  const gap = end > a.deadline ? firstUncoveredYear(env.cal, a.deadline, end) : null;
  if (gap !== null) return fail(uncoveredMessage(gap));
  return ok(open === null || (a.doneOn !== null && a.doneOn <= open) ? '' : dateToSerial(open));
}

interface ScheduleArgs {
  /** The deadline in force: rolled to a working day as DEADLINE does (a DEADLINE result stays put). */
  deadline: DateOnly;
  doneOn: DateOnly | null;
  asOf: DateOnly;
}

/** The three arguments of LEVEL / OVERDUE / NEXTNOTICE; null for a 长期 item. */
function readScheduleArgs(env: FunctionEnv, deadline: unknown, done: unknown, asOf: unknown): Parsed<ScheduleArgs | null> {
  const force = cached(env.deadlines, deadline, (v) => readDeadlineInForce(env.cal, env.rules, v));
  if (!force.ok) return force;
  const doneOn = cached(env.doneDates, done, (v) => readOptionalDate(v, '完成时间'));
  if (!doneOn.ok) return doneOn;
  const at = cached(env.asOfDates, asOf, (v) => readDate(v, '统计日期'));
  if (!at.ok) return at;
  return force.value === null ? ok(null) : ok({ deadline: force.value, doneOn: doneOn.value, asOf: at.value });
}

/** The deadline in force of a deadline argument, rolled as DEADLINE rolls it; null for 长期. */
function readDeadlineInForce(cal: WorkCalendar, rules: RuleSet, value: unknown): Parsed<DateOnly | null> {
  const d = readScheduleDeadline(cal, rules, value);
  if (!d.ok || d.value === null) return d;
  const force = writtenDeadline(d.value, rules, (date) => nextWorkingDay(cal, date));
  return cal.covers(force) ? ok(force) : fail(uncoveredMessage(yearOf(force)));
}

/** A deadline date (an Excel date, a text date, 2020年3月31日前 …), or null for 长期 (also the placeholder 9999-12-31). */
function readScheduleDeadline(cal: WorkCalendar, rules: RuleSet, value: unknown): Parsed<DateOnly | null> {
  if (typeof value !== 'string' && typeof value !== 'number') return readCoveredDate(cal, value, '时限');
  const spec = parseDeadlineCell(value, { assigned: null, longTermWords: rules.ledger.longTermWords });
  if (!spec.ok) return fail(`时限：${spec.reason}`);
  const s = spec.value;
  switch (s.kind) {
    case 'longTerm':
      return ok(null);
    case 'blank':
      return fail('时限为空');
    case 'workingDays':
      return fail(`时限为“${s.text ?? `${s.days}个工作日`}”，请先用 DUBAN.DEADLINE 按交办时间推算出日期`);
    default:
      return cal.covers(s.date) ? ok(s.date) : fail(uncoveredMessage(yearOf(s.date)));
  }
}

/** `date` as a serial, unless a year from `from` to `date` is one the holiday data lacks. */
function inCoveredYears(cal: WorkCalendar, from: DateOnly, date: DateOnly): Parsed<number> {
  const gap = firstUncoveredYear(cal, from, date);
  return gap === null ? ok(dateToSerial(date)) : fail(uncoveredMessage(gap));
}
