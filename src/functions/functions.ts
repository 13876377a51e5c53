/**
 * Worksheet functions DUBAN.ISWORKDAY, DUBAN.WORKDAY and DUBAN.NETWORKDAYS: working days by the
 * State Council calendar (法定节假日 off, 调休 makeup days on).
 *
 * The JSDoc below is the source of dist/functions.json (custom-functions-metadata-plugin), and
 * the same plugin appends one CustomFunctions.associate(id, function) call per @customfunction
 * when webpack bundles this file, so the ids are associated exactly once. The logic lives in
 * calendarFunctions.ts; this file only turns its failures into Excel #VALUE! errors.
 */
import { createWorkCalendar, type WorkCalendar } from '../core/calendar';
import type { Parsed } from '../core/dates';
import { evaluateIsWorkday, evaluateNetworkdays, evaluateWorkday } from './calendarFunctions';

let calendar: WorkCalendar | null = null;

/** Built on first use: the shared runtime loads this file even when no function is called. */
function workCalendar(): WorkCalendar {
  calendar ??= createWorkCalendar();
  return calendar;
}

function valueOrError<T>(result: Parsed<T>): T {
  if (result.ok) return result.value;
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, result.reason);
}

/**
 * 判断某天是否为工作日（周末与法定节假日休息，调休上班日算工作日）。
 * @customfunction ISWORKDAY
 * @param date 日期：Excel 日期或文本日期，如 2020-05-09
 * @returns 是工作日为 TRUE，否则为 FALSE
 */
export function isWorkday(date: unknown): boolean {
  return valueOrError(evaluateIsWorkday(workCalendar(), date));
}

/**
 * 开始日期之后第 N 个工作日（N 为负数时向前推；按国务院节假日安排，含调休上班日）。
 * @customfunction WORKDAY
 * @param start 开始日期（本身不计入）
 * @param days 工作日天数，可为负数，小数部分舍去
 * @returns 结果日期（Excel 日期序列号，可设置为日期格式）
 */
export function workday(start: unknown, days: unknown): number {
  return valueOrError(evaluateWorkday(workCalendar(), start, days));
}

/**
 * 两个日期之间的工作日天数，首尾两天都计入（按国务院节假日安排，含调休上班日）。
 * @customfunction NETWORKDAYS
 * @param start 开始日期
 * @param end 结束日期（早于开始日期时结果为负数）
 * @returns 工作日天数
 */
export function networkdays(start: unknown, end: unknown): number {
  return valueOrError(evaluateNetworkdays(workCalendar(), start, end));
}
