import type { CellValue } from '../cells';
import type { DeadlineSpec } from '../ledger/ledgerItem';
import { monthOf, yearOf, type DateOnly, daysInMonth } from './dateOnly';
import { fail, ok, type Parsed } from './parsed';
import { parseDateCell, type DateCellContext } from './parseDateCell';
import { checkDate, dropTimeOfDay, MISSING_YEAR, NOT_A_DATE, parseDateText } from './parseDateText';
import { parseSmallNumber } from './parseSmallNumber';
import { toHalfWidth } from './toHalfWidth';

export interface DeadlineContext extends DateCellContext {
  /** The item's assigned date: prose without a year takes its year, or the next year if the date would fall before it. */
  assigned: DateOnly | null;
  /** Words meaning 'no deadline' (rules.ledger.longTermWords: 长期, 持续推进). */
  longTermWords: readonly string[];
}

const UNRECOGNISED = '无法识别的时限写法';
// SPEC §1 names these: they are recognised whatever the rule set's list says, so an item marked
// 长期 is never escalated because a customised word list left the word out.
const BUILT_IN_LONG_TERM = ['长期', '持续推进'];
// The last day Excel has, written by some ledgers for 长期 (SPEC §9).
const LONG_TERM_PLACEHOLDER = '9999-12-31';

/*
 * Deadline prose, matched on the text with spaces removed and a trailing 完成/办结 dropped
 * ("3月底前完成"). Numbers may be Arabic or Chinese (十二月底前, 七个工作日内). A year prefix is
 * 2020年 (that year), 今年/本年 (the assigned year, never rolled), or none (the assigned year,
 * rolled to the next when the date would fall before the assigned date).
 * Deliberately NOT accepted, because their meaning is unclear: "3月前" (before March starts, or
 * by March?), a bare "3月", "年前" (before the Spring Festival, not the year's end).
 */
const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR = '(?:(\\d{4})年|([今本])年)?';
const BEFORE = '(?:之前|以前|前)?';
const PERIOD_END = `(?:内|(?:底|末)${BEFORE})`;
const SPACES = /\s+/g;
const HAS_SPACE = /\s/;
const DAY_RE = new RegExp(`^${YEAR}${NUM}月${NUM}[日号]${BEFORE}$`);
const MONTH_END_RE = new RegExp(`^${YEAR}${NUM}月份?${PERIOD_END}$`);
const YEAR_END_RE = new RegExp(`^(?:(\\d{4})|([今本]))?年度?${PERIOD_END}$`);
const HALF_RE = new RegExp(`^${YEAR}([上下])半年${PERIOD_END}?$`);
const QUARTER_RE = new RegExp(`^${YEAR}第?([一二三四1-4])季度${PERIOD_END}?$`);
const WORKING_DAYS_RE = /^(\d{1,3}|[一二两三四五六七八九十]{1,3})个?工作日(?:之内|以内|内)?$/;

const QUARTER_END_MONTH: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };
const END_OF_MONTH = 0;

/**
 * What a deadline cell says (SPEC §1): a date, N working days from the assigned date, or no
 * deadline (长期). Text forms: any date parseDateText reads (also followed by 前), 4月10日前 /
 * 之前 / 以前 (= that day), 3月底前 / 3月底 / 3月末 / 3月内 (= last day of the month), 年底前 /
 * 年内 / 年底 (= Dec 31), 上半年 (= Jun 30), 下半年 (= Dec 31), 一季度 / 第一季度 (= Mar 31, …),
 * 7个工作日 / 7个工作日内 / 七个工作日内, and 长期 / 持续推进 / any ctx.longTermWords (the whole
 * text, or its beginning: 长期坚持). A time of day after a date is dropped. The placeholder date
 * 9999-12-31, however written (9999/12/31, 9999年12月31日前, the serial), is 长期 too, marked as
 * such so the ledger can warn. Blank → {kind:'blank'}.
 *
 * @example
 * const ctx = { assigned: '2020-04-01', longTermWords: ['长期', '持续推进'] };
 * parseDeadlineCell('2020年5月11日17时前', ctx) // → ok({ kind: 'date', date: '2020-05-11', text: '2020年5月11日17时前' })
 * parseDeadlineCell('3月底前完成', ctx) // → ok({ kind: 'date', date: '2021-03-31', text: '3月底前完成' }) (March is before the assigned April)
 * parseDeadlineCell('9999-12-31', ctx) // → ok({ kind: 'longTerm', text: '9999-12-31', placeholder: true })
 */
export function parseDeadlineCell(value: CellValue, ctx: DeadlineContext): Parsed<DeadlineSpec> {
  const spec = typeof value === 'string' ? parseDeadlineText(value, ctx) : parseDeadlineValue(value, ctx);
  if (!spec.ok || spec.value.kind !== 'date' || spec.value.date !== LONG_TERM_PLACEHOLDER) return spec;
  const text = spec.value.text;
  return ok(text === undefined ? { kind: 'longTerm', placeholder: true } : { kind: 'longTerm', text, placeholder: true });
}

function parseDeadlineValue(value: CellValue, ctx: DeadlineContext): Parsed<DeadlineSpec> {
  const date = parseDateCell(value, ctx);
  if (!date.ok) return date;
  return ok(date.value === null ? { kind: 'blank' } : { kind: 'date', date: date.value });
}

function parseDeadlineText(raw: string, ctx: DeadlineContext): Parsed<DeadlineSpec> {
  const text = raw.trim();
  if (text === '') return ok({ kind: 'blank' });
  const half = toHalfWidth(text);
  const compact = HAS_SPACE.test(half) ? half.replace(SPACES, '') : half;
  if (isLongTerm(compact, ctx.longTermWords)) return ok({ kind: 'longTerm', text });

  // Numeric dates (2020-04-30, 2020/4/30 17:00, 2020-04-10前) go straight to the date reader.
  if (!startsWithNumericDate(compact)) {
    const prose = dropTimeOfDay(dropVerb(compact));
    if (prose === null) return fail(UNRECOGNISED);
    if (prose.indexOf('工作日') !== -1) return parseWorkingDays(prose, text);
    const resolved = parseProseDate(prose, ctx);
    if (resolved !== null) return withText(resolved, text);
  }
  const plain = parseDateText(dropBefore(dropVerb(half)), ctx);
  if (!plain.ok) return fail(plain.reason === NOT_A_DATE ? UNRECOGNISED : plain.reason);
  return ok({ kind: 'date', date: plain.value, text });
}

function parseWorkingDays(prose: string, text: string): Parsed<DeadlineSpec> {
  const m = WORKING_DAYS_RE.exec(prose);
  const days = m ? parseSmallNumber(m[1]) : null;
  if (days === null) return fail(UNRECOGNISED);
  if (days < 1) return fail('工作日数必须大于0');
  return ok({ kind: 'workingDays', days, text });
}

function withText(date: Parsed<DateOnly>, text: string): Parsed<DeadlineSpec> {
  return date.ok ? ok({ kind: 'date', date: date.value, text }) : date;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** yyyy followed by - / or . */
function startsWithNumericDate(s: string): boolean {
  const sep = s.charCodeAt(4);
  return (
    (sep === 45 || sep === 47 || sep === 46) &&
    isDigit(s.charCodeAt(0)) && isDigit(s.charCodeAt(1)) && isDigit(s.charCodeAt(2)) && isDigit(s.charCodeAt(3))
  );
}

/** Without a trailing 完成 / 办结 ("3月底前完成"). */
function dropVerb(s: string): string {
  return s.endsWith('完成') || s.endsWith('办结') ? s.slice(0, -2).trimEnd() : s;
}

/** Without a trailing 前 / 之前 / 以前 ("2020-04-10前"). */
function dropBefore(s: string): string {
  if (s.endsWith('之前') || s.endsWith('以前')) return s.slice(0, -2);
  return s.endsWith('前') ? s.slice(0, -1) : s;
}

// Normalise each word list once, not once per row (a list is taken as unchanging once used).
const normalisedWords = new WeakMap<readonly string[], string[]>();

function isLongTerm(compact: string, words: readonly string[]): boolean {
  for (const word of BUILT_IN_LONG_TERM) if (compact.startsWith(word)) return true;
  let normal = normalisedWords.get(words);
  if (normal === undefined) {
    normal = words.map((w) => toHalfWidth(w).replace(SPACES, '')).filter((w) => w !== '');
    normalisedWords.set(words, normal);
  }
  for (const word of normal) if (compact.startsWith(word)) return true;
  return false;
}

/** The day a prose form names, its reason when it names an impossible day, or null when no form matches. */
function parseProseDate(prose: string, ctx: DeadlineContext): Parsed<DateOnly> | null {
  // Each form has a word the others lack: test for it before running the form's pattern.
  let m: RegExpExecArray | null;
  if (prose.indexOf('季度') !== -1) {
    m = QUARTER_RE.exec(prose);
    return m ? resolveDay(m[1], m[2], QUARTER_END_MONTH[m[3]], END_OF_MONTH, ctx) : null;
  }
  if (prose.indexOf('半年') !== -1) {
    m = HALF_RE.exec(prose);
    return m ? resolveDay(m[1], m[2], m[3] === '上' ? 6 : 12, END_OF_MONTH, ctx) : null;
  }
  if (prose.indexOf('月') !== -1) {
    m = DAY_RE.exec(prose);
    if (m) return resolveDay(m[1], m[2], parseSmallNumber(m[3]), parseSmallNumber(m[4]), ctx);
    m = MONTH_END_RE.exec(prose);
    return m ? resolveDay(m[1], m[2], parseSmallNumber(m[3]), END_OF_MONTH, ctx) : null;
  }
  m = YEAR_END_RE.exec(prose);
  return m ? resolveDay(m[1], m[2], 12, END_OF_MONTH, ctx) : null;
}

/**
 * Month and day (END_OF_MONTH = its last day) in the year the text gives, else the assigned
 * year — the next one when the day would fall before the assigned date — else ctx.defaultYear.
 */
function resolveDay(
  explicitYear: string | undefined,
  thisYear: string | undefined,
  month: number | null,
  day: number | null,
  ctx: DeadlineContext,
): Parsed<DateOnly> {
  if (month === null || day === null) return fail(UNRECOGNISED);
  if (month < 1 || month > 12) return fail(`${month}月不存在`);
  let year: number;
  if (explicitYear !== undefined) {
    year = +explicitYear;
  } else if (ctx.assigned !== null) {
    year = yearOf(ctx.assigned);
    // Compare month and day only, so a 2月29日 is placed before the year's leap-ness is checked.
    const key = month * 100 + (day === END_OF_MONTH ? 31 : day);
    const assignedKey = monthOf(ctx.assigned) * 100 + +ctx.assigned.slice(8, 10);
    if (thisYear === undefined && key < assignedKey) year += 1;
  } else if (ctx.defaultYear !== undefined && ctx.defaultYear !== null) {
    year = ctx.defaultYear;
  } else {
    return fail(MISSING_YEAR);
  }
  return checkDate(year, month, day === END_OF_MONTH ? daysInMonth(year, month) : day);
}
