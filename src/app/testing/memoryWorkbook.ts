/**
 * TEST helper: a WorkbookPort in memory, for the app's use cases without Excel or a file. Sheets
 * are grids of values from A1; the add-in's decoration is recorded as written; generated sheets
 * keep their model. Every call is logged by name, so a test can count the round trips an adapter
 * would make.
 */
import type { CellValue } from '../../core/cells';
import type { DateOnly } from '../../core/dates/dateOnly';
import { dateToSerial } from '../../core/dates/excelSerial';
import type { SheetSnapshot } from '../../core/ledger/sheetSnapshot';
import { STATUS_HEADER, type LedgerDecoration } from '../../sheets/ledgerDecoration';
import { makeSheetName } from '../../sheets/makeSheetName';
import type { CellModel, ModelValue, SheetModel } from '../../sheets/sheetModel';
import type { RowsFor, SheetInfo, WorkbookPort } from '../ports/workbookPort';

interface MemorySheet {
  name: string;
  visible: boolean;
  /** Row-major from A1; rows may be ragged. */
  values: CellValue[][];
  /** The model a generated sheet was added from; null for the user's sheets. */
  model: SheetModel | null;
  /** The fill fillEmptyCells gave each cell it wrote, by 'row:col'. */
  marks: Map<string, string>;
}

export type PortCall = keyof WorkbookPort;

export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemorySheet[];
  /** The decoration written on each ledger sheet, by sheet name (removed when cleared). */
  readonly decorations = new Map<string, LedgerDecoration>();
  /** Every call made, in order. */
  readonly calls: PortCall[] = [];

  /** `sheets`: values per sheet name, in tab order; `hidden`: names of hidden sheets. */
  constructor(sheets: Readonly<Record<string, CellValue[][]>>, hidden: readonly string[] = []) {
    this.sheets = Object.entries(sheets).map(([name, values]) => ({ name, visible: !hidden.includes(name), values: values.map((r) => [...r]), model: null, marks: new Map() }));
  }

  /** The values of `sheet` as stored (a copy), rows trimmed as read. */
  values(sheet: string): CellValue[][] {
    return this.sheet(sheet).values.map((r) => [...r]);
  }

  /** The model a generated sheet was added from. */
  model(sheet: string): SheetModel | null {
    return this.sheet(sheet).model;
  }

  /** The cells fillEmptyCells wrote on `sheet`, in row then column order, with the fill each was given. */
  marked(sheet: string): Array<{ row: number; col: number; mark: string }> {
    return [...this.sheet(sheet).marks]
      .map(([key, mark]) => {
        const [row, col] = key.split(':').map(Number);
        return { row, col, mark };
      })
      .sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** Sets one cell (1-based), as a user typing would. */
  setCell(sheet: string, row: number, col: number, value: CellValue): void {
    put(this.sheet(sheet).values, row, col, value);
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.calls.push('listSheets');
    return this.sheets.map((s) => ({ name: s.name, visible: s.visible }));
  }

  async readSheets(names: readonly string[]): Promise<SheetSnapshot[]> {
    this.calls.push('readSheets');
    return names.map((name) => snapshotOf(this.sheet(name)));
  }

  async writeLedgerDecoration(decoration: LedgerDecoration): Promise<void> {
    this.calls.push('writeLedgerDecoration');
    const sheet = this.sheet(decoration.sheet);
    put(sheet.values, decoration.headerRows[0], decoration.column, STATUS_HEADER);
    decoration.values.forEach((status, i) => put(sheet.values, decoration.firstDataRow + i, decoration.column, status === '' ? null : status));
    this.decorations.set(decoration.sheet, decoration);
  }

  async clearLedgerDecoration(sheet: string, column: number): Promise<void> {
    this.calls.push('clearLedgerDecoration');
    const target = this.sheet(sheet);
    // The status column is the add-in's own: all of it goes.
    for (const row of target.values) if (row.length >= column) row[column - 1] = null;
    if (this.decorations.get(sheet)?.column === column) this.decorations.delete(sheet);
  }

  async addSheet(model: SheetModel): Promise<string> {
    this.calls.push('addSheet');
    return this.add(model);
  }

  async appendRows(sheet: string, rows: CellModel[][] | RowsFor, create: SheetModel): Promise<void> {
    this.calls.push('appendRows');
    const existing = this.sheets.find((s) => s.name === sheet);
    if (existing === undefined) {
      const list = typeof rows === 'function' ? rows(null) : rows;
      if (typeof rows === 'function' && list.length === 0) return;
      this.add({ ...create, name: sheet, rows: [...create.rows, ...list] });
      return;
    }
    const list = typeof rows === 'function' ? rows(snapshotOf(existing)) : rows;
    const start = snapshotOf(existing).values.length + 1;
    list.forEach((cells, r) => cells.forEach((cell, c) => put(existing.values, start + r, c + 1, cell.value)));
  }

  /**
   * Writes each date's serial (1900 date system: a memory sheet has no other) into its cell when the
   * cell holds nothing (no value, '' or spaces), recording the fill (see marked); a cell asked for
   * twice is written once. Returns the cells written, in the order given.
   */
  async fillEmptyCells(sheet: string, cells: ReadonlyArray<{ row: number; col: number; date: DateOnly }>, mark: string): Promise<Array<{ row: number; col: number }>> {
    this.calls.push('fillEmptyCells');
    if (!/^[0-9A-Fa-f]{6}$/.test(mark)) throw new Error(`颜色值无效：「${mark}」（应为 6 位十六进制 RRGGBB）`);
    const target = this.sheet(sheet);
    const written: Array<{ row: number; col: number }> = [];
    for (const { row, col, date } of cells) {
      const value = target.values[row - 1]?.[col - 1];
      if (!(isEmpty(value) || (typeof value === 'string' && value.trim() === ''))) continue;
      put(target.values, row, col, dateToSerial(date));
      target.marks.set(`${row}:${col}`, mark);
      written.push({ row, col });
    }
    return written;
  }

  async setCells(sheet: string, cells: ReadonlyArray<{ row: number; col: number; value: ModelValue }>): Promise<void> {
    this.calls.push('setCells');
    const target = this.sheet(sheet);
    for (const { row, col, value } of cells) put(target.values, row, col, value);
  }

  private add(model: SheetModel): string {
    const name = makeSheetName(model.name, this.sheets.map((s) => s.name));
    this.sheets.push({ name, visible: true, values: model.rows.map((r) => r.map((c) => c.value)), model, marks: new Map() });
    return name;
  }

  private sheet(name: string): MemorySheet {
    const found = this.sheets.find((s) => s.name === name);
    if (found === undefined) throw new Error(`工作表「${name}」不存在`);
    return found;
  }
}

const isEmpty = (v: CellValue | undefined) => v === null || v === undefined || v === '';

/** The used range from A1: rows down to the last with a value, each up to its last value. */
function snapshotOf(sheet: MemorySheet): SheetSnapshot {
  const rows = sheet.values.map((r) => {
    let end = r.length;
    while (end > 0 && isEmpty(r[end - 1])) end--;
    return r.slice(0, end).map((v) => v ?? null);
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { name: sheet.name, values: rows, origin: { row: 1, col: 1 } };
}

function put(values: CellValue[][], row: number, col: number, value: CellValue): void {
  while (values.length < row) values.push([]);
  const line = values[row - 1];
  while (line.length < col) line.push(null);
  line[col - 1] = value;
}
