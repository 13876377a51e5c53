/**
 * The add-in's own sheets inside Excel: a generated sheet added whole, rows appended below the
 * last used row, single cells set. Strings are always written as text (number format '@' before
 * the value): Excel would otherwise turn '=…', '+…', '-…', '@…' into formulas and '2020-03-07' or
 * '001' into numbers.
 */

import type { RowsFor } from '../../app/ports/workbookPort';
import type { SheetSnapshot } from '../../core/ledger/sheetSnapshot';
import { makeSheetName } from '../../sheets/makeSheetName';
import type { CellModel, ModelValue, SheetModel, Typeface } from '../../sheets/sheetModel';
import { appendSnapshot, queueAppendRead } from '../appendRows';
import { groupStyleRects } from '../groupStyleRects';
import { rangeOf } from '../officeAddress';
import { officeErrorCode } from '../officeErrors';
import { READ_TOO_LARGE, readCellBlocks } from '../readInBlocks';
import type { CellBlock } from '../toSheetSnapshot';
import { protectSheet, setUpSheet } from './setUpSheet';
import { styleRange } from './styleRange';
import { writeCharts } from './writeChart';
import { writeInBlocks, type BlockSizes } from './writeInBlocks';

/** How rows are sent, and how a sheet too big for one response is read before appending. */
export interface SheetSizes extends BlockSizes {
  /** Cells read per sync when the sheet appended to is too big to read in one. */
  readCellsPerSync: number;
}

/** Adds the model as a new sheet under a free name; returns the name. 1 read + 1 write per block of rows. */
export async function addSheet(context: Excel.RequestContext, model: SheetModel, sizes: BlockSizes): Promise<string> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const name = makeSheetName(model.name, sheets.items.map((s) => s.name));
  await writeNewSheet(context, name, model, sizes);
  return name;
}

/**
 * Appends rows below the sheet's last used row (WorkbookPort.appendRows), in `create`'s typeface;
 * a missing sheet is made from `create` with the rows below its own. 1 read (2 when the rows are
 * made from a sheet too big for one response, plus its blocks) + 1 write per block of rows.
 */
export async function appendRows(context: Excel.RequestContext, sheet: string, rows: CellModel[][] | RowsFor, create: SheetModel, sizes: SheetSizes): Promise<void> {
  let start: number;
  let current: SheetSnapshot | null = null;
  try {
    if (typeof rows === 'function') {
      // Rows made from the sheet are made from it as read in this batch, one round trip before the write.
      let read = queueAppendRead(context, sheet, true);
      let blocks: CellBlock[] | undefined;
      let tooLarge: boolean;
      try {
        await context.sync();
        tooLarge = !read.used.isNullObject && (read.used.values === null || read.used.numberFormat === null);
      } catch (e) {
        if (!READ_TOO_LARGE.has(officeErrorCode(e) ?? '')) throw e;
        tooLarge = true;
      }
      if (tooLarge) {
        // Too much for one response: the extent, then the values in blocks (as readSheets does).
        read = queueAppendRead(context, sheet, false);
        await context.sync();
        if (!read.used.isNullObject) blocks = await readCellBlocks(context, context.workbook.worksheets.getItem(sheet), read.used, sizes.readCellsPerSync);
      }
      current = appendSnapshot(sheet, read, blocks);
      start = read.used.isNullObject ? 1 : read.used.rowIndex + read.used.rowCount + 1;
    } else {
      const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
      await context.sync();
      start = used.isNullObject ? 1 : used.rowIndex + used.rowCount + 1;
    }
  } catch (e) {
    if (officeErrorCode(e) !== 'ItemNotFound') throw e;
    const list = typeof rows === 'function' ? rows(null) : rows;
    if (typeof rows === 'function' && list.length === 0) return;
    // No such sheet yet: it is created from `create`, the rows following its last row with a value.
    const combined = [...create.rows];
    let next = 0;
    create.rows.forEach((row, i) => {
      if (row.some((cell) => cell !== undefined && cell.value !== null && cell.value !== '')) next = i + 1;
    });
    list.forEach((row, i) => (combined[next + i] = row));
    await writeNewSheet(context, sheet, { ...create, name: sheet, rows: combined }, sizes, next);
    return;
  }
  const list = typeof rows === 'function' ? rows(current) : rows;
  if (list.length === 0) return;
  const ws = context.workbook.worksheets.getItem(sheet);
  const width = widthOf(list);
  await writeInBlocks(context, list.length, sizes, (from, count) => {
    if (count === 0 || width === 0) return;
    writeRows(ws, list, width, from, count, start - 1, create.font);
    // The rows grow to fit their wrapped text, in the same sync as the write.
    fitRows(ws, start - 1 + from, count, width);
  });
}

/** Sets single cells, strings as text: 1 sync. */
export async function setCells(context: Excel.RequestContext, sheet: string, cells: ReadonlyArray<{ row: number; col: number; value: ModelValue }>): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  for (const { row, col, value } of cells) {
    const cell = ws.getRangeByIndexes(row - 1, col - 1, 1, 1);
    if (typeof value === 'string') cell.numberFormat = [['@']];
    cell.values = [[value === null ? '' : value]];
  }
  // A missing sheet fails this sync with ItemNotFound, which the caller words.
  await context.sync();
}

/**
 * Adds sheet `name` (known to be free) holding the model: one sync per block of rows. Rows from
 * index `fitFrom` on (appended rows, below the model's own) are fitted to their text as written.
 */
async function writeNewSheet(context: Excel.RequestContext, name: string, model: SheetModel, sizes: BlockSizes, fitFrom?: number): Promise<void> {
  const height = model.rows.length;
  const width = widthOf(model.rows);
  // A merge goes with the block holding its last row: after the values under it are written.
  const merges = (model.merges ?? []).map((rect) => ({ rect, row: Math.min(rect.bottom, height) - 1 }));
  const holder: { ws: Excel.Worksheet | null } = { ws: null };
  await writeInBlocks(context, height, sizes, (from, count, first) => {
    if (first) {
      holder.ws = context.workbook.worksheets.add(name);
      setUpSheet(holder.ws, model);
    }
    const ws = holder.ws as Excel.Worksheet;
    if (count > 0 && width > 0) writeRows(ws, model.rows, width, from, count, 0, model.font);
    if (fitFrom !== undefined && width > 0) {
      const top = Math.max(from, fitFrom);
      if (top < from + count) fitRows(ws, top, from + count - top, width);
    }
    for (const m of merges) {
      if ((m.row >= from && m.row < from + count) || (first && m.row < 0)) rangeOf(ws, m.rect).merge(false);
    }
    // Charts ride with the last block, after the values they show: no round trip of their own;
    // the protection last of all, once every cell is written.
    if (from + count >= height) {
      writeCharts(ws, model.charts ?? []);
      protectSheet(ws, model);
    }
  });
}

/**
 * Fits `count` rows from 0-based row `top` to their text: a wrapped title on two lines would
 * otherwise keep the standard height and print over the row below (RangeFormat.autofitRows,
 * ExcelApi 1.2: "Changes the height of the rows of the current range to achieve the best fit,
 * based on the current data in the columns",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-autofitrows-member).
 * Queued only: it rides with the write it follows.
 */
function fitRows(ws: Excel.Worksheet, top: number, count: number, width: number): void {
  ws.getRangeByIndexes(top, 0, count, width).format.autofitRows();
}

function widthOf(rows: readonly CellModel[][]): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  return width;
}

/**
 * Values, number formats and styles (fonts in `typeface`) of rows[from, from + count), rows[r]
 * going to sheet row offset + r + 1. Cells missing from a ragged row are written empty.
 */
function writeRows(ws: Excel.Worksheet, rows: readonly CellModel[][], width: number, from: number, count: number, offset: number, typeface: Typeface | undefined): void {
  const values: ModelValue[][] = [];
  const formats: string[][] = [];
  for (let r = from; r < from + count; r++) {
    const row = rows[r] ?? [];
    const v = new Array<ModelValue>(width);
    const f = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const value = cell?.value ?? null;
      v[c] = value === null ? '' : value;
      // Text stays text: '=…' is not a formula, '2020-03-07' not a date, '001' not a number.
      f[c] = typeof value === 'string' ? '@' : (cell?.style?.numberFormat ?? 'General');
    }
    values.push(v);
    formats.push(f);
  }
  const block = ws.getRangeByIndexes(offset + from, 0, count, width);
  block.numberFormat = formats;
  block.values = values;
  for (const { rect, style } of groupStyleRects(rows, from, from + count)) {
    const at = { top: rect.top + offset, left: rect.left, bottom: rect.bottom + offset, right: rect.right };
    styleRange(rangeOf(ws, at), at, style, typeface);
  }
}
