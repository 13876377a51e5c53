import type { CellValue } from '../core/cells';
import type { CellRect, SheetSnapshot } from '../core/ledger/sheetSnapshot';

/** What one sheet's single read returned, already taken out of the Office proxies. */
export interface OfficeSheetRead {
  name: string;
  /** The values-only used range (getUsedRangeOrNullObject(true)), or null on a sheet without values. */
  used: { values: unknown[][]; numberFormat: unknown[][]; rowIndex: number; columnIndex: number } | null;
  merges: CellRect[];
  tables: Array<CellRect & { name: string; headerRow: boolean }>;
  /** The sheet's visible areas (getSpecialCells 'Visible'); null when nothing is visible. */
  visible: CellRect[] | null;
  date1904: boolean;
}

const KEY_WIDTH = 16_385;

/**
 * The snapshot the xlsx adapter gives for the same sheet (see src/xlsx/readSheetSnapshot.ts):
 * the bounding box of the cells holding a value, widened to the tables; only the top-left cell of
 * a merge keeps a value; number formats only for non-empty cells, Excel's 'General' as null;
 * merges and tables; hidden rows among the rows that hold a value. Dates stay serial numbers
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
  const raw = used ? used.values : [];
  const row0 = used ? used.rowIndex + 1 : 0;
  const col0 = used ? used.columnIndex + 1 : 0;

  // Pass 1: the bounding box of the cells that hold a value.
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (let i = 0; i < raw.length; i++) {
    const row = raw[i];
    const r = row0 + i;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v === '' || (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')) continue;
      if (checkMerges && mergedAway.has(r * KEY_WIDTH + col0 + j)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (col0 + j < left) left = col0 + j;
      if (col0 + j > right) right = col0 + j;
    }
  }
  for (const t of tables) {
    top = Math.min(top, t.top);
    left = Math.min(left, t.left);
    bottom = Math.max(bottom, t.bottom);
    right = Math.max(right, t.right);
  }
  if (bottom === 0) return { name, values: [], numberFormats: [], origin: { row: 1, col: 1 }, merges, tables, date1904, hiddenRows: [] };

  // Pass 2: the same cells into the box.
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = new Array(height);
  const numberFormats: (string | null)[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    values[r] = new Array<CellValue>(width).fill(null);
    numberFormats[r] = new Array<string | null>(width).fill(null);
  }
  const rowsWithValues = new Set<number>();
  const fmts = used ? used.numberFormat : [];
  for (let i = 0; i < raw.length; i++) {
    const row = raw[i];
    const r = row0 + i;
    const out = values[r - top];
    const outFmt = numberFormats[r - top];
    const fmtRow = fmts[i];
    let any = false;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v === '' || (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')) continue;
      if (checkMerges && mergedAway.has(r * KEY_WIDTH + col0 + j)) continue;
      out[col0 + j - left] = v;
      const fmt = fmtRow?.[j];
      if (typeof fmt === 'string' && fmt !== '' && fmt !== 'General') outFmt[col0 + j - left] = fmt;
      any = true;
    }
    if (any) rowsWithValues.add(r);
  }
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
