import type { CellValue } from '../cells';
import type { CellRect, SheetSnapshot } from './sheetSnapshot';

/**
 * The sheet rectangle the snapshot's values cover (1-based, inclusive); null when it has none.
 *
 * @example
 * snapshotBounds({ name: '督办台账', origin: { row: 2, col: 3 }, values: [['a', 'b'], ['c']] }) // → { top: 2, left: 3, bottom: 3, right: 4 }
 */
export function snapshotBounds(sheet: SheetSnapshot): CellRect | null {
  let width = 0;
  for (const row of sheet.values) if (row.length > width) width = row.length;
  if (sheet.values.length === 0 || width === 0) return null;
  return {
    top: sheet.origin.row,
    left: sheet.origin.col,
    bottom: sheet.origin.row + sheet.values.length - 1,
    right: sheet.origin.col + width - 1,
  };
}

/**
 * The value at a 1-based sheet row and column; null outside the snapshot (rows may be ragged).
 *
 * @example
 * const sheet = { name: '督办台账', origin: { row: 2, col: 3 }, values: [['a', 'b'], ['c']] };
 * valueAt(sheet, 3, 3) // → 'c'
 * valueAt(sheet, 3, 4) // → null (past the end of a ragged row)
 */
export function valueAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.origin.row];
  if (r === undefined) return null;
  const v = r[col - sheet.origin.col];
  return v === undefined ? null : v;
}

/**
 * The number format at a 1-based sheet row and column, when the snapshot has one.
 *
 * @example
 * numberFormatAt({ name: '督办台账', origin: { row: 2, col: 3 }, values: [[43983]], numberFormats: [['yyyy/m/d']] }, 2, 3) // → 'yyyy/m/d'
 */
export function numberFormatAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  const r = sheet.numberFormats?.[row - sheet.origin.row];
  if (r === undefined) return null;
  return r[col - sheet.origin.col] ?? null;
}

/**
 * A blank cell: null, or a string of only whitespace.
 *
 * @example
 * isBlank(' \u3000') // → true
 * isBlank(0) // → false
 */
export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * One number per cell, for Map keys (Excel has at most 16,384 columns).
 *
 * @example
 * cellKey(2, 3) // → 32773
 */
export function cellKey(row: number, col: number): number {
  return row * 16_385 + col;
}
