/**
 * What the DUBAN.ISWORKDAY / WORKDAY / NETWORKDAYS worksheet functions compute for one cell,
 * without the CustomFunctions global, so it is tested (and benchmarked) without Excel. Each
 * returns a value or the Chinese message that becomes the cell's #VALUE! error.
 *
 * Inputs are what Excel hands a custom function: a number (an Excel serial, 1900 date system),
 * text ('2020-04-28', '2020年4月28日', …), a boolean, or null / '' for an empty cell.
 */
import { addWorkingDays, countWorkingDays, isWorkingDay, type WorkCalendar } from '../core/calendar';
import { dateToSerial, fail, ok, type Parsed } from '../core/dates';
import { firstUncoveredYear, readCoveredDate, readDayCount, uncoveredMessage } from './readArgs';

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
  const n = readDayCount(days, '天数');
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
