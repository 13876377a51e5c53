import { cellAddress, type CellValue } from '../../core/cells';
import type { CellRect, SheetSnapshot } from '../../core/ledger/sheetSnapshot';
import { WorkbookOpenError } from '../workbookOpenError';
import { fromMarkup } from '../xml';
import { parseRange } from './parseRange';
import type { CellFormats } from './readCellFormats';
import type { SheetTable } from './readSheetTables';
import { MalformedXml, XmlCursor, decodeText, decodeXstring, readStringItem } from './scanXml';

export interface WorksheetOptions {
  /** The sheet's name (the snapshot's name, and named in errors). */
  name: string;
  /** The workbook's shared string table (readSharedStrings). */
  sharedStrings: readonly string[];
  /** The workbook's cell number formats (readCellFormats). */
  formats: CellFormats;
  /** The workbook counts serials from 1904-01-01. */
  date1904: boolean;
  /** The sheet's tables (readSheetTables): carried into the snapshot, which is widened to cover them. */
  tables?: readonly SheetTable[];
  /**
   * `xml` is the part's UTF-8 bytes one per character (latin1), as the adapter edits parts: half
   * the memory of a decoded 20 MB part. Text values are decoded from it one by one.
   */
  markup?: boolean;
  /** How far the reading is (0–1, by position in the part), every few thousand rows: progress on a long run. */
  onProgress?: (fraction: number) => void;
}

/** A cell's t attribute, as a small number for the per-cell switch. */
const CellType = { Number: 0, Shared: 1, FormulaString: 2, Inline: 3, Boolean: 4, Error: 5, Date: 6 } as const;
type CellType = (typeof CellType)[keyof typeof CellType];

const CHAR_C = 99;
const CHAR_V = 118;


/** Rows between two progress reports. */
const PROGRESS_ROWS = 4096;

const REPAIR = '请在 Excel 中打开后另存为 .xlsx';

/**
 * One worksheet part (xl/worksheets/sheetN.xml) as the core sees it (the snapshot the Office
 * adapter gives for the same sheet), read straight from the part's text in one pass. Only cells that hold a value count (formatting alone never extends the range); a
 * formula gives its cached result; dates stay the serials the file holds (a t="d" ISO date becomes
 * one); only the top-left cell of a merge keeps its value; the range is widened to the tables.
 *
 * Rows are as wide as their last value (the core reads past a row's end as empty), so a stray value
 * in column XFD widens one row; rows of the range without a value share one frozen empty row (and
 * one of formats), so a stray value at row 1,048,576 costs a million references, not arrays.
 * Nothing in the core writes into a snapshot; a frozen row makes any future attempt fail loudly.
 *
 * @example
 * readWorksheet('<worksheet><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c></row></sheetData></worksheet>',
 *   { name: '台账', sharedStrings: ['督办事项'], formats, date1904: false })
 * // → { name: '台账', values: [['督办事项']], numberFormats: [[null]], origin: { row: 2, col: 2 }, merges: [], tables: [], date1904: false, hiddenRows: [] }
 */
export function readWorksheet(xml: string, options: WorksheetOptions): SheetSnapshot {
  try {
    return scanWorksheet(xml, options);
  } catch (e) {
    if (e instanceof MalformedXml) throw new WorkbookOpenError(`工作表「${options.name}」的内容不是有效的 XML，文件可能已损坏：${REPAIR}`);
    throw e;
  }
}

function scanWorksheet(xml: string, options: WorksheetOptions): SheetSnapshot {
  const { sharedStrings, formats, date1904 } = options;
  const cur = new XmlCursor(xml);
  const grid = new ValueGrid();
  const hidden: number[] = [];

  let inData = false;
  while (cur.next()) {
    if (!cur.closing && cur.isLocal('sheetData')) {
      inData = !cur.selfClosing;
      break;
    }
  }
  // The cells' prefix is the sheetData's ('x:' in <x:sheetData>; usually none).
  const prefix = xml.substring(cur.start + 1, cur.localStart);
  const openV = `<${prefix}v>`;
  const closeVC = `</${prefix}v></${prefix}c>`;

  // The row being read: its number (0 until known: a <row> without r is the one after the
  // previous row, or the row its first cell names), the last cell's column, whether it is hidden.
  let previousRow = 0;
  let rowsRead = 0;
  let row = 0;
  let column = 0;
  let rowHidden = false;
  // The cell being read.
  let inCell = false;
  let cellColumn = 0;
  let cellType: CellType = CellType.Number;
  let style = 0;
  let text: string | undefined;
  let inline: string | undefined;

  const endRow = () => {
    if (row === 0) row = previousRow + 1;
    grid.endRow(row);
    if (rowHidden) hidden.push(row);
    previousRow = row;
    if (options.onProgress !== undefined && ++rowsRead % PROGRESS_ROWS === 0) options.onProgress(cur.start / xml.length);
  };

  while (inData && cur.next()) {
    const length = cur.nameEnd - cur.localStart;
    const first = xml.charCodeAt(cur.localStart);
    if (cur.closing) {
      if (length === 1 && first === CHAR_C) {
        if (inCell) {
          inCell = false;
          let value = cellValue(cellType, text, inline);
          if (options.markup && typeof value === 'string' && cellType !== CellType.Shared) value = fromMarkup(value);
          if (value !== null && value !== '') grid.put(cellColumn, value, formats.formatOf(style));
        }
      } else if (cur.isLocal('row')) endRow();
      else if (cur.isLocal('sheetData')) {
        inData = false;
        break;
      }
      continue;
    }
    if (inCell) {
      if (length === 1 && first === CHAR_V) text = cur.text();
      else if (cur.isLocal('is')) inline = readStringItem(cur);
      continue;
    }
    if (length === 1 && first === CHAR_C) {
      // <c r="B7" s="3" t="s">: r may be missing (the column after the previous cell).
      let refColumn = 0;
      let refRow = 0;
      cellType = CellType.Number;
      style = 0;
      while (cur.nextAttribute()) {
        if (cur.attrNameEnd - cur.attrNameStart !== 1) continue;
        const name = xml.charCodeAt(cur.attrNameStart);
        const start = cur.valueStart;
        const end = cur.valueEnd;
        if (name === 114 /* r */) {
          for (let i = start; i < end; i++) {
            const ch = xml.charCodeAt(i);
            if (ch >= 65 && ch <= 90) refColumn = refColumn * 26 + ch - 64;
            else if (ch >= 97 && ch <= 122) refColumn = refColumn * 26 + ch - 96;
            else if (ch >= 48 && ch <= 57) refRow = refRow * 10 + ch - 48;
          }
        } else if (name === 115 /* s */) {
          for (let i = start; i < end; i++) {
            const ch = xml.charCodeAt(i);
            if (ch >= 48 && ch <= 57) style = style * 10 + ch - 48;
          }
        } else if (name === 116 /* t */) {
          cellType = typeOf(xml, start, end);
        }
      }
      if (row === 0) row = refRow > 0 ? refRow : previousRow + 1;
      cellColumn = refColumn > 0 ? refColumn : column + 1;
      column = cellColumn;
      if (cur.selfClosing) continue;
      // Most cells are exactly <v>…</v></c>: read in place, without a tag-by-tag walk.
      if (xml.startsWith(openV, cur.end)) {
        const start = cur.end + openV.length;
        const end = xml.indexOf('<', start);
        if (end >= 0 && xml.startsWith(closeVC, end)) {
          const value = spanValue(cellType, start, end);
          if (value !== null && value !== '') grid.put(cellColumn, value, formats.formatOf(style));
          cur.pos = end + closeVC.length;
          continue;
        }
      }
      inCell = true;
      text = undefined;
      inline = undefined;
    } else if (cur.isLocal('row')) {
      const r = cur.attribute('r');
      row = r === undefined ? 0 : parseInt(r, 10) || 0;
      const h = cur.attribute('hidden')?.trim();
      rowHidden = h === '1' || h === 'true';
      column = 0;
      if (cur.selfClosing) endRow();
    }
  }

  /** The value of a cell whose <v> text is xml[start, end): an integer (a shared string's index, most numbers) is read in place. */
  function spanValue(type: CellType, start: number, end: number): CellValue {
    if (type === CellType.Number || type === CellType.Shared) {
      const n = integerAt(xml, start, end);
      if (n !== undefined) {
        if (type === CellType.Number) return n;
        const s = sharedStrings[n];
        if (s !== undefined) return s;
      }
    }
    return cellValue(type, decodeText(xml.substring(start, end)), undefined);
  }

  /** A cell's value from its type and text; null for none. */
  function cellValue(type: CellType, v: string | undefined, is: string | undefined): CellValue {
    switch (type) {
      case CellType.Shared: {
        if (v === undefined || v.trim() === '') return null;
        const s = sharedStrings[+v];
        if (s === undefined) {
          throw new WorkbookOpenError(`工作表「${options.name}」的单元格 ${cellAddress(row, cellColumn)} 引用的共享字符串（第 ${v.trim()} 项）不存在，文件可能已损坏：${REPAIR}`);
        }
        return s;
      }
      case CellType.Inline:
        return is ?? (v === undefined ? null : decodeXstring(v));
      case CellType.FormulaString:
        return v === undefined ? null : decodeXstring(v);
      case CellType.Boolean: {
        if (v === undefined) return null;
        const b = v.trim();
        return !(b === '0' || b === 'false');
      }
      case CellType.Error:
        return v ?? null;
      case CellType.Date:
        return v === undefined ? null : (isoToSerial(v.trim(), date1904) ?? v);
      default: {
        // A number; an <is> without t="inlineStr" is still text.
        if (v === undefined) return is ?? null;
        const n = Number(v);
        if (!Number.isNaN(n) && v.trim() !== '') return n;
        // Not a number (a damaged part): the text, for the user to see, rather than NaN.
        return v.trim() === '' ? null : v.trim();
      }
    }
  }

  // A part cut short (a damaged file) ends inside the cells.
  if (inData) throw new MalformedXml('no </sheetData>');

  // What follows the cells: the merged areas.
  const merges: CellRect[] = [];
  while (cur.next()) {
    if (cur.closing || !cur.isLocal('mergeCell')) continue;
    const ref = cur.attribute('ref') ?? '';
    try {
      merges.push(parseRange(ref));
    } catch {
      throw new WorkbookOpenError(`工作表「${options.name}」的合并单元格区域「${ref}」无法识别，文件可能已损坏：${REPAIR}`);
    }
  }

  grid.settle();
  if (merges.length > 0) grid.clearMerged(merges);
  const tables = options.tables === undefined ? [] : options.tables.map((t) => ({ ...t }));
  const withValues = hidden.length > 0 ? new Set(grid.rowNumbers) : undefined;
  const hiddenRows = withValues === undefined ? [] : [...new Set(hidden.filter((r) => withValues.has(r)))].sort((a, b) => a - b);
  const { values, numberFormats, origin } = grid.build(tables);
  return { name: options.name, merges, tables, date1904, hiddenRows, values, numberFormats, origin };
}

/** The non-negative integer of at most 15 digits written at [start, end); undefined for anything else (left to Number). */
function integerAt(xml: string, start: number, end: number): number | undefined {
  if (end <= start || end - start > 15) return undefined;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n;
}

/** The t attribute's value among s, str, inlineStr, b, e, d, n (anything else reads as a number, as Excel does). */
function typeOf(xml: string, start: number, end: number): CellType {
  const length = end - start;
  const first = xml.charCodeAt(start);
  if (length === 1) {
    if (first === 115 /* s */) return CellType.Shared;
    if (first === 98 /* b */) return CellType.Boolean;
    if (first === 101 /* e */) return CellType.Error;
    if (first === 100 /* d */) return CellType.Date;
    return CellType.Number;
  }
  if (length === 3 && xml.startsWith('str', start)) return CellType.FormulaString;
  if (length === 9 && xml.startsWith('inlineStr', start)) return CellType.Inline;
  return CellType.Number;
}

const MS_PER_DAY = 86_400_000;
/** Serials of 1970-01-01: in the 1900 system from 1900-03-01 on, and in the 1904 system. */
const UNIX_EPOCH_1900 = 25_569;
const UNIX_EPOCH_1904 = 24_107;
const ISO_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?(?:Z|[+-]\d\d(?::?\d\d)?)?$/;
const ISO_TIME = /^T?(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?$/;

/**
 * A t="d" cell's ISO 8601 text as the serial Excel would store for it, in the workbook's date
 * system. The text is wall-clock time (an offset, if any, is not applied: Excel has no time
 * zones). In the 1900 system the days before 1900-03-01 are one less (Excel's fictitious
 * 1900-02-29). A time alone is the fraction of a day. Null for text that is not such a date.
 *
 * @example
 * isoToSerial('2020-05-11T18:00:00', false) // → 43962.75
 * isoToSerial('2020-05-11', true)          // → 42500
 */
export function isoToSerial(text: string, date1904: boolean): number | null {
  const m = ISO_DATE_TIME.exec(text);
  if (m === null) {
    const t = ISO_TIME.exec(text);
    return t === null ? null : timeOfDay(t[1], t[2], t[3]);
  }
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const time = m[4] === undefined ? 0 : timeOfDay(m[4], m[5], m[6]);
  if (time === null) return null;
  const days = date.getTime() / MS_PER_DAY;
  if (date1904) return days + UNIX_EPOCH_1904 + time;
  const serial = days + UNIX_EPOCH_1900;
  return (serial < 61 ? serial - 1 : serial) + time;
}

function timeOfDay(h: string, m: string, s: string | undefined): number | null {
  const [hours, minutes, seconds] = [+h, +m, s === undefined ? 0 : +s];
  if (hours > 24 || minutes > 59 || seconds >= 61) return null;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

/**
 * The values as they are read, row by row: each row dense from the column of its first value (or
 * the leftmost column seen so far), built by push in the common case of cells in column order.
 */
class ValueGrid {
  rowNumbers: number[] = [];
  private bases: number[] = [];
  private rows: CellValue[][] = [];
  private formats: Array<Array<string | null>> = [];
  private top = Infinity;
  private bottom = 0;
  private left = Infinity;
  private right = 0;
  private ordered = true;
  // The row being read.
  private values: CellValue[] | null = null;
  private rowFormats: Array<string | null> = [];
  private base = 0;

  put(col: number, value: CellValue, format: string | null): void {
    let values = this.values;
    if (values === null) {
      values = this.values = [];
      this.rowFormats = [];
      this.base = col < this.left ? col : this.left;
    }
    const formats = this.rowFormats;
    if (col < this.base) {
      // A cell left of the row's start (cells out of column order): shift the row right.
      const pad = new Array<null>(this.base - col).fill(null);
      values = this.values = [...pad, ...values];
      this.rowFormats = [...pad, ...formats];
      this.base = col;
      return this.put(col, value, format);
    }
    const at = col - this.base;
    while (values.length < at) {
      values.push(null);
      formats.push(null);
    }
    values[at] = value;
    formats[at] = format;
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  endRow(row: number): void {
    const values = this.values;
    if (values === null) return;
    const n = this.rowNumbers.length;
    if (n > 0 && row <= this.rowNumbers[n - 1]) this.ordered = false;
    // A column keeps its format down the ledger, so most rows' formats are the previous row's:
    // shared (and frozen in build), half the arrays a large sheet would otherwise keep.
    const previous = n > 0 && this.bases[n - 1] === this.base ? this.formats[n - 1] : undefined;
    this.formats.push(previous !== undefined && sameItems(previous, this.rowFormats) ? previous : this.rowFormats);
    this.rowNumbers.push(row);
    this.bases.push(this.base);
    this.rows.push(values);
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    this.values = null;
  }

  /** Rows in sheet order; a row given twice (a damaged part) is its last reading, as ExcelJS kept it. */
  settle(): void {
    if (this.ordered) return;
    const last = new Map<number, number>();
    this.rowNumbers.forEach((row, k) => last.set(row, k));
    const order = [...last.values()].sort((a, b) => this.rowNumbers[a] - this.rowNumbers[b]);
    const dropped = order.length < this.rowNumbers.length;
    this.keep(order);
    this.ordered = true;
    if (dropped) this.recount();
  }

  /** Excel keeps a merge's value in its top-left cell only; anything the part still has under the rest is not shown. */
  clearMerged(merges: readonly CellRect[]): void {
    let cleared = false;
    for (const m of merges) {
      if (m.bottom < this.top || m.top > this.bottom || m.right < this.left || m.left > this.right) continue;
      for (let k = this.firstRowAtOrAfter(m.top); k < this.rowNumbers.length && this.rowNumbers[k] <= m.bottom; k++) {
        const row = this.rowNumbers[k];
        const values = this.rows[k];
        const base = this.bases[k];
        const to = Math.min(m.right, base + values.length - 1);
        let formats: Array<string | null> | undefined;
        for (let c = Math.max(m.left, base); c <= to; c++) {
          if ((row === m.top && c === m.left) || values[c - base] === null) continue;
          values[c - base] = null;
          // Formats may be shared with other rows: this row gets its own.
          formats ??= this.formats[k] = this.formats[k].slice();
          formats[c - base] = null;
          cleared = true;
        }
      }
    }
    if (cleared) this.recount();
  }

  /** The used rectangle, widened to the tables, as snapshot rows. */
  build(tables: readonly CellRect[]): { values: CellValue[][]; numberFormats: Array<Array<string | null>>; origin: { row: number; col: number } } {
    let { top, left, bottom, right } = this;
    for (const t of tables) {
      top = Math.min(top, t.top);
      left = Math.min(left, t.left);
      bottom = Math.max(bottom, t.bottom);
      right = Math.max(right, t.right);
    }
    if (bottom === 0) return { values: [], numberFormats: [], origin: { row: 1, col: 1 } };
    const width = right - left + 1;
    const height = bottom - top + 1;
    const values = new Array<CellValue[]>(height);
    const numberFormats = new Array<Array<string | null>>(height);
    // Each row as wide as its own last value (snapshot rows may be ragged; the core reads past a
    // row's end as empty): a stray value in column XFD widens its own row, not 50,000 others.
    for (let k = 0; k < this.rowNumbers.length; k++) {
      const i = this.rowNumbers[k] - top;
      const own = Math.min(width, this.bases[k] + this.rows[k].length - left);
      values[i] = fit(this.rows[k], this.bases[k], left, own);
      numberFormats[i] = fit(this.formats[k], this.bases[k], left, own);
    }
    for (const row of numberFormats) if (row !== undefined) Object.freeze(row);
    if (this.rowNumbers.length < height) {
      const noValues = Object.freeze([]) as unknown as CellValue[];
      const noFormats = Object.freeze([]) as unknown as Array<string | null>;
      for (let i = 0; i < height; i++) {
        if (values[i] === undefined) {
          values[i] = noValues;
          numberFormats[i] = noFormats;
        }
      }
    }
    return { values, numberFormats, origin: { row: top, col: left } };
  }

  private firstRowAtOrAfter(row: number): number {
    let lo = 0;
    let hi = this.rowNumbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rowNumbers[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The rectangle again after merges cleared cells; rows left without a value are dropped. */
  private recount(): void {
    const keep: number[] = [];
    this.left = this.top = Infinity;
    this.right = this.bottom = 0;
    for (let k = 0; k < this.rowNumbers.length; k++) {
      const values = this.rows[k];
      let first = -1;
      let last = -1;
      for (let j = 0; j < values.length; j++) {
        if (values[j] === null) continue;
        if (first < 0) first = j;
        last = j;
      }
      if (first < 0) continue;
      keep.push(k);
      const row = this.rowNumbers[k];
      this.top = Math.min(this.top, row);
      this.bottom = Math.max(this.bottom, row);
      this.left = Math.min(this.left, this.bases[k] + first);
      this.right = Math.max(this.right, this.bases[k] + last);
    }
    this.keep(keep);
  }

  private keep(indices: readonly number[]): void {
    this.rowNumbers = indices.map((k) => this.rowNumbers[k]);
    this.bases = indices.map((k) => this.bases[k]);
    this.rows = indices.map((k) => this.rows[k]);
    this.formats = indices.map((k) => this.formats[k]);
  }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A row read from column `base` as exactly the snapshot's columns left…left+width-1: padded in
 * place in the common case (it starts at the range's left column), else copied.
 */
function fit<T>(row: T[], base: number, left: number, width: number): T[] {
  if (base === left && row.length <= width) {
    if (row.length < width) {
      const from = row.length;
      row.length = width;
      row.fill(null as T, from);
    }
    return row;
  }
  const out = new Array<T>(width).fill(null as T);
  const from = Math.max(base, left);
  const to = Math.min(base + row.length, left + width);
  for (let c = from; c < to; c++) out[c - left] = row[c - base];
  return out;
}
