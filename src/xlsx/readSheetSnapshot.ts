import type { Worksheet, CellValue as ExcelJsValue } from 'exceljs';
import type { CellValue } from '../core/cells';
import type { CellRect, SheetSnapshot } from '../core/ledger/sheetSnapshot';

/** Decodes 'A1' / 'A1:I8' into a 1-based rect. */
export function parseRange(ref: string): CellRect {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const start = parseCellRef(a);
  const end = parseCellRef(b);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

function parseCellRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(ref);
  if (!m) throw new RangeError(`bad cell reference ${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: +m[2], col };
}

/** ExcelJS's value kinds (rich text, formula results, hyperlinks, errors) → a plain cell value. */
export function plainValue(value: ExcelJsValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as Array<{ text: string }>).map((r) => r.text).join('');
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) {
    const result = v.result as ExcelJsValue | undefined;
    return result === undefined ? null : plainValue(result);
  }
  if (typeof v.text === 'string') return v.text;
  if (typeof v.error === 'string') return v.error;
  return null;
}

/**
 * One worksheet as the core sees it: values of the cells that hold something (formatting alone
 * does not extend the range), number formats, merges, tables, hidden rows.
 * ExcelJS repeats a merge's value in every cell of it; only the top-left keeps it here.
 */
export function readSheetSnapshot(ws: Worksheet, date1904: boolean): SheetSnapshot {
  const cells: Array<{ row: number; col: number; value: CellValue; numFmt: string | null }> = [];
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  const hiddenRows: number[] = [];
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(parseRange);
  const mergedAway = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) mergedAway.add(`${r}:${c}`);
    }
  }
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (mergedAway.size > 0 && mergedAway.has(`${rowNumber}:${colNumber}`)) return;
      const value = plainValue(cell.value);
      if (value === null || value === '') return;
      cells.push({ row: rowNumber, col: colNumber, value, numFmt: cell.numFmt || null });
      if (rowNumber < top) top = rowNumber;
      if (rowNumber > bottom) bottom = rowNumber;
      if (colNumber < left) left = colNumber;
      if (colNumber > right) right = colNumber;
    });
  });
  const tables = Object.values((ws as unknown as { tables?: Record<string, { table: { name: string; tableRef?: string; ref?: string; headerRow?: boolean } }> }).tables ?? {})
    .map(({ table }) => ({ name: table.name, headerRow: table.headerRow !== false, ...parseRange((table.tableRef ?? table.ref) as string) }));
  for (const t of tables) {
    top = Math.min(top, t.top);
    left = Math.min(left, t.left);
    bottom = Math.max(bottom, t.bottom);
    right = Math.max(right, t.right);
  }
  if (bottom === 0) return { name: ws.name, values: [], numberFormats: [], origin: { row: 1, col: 1 }, merges, tables, date1904, hiddenRows };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const c of cells) {
    values[c.row - top][c.col - left] = c.value;
    numberFormats[c.row - top][c.col - left] = c.numFmt;
  }
  return { name: ws.name, values, numberFormats, origin: { row: top, col: left }, merges, tables, date1904, hiddenRows };
}
