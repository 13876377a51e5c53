import type { DateOnly } from '../../core/dates/dateOnly';
import type { SheetSnapshot } from '../../core/ledger/sheetSnapshot';
import type { LedgerDecoration } from '../../sheets/ledgerDecoration';
import type { CellModel, ModelValue, SheetModel } from '../../sheets/sheetModel';

export interface SheetInfo {
  name: string;
  visible: boolean;
}

/** The rows to append, made from the sheet as it stands when appending (null: the sheet does not exist). */
export type RowsFor = (current: SheetSnapshot | null) => CellModel[][];

/**
 * The one interface between the use cases and a workbook. Two implementations: the Office JavaScript API inside
 * Excel (src/office) and the .xlsx package itself (src/xlsx, the command line's). Adapters translate; they decide
 * nothing, and they never change a user's cell outside what the add-in owns.
 */
export interface WorkbookPort {
  /** Sheets in tab order. */
  listSheets(): Promise<SheetInfo[]>;
  /**
   * The sheets' used ranges (values, number formats, merges, tables), in the order asked, in one
   * read: inside Excel a round trip is the cost that matters, so callers batch what they need.
   */
  readSheets(names: readonly string[]): Promise<SheetSnapshot[]>;
  /** Writes (or rewrites) the add-in's status column and its conditional formats on the ledger. */
  writeLedgerDecoration(decoration: LedgerDecoration): Promise<void>;
  /** Removes exactly what writeLedgerDecoration added. */
  clearLedgerDecoration(sheet: string, column: number): Promise<void>;
  /** Adds a generated sheet; returns its actual name (unique and valid; nothing is replaced). */
  addSheet(model: SheetModel): Promise<string>;
  /**
   * Appends rows below the last used row of one of the add-in's own append-only sheets (the notice
   * log), creating the sheet from `create` first when it does not exist. Existing rows are never
   * rewritten.
   *
   * `rows` may be a function of the sheet as it stands at the moment of appending (null: no such
   * sheet), read in the same batch as the write: the notice log's next numbers are decided there, so
   * a clerk appending from another copy of a shared workbook a moment earlier is seen (inside Excel
   * the window shrinks to one round trip; there is no lock). The caller decides; the adapter only
   * reads and writes. A function that gives no rows writes nothing, not even the new sheet.
   */
  appendRows(sheet: string, rows: CellModel[][] | RowsFor, create: SheetModel): Promise<void>;
  /**
   * Writes dates into cells of the user's ledger that are empty (a unit's reported completion date,
   * applied at the clerk's request: SPEC §9 回收), each given the solid fill `mark` so it can be
   * told apart; the cell keeps the rest of its look, and its number format when that is a date
   * format (else it gets 'yyyy-mm-dd'). A cell that is no longer empty when written (typed into
   * since it was read) is left alone. Returns the cells written, in the order given.
   */
  fillEmptyCells(sheet: string, cells: ReadonlyArray<{ row: number; col: number; date: DateOnly }>, mark: string): Promise<Array<{ row: number; col: number }>>;
  /** Sets single cells on one of the add-in's own sheets (e.g. voiding a log row). */
  setCells(sheet: string, cells: ReadonlyArray<{ row: number; col: number; value: ModelValue }>): Promise<void>;
}
