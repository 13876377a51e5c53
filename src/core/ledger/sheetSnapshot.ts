import type { CellValue } from '../cells';

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * What an adapter (the Office JavaScript API or the .xlsx reader) hands the core for one worksheet: the used range's
 * values in one block, plus the little else the ledger reader needs. Nothing here is Excel API.
 */
export interface SheetSnapshot {
  name: string;
  /**
   * Row-major values of the used range; values[0][0] is the cell at (origin.row, origin.col). Rows
   * may be ragged (the .xlsx reader's end at their last value): past a row's end is empty.
   */
  values: CellValue[][];
  /** Number formats, same shape as values, where known (a number with a date format is a date). */
  numberFormats?: (string | null)[][];
  /** 1-based sheet row and column of values[0][0]. */
  origin: { row: number; col: number };
  /** Merged areas. Only the top-left cell of a merge holds its value. */
  merges?: CellRect[];
  /** Excel tables (ListObjects) on the sheet; the header row is the rect's top row when headerRow. */
  tables?: Array<CellRect & { name: string; headerRow: boolean }>;
  /** The workbook uses the 1904 date system (Mac Excel's old default). */
  date1904?: boolean;
  /** 1-based rows hidden or filtered out by the user. */
  hiddenRows?: number[];
}
