import ExcelJS from 'exceljs';
import { columnNumber, type CellValue } from '../core/cells';
import type { CellRect, SheetSnapshot } from '../core/ledger/sheetSnapshot';

const RANGE = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i;

/** 'A3:I8' (or a single cell 'B2') → a 1-based rectangle. */
export function parseRange(ref: string): CellRect {
  const m = RANGE.exec(ref.trim());
  if (!m) throw new RangeError(`not a cell range: ${ref}`);
  const top = +m[2];
  const left = columnNumber(m[1]);
  return { top, left, bottom: m[4] ? +m[4] : top, right: m[3] ? columnNumber(m[3]) : left };
}

/** An ExcelJS cell value as Office.js would report it: rich text → its text, a formula → its cached result. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined) return null;
    return typeof result === 'object' && !(result instanceof Date) ? result.error : result;
  }
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/**
 * ExcelJS turns a date-formatted serial into a Date whose UTC fields are the cell's wall-clock
 * date and time. The core gets the serial the file holds instead, as the Office adapter hands it
 * over, so both adapters give the same values and a date-time is read one way (its day, the time
 * dropped). Going back to the serial also undoes ExcelJS's own readings: it counts serials 1–60
 * without Excel's fictitious 1900-02-29 (a day early) and makes Dates Excel has not (serial 0 or
 * less, past 9999-12-31), which the core then reads or reports as Excel does.
 *
 * @example
 * toSerial(new Date(Date.UTC(2020, 4, 11, 18, 0)), false) // → 43962.75
 */
function toSerial(value: CellValue, date1904: boolean): CellValue {
  if (!(value instanceof Date)) return value;
  const time = value.getTime();
  return Number.isNaN(time) ? value : (time - (date1904 ? EPOCH_1904_MS : EPOCH_1900_MS)) / MS_PER_DAY;
}

/**
 * One worksheet as the core sees it: the values of the cells that hold something (formatting
 * alone never extends the range, so a style reaching row 1,048,576 costs nothing; dates as
 * serials, see toSerial), number formats, merges, tables and hidden rows. ExcelJS repeats a
 * merge's value in every cell of it; Excel does not, so only the top-left keeps it here.
 */
export function readSheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  // Each row's cells by column as they are read, so that only the used rectangle is built after.
  const read: Array<{ row: number; values: CellValue[]; formats: (string | null)[] }> = [];
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    const values: CellValue[] = [];
    const formats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toSerial(plainValue(cell.value), date1904);
      if (value === null || value === '') return;
      values[colNumber] = value;
      formats[colNumber] = cell.numFmt || null;
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
    });
    if (values.length === 0) return;
    read.push({ row: rowNumber, values, formats });
    top = Math.min(top, rowNumber);
    bottom = Math.max(bottom, rowNumber);
  });
  // The merges straight from ExcelJS's index: ws.model would build a model of every row first.
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => parseRange(m.range));
  const tables = ws.getTables().map((entry) => {
    const { table } = entry as unknown as { table: { name: string; tableRef?: string; ref: string; headerRow?: boolean } };
    return { name: table.name, headerRow: table.headerRow !== false, ...parseRange(table.tableRef ?? table.ref) };
  });
  for (const t of tables) {
    top = Math.min(top, t.top);
    left = Math.min(left, t.left);
    bottom = Math.max(bottom, t.bottom);
    right = Math.max(right, t.right);
  }
  const base = { name: ws.name, merges, tables, date1904, hiddenRows };
  if (bottom === 0) return { ...base, values: [], numberFormats: [], origin: { row: 1, col: 1 } };
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: bottom - top + 1 }, () => new Array<string | null>(width).fill(null));
  for (const line of read) {
    const valuesRow = values[line.row - top];
    const formatsRow = numberFormats[line.row - top];
    for (let c = left; c < line.values.length; c++) {
      if (line.values[c] === undefined) continue;
      valuesRow[c - left] = line.values[c];
      formatsRow[c - left] = line.formats[c];
    }
  }
  return { ...base, values, numberFormats, origin: { row: top, col: left } };
}

/** Reads an .xlsx file (path) or buffer and snapshots one sheet: by name, else the first. */
export async function readXlsxSnapshot(source: string | Buffer, sheetName?: string): Promise<SheetSnapshot> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ArrayBuffer);
  const ws = sheetName === undefined ? wb.worksheets[0] : wb.getWorksheet(sheetName);
  if (ws === undefined) throw new Error(`no worksheet ${sheetName ?? '(first)'}`);
  return readSheetSnapshot(ws, wb.properties.date1904 === true);
}
