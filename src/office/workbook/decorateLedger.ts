/**
 * The ledger's status column inside Excel: written with its header, its rules and the look of
 * the column beside it, and cleared again down to exactly what was written.
 */

import { STATUS_HEADER, isOwnStatusRule, type LedgerDecoration } from '../../sheets/ledgerDecoration';
import { EXCEL_MAX_ROWS, parseAddress, rangeOf, rectAddress } from '../officeAddress';
import { officeErrorCode } from '../officeErrors';
import { addConditionalFills } from './addConditionalFills';
import { EDGES } from './styleRange';
import { writeInBlocks, type BlockSizes } from './writeInBlocks';

/** How the status column is sent: whole up to `oneWriteRows` rows, else in blocks. */
export interface DecorationSizes extends BlockSizes {
  oneWriteRows: number;
}

/** Writes (or rewrites) the status column: 1 read + 1 write per `sizes.rowsPerSync` rows (one write up to `sizes.oneWriteRows`). */
export async function writeLedgerDecoration(context: Excel.RequestContext, d: LedgerDecoration, sizes: DecorationSizes): Promise<void> {
  const ws = context.workbook.worksheets.getItem(d.sheet);
  const rules = loadRules(ws);
  const top = d.headerRows[0];
  const last = d.headerRows[d.headerRows.length - 1];
  const header = ws.getRangeByIndexes(top - 1, d.column - 1, last - top + 1, 1);
  const headerMerged = last > top ? header.getMergedAreasOrNullObject().load('address') : null;
  const neighbour = d.column > 1 ? loadCellFormat(ws.getRangeByIndexes(top - 1, d.column - 2, 1, 1), true) : null;
  // The data cells take the look of the neighbour's first data cell (read in this same sync),
  // down to the last item and no further: a stray cell far below the ledger (row 1048576) makes
  // the data rows a million, and the look would draw their borders all the way down.
  const items = lastItem(d.values) + 1;
  const neighbourData = d.column > 1 && items > 0 ? loadCellFormat(ws.getRangeByIndexes(d.firstDataRow - 1, d.column - 2, 1, 1), false) : null;
  const tables = ws.tables.load('items/name');
  await context.sync();

  const own = ownRules(rules, d.column);
  const rowsPerSync = d.values.length <= sizes.oneWriteRows ? Math.max(d.values.length, 1) : sizes.rowsPerSync;
  // Tables before the first write and after the last: a value written beside a table can grow
  // it (office-js #6745), and a ledger table must not swallow the status column.
  let before: Excel.Range[] = [];
  let after: Excel.Range[] = [];
  await writeInBlocks(context, d.values.length, { rowsPerSync, minRowsPerSync: sizes.minRowsPerSync }, (from, count, first, last) => {
    if (first) {
      before = tables.items.map((t) => t.getRange().load('address'));
      for (const cf of own) cf.delete();
      ws.getRangeByIndexes(top - 1, d.column - 1, 1, 1).values = [[STATUS_HEADER]];
      if (neighbour) copyCellFormat(neighbour, header, 1, true);
      if (neighbourData) copyCellFormat(neighbourData, ws.getRangeByIndexes(d.firstDataRow - 1, d.column - 1, items, 1), items);
      if (headerMerged?.isNullObject) header.merge(false);
      addConditionalFills(ws, d.rules);
    }
    if (count > 0) {
      const values = d.values.slice(from, from + count).map((v) => [v]);
      const block = ws.getRangeByIndexes(d.firstDataRow - 1 + from, d.column - 1, count, 1);
      block.numberFormat = values.map(() => ['@']);
      block.values = values;
    }
    if (last) after = tables.items.map((t) => t.getRange().load('address'));
  });
  let resized = false;
  tables.items.forEach((table, i) => {
    const was = parseAddress(before[i].address);
    const now = parseAddress(after[i].address);
    if (was.right < d.column && now.right >= d.column) {
      table.resize(rectAddress(was));
      resized = true;
    }
  });
  if (resized) await context.sync();
}

/** Removes exactly what writeLedgerDecoration added: 2 syncs. */
export async function clearLedgerDecoration(context: Excel.RequestContext, sheet: string, column: number): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const rules = loadRules(ws);
  const columnRange = ws.getRangeByIndexes(0, column - 1, EXCEL_MAX_ROWS, 1);
  const used = columnRange.getUsedRangeOrNullObject(false).load('values,rowIndex,rowCount');
  const merged = columnRange.getMergedAreasOrNullObject().load('areas/items/address');
  await context.sync();

  const own = ownRules(rules, column);
  for (const cf of own) cf.delete();
  // Only a column the add-in owns is cleared: its header must be ours.
  const at = used.isNullObject ? -1 : used.values.findIndex((row) => row[0] === STATUS_HEADER);
  if (at < 0) {
    if (own.length > 0) await context.sync();
    return;
  }
  const headerRow = used.rowIndex + at + 1;
  for (const area of merged.isNullObject ? [] : merged.areas.items) {
    const r = parseAddress(area.address);
    if (r.top === headerRow && r.left === column) rangeOf(ws, r).unmerge();
  }
  await resetCells(context, ws, column, headerRow, used.rowIndex + used.rowCount);
}

/** Every conditional format on the sheet, with what tells the add-in's own from the user's. */
function loadRules(ws: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula');
}

/**
 * The add-in's own rules for the status column, lowest priority first. A rule is addressed by its
 * current priority ("ConditionalFormat.id: the priority of the conditional format in the current
 * ConditionalFormatCollection", https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat),
 * so deleting one moves every rule below it up (office-js #5222): deleted bottom up, no rule still
 * to delete has moved, and none of the user's is hit.
 */
function ownRules(rules: Excel.ConditionalFormatCollection, column: number): Excel.ConditionalFormat[] {
  return rules.items.filter((cf) => cf.type === 'Custom' && isOwnStatusRule(cf.customOrNullObject.rule.formula, column)).reverse();
}

/**
 * Empties rows [fromRow, toRow] of the status column and gives them Excel's Normal style: exactly
 * what writeLedgerDecoration wrote (text, '@', the header's format, the data cells' copied look).
 * Not Range.clear, which would also cut the column out of the user's conditional formats over it.
 * Excel refuses to change part of a merged area: a refused run of rows is done again in halves, and
 * a single cell under the user's merge is left as it is.
 */
async function resetCells(context: Excel.RequestContext, ws: Excel.Worksheet, column: number, fromRow: number, toRow: number): Promise<void> {
  const range = ws.getRangeByIndexes(fromRow - 1, column - 1, toRow - fromRow + 1, 1);
  range.clear('Contents');
  range.style = 'Normal';
  try {
    await context.sync();
  } catch (e) {
    const code = officeErrorCode(e);
    if (code === 'AccessDenied' || code === 'ItemNotFound') throw e;
    if (fromRow === toRow) {
      if (code === 'InvalidOperation') return;
      throw e;
    }
    const middle = Math.floor((fromRow + toRow) / 2);
    await resetCells(context, ws, column, fromRow, middle);
    await resetCells(context, ws, column, middle + 1, toRow);
  }
}

/**
 * Loads the look the status column copies from its left neighbour, as the xlsx adapter copies its
 * style: the header's with its fill, a data cell's without (see copyCellFormat).
 */
function loadCellFormat(cell: Excel.Range, withFill: boolean): Excel.RangeFormat {
  const format = cell.format.load('horizontalAlignment,verticalAlignment,wrapText');
  format.font.load('name,size,color,bold,italic');
  if (withFill) format.fill.load('color');
  format.borders.load('items/sideIndex,items/style,items/color,items/weight');
  return format;
}

/**
 * The neighbour's look over `to` (`rows` rows, one write of a few properties whatever their
 * number): font, alignment, wrapping and borders, for several rows its bottom line drawn between
 * them too (the top one when it has none), so the column reads as part of the ledger's grid.
 * The fill only when loaded (the header's): on data rows the status rules give the fill, and a
 * fill copied from one cell onto every row would be wrong. Never the number format (the status is text, '@').
 */
function copyCellFormat(from: Excel.RangeFormat, to: Excel.Range, rows = 1, withFill = false): void {
  const f = to.format;
  const font = from.font;
  if (font.name) f.font.name = font.name;
  if (font.size) f.font.size = font.size;
  if (font.color) f.font.color = font.color;
  if (font.bold !== null) f.font.bold = font.bold;
  if (font.italic !== null) f.font.italic = font.italic;
  // Excel reports "no fill" as white: painting white would hide the gridlines.
  if (withFill && from.fill.color && from.fill.color.toUpperCase() !== '#FFFFFF') f.fill.color = from.fill.color;
  if (from.horizontalAlignment) f.horizontalAlignment = from.horizontalAlignment;
  if (from.verticalAlignment) f.verticalAlignment = from.verticalAlignment;
  if (from.wrapText !== null) f.wrapText = from.wrapText;
  const drawn = new Map<string, Excel.RangeBorder>();
  for (const border of from.borders.items) {
    if ((EDGES as readonly string[]).includes(border.sideIndex) && border.style && border.style !== 'None') drawn.set(border.sideIndex, border);
  }
  const sides: Array<[string, Excel.RangeBorder | undefined]> = EDGES.map((edge) => [edge, drawn.get(edge)]);
  if (rows > 1) sides.push(['InsideHorizontal', drawn.get('EdgeBottom') ?? drawn.get('EdgeTop')]);
  for (const [index, border] of sides) {
    if (border === undefined) continue;
    const side = f.borders.getItem(index as Excel.BorderIndex);
    side.style = border.style;
    if (border.color) side.color = border.color;
    if (border.weight) side.weight = border.weight;
  }
}

/** Index of the last data row with a status (the ledger's last item); -1 when none has one. */
function lastItem(values: readonly string[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== '') return i;
  return -1;
}

