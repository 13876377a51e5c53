import type { RowsFor, SheetInfo, WorkbookPort } from '../app/ports/workbookPort';
import type { DateOnly } from '../core/dates/dateOnly';
import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import type { LedgerDecoration } from '../sheets/ledgerDecoration';
import type { CellModel, ModelValue, SheetModel } from '../sheets/sheetModel';
import { toWriteError } from './officeErrors';
import { clearLedgerDecoration, writeLedgerDecoration, type DecorationSizes } from './workbook/decorateLedger';
import { fillEmptyCells } from './workbook/fillEmptyCells';
import { SheetReader } from './workbook/readSheets';
import { addSheet, appendRows, setCells, type SheetSizes } from './workbook/writeSheet';

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

/**
 * WorkbookPort over Excel.run: one Excel.run a call, the work done by the concern modules in
 * src/office/workbook (reading, the ledger's status column, writing sheets, charts), which
 * translate the models and decide nothing about their looks. Round trips are the cost inside
 * Excel, so every method reads all it needs in one sync and writes in as few as the request size
 * allows: listSheets 1; readSheets 1 (2 when a table appeared since listSheets; a sheet too big for
 * one 5 MB response is read again, its values in blocks of 100,000 cells); writeLedgerDecoration
 * 1 read + 1 write per 20,000 rows; clearLedgerDecoration 2; addSheet and appendRows 1 read + 1 write
 * per 5,000 rows; fillEmptyCells 1 read + 1 write; setCells 1.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly writeOptions: ExcelRunOptions | undefined;
  private readonly decoration: DecorationSizes;
  private readonly sheetSizes: SheetSizes;
  /** What earlier reads learnt of the workbook (its tables, its big sheets) lives as long as this. */
  private readonly reader: SheetReader;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.writeOptions = options.mergeUndoGroup ? { mergeUndoGroup: true } : undefined;
    const minRowsPerSync = options.minRowsPerSync ?? MIN_ROWS_PER_SYNC;
    const readCellsPerSync = options.readCellsPerSync ?? READ_CELLS_PER_SYNC;
    this.decoration = {
      oneWriteRows: options.decorationOneWriteRows ?? DECORATION_ONE_WRITE_ROWS,
      rowsPerSync: options.decorationRowsPerSync ?? DECORATION_ROWS_PER_SYNC,
      minRowsPerSync,
    };
    this.sheetSizes = { rowsPerSync: options.sheetRowsPerSync ?? SHEET_ROWS_PER_SYNC, minRowsPerSync, readCellsPerSync };
    this.reader = new SheetReader(readCellsPerSync);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run((context) => this.reader.listSheets(context));
  }

  async readSheets(names: readonly string[]): Promise<SheetSnapshot[]> {
    if (names.length === 0) return [];
    return this.run((context) => this.reader.readSheets(context, names));
  }

  async writeLedgerDecoration(d: LedgerDecoration): Promise<void> {
    await this.write(d.sheet, (context) => writeLedgerDecoration(context, d, this.decoration));
  }

  async clearLedgerDecoration(sheet: string, column: number): Promise<void> {
    await this.write(sheet, (context) => clearLedgerDecoration(context, sheet, column));
  }

  async addSheet(model: SheetModel): Promise<string> {
    return this.write(model.name, (context) => addSheet(context, model, this.sheetSizes));
  }

  async appendRows(sheet: string, rows: CellModel[][] | RowsFor, create: SheetModel): Promise<void> {
    await this.write(sheet, (context) => appendRows(context, sheet, rows, create, this.sheetSizes));
  }

  async fillEmptyCells(sheet: string, cells: ReadonlyArray<{ row: number; col: number; date: DateOnly }>, mark: string): Promise<Array<{ row: number; col: number }>> {
    if (cells.length === 0) return [];
    return this.write(sheet, (context) => fillEmptyCells(context, sheet, cells, mark));
  }

  async setCells(sheet: string, cells: ReadonlyArray<{ row: number; col: number; value: ModelValue }>): Promise<void> {
    if (cells.length === 0) return;
    await this.write(sheet, (context) => setCells(context, sheet, cells));
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
}
