import { toDayNumber, type DateOnly, fromDayNumber } from './dateOnly';
import { fail, ok, type Parsed } from './parsed';

/*
 * Excel serial dates. 1900 system: serial 1 = 1900-01-01, and serial 60 is 1900-02-29, a day
 * that never existed (Lotus 1-2-3's leap-year bug, kept by Excel), so from serial 61
 * (1900-03-01) on, serial − 25569 = days since 1970-01-01. 1904 system: serial 0 = 1904-01-01.
 */

const UNIX_EPOCH_1900 = 25569; // serial of 1970-01-01 in the 1900 system, valid from serial 61
const UNIX_EPOCH_1904 = 24107; // serial of 1970-01-01 in the 1904 system (25569 − 1462)
const FAKE_LEAP_DAY = 60;
const MAX_SERIAL_1900 = 2958465; // 9999-12-31
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;
const FIRST_REAL_DAY_AFTER_FAKE = -25508; // day number of 1900-03-01

// A stored time of 24:00 may come back as x.99999999999 through binary rounding; a millisecond's
// tolerance keeps it on the next day, as Excel displays it.
const TIME_TOLERANCE = 1e-8;

/**
 * The day of an Excel serial (the time of day is dropped).
 *
 * @example
 * serialToDate(43983.75) // → ok('2020-06-01')
 * serialToDate(42521, true) // → ok('2020-06-01')
 * serialToDate(60) // → fail('1900年2月29日不存在（Excel 1900 日期系统的虚构日）')
 */
export function serialToDate(serial: number, date1904 = false): Parsed<DateOnly> {
  if (!Number.isFinite(serial)) return fail('不是有效数字');
  const whole = Math.floor(serial + TIME_TOLERANCE);
  if (date1904) {
    if (whole < 0) return fail('日期序列号不能为负数');
    if (whole > MAX_SERIAL_1904) return fail('日期序列号超出范围（最晚为9999年12月31日）');
    return ok(fromDayNumber(whole - UNIX_EPOCH_1904));
  }
  if (whole < 1) return fail('日期序列号必须大于0');
  if (whole > MAX_SERIAL_1900) return fail('日期序列号超出范围（最晚为9999年12月31日）');
  if (whole === FAKE_LEAP_DAY) return fail('1900年2月29日不存在（Excel 1900 日期系统的虚构日）');
  return ok(fromDayNumber(whole - (whole > FAKE_LEAP_DAY ? UNIX_EPOCH_1900 : UNIX_EPOCH_1900 - 1)));
}

/**
 * The Excel serial of a day (the inverse of serialToDate; the 1900 system skips the fictitious
 * 1900-02-29). Throws RangeError for a day before the system's first day (1900-01-01, or
 * 1904-01-01 in the 1904 system): Excel has no serial for it, and callers only write days
 * they parsed, which are never earlier than 1900.
 *
 * @example
 * dateToSerial('2020-06-01') // → 43983
 * dateToSerial('2020-06-01', true) // → 42521
 */
export function dateToSerial(date: DateOnly, date1904 = false): number {
  const day = toDayNumber(date);
  const serial = date1904
    ? day + UNIX_EPOCH_1904
    : day + (day >= FIRST_REAL_DAY_AFTER_FAKE ? UNIX_EPOCH_1900 : UNIX_EPOCH_1900 - 1);
  if (serial < (date1904 ? 0 : 1)) throw new RangeError(`no Excel serial for ${date}`);
  return serial;
}
