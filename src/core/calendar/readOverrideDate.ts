/**
 * A small reader for the date cells of the 节假日调整 sheet. Deliberately local and strict (full
 * dates only, no prose): the ledger's own date parser lives in src/core/dates.
 */
import type { CellValue } from '../cells';
import { type DateOnly, makeDate } from '../dates/dateOnly';
import { serialToDate } from '../dates/excelSerial';
import { parseJsDate } from '../dates/parseJsDate';

const SEPARATED = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const YEAR = /^(\d{4})年?$/;
const WIDE = /[\uFF01-\uFF5E]/g;
const SPACES = /\s+/g;

/**
 * Trim, full-width → half-width, drop inner spaces: `２０２７／１／１ ` reads as `2027/1/1`.
 *
 * @example
 * normalizeText('２０２７／１／１ ') // → '2027/1/1'
 */
export function normalizeText(text: string): string {
  return text.replace(WIDE, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(SPACES, '');
}

/**
 * The day a cell names, or null when it names none (blank cells included). Serials (1900 system)
 * and Dates are read as the ledger reads them, the time of day dropped.
 *
 * @example
 * readOverrideDate('2027年1月4日') // → '2027-01-04'
 * readOverrideDate(46391) // → '2027-01-04'
 * readOverrideDate('1月4日') // → null (no year: an override names one day)
 */
export function readOverrideDate(value: CellValue): DateOnly | null {
  if (value instanceof Date || typeof value === 'number') {
    const parsed = value instanceof Date ? parseJsDate(value) : serialToDate(value);
    return parsed.ok ? parsed.value : null;
  }
  if (typeof value !== 'string') return null;
  const text = normalizeText(value);
  const m = SEPARATED.exec(text) ?? CHINESE.exec(text);
  return m ? makeDate(+m[1], +m[2], +m[3]) : null;
}

/**
 * A whole year written as `2027`, `2027年` or the number 2027, or null.
 *
 * @example
 * readDeclaredYear('2027年') // → 2027
 * readDeclaredYear(2027) // → 2027
 * readDeclaredYear('2027-01') // → null
 */
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
