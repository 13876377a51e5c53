/**
 * Reading inside Excel: the sheet list and the sheets' snapshots (values, number formats, merges,
 * tables, visibility), in one sync when the response allows, in blocks when it does not.
 */

import type { SheetInfo } from '../../app/ports/workbookPort';
import type { CellRect, SheetSnapshot } from '../../core/ledger/sheetSnapshot';
import { parseAddress } from '../officeAddress';
import { officeErrorCode } from '../officeErrors';
import { READ_TOO_LARGE, readCellBlocks, readMergesInBlocks } from '../readInBlocks';
import { toSheetSnapshot, type CellBlock } from '../toSheetSnapshot';

/** How readSheets reads: all at once, or the values or the merged areas in blocks. */
interface ReadMode {
  valuesInBlocks: boolean;
  mergesInBlocks: boolean;
}

/** Most merged areas getMergedAreasOrNullObject returns (Excel.Range reference). */
const MERGED_AREAS_AT_ONCE = 512;

/** Failures that reading in smaller pieces cannot mend. */
const NOT_ABOUT_SIZE = new Set(['ItemNotFound', 'AccessDenied', 'ApiNotFound']);

/** Desktop Excel's answer to a read past its limit: null values, no error. */
class ValuesTooLarge extends Error {}

/**
 * Listing and reading sheets inside one Excel.run each, with what earlier reads taught about the
 * workbook: its tables and which sheets are too big to read in one response.
 */
export class SheetReader {
  /**
   * Tables per sheet (lower-cased sheet name → table names), learnt by listSheets: Office gives a
   * table's address only through table.getRange(), so knowing the names up front is what lets
   * readSheets read everything in one round trip. A stale hint costs one retry, never a wrong read.
   */
  private tableHints: Map<string, string[]> | null = null;
  /**
   * Sheets (lower-cased names) an earlier read found too big for one response, or with more
   * merged areas than Excel returns at once: the next read takes those in blocks straight away.
   */
  private readonly bigSheets = new Set<string>();
  private readonly mergeHeavySheets = new Set<string>();

  /** @param readCells Cells read per sync when a sheet is too big to read in one. */
  constructor(private readonly readCells: number) {}

  /** Sheets in tab order, and the tables on each for the next read: one sync. */
  async listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
    const sheets = context.workbook.worksheets.load('items/name,items/visibility');
    const tables = context.workbook.tables.load('items/name,items/worksheet/name');
    await context.sync();
    const hints = new Map<string, string[]>();
    for (const table of tables.items) {
      const key = table.worksheet.name.toLowerCase();
      hints.set(key, [...(hints.get(key) ?? []), table.name]);
    }
    this.tableHints = hints;
    return sheets.items.map((ws) => ({ name: ws.name, visible: ws.visibility === 'Visible' }));
  }

  /**
   * One sync for everything in the common case. A read found too big (web: refused; desktop:
   * refused or null values) is done again with the values in blocks, and the sheet is remembered
   * so that the next read goes to blocks straight away; a read that fails for another reason is
   * done again with the merged areas in blocks of rows (more than 512 fail at once).
   */
  async readSheets(context: Excel.RequestContext, names: readonly string[]): Promise<SheetSnapshot[]> {
    const mode: ReadMode = { valuesInBlocks: false, mergesInBlocks: false };
    for (;;) {
      try {
        return await this.readChecked(context, names, mode);
      } catch (e) {
        const code = officeErrorCode(e);
        if (e instanceof ValuesTooLarge || READ_TOO_LARGE.has(code ?? '')) {
          if (mode.valuesInBlocks) throw e;
          mode.valuesInBlocks = true;
        } else {
          if (mode.mergesInBlocks || NOT_ABOUT_SIZE.has(code ?? '')) throw e;
          mode.mergesInBlocks = true;
        }
      }
    }
  }

  private async readChecked(context: Excel.RequestContext, names: readonly string[], mode: ReadMode): Promise<SheetSnapshot[]> {
    try {
      return await this.readOnce(context, names, this.tableHints, mode);
    } catch (e) {
      if (officeErrorCode(e) !== 'ItemNotFound') throw e;
      // A sheet asked for does not exist, or a table named by listSheets has gone since.
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const have = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const missing = names.find((n) => !have.has(n.toLowerCase()));
      if (missing !== undefined) throw new Error(`工作表「${missing}」不存在`);
      this.tableHints = null;
      return this.readOnce(context, names, null, mode);
    }
  }

  /** One sync for everything but what `mode` (or a size learnt earlier) sends to blocks. */
  private async readOnce(context: Excel.RequestContext, names: readonly string[], hints: Map<string, string[]> | null, mode: ReadMode): Promise<SheetSnapshot[]> {
    const workbook = context.workbook;
    // No API says which date system a workbook uses; DATE(1904,1,1) is serial 0 only under 1904.
    const epoch = workbook.functions.date(1904, 1, 1).load('value');
    const jobs = names.map((name) => {
      const ws = workbook.worksheets.getItem(name).load('name');
      const inBlocks = mode.valuesInBlocks || this.bigSheets.has(name.toLowerCase());
      const used = ws
        .getUsedRangeOrNullObject(true)
        .load(inBlocks ? 'rowIndex,columnIndex,rowCount,columnCount' : 'values,numberFormat,rowIndex,columnIndex,rowCount,columnCount');
      const whole = ws.getRange();
      const merged = mode.mergesInBlocks || this.mergeHeavySheets.has(name.toLowerCase()) ? null : whole.getMergedAreasOrNullObject().load('areas/items/address');
      const visible = whole.getSpecialCellsOrNullObject('Visible').load('areas/items/address');
      const tables = ws.tables.load('items/name,items/showHeaders');
      const tableRanges = new Map<string, Excel.Range>();
      for (const table of hints?.get(name.toLowerCase()) ?? []) {
        tableRanges.set(table.toLowerCase(), ws.tables.getItem(table).getRange().load('address'));
      }
      return { ws, used, inBlocks, merged, visible, tables, tableRanges };
    });
    await context.sync();
    let late = false;
    for (const job of jobs) {
      for (const table of job.tables.items) {
        if (job.tableRanges.has(table.name.toLowerCase())) continue;
        job.tableRanges.set(table.name.toLowerCase(), table.getRange().load('address'));
        late = true;
      }
    }
    if (late) await context.sync();
    const date1904 = epoch.value === 0;
    const snapshots: SheetSnapshot[] = [];
    // Desktop Excel returns null values past 5,000,000 cells rather than failing.
    if (jobs.some((job) => !job.inBlocks && !job.used.isNullObject && (job.used.values === null || job.used.numberFormat === null))) throw new ValuesTooLarge();
    for (const job of jobs) {
      const key = job.ws.name.toLowerCase();
      let used: CellBlock[] = [];
      if (!job.used.isNullObject) {
        const { rowIndex, columnIndex, rowCount, columnCount } = job.used;
        if (!job.inBlocks || rowCount * columnCount <= this.readCells) this.bigSheets.delete(key);
        else if (mode.valuesInBlocks) this.bigSheets.add(key);
        used = job.inBlocks
          ? await readCellBlocks(context, job.ws, { rowIndex, columnIndex, rowCount, columnCount }, this.readCells)
          : [{ values: job.used.values, numberFormat: job.used.numberFormat, rowIndex, columnIndex }];
      }
      let merges: CellRect[];
      if (job.merged === null) {
        merges = job.used.isNullObject ? [] : await readMergesInBlocks(context, job.ws, job.used.rowIndex, job.used.rowCount);
        if (merges.length > MERGED_AREAS_AT_ONCE) this.mergeHeavySheets.add(key);
        else this.mergeHeavySheets.delete(key);
      } else {
        merges = job.merged.isNullObject ? [] : job.merged.areas.items.map((a) => parseAddress(a.address));
      }
      snapshots.push(
        toSheetSnapshot({
          name: job.ws.name,
          used,
          merges,
          visible: job.visible.isNullObject ? null : job.visible.areas.items.map((a) => parseAddress(a.address)),
          tables: job.tables.items.map((t) => ({
            name: t.name,
            headerRow: t.showHeaders,
            ...parseAddress((job.tableRanges.get(t.name.toLowerCase()) as Excel.Range).address),
          })),
          date1904,
        }),
      );
    }
    return snapshots;
  }
}
