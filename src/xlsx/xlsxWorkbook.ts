import ExcelJS from 'exceljs';
import type { WorkbookPort, SheetInfo } from '../app/workbookPort';
import type { CellRect, SheetSnapshot } from '../core/ledger/sheetSnapshot';
import { columnLetters } from '../core/cells';
import { STATUS_HEADER, isOwnStatusRule, type LedgerDecoration } from '../sheets/ledgerDecoration';
import { makeSheetName } from '../sheets/makeSheetName';
import type { CellModel, CellStyle, ModelValue, SheetModel } from '../sheets/sheetModel';
import type { Problem } from '../core/problems';
import { readPackageExtras } from './readPackageExtras';
import { readSheetSnapshot } from './readSheetSnapshot';

/** Why a file could not be opened, in words for the user. */
export class WorkbookOpenError extends Error {}

const rectRef = (r: { top: number; left: number; bottom: number; right: number }) =>
  `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`;
const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

/** WorkbookPort over an .xlsx file held in memory with ExcelJS (the CLI's adapter). */
export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** What the output cannot keep of the input (charts, pictures…): warnings for the user. */
    readonly losses: Problem[] = [],
  ) {}

  static async load(data: Buffer): Promise<XlsxWorkbook> {
    if (data.length >= 4 && data.readUInt32BE(0) === 0xd0cf11e0) {
      throw new WorkbookOpenError('文件已加密或为旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx');
    }
    if (data.length < 4 || data.readUInt32BE(0) !== 0x504b0304) {
      throw new WorkbookOpenError('不是 .xlsx 文件（文件内容不是 zip 格式）');
    }
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
    } catch (e) {
      throw new WorkbookOpenError(`无法读取工作簿：${e instanceof Error ? e.message : String(e)}`);
    }
    if (workbook.worksheets.length === 0) throw new WorkbookOpenError('工作簿中没有工作表');
    // ExcelJS never reads manual page breaks (a notice sheet prints one notice per page by them):
    // put them back, and say what else the output will not have. An ExcelJS that read them would
    // double them here; the round-trip tests in readPackageExtras.test.ts would show it.
    const extras = readPackageExtras(data);
    for (const ws of workbook.worksheets) {
      for (const row of extras.rowBreaks.get(ws.name) ?? []) ws.getRow(row).addPageBreak();
      keepUnstyledTables(ws);
    }
    const losses: Problem[] = extras.dropped.map((what) => ({
      severity: 'warning',
      code: 'xlsx.part-dropped',
      message: `输入文件中有${what}，命令行无法把它们写进输出文件（输入文件不变）：需要保留时，请在 Excel 中用加载项完成同样的操作`,
    }));
    return new XlsxWorkbook(workbook, losses);
  }

  /** The workbook as an .xlsx file: the last thing done with it (see shareEmptyStyles). */
  async toBuffer(): Promise<Buffer> {
    shareEmptyStyles(this.workbook);
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`工作表「${name}」不存在`);
    return ws;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, visible: ws.state === 'visible' || ws.state === undefined }));
  }

  async readSheets(names: readonly string[]): Promise<SheetSnapshot[]> {
    const date1904 = Boolean(this.workbook.properties.date1904);
    return names.map((name) => readSheetSnapshot(this.sheet(name), date1904));
  }

  async writeLedgerDecoration(d: LedgerDecoration): Promise<void> {
    const ws = this.sheet(d.sheet);
    removeOwnRules(ws, d.column);
    const [top, ...rest] = d.headerRows;
    const header = ws.getCell(top, d.column);
    header.value = STATUS_HEADER;
    const neighbour = ws.getCell(top, d.column - 1);
    if (d.column > 1 && neighbour.style) header.style = { ...neighbour.style };
    if (rest.length > 0 && !header.isMerged) ws.mergeCells(top, d.column, rest[rest.length - 1], d.column);
    d.values.forEach((v, i) => {
      ws.getCell(d.firstDataRow + i, d.column).value = v === '' ? null : v;
    });
    ws.addConditionalFormatting({
      ref: rectRef(d.range),
      rules: d.rules.map((r, i) => ({
        type: 'expression',
        priority: i + 1,
        formulae: [r.formula],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(r.fill) } },
          font: { color: { argb: argb(r.fontColor) } },
        },
      })),
    });
  }

  async clearLedgerDecoration(sheet: string, column: number): Promise<void> {
    const ws = this.sheet(sheet);
    removeOwnRules(ws, column);
    // Only a column the add-in owns is cleared: its header must be ours.
    let headerRow = 0;
    ws.getColumn(column).eachCell({ includeEmpty: false }, (cell, row) => {
      if (headerRow === 0 && cell.value === STATUS_HEADER) headerRow = row;
    });
    if (headerRow === 0) return;
    const header = ws.getCell(headerRow, column);
    if (header.isMerged) ws.unMergeCells(header.address);
    ws.getColumn(column).eachCell({ includeEmpty: false }, (cell, row) => {
      if (row >= headerRow) {
        cell.value = null;
        cell.style = {};
      }
    });
  }

  async addSheet(model: SheetModel): Promise<string> {
    const name = makeSheetName(model.name, this.workbook.worksheets.map((w) => w.name));
    const ws = this.workbook.addWorksheet(name, model.tabColor ? { properties: { tabColor: { argb: argb(model.tabColor) } } } : undefined);
    model.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (isBlank(cell)) return;
        const target = ws.getCell(r + 1, c + 1);
        // A string is always stored as text: ExcelJS writes formulas only from {formula} objects.
        target.value = cell.value;
        if (cell.style) applyStyle(target, cell.style);
      });
    });
    mergeAll(ws, model.merges ?? []);
    model.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const [row, h] of Object.entries(model.rowHeights ?? {})) ws.getRow(+row).height = h;
    for (const f of model.conditionalFills ?? []) {
      ws.addConditionalFormatting({
        ref: rectRef(f.range),
        rules: [{ type: 'expression', priority: 1, formulae: [f.formula], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(f.fill) } }, font: { color: { argb: argb(f.fontColor) } } } }],
      });
    }
    // model.charts are left out: ExcelJS cannot write charts; the data bars show the same numbers.
    for (const bar of model.dataBars ?? []) {
      ws.addConditionalFormatting({
        ref: rectRef(bar.range),
        rules: [{ type: 'dataBar', priority: 1, gradient: false, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: argb(bar.color) } } as unknown as ExcelJS.ConditionalFormattingRule],
      });
    }
    if (model.freezeRowsAbove && model.freezeRowsAbove > 1) ws.views = [{ state: 'frozen', ySplit: model.freezeRowsAbove - 1 }];
    if (model.page) {
      const p = model.page;
      ws.pageSetup.paperSize = 9; // A4
      ws.pageSetup.orientation = p.orientation;
      if (p.margins) ws.pageSetup.margins = { ...p.margins, header: 0.3, footer: 0.3 };
      if (p.fitToWidth) Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      if (p.printArea) ws.pageSetup.printArea = rectRef(p.printArea);
      if (p.printTitleRows) ws.pageSetup.printTitlesRow = `${p.printTitleRows.first}:${p.printTitleRows.last}`;
      for (const row of p.rowBreaks ?? []) ws.getRow(row).addPageBreak();
    }
    return name;
  }

  async appendRows(sheet: string, rows: CellModel[][], create: SheetModel): Promise<void> {
    let ws = this.workbook.getWorksheet(sheet);
    if (!ws) {
      await this.addSheet({ ...create, name: sheet });
      ws = this.sheet(sheet);
    }
    const start = lastUsedRow(ws) + 1;
    rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (isBlank(cell)) return;
        const target = ws.getCell(start + r, c + 1);
        target.value = cell.value;
        if (cell.style) applyStyle(target, cell.style);
      }),
    );
  }

  async setCells(sheet: string, cells: ReadonlyArray<{ row: number; col: number; value: ModelValue }>): Promise<void> {
    const ws = this.sheet(sheet);
    for (const c of cells) ws.getCell(c.row, c.col).value = c.value;
  }
}

/**
 * Merges a new sheet's areas. ExcelJS checks each merge against every merge already on the sheet
 * (quadratic: a notice sheet of 300 pages holds some 3,000 merges, most of a second to write). The
 * model's areas are checked for overlap here in one pass over their cells instead, and ExcelJS is
 * handed each with its merge index empty, then the index is put back whole.
 */
function mergeAll(ws: ExcelJS.Worksheet, merges: readonly CellRect[]): void {
  const taken = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * 16_384 + c;
        if (taken.has(key)) throw new Error(`工作表「${ws.name}」的合并区域重叠：${rectRef(m)}`);
        taken.add(key);
      }
    }
  }
  const sheet = ws as unknown as { _merges: Record<string, unknown> };
  const index = sheet._merges;
  try {
    for (const m of merges) {
      sheet._merges = {};
      ws.mergeCells(m.top, m.left, m.bottom, m.right);
      Object.assign(index, sheet._merges);
    }
  } finally {
    sheet._merges = index;
  }
}

/** A model cell that puts nothing in the file (a row padded to its width): no ExcelJS cell for it. */
const isBlank = (cell: CellModel) => cell.value === null && cell.style === undefined;

function lastUsedRow(ws: ExcelJS.Worksheet): number {
  let last = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (row.values && (row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '')) last = n;
  });
  return last;
}

function removeOwnRules(ws: ExcelJS.Worksheet, column: number): void {
  const list = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }> }).conditionalFormattings;
  for (let i = list.length - 1; i >= 0; i--) {
    const rules = list[i].rules.filter((r) => !isOwnStatusRule(r.formulae?.[0], column));
    if (rules.length === 0) list.splice(i, 1);
    else list[i].rules = rules;
  }
}

/**
 * One ExcelJS style object per CellStyle object of the model (builders share theirs across
 * cells). ExcelJS renders a style's XML once per style object it has seen, so cells sharing one
 * write many times faster than cells each with their own copy. Nothing mutates a cell's style in
 * place after this (ExcelJS's font/fill/numFmt setters would): cells are given whole styles.
 */
const excelStyles = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  let style = excelStyles.get(s);
  if (style === undefined) {
    style = {};
    if (s.bold || s.italic || s.fontSize || s.fontColor) {
      style.font = { name: '宋体', bold: s.bold, italic: s.italic, size: s.fontSize, color: s.fontColor ? { argb: argb(s.fontColor) } : undefined };
    }
    if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
    if (s.horizontal || s.vertical || s.wrap) style.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap };
    if (s.border) {
      const thin = { style: 'thin' as const };
      style.border = { top: thin, bottom: thin, left: thin, right: thin };
    }
    if (s.numberFormat) style.numFmt = s.numberFormat;
    excelStyles.set(s, style);
  }
  cell.style = style;
}

/**
 * ExcelJS gives every row and every cell without formatting its own empty style object, and its
 * writer remembers a style's id by object: each costs a style rendered to XML and looked up,
 * most of a second on a 50,000-row ledger. One shared empty object for rows and one per cell
 * value type (the writer picks a cell's number format by type) give the same ids, so the same
 * file, without that cost. ExcelJS itself shares the style objects it reads; nothing here changes
 * a style in place (cells get whole styles). Formula cells keep theirs: they are typed by result.
 */
function shareEmptyStyles(workbook: ExcelJS.Workbook): void {
  const isEmpty = (style: Partial<ExcelJS.Style>) => {
    for (const _ in style) return false;
    return true;
  };
  const rowStyle: Partial<ExcelJS.Style> = {};
  const cellStyles = new Map<ExcelJS.ValueType, Partial<ExcelJS.Style>>();
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => {
      // Row.style is in ExcelJS's row model but not in its typings.
      const styled = row as unknown as { style: Partial<ExcelJS.Style> };
      if (isEmpty(styled.style)) styled.style = rowStyle;
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || !isEmpty(cell.style)) return;
        let style = cellStyles.get(cell.type);
        if (style === undefined) cellStyles.set(cell.type, (style = cell.style));
        else cell.style = style;
      });
    });
  }
}

/**
 * LibreOffice writes a table (ListObject) with no <tableStyleInfo>; ExcelJS reads that as a null
 * style and then fails writing it. An explicit "no style" writes the table back as it was: no
 * style name, no stripes.
 */
function keepUnstyledTables(ws: ExcelJS.Worksheet): void {
  for (const entry of ws.getTables()) {
    const { table } = entry as unknown as { table: { style?: object | null } };
    if (table.style == null) {
      table.style = { theme: null, showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
    }
  }
}
