import type { CellValue } from '../cells';
import type { CellRect, SheetSnapshot } from './sheetSnapshot';

/** The sheet rectangle the snapshot's values cover (1-based, inclusive); null when it has none. */
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

/** The value at a 1-based sheet row and column; null outside the snapshot (rows may be ragged). */
export function valueAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.origin.row];
  if (r === undefined) return null;
  const v = r[col - sheet.origin.col];
  return v === undefined ? null : v;
}

/** The number format at a 1-based sheet row and column, when the snapshot has one. */
export function numberFormatAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  const r = sheet.numberFormats?.[row - sheet.origin.row];
  if (r === undefined) return null;
  return r[col - sheet.origin.col] ?? null;
}

/** A blank cell: null, or a string of only whitespace. */
export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** One number per cell, for Map keys (Excel has at most 16,384 columns). */
export function cellKey(row: number, col: number): number {
  return row * 16_385 + col;
}
