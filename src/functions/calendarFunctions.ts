/**
 * What the DUBAN.ISWORKDAY / WORKDAY / NETWORKDAYS worksheet functions compute, without the
 * CustomFunctions global, so it is tested without Excel. Each returns a value or the Chinese
 * message functions.ts turns into a #VALUE! error.
 *
 * Inputs are what Excel hands a custom function: a number (an Excel serial, 1900 date system),
 * text ('2020-04-28', '2020年4月28日', …), a boolean, or null for an empty cell.
 */
import { addWorkingDays, countWorkingDays, isWorkingDay, type WorkCalendar } from '../core/calendar';
import { dateToSerial, fail, ok, parseDateCell, yearOf, type DateOnly, type Parsed } from '../core/dates';

/** Whether `date` is a working day (调休 makeup days are, 法定节假日 are not). */
export function evaluateIsWorkday(cal: WorkCalendar, date: unknown): Parsed<boolean> {
  const d = readCoveredDate(cal, date, '日期');
  return d.ok ? ok(isWorkingDay(cal, d.value)) : d;
}

/**
 * Excel WORKDAY with the State Council calendar: the serial of the `days`-th working day after
 * `start` (before it when negative; `start` itself is not counted; fractions are truncated).
 */
export function evaluateWorkday(cal: WorkCalendar, start: unknown, days: unknown): Parsed<number> {
  const from = readCoveredDate(cal, start, '开始日期');
  if (!from.ok) return from;
  const n = readDayCount(days);
  if (!n.ok) return n;
  // Past every known working day the answer lies in an unknown year; refusing early also
  // keeps a huge count from walking millions of days.
  const knownWorkingDaysBound = cal.knownYears.length * 366;
  if (Math.abs(n.value) > knownWorkingDaysBound) {
    const years = cal.knownYears;
    return fail(`天数 ${n.value} 超出节假日数据已知的年份（${years[0]}–${years[years.length - 1]}年）`);
  }
  const result = addWorkingDays(cal, from.value, n.value);
  const gap = firstUncoveredYear(cal, from.value, result);
  return gap === null ? ok(dateToSerial(result)) : fail(uncoveredMessage(gap));
}

/** Excel NETWORKDAYS: working days from `start` to `end`, both counted (negative when end < start). */
export function evaluateNetworkdays(cal: WorkCalendar, start: unknown, end: unknown): Parsed<number> {
  const from = readCoveredDate(cal, start, '开始日期');
  if (!from.ok) return from;
  const to = readCoveredDate(cal, end, '结束日期');
  if (!to.ok) return to;
  const gap = firstUncoveredYear(cal, from.value, to.value);
  return gap === null ? ok(countWorkingDays(cal, from.value, to.value)) : fail(uncoveredMessage(gap));
}

function readCoveredDate(cal: WorkCalendar, value: unknown, label: string): Parsed<DateOnly> {
  if (value !== null && value !== undefined && !['number', 'string', 'boolean'].includes(typeof value)) {
    return fail(`${label}：不是有效日期`);
  }
  const parsed = parseDateCell(value as number | string | boolean | null);
  if (!parsed.ok) return fail(`${label}：${parsed.reason}`);
  if (parsed.value === null) return fail(`${label}为空`);
  if (!cal.covers(parsed.value)) return fail(uncoveredMessage(yearOf(parsed.value)));
  return ok(parsed.value);
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A day count: a number, or text holding one ('7'); Excel truncates fractions, so do we. */
function readDayCount(value: unknown): Parsed<number> {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return fail('天数为空');
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(n) ? ok(Math.trunc(n)) : fail('天数必须是数字');
}

/** The first year from `a` to `b` (either order) the holiday data does not know, or null. */
function firstUncoveredYear(cal: WorkCalendar, a: DateOnly, b: DateOnly): number | null {
  const [lo, hi] = a <= b ? [yearOf(a), yearOf(b)] : [yearOf(b), yearOf(a)];
  for (let y = lo; y <= hi; y++) {
    if (!cal.knownYears.includes(y)) return y;
  }
  return null;
}

function uncoveredMessage(year: number): string {
  return `节假日数据不含${year}年，无法判断工作日`;
}
