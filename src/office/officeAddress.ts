import { columnLetters, columnNumber, EXCEL_MAX_COLUMNS } from '../core/cells';
import type { CellRect } from '../core/ledger/sheetSnapshot';

/** Excel's last row: a whole-column address spans to it, as a whole-row one to EXCEL_MAX_COLUMNS. */
export const EXCEL_MAX_ROWS = 1_048_576;

const CELL = /^([A-Z]+)(\d+)$/;
const COLUMN = /^([A-Z]+)$/;
const ROW = /^(\d+)$/;

/**
 * An address as Office returns it — '台账!A1:C3', "'My sheet'!B2", 'Sheet1!3:5' (whole rows),
 * 'A:A' (whole column), with or without $ — as a 1-based rect. The sheet part is dropped: it ends
 * at the last '!', since a cell reference never holds one while a quoted sheet name may.
 */
export function parseAddress(address: string): CellRect {
  const ref = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').toUpperCase();
  const [first, second = first] = ref.split(':');
  const start = corner(first, false, address);
  const end = corner(second, true, address);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

function corner(part: string, end: boolean, address: string): { row: number; col: number } {
  let m = CELL.exec(part);
  if (m) return { row: Number(m[2]), col: columnNumber(m[1]) };
  m = COLUMN.exec(part);
  if (m) return { row: end ? EXCEL_MAX_ROWS : 1, col: columnNumber(m[1]) };
  m = ROW.exec(part);
  if (m) return { row: Number(m[1]), col: end ? EXCEL_MAX_COLUMNS : 1 };
  throw new RangeError(`无法识别的单元格地址：${address}`);
}

/** A 1-based rect as an A1 address without sheet: 'A1:C3' (or 'A1' for one cell). */
export function rectAddress(r: CellRect): string {
  const start = `${columnLetters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${columnLetters(r.right)}${r.bottom}`;
}

/** The range of a 1-based rect on a worksheet. */
export const rangeOf = (ws: Excel.Worksheet, r: CellRect): Excel.Range => ws.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
