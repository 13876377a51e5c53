import { type DateOnly, fromDayNumber } from './dateOnly';
import { fail, ok, type Parsed } from './parsed';

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = -25567; // 1900-01-01
const LAST_DAY = 2932896; // 9999-12-31

/**
 * The day a JS Date stands for. Dates are handed over as ExcelJS makes them: the Date's UTC
 * fields are the cell's wall-clock date and time. So the day is the UTC calendar day and a time
 * of day is dropped, never rounded (SPEC §9); the machine's own zone is never read. A Date made
 * at local midnight east of UTC (16:00Z the day before, in Shanghai) is not in that form: make
 * Dates with Date.UTC.
 *
 * @example
 * parseJsDate(new Date(Date.UTC(2020, 4, 11, 18, 0))) // → ok('2020-05-11')
 */
export function parseJsDate(date: Date): Parsed<DateOnly> {
  const time = date.getTime();
  if (Number.isNaN(time)) return fail('不是有效日期');
  const day = Math.floor(time / MS_PER_DAY);
  // Before 1900 no ledger date is real (ExcelJS turns serial 0 into 1899-12-30), and past 9999 no Excel date exists.
  if (day < FIRST_DAY || day > LAST_DAY) return fail('日期超出范围（1900年至9999年）');
  return ok(fromDayNumber(day));
}
