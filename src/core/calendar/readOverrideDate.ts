/**
 * A small reader for the date cells of the 节假日调整 sheet. Deliberately local and strict (full
 * dates only, no prose): the ledger's own date parser lives in src/core/dates.
 */
import type { CellValue } from '../cells';
import { type DateOnly, fromDayNumber, makeDate, toDayNumber } from '../dates/dateOnly';

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 date system, which counts a fictitious 1900-02-29 as 60). */
const EXCEL_EPOCH_OFFSET = 25_569;
const MIN_DAY = toDayNumber('1900-01-01');
const MAX_DAY = toDayNumber('9999-12-31');

const SEPARATED = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const YEAR = /^(\d{4})年?$/;
const WIDE = /[\uFF01-\uFF5E]/g;
const SPACES = /\s+/g;

/** Trim, full-width → half-width, drop inner spaces: `２０２７／１／１ ` reads as `2027/1/1`. */
export function normalizeText(text: string): string {
  return text.replace(WIDE, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(SPACES, '');
}

function fromDay(day: number): DateOnly | null {
  return day >= MIN_DAY && day <= MAX_DAY ? fromDayNumber(day) : null;
}

/** Excel serial (time of day ignored) → date; serial 60 is Excel's nonexistent 1900-02-29. */
function fromExcelSerial(serial: number): DateOnly | null {
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60) return null;
  return fromDay(whole > 60 ? whole - EXCEL_EPOCH_OFFSET : whole - EXCEL_EPOCH_OFFSET + 1);
}

/** The day a cell names, or null when it names none (blank cells included). */
export function readOverrideDate(value: CellValue): DateOnly | null {
  if (value instanceof Date) {
    const t = value.getTime();
    // Adapters hand over local midnights (16:00Z for Shanghai, 08:00Z for Los Angeles): the nearest UTC midnight is the day meant.
    return Number.isNaN(t) ? null : fromDay(Math.round(t / MS_PER_DAY));
  }
  if (typeof value === 'number') return Number.isFinite(value) ? fromExcelSerial(value) : null;
  if (typeof value !== 'string') return null;
  const text = normalizeText(value);
  const m = SEPARATED.exec(text) ?? CHINESE.exec(text);
  return m ? makeDate(+m[1], +m[2], +m[3]) : null;
}

/** A whole year written as `2027`, `2027年` or the number 2027, or null. */
export function readDeclaredYear(value: CellValue): number | null {
  let year: number;
  if (typeof value === 'number') year = value;
  else if (typeof value === 'string') {
    const m = YEAR.exec(normalizeText(value));
    if (!m) return null;
    year = +m[1];
  } else return null;
  return Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : null;
}
