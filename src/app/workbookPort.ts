import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import type { LedgerDecoration } from '../sheets/ledgerDecoration';
import type { SheetModel } from '../sheets/sheetModel';

export interface SheetInfo {
  name: string;
  visible: boolean;
}

/**
 * The one interface between the use cases and a workbook. Two implementations: Office.js inside
 * Excel (src/office) and ExcelJS over an .xlsx file (src/xlsx). Adapters translate; they decide
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
}
