import type { RowsFor, SheetInfo, WorkbookPort } from '../app/ports/workbookPort';
import type { CellRect, SheetSnapshot } from '../core/ledger/sheetSnapshot';
import { STATUS_HEADER, isOwnStatusRule, type LedgerDecoration } from '../sheets/ledgerDecoration';
import { makeSheetName } from '../sheets/makeSheetName';
import type { CellModel, CellStyle, ChartModel, ConditionalFill, ModelValue, SheetModel } from '../sheets/sheetModel';
import { appendSnapshot, queueAppendRead } from './appendRows';
import { columnWidthToPoints } from './columnWidthToPoints';
import { groupStyleRects } from './groupStyleRects';
import { officeErrorCode, toWriteError } from './officeErrors';
import { EXCEL_MAX_ROWS, parseAddress, rectAddress } from './officeAddress';
import { READ_TOO_LARGE, readCellBlocks, readMergesInBlocks } from './readInBlocks';
import { toSheetSnapshot, type CellBlock } from './toSheetSnapshot';

/** Options of one Excel.run the adapter asks for (Excel.RunOptions' subset it uses). */
export interface ExcelRunOptions {
  /** ExcelApi 1.20: every sync of the batch is one undo step. */
  mergeUndoGroup?: boolean;
}

/** Excel.run, injected: production passes the real one (see createOfficeWorkbook), tests a fake. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: ExcelRunOptions) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** The host has ExcelApi 1.20: each write (apply, clear, add sheet) becomes a single undo step. */
  mergeUndoGroup?: boolean;
  /** Ledgers of up to this many rows get their status column in one write. */
  decorationOneWriteRows?: number;
  /** Status-column rows written per sync on larger ledgers. */
  decorationRowsPerSync?: number;
  /** Generated-sheet rows written per sync. */
  sheetRowsPerSync?: number;
  /** A block this small that still exceeds the request payload limit is not split further. */
  minRowsPerSync?: number;
  /** Cells read per sync when a sheet is too big to read in one (the response limit). */
  readCellsPerSync?: number;
}

/**
 * The status column is one short text per row (≈ 15 bytes with its '@' format), so 20,000 rows
 * are ≈ 300 KB, far below Excel on the web's 5 MB request limit: a ledger of up to 20,000 rows is
 * applied in one write (4 syncs in all). Larger ledgers are written 5,000 rows a sync, as are
 * generated sheets (up to a dozen columns and their styles). A sync refused for its size
 * (RequestPayloadSizeLimitExceeded) is retried in halves.
 */
const DECORATION_ONE_WRITE_ROWS = 20_000;
const DECORATION_ROWS_PER_SYNC = 5_000;
const SHEET_ROWS_PER_SYNC = 5_000;
const MIN_ROWS_PER_SYNC = 50;
/**
 * Responses are capped at 5 MB as well: a sheet whose values and number formats exceed that
 * (some 100,000 rows × 12 columns) is read again in blocks of this many cells (≈ 2–3 MB).
 */
const READ_CELLS_PER_SYNC = 100_000;

const PAYLOAD_TOO_LARGE = 'RequestPayloadSizeLimitExceeded';

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
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
/** Header and footer margins, inches: as the xlsx adapter writes them. */
const HEADER_FOOTER_MARGIN = 0.3;
/** Inches → points, to the hundredth (0.3 × 72 would be 21.599999999999998). */
const points = (inches: number): number => Math.round(inches * 7200) / 100;

const rangeOf = (ws: Excel.Worksheet, r: CellRect): Excel.Range =>
  ws.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);

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
 * WorkbookPort over Excel.run. Round trips are the cost inside Excel, so every method reads all it
 * needs in one sync and writes in as few as the request size allows:
 * listSheets 1; readSheets 1 (2 when a table appeared since listSheets; a sheet too big for one
 * 5 MB response is read again, its values in blocks of 100,000 cells); writeLedgerDecoration
 * 1 read + 1 write per 20,000 rows; clearLedgerDecoration 2; addSheet and appendRows 1 read + 1 write
 * per 5,000 rows; setCells 1.
 * Strings are always written as text (number format '@' before the value): Excel would otherwise
 * turn '=…', '+…', '-…', '@…' into formulas and '2020-03-07' or '001' into numbers.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly writeOptions: ExcelRunOptions | undefined;
  private readonly decorationOneWrite: number;
  private readonly decorationRows: number;
  private readonly sheetRows: number;
  private readonly minRows: number;
  private readonly readCells: number;
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

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.writeOptions = options.mergeUndoGroup ? { mergeUndoGroup: true } : undefined;
    this.decorationOneWrite = options.decorationOneWriteRows ?? DECORATION_ONE_WRITE_ROWS;
    this.decorationRows = options.decorationRowsPerSync ?? DECORATION_ROWS_PER_SYNC;
    this.sheetRows = options.sheetRowsPerSync ?? SHEET_ROWS_PER_SYNC;
    this.minRows = options.minRowsPerSync ?? MIN_ROWS_PER_SYNC;
    this.readCells = options.readCellsPerSync ?? READ_CELLS_PER_SYNC;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
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
    });
  }

  /**
   * One sync for everything in the common case. A read found too big (web: refused; desktop:
   * refused or null values) is done again with the values in blocks, and the sheet is remembered
   * so that the next read goes to blocks straight away; a read that fails for another reason is
   * done again with the merged areas in blocks of rows (more than 512 fail at once).
   */
  async readSheets(names: readonly string[]): Promise<SheetSnapshot[]> {
    if (names.length === 0) return [];
    return this.run(async (context) => {
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
    });
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

  async writeLedgerDecoration(d: LedgerDecoration): Promise<void> {
    await this.write(d.sheet, async (context) => {
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
      const rowsPerSync = d.values.length <= this.decorationOneWrite ? Math.max(d.values.length, 1) : this.decorationRows;
      // Tables before the first write and after the last: a value written beside a table can grow
      // it (office-js #6745), and a ledger table must not swallow the status column.
      let before: Excel.Range[] = [];
      let after: Excel.Range[] = [];
      await this.writeInBlocks(context, d.values.length, rowsPerSync, (from, count, first, last) => {
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
    });
  }

  /**
   * One Excel.run that writes to `sheet`; Excel's refusal (a protected sheet …) comes back in
   * words naming the sheet (see officeErrors), after the retries inside the batch.
   */
  private async write<T>(sheet: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch, this.writeOptions);
    } catch (e) {
      throw toWriteError(e, sheet);
    }
  }

  async clearLedgerDecoration(sheet: string, column: number): Promise<void> {
    await this.write(sheet, async (context) => {
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
    });
  }

  async addSheet(model: SheetModel): Promise<string> {
    return this.write(model.name, async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const name = makeSheetName(model.name, sheets.items.map((s) => s.name));
      await this.writeNewSheet(context, name, model);
      return name;
    });
  }

  async appendRows(sheet: string, rows: CellModel[][] | RowsFor, create: SheetModel): Promise<void> {
    await this.write(sheet, async (context) => {
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
            if (!read.used.isNullObject) blocks = await readCellBlocks(context, context.workbook.worksheets.getItem(sheet), read.used, this.readCells);
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
        await this.writeNewSheet(context, sheet, { ...create, name: sheet, rows: combined }, next);
        return;
      }
      const list = typeof rows === 'function' ? rows(current) : rows;
      if (list.length === 0) return;
      const ws = context.workbook.worksheets.getItem(sheet);
      const width = widthOf(list);
      await this.writeInBlocks(context, list.length, this.sheetRows, (from, count) => {
        if (count === 0 || width === 0) return;
        writeRows(ws, list, width, from, count, start - 1);
        // The rows grow to fit their wrapped text, in the same sync as the write.
        fitRows(ws, start - 1 + from, count, width);
      });
    });
  }

  async setCells(sheet: string, cells: ReadonlyArray<{ row: number; col: number; value: ModelValue }>): Promise<void> {
    if (cells.length === 0) return;
    await this.write(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const { row, col, value } of cells) {
        const cell = ws.getRangeByIndexes(row - 1, col - 1, 1, 1);
        if (typeof value === 'string') cell.numberFormat = [['@']];
        cell.values = [[value === null ? '' : value]];
      }
      // A missing sheet fails this sync with ItemNotFound, which write() words.
      await context.sync();
    });
  }

  /**
   * Adds sheet `name` (known to be free) holding the model: one sync per block of rows. Rows from
   * index `fitFrom` on (appended rows, below the model's own) are fitted to their text as written.
   */
  private async writeNewSheet(context: Excel.RequestContext, name: string, model: SheetModel, fitFrom?: number): Promise<void> {
    const height = model.rows.length;
    const width = widthOf(model.rows);
    // A merge goes with the block holding its last row: after the values under it are written.
    const merges = (model.merges ?? []).map((rect) => ({ rect, row: Math.min(rect.bottom, height) - 1 }));
    const holder: { ws: Excel.Worksheet | null } = { ws: null };
    await this.writeInBlocks(context, height, this.sheetRows, (from, count, first) => {
      if (first) {
        holder.ws = context.workbook.worksheets.add(name);
        writeSheetParts(holder.ws, model);
      }
      const ws = holder.ws as Excel.Worksheet;
      if (count > 0 && width > 0) writeRows(ws, model.rows, width, from, count, 0);
      if (fitFrom !== undefined && width > 0) {
        const top = Math.max(from, fitFrom);
        if (top < from + count) fitRows(ws, top, from + count - top, width);
      }
      for (const m of merges) {
        if ((m.row >= from && m.row < from + count) || (first && m.row < 0)) rangeOf(ws, m.rect).merge(false);
      }
      // Charts ride with the last block, after the values they show: no round trip of their own.
      if (from + count >= height) writeCharts(ws, model.charts ?? []);
    });
  }

  /**
   * Sends rows [0, total) in blocks of rowsPerSync, one sync each (one sync when total is 0);
   * `first` marks the block that also carries the one-off writes. A block refused for its size is
   * sent again in halves, down to minRowsPerSync: a refused request applies nothing, so the halves
   * carry everything it held.
   */
  private async writeInBlocks(
    context: Excel.RequestContext,
    total: number,
    rowsPerSync: number,
    queue: (from: number, count: number, first: boolean, last: boolean) => void,
  ): Promise<void> {
    // Calculation is suspended for every block but the last, which recalculates in full: "Once
    // set, it is the developer's responsibility to re-calc the workbook"
    // (Application.suspendApiCalculationUntilNextSync). A single write is not suspended at all.
    let suspended = false;
    const send = async (from: number, count: number, first: boolean, last: boolean): Promise<void> => {
      if (!last) {
        context.application.suspendApiCalculationUntilNextSync();
        suspended = true;
      }
      queue(from, count, first, last);
      if (last && suspended) context.application.calculate('Full');
      try {
        await context.sync();
      } catch (e) {
        if (officeErrorCode(e) !== PAYLOAD_TOO_LARGE || count <= this.minRows) throw e;
        const half = Math.ceil(count / 2);
        await send(from, half, first, false);
        await send(from + half, count - half, false, last);
      }
    };
    if (total === 0) return send(0, 0, true, true);
    for (let from = 0; from < total; from += rowsPerSync) {
      const count = Math.min(rowsPerSync, total - from);
      await send(from, count, from === 0, from + count >= total);
    }
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
 * Values, number formats and styles of rows[from, from + count), rows[r] going to sheet row
 * offset + r + 1. Cells missing from a ragged row are written empty.
 */
function writeRows(ws: Excel.Worksheet, rows: readonly CellModel[][], width: number, from: number, count: number, offset: number): void {
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
    applyStyle(rangeOf(ws, at), at, style);
  }
}

/** A style as the xlsx adapter writes it (src/xlsx/xlsxWorkbook.ts applyStyle). */
function applyStyle(range: Excel.Range, rect: CellRect, s: CellStyle): void {
  const f = range.format;
  if (s.bold || s.italic || s.fontSize || s.fontColor) {
    f.font.name = '宋体';
    if (s.bold !== undefined) f.font.bold = s.bold;
    if (s.italic !== undefined) f.font.italic = s.italic;
    if (s.fontSize) f.font.size = s.fontSize;
    if (s.fontColor) f.font.color = `#${s.fontColor}`;
  }
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.horizontal) f.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical) f.verticalAlignment = VERTICAL[s.vertical];
  if (s.wrap) f.wrapText = true;
  if (s.border) {
    // Thin on all four sides of every cell: the block's edges and its inside lines.
    const sides: Array<(typeof EDGES)[number] | 'InsideHorizontal' | 'InsideVertical'> = [...EDGES];
    if (rect.bottom > rect.top) sides.push('InsideHorizontal');
    if (rect.right > rect.left) sides.push('InsideVertical');
    for (const side of sides) {
      const border = f.borders.getItem(side);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
}

/** Formula rules with their fill and, when given, font colors (Office wants the formula with its '='). */
function addConditionalFills(ws: Excel.Worksheet, fills: readonly ConditionalFill[]): void {
  for (const fill of fills) {
    const cf = rangeOf(ws, fill.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=${fill.formula}`;
    cf.custom.format.fill.color = `#${fill.fill}`;
    // No font colour: the rule leaves each cell's own text colour.
    if (fill.fontColor) cf.custom.format.font.color = `#${fill.fontColor}`;
  }
}

/** Everything of a generated sheet that is not its cells: written once, with the first block. */
function writeSheetParts(ws: Excel.Worksheet, model: SheetModel): void {
  model.columnWidths?.forEach((w, i) => {
    if (w > 0) ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnWidthToPoints(w);
  });
  const heights = Object.entries(model.rowHeights ?? {})
    .map(([row, h]) => [Number(row), h] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length; ) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1][0] === heights[j][0] + 1 && heights[j + 1][1] === heights[i][1]) j++;
    ws.getRangeByIndexes(heights[i][0] - 1, 0, j - i + 1, 1).format.rowHeight = heights[i][1];
    i = j + 1;
  }
  addConditionalFills(ws, model.conditionalFills ?? []);
  for (const bar of model.dataBars ?? []) {
    const cf = rangeOf(ws, bar.range).conditionalFormats.add('DataBar');
    cf.dataBar.positiveFormat.fillColor = `#${bar.color}`;
    cf.dataBar.positiveFormat.gradientFill = false;
    cf.dataBar.lowerBoundRule = { type: 'LowestValue' };
    cf.dataBar.upperBoundRule = { type: 'HighestValue' };
    // "Show bar only" (DataBarConditionalFormat.showDataBarOnly, ExcelApi 1.6).
    if (bar.showValue === false) cf.dataBar.showDataBarOnly = true;
  }
  if (model.tabColor) ws.tabColor = `#${model.tabColor}`;
  if (model.freezeRowsAbove && model.freezeRowsAbove > 1) ws.freezePanes.freezeRows(model.freezeRowsAbove - 1);
  const p = model.page;
  if (!p) return;
  const layout = ws.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (p.margins) {
    // Office takes margins in points; the model (like the .xlsx file) in inches.
    layout.topMargin = points(p.margins.top);
    layout.bottomMargin = points(p.margins.bottom);
    layout.leftMargin = points(p.margins.left);
    layout.rightMargin = points(p.margins.right);
    layout.headerMargin = points(HEADER_FOOTER_MARGIN);
    layout.footerMargin = points(HEADER_FOOTER_MARGIN);
  }
  // One page wide, as many tall as needed (0 = automatic, as fitToHeight="0" in the file).
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.printArea) layout.setPrintArea(rectAddress(withCharts(p.printArea, model.charts ?? [])));
  if (p.printTitleRows) layout.setPrintTitleRows(`$${p.printTitleRows.first}:$${p.printTitleRows.last}`);
  // A break is added above the range's top-left cell: a break after row r sits above row r + 1.
  for (const row of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row, 0, 1, 1));
  // The footer of every page, in the same header/footer codes as the .xlsx file's oddFooter (ExcelApi 1.9).
  if (p.footer) {
    const every = layout.headersFooters.defaultForAllPages;
    if (p.footer.left !== undefined) every.leftFooter = p.footer.left;
    if (p.footer.center !== undefined) every.centerFooter = p.footer.center;
    if (p.footer.right !== undefined) every.rightFooter = p.footer.right;
    // The sheet numbers its own pages from 1, as the .xlsx file's useFirstPageNumber says: on "auto"
    // ("" or null) a workbook printed whole continues &P from the sheets before it
    // (PageLayout.firstPageNumber, ExcelApi 1.9,
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-firstpagenumber-member).
    layout.firstPageNumber = 1;
  }
}

const CHART_TYPES = { columnStacked: 'ColumnStacked' } as const satisfies Record<ChartModel['type'], string>;

/**
 * The model's charts, drawn natively (the xlsx adapter writes none: a chart part is a drawing, its rels and a chart part of its own). The
 * model's data bars are written as well and kept: they sit in the table itself, so the numbers
 * still read as bars where the chart is out of view or printed on another page, and the sheet
 * matches the CLI's.
 */
function writeCharts(ws: Excel.Worksheet, charts: readonly ChartModel[]): void {
  for (const c of charts) {
    // Excel.ChartType.columnStacked and Excel.ChartSeriesBy.columns by their string values: the
    // adapter reads no Excel global at run time, so it runs against the fake in tests.
    const chart = ws.charts.add(CHART_TYPES[c.type], rangeOf(ws, c.data), 'Columns');
    chart.title.text = c.title;
    chart.legend.position = 'Bottom';
    chart.axes.categoryAxis.setCategoryNames(rangeOf(ws, c.categories));
    c.series.forEach((s, i) => {
      const series = chart.series.getItemAt(i);
      series.name = s.name;
      series.format.fill.setSolidColor(`#${s.color}`);
    });
    const { top, left, bottom, right } = c.placement;
    chart.setPosition(rangeOf(ws, { top, left, bottom: top, right: left }), rangeOf(ws, { top: bottom, left: right, bottom, right }));
  }
}

/** A chart prints with the sheet: the print area grows to take in the cells charts cover. */
function withCharts(area: CellRect, charts: readonly ChartModel[]): CellRect {
  return charts.reduce(
    (r, { placement: p }) => ({ top: Math.min(r.top, p.top), left: Math.min(r.left, p.left), bottom: Math.max(r.bottom, p.bottom), right: Math.max(r.right, p.right) }),
    area,
  );
}
