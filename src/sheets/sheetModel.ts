import type { CellRect } from '../core/ledger/sheetSnapshot';

/**
 * A generated sheet as plain data: what both adapters (the Office JavaScript API and the .xlsx package writer) write.
 * Builders in src/sheets produce it; adapters only translate it, so both write the same thing.
 * Cell values are always values — a string that starts with '=' is text, never a formula.
 */
export type ModelValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  /** 'RRGGBB'. */
  fontColor?: string;
  /** Solid fill, 'RRGGBB'. */
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Excel number format, e.g. 'yyyy-mm-dd' or '0.0%'. */
  numberFormat?: string;
}

/** Excel's tallest row, in points ("Excel specifications and limits": row height 409 points). */
export const EXCEL_MAX_ROW_HEIGHT = 409;

export interface CellModel {
  value: ModelValue;
  style?: CellStyle;
}

export interface ConditionalFill {
  /** Where the rule applies. */
  range: CellRect;
  /** A formula written by the add-in (never from user text), relative to range's top-left cell. */
  formula: string;
  fill: string;
  /** 'RRGGBB'; absent = the cell keeps its own font color (the ledger's text stays the user's). */
  fontColor?: string;
}

export interface DataBar {
  range: CellRect;
  /** 'RRGGBB'. */
  color: string;
  /**
   * false = the bar alone, no number (Excel's "Show bar only"): for a bar column beside the
   * number, so a bar never covers the value it stands for. Default true.
   */
  showValue?: boolean;
}

/**
 * A native Excel chart. The Office adapter draws it; the xlsx adapter leaves it out (it writes no
 * chart parts), so a sheet with a chart should still read well without it (e.g. data bars).
 */
export interface ChartModel {
  type: 'columnStacked';
  title: string;
  /**
   * The values, headers excluded: one series per column (series by columns), one point per row.
   * Kept apart from the category labels because on a generated sheet they are seldom adjacent
   * (the bulletin's unit names sit four columns left of the notice counts).
   */
  data: CellRect;
  /** The category labels, one cell per row of data (e.g. the unit names). */
  categories: CellRect;
  /** One per column of data, in order: the legend name and the fill, 'RRGGBB'. */
  series: Array<{ name: string; color: string }>;
  /**
   * The cells the chart covers, top-left to bottom-right: sized in cells, it follows the column
   * widths. The Office adapter extends the print area to take it in.
   */
  placement: CellRect;
}

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** Inches, as Excel stores them. */
  margins?: { top: number; bottom: number; left: number; right: number };
  /** Fit all columns on one page width. */
  fitToWidth?: boolean;
  printArea?: CellRect;
  /** Rows repeated at the top of each printed page (1-based, inclusive). */
  printTitleRows?: { first: number; last: number };
  /** 1-based rows after which a manual page break is set. */
  rowBreaks?: number[];
  /**
   * The printed footer's three sections, in Excel's header/footer codes (&P page, &N pages),
   * which the .xlsx file (oddFooter) and Office's HeadersFooters take alike.
   */
  footer?: { left?: string; center?: string; right?: string };
}

export interface SheetModel {
  /** Wanted name; the adapter makes it unique and valid (see makeSheetName). */
  name: string;
  /** Row-major, starting at A1; rows may be ragged. */
  rows: CellModel[][];
  merges?: CellRect[];
  /** Column widths in characters, index 0 = column A. */
  columnWidths?: number[];
  /** Row heights in points, by 1-based row. */
  rowHeights?: Record<number, number>;
  conditionalFills?: ConditionalFill[];
  dataBars?: DataBar[];
  charts?: ChartModel[];
  page?: PageSetup;
  /** 'RRGGBB'. */
  tabColor?: string;
  /** Freeze the rows above this 1-based row. */
  freezeRowsAbove?: number;
}
