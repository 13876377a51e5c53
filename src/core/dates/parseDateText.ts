import { type DateOnly, makeDate, daysInMonth } from './dateOnly';
import { serialToDate } from './excelSerial';
import { fail, ok, type Parsed } from './parsed';
import type { DateCellContext } from './parseDateCell';
import { toHalfWidth } from './toHalfWidth';

/** The reason for text that is not a date at all (callers may swap in their own wording). */
export const NOT_A_DATE = '不是有效日期';
export const MISSING_YEAR = '缺少年份';

const DIGITS = /^\d+$/;
// A time of day after the date: after a space, a T or 日/号, or starting with 上午/下午 …; as
// 10:00, 10:00:59.123, 17时, 17时30分, 17点半. Groups: the half-day word, then hour, minute,
// second of the 10:00 form, then of the 17时 form. It may be followed by 前 (deadline prose).
const TIME_TAIL =
  /(?:\s+|T|(?<=[日号])|(?=凌晨|早上|上午|中午|下午|晚上))(?:(凌晨|早上|上午|中午|下午|晚上)\s*)?(?:(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?|(\d{1,2})[时点](?:半|(\d{1,2})分(?:(\d{1,2})秒)?)?)(?=(?:之前|以前|前)?$)/;
// 2020-3-7, 2020/3/7, 2020.3.7 (one separator used throughout).
const SEPARATED = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
// 2020年3月7日, 2020年3月7号, 2020年3月7, and without a year 3月7日 / 3月7号 (the 日/号 then required).
const CHINESE = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*([日号])?$/;

const MIN_YEAR = 1900;

/**
 * A calendar day from year, month, day, or the reason it is not one.
 *
 * @example
 * checkDate(2020, 3, 7) // → ok('2020-03-07')
 * checkDate(2020, 2, 30) // → fail('2020年2月30日不存在')
 */
export function checkDate(year: number, month: number, day: number): Parsed<DateOnly> {
  // No real ledger date is earlier than 1900, and Excel cannot store one.
  if (year < MIN_YEAR) return fail('年份超出范围（1900年至9999年）');
  const date = makeDate(year, month, day);
  return date === null ? fail(`${year}年${month}月${day}日不存在`) : ok(date);
}

/**
 * The text without the time of day written after its date, since a date with a time is its
 * calendar day (SPEC §9: the time is dropped, never rounded); null when that time cannot be
 * (25:00, 下午13:00). Text without a time comes back as it is, and a trailing 前 stays.
 *
 * @example
 * dropTimeOfDay('2020/5/11 下午6:00') // → '2020/5/11'
 * dropTimeOfDay('2020年5月11日17时30分') // → '2020年5月11日'
 * dropTimeOfDay('5月11日17:00前') // → '5月11日前'
 */
export function dropTimeOfDay(text: string): string | null {
  // TIME_TAIL is not anchored at the start, so it scans the whole text: only try it when a time can be there.
  if (text.indexOf(':') === -1 && text.indexOf('时') === -1 && text.indexOf('点') === -1) return text;
  const m = TIME_TAIL.exec(text);
  if (m === null) return text;
  const hour = +(m[2] ?? m[5]);
  const minute = +(m[3] ?? m[6] ?? 0);
  const second = +(m[4] ?? m[7] ?? 0);
  if (hour > (m[1] === undefined ? 23 : 12) || minute > 59 || second > 59) return null;
  return text.slice(0, m.index).trimEnd() + text.slice(m.index + m[0].length);
}

/**
 * A date written as text: 2020-03-07, 2020-3-7, 2020/3/7, 2020.3.7, 2020年3月7日 (or 号),
 * 3月7日 (year from ctx.defaultYear), each optionally followed by a time of day, which is
 * dropped (see dropTimeOfDay). Full-width digits and punctuation and spaces between the parts
 * are accepted.
 *
 * A number stored as text reads as a date only when it is all digits and either 8 long and a
 * valid yyyymmdd ('20200307'), or 5 long, read as an Excel serial ('43897' = 2020-03-07 in the
 * 1900 system; 10000–99999 spans 1927–2173). Other digit strings ('2020', '7') are more likely a
 * year or a count than a date, so they are refused rather than guessed.
 *
 * @example
 * parseDateText('２０２０年３月７日 下午3:00') // → ok('2020-03-07')
 * parseDateText('43897') // → ok('2020-03-07')
 * parseDateText('3月7日') // → fail('缺少年份')
 */
export function parseDateText(text: string, ctx: DateCellContext = {}): Parsed<DateOnly> {
  let s = text.trim();
  // Fast path: most machine-written text dates are plain ISO, and then already the result.
  if (s.length === 10) {
    const iso = parseIso(s);
    if (iso !== null) return iso;
  }
  s = toHalfWidth(s).trim();
  if (DIGITS.test(s)) return parseDigits(s, ctx);

  const untimed = dropTimeOfDay(s);
  if (untimed === null) return fail(NOT_A_DATE);
  s = untimed;
  const sep = SEPARATED.exec(s);
  if (sep) return checkDate(+sep[1], +sep[3], +sep[4]);
  const cn = CHINESE.exec(s);
  if (cn) {
    if (cn[1] !== undefined) return checkDate(+cn[1], +cn[2], +cn[3]);
    if (cn[4] === undefined) return fail(NOT_A_DATE);
    const year = ctx.defaultYear;
    if (year === undefined || year === null) return fail(MISSING_YEAR);
    return checkDate(year, +cn[2], +cn[3]);
  }
  return fail(NOT_A_DATE);
}

const ZERO = 48;

function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : NaN;
}

/** 'YYYY-MM-DD' (s is 10 characters long) read without a regex; null when s has another shape. */
function parseIso(s: string): Parsed<DateOnly> | null {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null; // '-'
  const year = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3);
  const month = digitAt(s, 5) * 10 + digitAt(s, 6);
  const day = digitAt(s, 8) * 10 + digitAt(s, 9);
  if (Number.isNaN(year + month + day)) return null;
  // A checked cast: s is 10 characters (the caller's test), four digits, '-', two, '-', two, and
  // the line above and this one's test make it a day that exists, so s already is its DateOnly.
  if (year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return ok(s as DateOnly);
  return checkDate(year, month, day);
}

function parseDigits(s: string, ctx: DateCellContext): Parsed<DateOnly> {
  if (s.length === 8) return checkDate(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8));
  if (s.length === 5) return serialToDate(+s, ctx.date1904);
  return fail(NOT_A_DATE);
}
