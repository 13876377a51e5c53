import type { CellRect } from '../../src/core/ledger/sheetSnapshot';

/**
 * The document behind the fake Excel: plain data the fake's proxies read and write at sync time,
 * and that tests inspect. Kept apart from the proxies so a test can build or check a workbook
 * without going through the request/sync machinery.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const WHOLE_SHEET: CellRect = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

export type FakeValue = string | number | boolean;
export type FakeBorderSide = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
export interface FakeBorder {
  style: string;
  color: string;
  weight: string;
}

/** A cell's own format; absent fields are Excel's defaults. */
export interface FakeCellFormat {
  fill?: string;
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<FakeBorderSide, FakeBorder>>;
  /** false: editable on a protected sheet (FormatProtection.locked); absent, Excel's default, locked. */
  locked?: boolean;
}

export interface FakeCell {
  /** '' = empty. A formula cell holds '#NAME?': the fake stores formulas, it does not evaluate them. */
  value: FakeValue;
  formula?: string;
  numberFormat: string;
  format: FakeCellFormat;
  /** A named style other than Normal (none is modelled beyond its name). */
  style?: string;
}

export const DEFAULT_FORMAT = {
  fill: null as string | null,
  fontName: '等线',
  fontSize: 11,
  fontColor: '#000000',
  bold: false,
  italic: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
};
export const DEFAULT_COLUMN_WIDTH = 54; // points (72 px)
export const DEFAULT_ROW_HEIGHT = 14.25;

export interface FakeRule {
  id: string;
  type: 'Custom' | 'DataBar';
  /** The cells the rule applies to: one area, or several once Range.clear has cut a hole in it. */
  areas: CellRect[];
  formula?: string;
  fill?: string;
  fontColor?: string;
  barColor?: string;
  gradientFill?: boolean;
  lowerBoundRule?: { type: string; formula?: string };
  upperBoundRule?: { type: string; formula?: string };
}

export interface FakeTable {
  name: string;
  rect: CellRect;
  showHeaders: boolean;
}

/**
 * A worksheet's protection (WorksheetProtection.protect): the options it was given over Excel's
 * defaults (every allow… false, selectionMode Normal), and the password if one was set.
 */
export interface FakeProtection {
  options: FakeProtectionOptions;
  password?: string;
}

export interface FakeProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: 'Normal' | 'Unlocked' | 'None';
}

/**
 * A cell's data validation (Range.dataValidation) as Excel gives it back: the rule with its
 * formulas as string formulas, the error alert, the prompt and ignoreBlanks.
 */
export interface FakeValidation {
  rule: Record<string, Record<string, unknown>>;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Keyed by cellKey(row, col). */
  cells: Map<number, FakeCell>;
  merges: CellRect[];
  tables: FakeTable[];
  /** In priority order: index 0 is evaluated first. */
  rules: FakeRule[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Rows RangeFormat.autofitRows was asked to fit (recorded; the fake has no fonts to measure with). */
  autofitRows: Set<number>;
  tabColor: string;
  frozenRows: number;
  /** Rows a manual page break stands above. */
  pageBreaks: number[];
  page: Record<string, unknown>;
  /** null: not protected. */
  protection: FakeProtection | null;
  /** Data validation by cellKey(row, col); cells without one are absent. */
  validations: Map<number, FakeValidation>;
}

export interface FakeDocument {
  sheets: FakeSheet[];
  date1904: boolean;
  nextSheetId: number;
  nextRuleId: number;
}

export const cellKey = (row: number, col: number): number => row * (MAX_COLUMNS + 1) + col;
export const keyRow = (key: number): number => Math.floor(key / (MAX_COLUMNS + 1));
export const keyCol = (key: number): number => key % (MAX_COLUMNS + 1);

export function newSheet(doc: FakeDocument, name: string): FakeSheet {
  const sheet: FakeSheet = {
    id: doc.nextSheetId++,
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    tables: [],
    rules: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    autofitRows: new Set(),
    tabColor: '',
    frozenRows: 0,
    pageBreaks: [],
    page: {},
    protection: null,
    validations: new Map(),
  };
  doc.sheets.push(sheet);
  return sheet;
}

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function touchCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: '', numberFormat: 'General', format: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

export const intersects = (a: CellRect, b: CellRect): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
export const contains = (outer: CellRect, inner: CellRect): boolean =>
  outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
export const sameRect = (a: CellRect, b: CellRect): boolean =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
/** The cells of `a` outside `b`, as up to four rectangles (the parts above, below, left, right). */
export function subtractRect(a: CellRect, b: CellRect): CellRect[] {
  if (!intersects(a, b)) return [a];
  const out: CellRect[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

export const rectArea = (r: CellRect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** Calls fn for every stored cell inside rect (without creating any). */
export function forEachStoredCell(sheet: FakeSheet, rect: CellRect, fn: (cell: FakeCell, row: number, col: number) => void): void {
  if (rectArea(rect) <= sheet.cells.size) {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) fn(cell, r, c);
      }
    }
    return;
  }
  for (const [key, cell] of sheet.cells) {
    const r = keyRow(key);
    const c = keyCol(key);
    if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) fn(cell, r, c);
  }
}

const hasFormat = (cell: FakeCell): boolean => cell.numberFormat !== 'General' || Object.keys(cell.format).length > 0;
const hasValue = (cell: FakeCell): boolean => cell.value !== '' || cell.formula !== undefined;

/**
 * Excel's used range inside rect: the bounding box of cells holding a value (valuesOnly) or
 * holding a value or a format. null when there is none.
 */
export function usedRect(sheet: FakeSheet, rect: CellRect, valuesOnly: boolean): CellRect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const visit = (cell: FakeCell, r: number, c: number) => {
    if (!hasValue(cell) && (valuesOnly || !hasFormat(cell))) return;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  };
  if (rect === WHOLE_SHEET) {
    for (const [key, cell] of sheet.cells) visit(cell, keyRow(key), keyCol(key));
  } else {
    forEachStoredCell(sheet, rect, visit);
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}

// ---- A1 addresses -------------------------------------------------------------------------

export function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** 'A1', 'A1:C3', 'A:B', '3:5', with optional $ and an optional sheet prefix. */
export function parseA1(address: string): CellRect {
  const bang = address.lastIndexOf('!');
  const ref = address.slice(bang + 1).replace(/\$/g, '').toUpperCase();
  const [a, b = a] = ref.split(':');
  const one = (s: string, end: boolean): { row: number; col: number } => {
    let m = /^([A-Z]+)(\d+)$/.exec(s);
    if (m) return { row: +m[2], col: columnIndex(m[1]) };
    m = /^([A-Z]+)$/.exec(s);
    if (m) return { row: end ? MAX_ROWS : 1, col: columnIndex(m[1]) };
    m = /^(\d+)$/.exec(s);
    if (m) return { row: +m[1], col: end ? MAX_COLUMNS : 1 };
    throw new RangeError(`fake Excel: bad address ${address}`);
  };
  const start = one(a, false);
  const end = one(b, true);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/** Excel's way of writing a rect: 'A1', 'A1:C3', 'A:A', '3:5'. */
export function formatA1(r: CellRect): string {
  if (r.left === 1 && r.right === MAX_COLUMNS) return `${r.top}:${r.bottom}`;
  if (r.top === 1 && r.bottom === MAX_ROWS) return `${columnName(r.left)}:${columnName(r.right)}`;
  const start = `${columnName(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${columnName(r.right)}${r.bottom}`;
}

/** Sheet names Excel quotes in an address: anything but letters, digits, CJK and underscore. */
export function qualifiedA1(sheetName: string, r: CellRect): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(sheetName);
  const prefix = plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${prefix}!${formatA1(r)}`;
}
