import type { CellRect } from '../core/ledger/sheetSnapshot';
import { EXCEL_MAX_COLUMNS } from '../core/cells';
import { officeErrorCode } from './officeErrors';
import { parseAddress } from './officeAddress';
import type { CellBlock } from './toSheetSnapshot';

/** A used range's position and size, as loaded (0-based indexes). */
export interface RangeExtent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Signs that a read was too big for one response, per platform: Excel on the web refuses it
 * (ResponsePayloadSizeLimitExceeded, its 5 MB limit), desktop Excel fails it with
 * RangeExceedsLimit or returns null values past 5,000,000 cells
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 */
export const READ_TOO_LARGE = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/** Column chunks a very wide used range is looked at in: each finds its own used range. */
const CHUNK_COLUMNS = 256;
/** Used ranges wider than this are read chunk by chunk (a stray value in column XFD). */
const WIDE_COLUMNS = 1_024;

/**
 * The values and number formats of a used range too big for one response, about `cellsPerSync`
 * cells a sync; a block still too big is read again in halves. A very wide range is first split
 * into chunks of columns, each narrowed to its own used range, so a stray value far right costs
 * one small read, not the empty columns between.
 */
export async function readCellBlocks(context: Excel.RequestContext, ws: Excel.Worksheet, used: RangeExtent, cellsPerSync: number): Promise<CellBlock[]> {
  const pieces = used.columnCount > WIDE_COLUMNS ? await usedChunks(context, ws, used) : [used];
  const blocks: CellBlock[] = [];
  const read = async (piece: RangeExtent, from: number, count: number): Promise<void> => {
    const block = ws.getRangeByIndexes(piece.rowIndex + from, piece.columnIndex, count, piece.columnCount).load('values,numberFormat');
    let tooLarge = false;
    try {
      await context.sync();
      tooLarge = !Array.isArray(block.values) || !Array.isArray(block.numberFormat);
    } catch (e) {
      if (!READ_TOO_LARGE.has(officeErrorCode(e) ?? '')) throw e;
      tooLarge = true;
    }
    if (!tooLarge) {
      blocks.push({ values: block.values, numberFormat: block.numberFormat, rowIndex: piece.rowIndex + from, columnIndex: piece.columnIndex });
      return;
    }
    if (count === 1) throw new Error(`第 ${piece.rowIndex + from + 1} 行的内容过多，Excel 无法一次读出`);
    const half = Math.ceil(count / 2);
    await read(piece, from, half);
    await read(piece, from + half, count - half);
  };
  for (const piece of pieces) {
    const rows = Math.max(1, Math.floor(cellsPerSync / piece.columnCount));
    for (let from = 0; from < piece.rowCount; from += rows) await read(piece, from, Math.min(rows, piece.rowCount - from));
  }
  return blocks;
}

/** The used range of each chunk of CHUNK_COLUMNS columns that holds a value: one sync. */
async function usedChunks(context: Excel.RequestContext, ws: Excel.Worksheet, used: RangeExtent): Promise<RangeExtent[]> {
  const chunks: Excel.Range[] = [];
  for (let c = used.columnIndex; c < used.columnIndex + used.columnCount; c += CHUNK_COLUMNS) {
    const width = Math.min(CHUNK_COLUMNS, used.columnIndex + used.columnCount - c);
    chunks.push(ws.getRangeByIndexes(used.rowIndex, c, used.rowCount, width).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  }
  await context.sync();
  return chunks.filter((r) => !r.isNullObject).map(({ rowIndex, columnIndex, rowCount, columnCount }) => ({ rowIndex, columnIndex, rowCount, columnCount }));
}

/** Rows a block of merged areas starts with: 2-row items merged in two columns stay under 512. */
const MERGE_ROWS_PER_BLOCK = 256;

/**
 * The merged areas of rows [rowIndex, rowIndex + rowCount), for a sheet with more than the 512
 * that getMergedAreasOrNullObject returns at once (Excel.Range reference,
 * https://learn.microsoft.com/javascript/api/excel/excel.range): blocks of rows across all
 * columns, all in one sync; when a block is refused, every block is halved and read again.
 * An area is returned with the block holding its top-left cell (office-js #3611), so none is
 * counted twice; duplicates are dropped all the same, should Excel return an area with every
 * block it crosses.
 */
export async function readMergesInBlocks(context: Excel.RequestContext, ws: Excel.Worksheet, rowIndex: number, rowCount: number): Promise<CellRect[]> {
  for (let rows = MERGE_ROWS_PER_BLOCK; ; rows = Math.ceil(rows / 2)) {
    const blocks: Excel.RangeAreas[] = [];
    for (let from = 0; from < rowCount; from += rows) {
      blocks.push(ws.getRangeByIndexes(rowIndex + from, 0, Math.min(rows, rowCount - from), EXCEL_MAX_COLUMNS).getMergedAreasOrNullObject().load('areas/items/address'));
    }
    try {
      await context.sync();
    } catch (e) {
      if (officeErrorCode(e) === 'ApiNotFound') throw e;
      if (rows === 1) throw new Error(`合并单元格过多（一行超过 512 处），Excel 无法读出：${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const seen = new Map<string, CellRect>();
    for (const block of blocks) {
      if (block.isNullObject) continue;
      for (const area of block.areas.items) seen.set(area.address, parseAddress(area.address));
    }
    return [...seen.values()];
  }
}
