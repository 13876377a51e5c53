import type { CellValue } from '../core/cells';
import type { CellRect, SheetSnapshot } from '../core/ledger/sheetSnapshot';

/** Values and number formats of a rectangle of cells whose top-left cell is (rowIndex, columnIndex), 0-based. */
export interface CellBlock {
  values: unknown[][];
  numberFormat: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

/** What one sheet's read returned, already taken out of the Office proxies. */
export interface OfficeSheetRead {
  name: string;
  /**
   * The values-only used range (getUsedRangeOrNullObject(true)): one block, or the blocks it was
   * read in when too big for one response; none on a sheet without values.
   */
  used: readonly CellBlock[];
  merges: CellRect[];
  tables: Array<CellRect & { name: string; headerRow: boolean }>;
  /** The sheet's visible areas (getSpecialCells 'Visible'); null when nothing is visible. */
  visible: CellRect[] | null;
  date1904: boolean;
}

const KEY_WIDTH = 16_385;
/** Boxes up to this many columns get rows of equal width. */
const DENSE_WIDTH = 1_024;

/**
 * The snapshot the xlsx adapter gives for the same sheet (see src/xlsx/readSheetSnapshot.ts):
 * the bounding box of the cells holding a value, widened to the tables; only the top-left cell of
 * a merge keeps a value; number formats only for non-empty cells, Excel's 'General' as null;
 * merges and tables; hidden rows among the rows that hold a value. In a box wider than any
 * ledger (a stray value far right), a row is only as wide as its last value, as the xlsx reader's. Dates stay serial numbers
 * (Office gives no Date objects): the core reads them with their number format and date1904.
 */
export function toSheetSnapshot(read: OfficeSheetRead): SheetSnapshot {
  const { name, used, date1904 } = read;
  const merges = [...read.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  const tables = read.tables;
  const mergedAway = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) mergedAway.add(r * KEY_WIDTH + c);
    }
  }
  const checkMerges = mergedAway.size > 0;
  const holds = (v: unknown, r: number, c: number) =>
    v !== '' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && !(checkMerges && mergedAway.has(r * KEY_WIDTH + c));

  // Pass 1: the bounding box of the cells that hold a value, and each row's last value.
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const rowEnd = new Map<number, number>();
  for (const block of used) {
    const row0 = block.rowIndex + 1;
    const col0 = block.columnIndex + 1;
    block.values.forEach((row, i) => {
      const r = row0 + i;
      for (let j = 0; j < row.length; j++) {
        if (!holds(row[j], r, col0 + j)) continue;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (col0 + j < left) left = col0 + j;
        if (col0 + j > right) right = col0 + j;
        if ((rowEnd.get(r) ?? 0) < col0 + j) rowEnd.set(r, col0 + j);
      }
    });
  }
  let tableRight = 0;
  for (const t of tables) {
    tableRight = Math.max(tableRight, t.right);
    top = Math.min(top, t.top);
    left = Math.min(left, t.left);
    bottom = Math.max(bottom, t.bottom);
    right = Math.max(right, t.right);
  }
  if (bottom === 0) return { name, values: [], numberFormats: [], origin: { row: 1, col: 1 }, merges, tables, date1904, hiddenRows: [] };

  // Pass 2: the same cells into the box.
  const height = bottom - top + 1;
  const dense = right - left + 1 <= DENSE_WIDTH;
  const values: CellValue[][] = new Array(height);
  const numberFormats: (string | null)[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const width = (dense ? right : Math.max(rowEnd.get(top + r) ?? 0, tableRight)) - left + 1;
    values[r] = new Array<CellValue>(Math.max(width, 0)).fill(null);
    numberFormats[r] = new Array<string | null>(Math.max(width, 0)).fill(null);
  }
  for (const block of used) {
    const row0 = block.rowIndex + 1;
    const col0 = block.columnIndex + 1;
    block.values.forEach((row, i) => {
      const r = row0 + i;
      const fmtRow = block.numberFormat[i];
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (!holds(v, r, col0 + j)) continue;
        values[r - top][col0 + j - left] = v as CellValue;
        const fmt = fmtRow?.[j];
        if (typeof fmt === 'string' && fmt !== '' && fmt !== 'General') numberFormats[r - top][col0 + j - left] = fmt;
      }
    });
  }
  const rowsWithValues = new Set(rowEnd.keys());
  return { name, values, numberFormats, origin: { row: top, col: left }, merges, tables, date1904, hiddenRows: hiddenAmong(rowsWithValues, read.visible) };
}

/** Rows (ascending) not covered by any visible area. */
function hiddenAmong(rows: Set<number>, visible: CellRect[] | null): number[] {
  const spans = (visible ?? []).map((a) => [a.top, a.bottom] as const).sort((a, b) => a[0] - b[0]);
  const sorted = [...rows].sort((a, b) => a - b);
  const hidden: number[] = [];
  let s = 0;
  for (const row of sorted) {
    while (s < spans.length && spans[s][1] < row) s++;
    // Spans are sorted by top; a later span may still cover the row when spans overlap.
    let covered = false;
    for (let k = s; k < spans.length && spans[k][0] <= row; k++) {
      if (spans[k][1] >= row) {
        covered = true;
        break;
      }
    }
    if (!covered) hidden.push(row);
  }
  return hidden;
}
