/** What an adapter hands the core for one cell: Excel's value, already unwrapped. */
export type CellValue = string | number | boolean | Date | null;

/** Excel's last column, XFD (Excel specifications and limits: 16,384 columns). */
export const EXCEL_MAX_COLUMNS = 16_384;

/**
 * 1-based column number → letters (1 → A, 27 → AA).
 *
 * @example
 * columnLetters(28) // → 'AB'
 * columnLetters(16384) // → 'XFD'
 */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Letters → 1-based column number (A → 1).
 *
 * @example
 * columnNumber('AB') // → 28
 * columnNumber('xfd') // → 16384
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A1-style address of a 1-based row and column.
 *
 * @example
 * cellAddress(20, 8) // → 'H20'
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}
