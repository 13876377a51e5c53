import type { CellValue } from '../cells';
import type { DateOnly } from './dateOnly';
import { serialToDate } from './excelSerial';
import { fail, ok, type Parsed } from './parsed';
import { checkDate, parseDateText } from './parseDateText';
import { parseJsDate } from './parseJsDate';

export interface DateCellContext {
  /** The workbook uses the 1904 date system (serial 0 = 1904-01-01). */
  date1904?: boolean;
  /** Year for text without a year ('3月7日'): the caller passes the assigned date's year or the ledger year. */
  defaultYear?: number | null;
  /**
   * The cell's number format, when known. Informational: a number in a date column is read as
   * an Excel serial whatever its format, since users often leave date columns as 常规 (General).
   */
  numberFormat?: string | null;
}

const NO_CONTEXT: DateCellContext = {};
const MIN_YYYYMMDD = 10_000_000;
const MAX_YYYYMMDD = 99_999_999;

/**
 * The day in a date cell: an Excel serial, a JS Date, or text (see parseDateText).
 * A number of 8 digits that is a valid yyyymmdd (20200307) reads as that date: every such
 * number is above the largest serial (2958465), so the two readings never collide.
 * Blank (null or only spaces) → ok(null).
 *
 * @example
 * parseDateCell(43983) // → ok('2020-06-01')
 * parseDateCell(20200307) // → ok('2020-03-07')
 * parseDateCell('3月7日', { defaultYear: 2020 }) // → ok('2020-03-07')
 */
export function parseDateCell(value: CellValue, ctx: DateCellContext = NO_CONTEXT): Parsed<DateOnly | null> {
  if (value === null || value === undefined) return ok(null);
  switch (typeof value) {
    case 'number':
      if (Number.isInteger(value) && value >= MIN_YYYYMMDD && value <= MAX_YYYYMMDD) {
        return checkDate(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
      }
      return serialToDate(value, ctx.date1904);
    case 'string':
      return value.trim() === '' ? ok(null) : parseDateText(value, ctx);
    case 'boolean':
      return fail('逻辑值不是日期');
    default:
      return value instanceof Date ? parseJsDate(value) : fail('不是有效日期');
  }
}
