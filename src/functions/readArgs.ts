/**
 * Readers for the arguments of the DUBAN.* worksheet functions: one cell value each (Excel hands
 * a number for a date or number cell, text, a boolean, or null / '' for an empty cell), read
 * into a value or a Chinese reason naming the argument, which becomes that cell's #VALUE!.
 */
import type { WorkCalendar } from '../core/calendar';
import { fail, ok, parseDateCell, yearOf, type DateOnly, type Parsed } from '../core/dates';

/** A date argument that may be left empty (null when it is). */
export function readOptionalDate(value: unknown, label: string): Parsed<DateOnly | null> {
  if (value !== null && value !== undefined && typeof value !== 'number' && typeof value !== 'string' && typeof value !== 'boolean') {
    return fail(`${label}：不是有效日期`);
  }
  const parsed = parseDateCell(value === undefined ? null : value);
  return parsed.ok ? parsed : fail(`${label}：${parsed.reason}`);
}

/** A date argument that must be filled. */
export function readDate(value: unknown, label: string): Parsed<DateOnly> {
  const parsed = readOptionalDate(value, label);
  if (!parsed.ok) return parsed;
  return parsed.value === null ? fail(`${label}为空`) : ok(parsed.value);
}

/** A filled date argument in a year the holiday data knows. */
export function readCoveredDate(cal: WorkCalendar, value: unknown, label: string): Parsed<DateOnly> {
  const parsed = readDate(value, label);
  if (!parsed.ok) return parsed;
  return cal.covers(parsed.value) ? parsed : fail(uncoveredMessage(yearOf(parsed.value)));
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number argument: a number, or text holding one (' 7 '). */
export function readNumber(value: unknown, label: string): Parsed<number> {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return fail(`${label}为空`);
  const n = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(n) ? ok(n) : fail(`${label}必须是数字`);
}

/** A day count for WORKDAY: Excel truncates fractions, so do we. */
export function readDayCount(value: unknown, label: string): Parsed<number> {
  const n = readNumber(value, label);
  return n.ok ? ok(Math.trunc(n.value)) : n;
}

/** A count of things (notices, items): a whole number, 0 or more. */
export function readCount(value: unknown, label: string): Parsed<number> {
  const n = readNumber(value, label);
  if (!n.ok) return n;
  return Number.isInteger(n.value) && n.value >= 0 ? n : fail(`${label}必须是0或正整数（当前：${n.value}）`);
}

/** Optional text (a source such as 县长批示): trimmed, null when empty. */
export function readOptionalText(value: unknown, label: string): Parsed<string | null> {
  if (value === null || value === undefined) return ok(null);
  if (typeof value === 'number') return ok(String(value));
  if (typeof value !== 'string') return fail(`${label}必须是文字`);
  const text = value.trim();
  return ok(text === '' ? null : text);
}

/** The first year from `a` to `b` (either order) the holiday data does not know, or null. */
export function firstUncoveredYear(cal: WorkCalendar, a: DateOnly, b: DateOnly): number | null {
  const lo = yearOf(a <= b ? a : b);
  const hi = yearOf(a <= b ? b : a);
  const known = cal.knownYears;
  for (let y = lo; y <= hi; y++) {
    if (!known.includes(y)) return y;
  }
  return null;
}

export function uncoveredMessage(year: number): string {
  return `节假日数据不含${year}年，无法判断工作日`;
}
