import { yearOf, type DateOnly } from './dateOnly';
import { fail, type Parsed } from './parsed';
import { MISSING_YEAR, NOT_A_DATE, parseDateText } from './parseDateText';
import { isPlausibleYear, PLAUSIBLE_YEARS } from './plausibleYears';
import { toHalfWidth } from './toHalfWidth';

/** The forms a person may type, as every message that asks for a date names them. */
export const TYPED_DATE_FORMS = '2020-07-01、2020/7/1 或 2020年7月1日';

// What is on its way to a date: the year (1–4 digits), then a separator or 年, a month that can
// still be one (0, 1–9, 01–12), then the same separator or 月 and a day's leading 0. A day 1–9
// already completes a date, so the only day prefix that does not is 0. A literal, not built from
// parts: a module doing no work at its top stays out of the bundles that do not call it.
const ON_THE_WAY =
  /^(?:\d{1,4}|\d{4}\s*([-/.])(?:\s*(?:0|0?[1-9]|1[0-2])(?:\s*\1(?:\s*0)?)?)?|\d{4}\s*年(?:\s*(?:0|0?[1-9]|1[0-2])(?:\s*月(?:\s*0)?)?)?)$/;
const DIGITS = /^\d+$/;
const LEADING_YEAR = /^\d{4}/;
const yearOutOfRange = (year: string) => fail(`年份应在 ${PLAUSIBLE_YEARS.earliest} 至 ${PLAUSIBLE_YEARS.latest} 之间，现为 ${year}`);

/**
 * The date a person typed into a date box, or why it is not one (yet), in Chinese: a box read on
 * every keystroke sees each prefix of what is being typed, and none of them may reach the rules as
 * a date they cannot take. The text is read with the core's parseDateText (2020-07-01, 2020/7/1,
 * 2020.7.1, 2020年7月1日, 20200701, full-width digits), except that a year outside PLAUSIBLE_YEARS
 * (0002 typed on the way to 2020, 2100) is refused as soon as its four digits are there, and a digit
 * string is a date only at eight digits (yyyymmdd): 20200 on the way to 20200701 is no Excel serial
 * here. A prefix that can still become a date (2020-, 2020年7月) is said to be unfinished rather
 * than wrong. (2020-7-1 on the way to 2020-7-15 is a date already: the box simply follows.)
 *
 * @example
 * readTypedDate('２０２０年７月１日') // → ok('2020-07-01')
 * readTypedDate('2020/7/1') // → ok('2020-07-01')
 * readTypedDate('2020-0') // → fail('日期还没输完，请按 2020-07-01、2020/7/1 或 2020年7月1日 输入')
 * readTypedDate('0002-07-01') // → fail('年份应在 1900 至 2099 之间，现为 0002')
 * readTypedDate('2020-02-30') // → fail('2020年2月30日不存在')
 */
export function readTypedDate(text: string): Parsed<DateOnly> {
  const s = toHalfWidth(text).trim();
  if (s === '') return fail(`请输入日期，如 ${TYPED_DATE_FORMS}`);
  const year = LEADING_YEAR.exec(s)?.[0];
  if (year !== undefined && !isPlausibleYear(+year)) return yearOutOfRange(year);
  if (DIGITS.test(s) && s.length < 8) return fail(`日期还没输完，请按 ${TYPED_DATE_FORMS} 输入`);
  const parsed = parseDateText(s);
  // Each form parseDateText accepts here starts with its year, checked above; checked again all the same.
  if (parsed.ok) return isPlausibleYear(yearOf(parsed.value)) ? parsed : yearOutOfRange(parsed.value.slice(0, 4));
  if (ON_THE_WAY.test(s)) return fail(`日期还没输完，请按 ${TYPED_DATE_FORMS} 输入`);
  if (parsed.reason === MISSING_YEAR) return fail('缺少年份，如 2020年7月1日');
  if (parsed.reason === NOT_A_DATE) return fail(`不是有效日期，请按 ${TYPED_DATE_FORMS} 输入`);
  return parsed;
}
