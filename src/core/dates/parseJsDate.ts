import { type DateOnly, fromDayNumber } from './dateOnly';
import { fail, ok, type Parsed } from './parsed';

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = -25567; // 1900-01-01
const LAST_DAY = 2932896; // 9999-12-31

/**
 * The day a JS Date stands for. ExcelJS gives UTC midnight, other sources local midnight of
 * the machine that made it; rounding to the nearest UTC midnight recovers the intended day for
 * any zone within ±12 h, without reading the local zone of this machine.
 */
export function parseJsDate(date: Date): Parsed<DateOnly> {
  const time = date.getTime();
  if (Number.isNaN(time)) return fail('不是有效日期');
  const day = Math.round(time / MS_PER_DAY);
  // Before 1900 no ledger date is real (ExcelJS turns serial 0 into 1899-12-30), and past 9999 no Excel date exists.
  if (day < FIRST_DAY || day > LAST_DAY) return fail('日期超出范围（1900年至9999年）');
  return ok(fromDayNumber(day));
}
