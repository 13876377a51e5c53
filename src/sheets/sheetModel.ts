import type { DateOnly } from '../core/dates/dateOnly';
import type { CellRect } from '../core/ledger/sheetSnapshot';

/**
 * A generated sheet as plain data: what both adapters (the Office JavaScript API and the .xlsx package writer) write.
 * Builders in src/sheets produce it; adapters only translate it, so both write the same thing.
 * Cell values are always values — a string that starts with '=' is text, never a formula.
 */
export type ModelValue = string | number | boolean | null;

/**
 * A typeface: its name and, when known, what Excel records beside the name in a file (ECMA-376
 * Part 1, 18.8.18 family and 18.4.1 charset: the font's class, 3 modern, and its character set,
 * 134 GB2312), which lets a reader without the font substitute one like it. Inside Excel only the
 * name is set.
 */
export interface Typeface {
  name: string;
  family?: number;
  charset?: number;
}

/**
 * The typeface the add-in's sheets are set in: 宋体, the face of Chinese official paperwork and of a
 * Chinese Excel's plain cells, so generated text and the workbook's own look of a piece. Also the
 * default font of a workbook the CLI has to give a styles part (one that has none).
 */
export const SHEET_TYPEFACE: Typeface = { name: '宋体', family: 3, charset: 134 };

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
  /** Thin black (automatic) lines on all four sides of every cell. */
  border?: boolean;
  /** Excel number format, e.g. 'yyyy-mm-dd' or '0.0%'. */
  numberFormat?: string;
  /**
   * false: the cell stays editable when its sheet is protected (SheetModel.protect). Excel's cells
   * are locked by default (ECMA-376 Part 1, 18.8.33 protection; Office's CellProtection.locked).
   */
  locked?: boolean;
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

/** A solid bar (not Excel 2007's gradient), scaled from the range's lowest value to its highest. */
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
  /** Where the legend sits beside the plot. */
  legend: 'top' | 'bottom' | 'left' | 'right';
  /**
   * The cells the chart covers, top-left to bottom-right: sized in cells, it follows the column
   * widths. The Office adapter extends the print area to take it in.
   */
  placement: CellRect;
}

/**
 * Date validation on cells someone else fills in (a unit's 完成时间): Excel refuses anything but a
 * date in the span, with `error` (ECMA-376 Part 1, 18.3.1.32 dataValidation type="date"; Office's
 * DataValidation.rule.date, ExcelApi 1.8). Blank cells are allowed.
 */
export interface DateValidation {
  range: CellRect;
  /** Inclusive. */
  from: DateOnly;
  to: DateOnly;
  /** Shown when a cell of the range is selected. Excel's limits: title 32 characters, message 255. */
  prompt?: { title: string; message: string };
  /** Shown when an entry is refused (same limits). */
  error: { title: string; message: string };
}

/** Inches, as Excel stores them; header and footer are their distance from the paper's edge. */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** Absent: Excel's "Normal" margins (0.75" top and bottom, 0.7" left and right, 0.3" header and footer). */
  margins?: PageMargins;
  /** Fit all columns on one page width. */
  fitToWidth?: boolean;
  printArea?: CellRect;
  /** Rows repeated at the top of each printed page (1-based, inclusive). */
  printTitleRows?: { first: number; last: number };
  /** 1-based rows after which a manual page break is set. */
  rowBreaks?: number[];
  /**
   * The printed footer's three sections, in Excel's header/footer codes (&P page, &N pages),
   * which the .xlsx file (oddFooter) and Office's HeadersFooters take alike. A sheet with a footer
   * numbers its own pages from 1, even printed with the rest of the workbook.
   */
  footer?: { left?: string; center?: string; right?: string };
}

export interface SheetModel {
  /** Wanted name; the adapter makes it unique and valid (see makeSheetName). */
  name: string;
  /** Row-major, starting at A1; rows may be ragged. */
  rows: CellModel[][];
  /**
   * The typeface of text whose style sets a font (bold, italic, size or colour); other cells keep
   * the workbook's default font. Absent: that text is in the workbook's default typeface too.
   */
  font?: Typeface;
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
  dateValidations?: DateValidation[];
  /**
   * Protect the sheet with no password (审阅 → 撤销工作表保护 lifts it): only cells styled
   * `locked: false` can be changed; cells can still be selected, and rows and columns resized so a
   * long answer can be read (ECMA-376 Part 1, 18.3.1.85 sheetProtection; Office's
   * WorksheetProtection.protect, ExcelApi 1.2).
   */
  protect?: boolean;
}
