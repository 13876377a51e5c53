/**
 * Readers for the arguments of the DUBAN.* worksheet functions: one cell value each (Excel hands
 * a number for a date or number cell, text, a boolean, or null / '' for an empty cell), read
 * into a value or a Chinese reason naming the argument, which becomes that cell's #VALUE!.
 */
import type { WorkCalendar } from '../core/calendar';
import { fail, ok, parseDateCell, yearOf, type DateOnly, type Parsed } from '../core/dates';

/** An error value (#N/A, #VALUE! …) that Excel passed for an argument cell. */
export interface CellError {
  /** The error as Excel shows it, such as '#N/A'; null when the value does not say. */
  code: string | null;
  /** The reason a custom function gave with the error (our own #VALUE! messages); null when none. */
  message: string | null;
}

/** Excel.ErrorCellValue's errorType → the error as Excel shows it. */
const ERROR_TYPE_CODES: Readonly<Record<string, string>> = {
  Value: '#VALUE!',
  NotAvailable: '#N/A',
  Div0: '#DIV/0!',
  Num: '#NUM!',
  Null: '#NULL!',
  Name: '#NAME?',
  Ref: '#REF!',
  Spill: '#SPILL!',
  Calc: '#CALC!',
  Field: '#FIELD!',
  Busy: '#BUSY!',
  GettingData: '#GETTING_DATA',
  Blocked: '#BLOCKED!',
  Connect: '#CONNECT!',
};

const isCode = (v: unknown): v is string => typeof v === 'string' && v.startsWith('#');

/**
 * The error an argument cell holds, or null for any other value. With "allowErrorForDataTypeAny"
 * (scripts/functionsMetadata.js) Excel calls the function with the error in place of the value
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs),
 * in one of two forms:
 * - a CustomFunctions.Error (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error):
 *   office.js's runtime makes one from the error code alone, so `code` is '#N/A' …, `type` and
 *   `basicType` are 'Error', and `message` is empty;
 * - with data types on (the metadata plugin sets allowCustomDataForDataTypeAny), the cell's
 *   Excel.ErrorCellValue, { type: 'Error', basicValue: '#N/A', errorType: 'NotAvailable' … }
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts).
 * Entities also have basicType 'Error' but are not errors, so `type` decides.
 */
export function readErrorCell(value: unknown): CellError | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as { type?: unknown; code?: unknown; basicValue?: unknown; errorType?: unknown; message?: unknown };
  if (v.type !== 'Error' && !isCode(v.code)) return null;
  const code = isCode(v.code)
    ? v.code
    : isCode(v.basicValue)
      ? v.basicValue
      : typeof v.errorType === 'string' && Object.prototype.hasOwnProperty.call(ERROR_TYPE_CODES, v.errorType)
        ? ERROR_TYPE_CODES[v.errorType]
        : null;
  const message = typeof v.message === 'string' && v.message.trim() !== '' ? v.message.trim() : null;
  return { code, message };
}

/** The reason an argument holding `error` gives: its own reason when it has one (a DEADLINE #VALUE!), else its code. */
export function errorArgumentReason(label: string, error: CellError): string {
  if (error.message !== null) return `${label}有误：${error.message}`;
  return error.code === null ? `${label}为错误值` : `${label}为错误值 ${error.code}`;
}

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
