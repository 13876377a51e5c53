import path from 'node:path/posix';
import { inflateRawSync } from 'node:zlib';
import type { RowsFor, WorkbookPort, SheetInfo } from '../app/ports/workbookPort';
import type { CellRect, SheetSnapshot } from '../core/ledger/sheetSnapshot';
import { columnLetters } from '../core/cells';
import { isDateNumberFormat } from '../core/dates/dateNumberFormat';
import type { DateOnly } from '../core/dates/dateOnly';
import { dateToSerial } from '../core/dates/excelSerial';
import { STATUS_HEADER, isOwnStatusRule, type LedgerDecoration } from '../sheets/ledgerDecoration';
import { makeSheetName } from '../sheets/makeSheetName';
import { rowHeightFor, wrappedLines } from '../sheets/measureText';
import { EXCEL_MAX_ROW_HEIGHT, type CellModel, type ModelValue, type SheetModel } from '../sheets/sheetModel';
import { escapeAttr, escapeText, fromMarkup, toMarkup } from './xml';
import type { DeflatedPart, ZipArchive } from './zip/zipArchive';
import { WorkbookOpenError } from './workbookOpenError';
import { ZipWriter, deflateChunks, deflatePart } from './zip/ZipWriter';
import { decodeText, readZip } from './zip/readZip';
import { identifyFile } from './zip/identifyFile';
import { readPackageLayout, type PackageLayout, type SheetEntry } from './read/readPackageLayout';
import { readSharedStrings } from './read/readSharedStrings';
import { readCellFormats, type CellFormats } from './read/readCellFormats';
import { readWorksheet } from './read/readWorksheet';
import { readSheetTables } from './read/readSheetTables';
import { StyleSheet } from './write/styleSheet';
import { printDefinedNames, worksheetChunks } from './write/writeWorksheet';
import {
  addConditionalFormatting,
  addMergeCells,
  cellStyleAt,
  cellsAt,
  columnWidths,
  coverDimension,
  dimensionBottom,
  elementPrefix,
  maxRulePriority,
  patchCells,
  removeConditionalRules,
  removeMergeCell,
  type CellPatch,
} from './edit/editWorksheet';

export { WorkbookOpenError };

const rectRef = (r: CellRect) => `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`;

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const REL_NS = { transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships', strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships' };

export interface LoadOptions {
  /** A sheet part is about to be read (for progress lines on a long run). */
  onReadStart?: (sheet: string) => void;
  /** How far reading a sheet is, 0–1 (1: read). */
  onRead?: (sheet: string, fraction: number) => void;
}

/** One sheet of the workbook: the user's (a part of the input) or one this run generated. */
interface Sheet {
  entry: SheetEntry;
  /**
   * The part as edited or generated, compressed as soon as it was made (a 50,000-row ledger part is
   * some 40 MB as a string); undefined while it is the input's part, unchanged.
   */
  part?: DeflatedPart;
  /** A sheet this run added (a new part of the package). */
  added?: boolean;
  /**
   * What the last read saw, until the next edit, for as long as a caller keeps it (the analysis
   * keeps the ledger's): a workbook's other sheets are read once and need not stay in memory.
   */
  read?: WeakRef<SheetSnapshot>;
}

/**
 * WorkbookPort over an .xlsx package (the CLI's adapter). The output is the input package plus the
 * add-in's parts: entries the run does not change are copied as stored, byte for byte; the few it
 * must change (the ledger's sheet part, styles, the workbook part, its relationships and the
 * content types) are edited as text, by insertion; generated sheets are new parts, compressed as
 * they are made. Nothing goes through a model of the user's workbook, so nothing can be lost by one.
 */
export class XlsxWorkbook implements WorkbookPort {
  private readonly sheets: Sheet[];
  private sharedStrings?: readonly string[];
  private formats?: CellFormats;
  /** The number of xfs the styles part had gained when `formats` was read (see cellFormats). */
  private formatsRead = 0;
  private styleSheet?: StyleSheet;
  /** Edited package-level parts by entry name: workbook, its rels, content types, styles. */
  private readonly editedParts = new Map<string, string>();
  /** The markup each live snapshot was read from, for the edit that usually follows (the ledger's decoration). */
  private readonly markups = new WeakMap<SheetSnapshot, string>();

  private constructor(
    private readonly zip: ZipArchive,
    private readonly layout: PackageLayout,
    private readonly options: LoadOptions,
  ) {
    this.sheets = layout.sheets.map((entry) => ({ entry }));
  }

  /** Opens a package; what is not an .xlsx workbook is named in words (WorkbookOpenError). */
  static async load(data: Buffer, options: LoadOptions = {}): Promise<XlsxWorkbook> {
    const kind = identifyFile(data);
    if (kind.kind === 'other') throw new WorkbookOpenError(kind.message);
    const zip = kind.zip;
    const layout = readPackageLayout(zip);
    if (!layout.sheets.some((s) => s.kind === 'worksheet')) throw new WorkbookOpenError('工作簿中没有工作表');
    return new XlsxWorkbook(zip, layout, options);
  }

  /**
   * A new workbook with no sheet yet, for a command whose output is a workbook of its own (the
   * sheets it adds are all it holds): the parts Excel needs and nothing else, in the SpreadsheetML
   * main namespace (ECMA-376 Part 1, 18.2.27 sheets may be empty until a sheet is added).
   */
  static create(): XlsxWorkbook {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const writer = new ZipWriter();
    writer.add(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    );
    writer.add(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    writer.add('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${main}" xmlns:r="${rel}"><sheets></sheets></workbook>`);
    writer.add('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>');
    const zip = readZip(writer.finish());
    return new XlsxWorkbook(zip, readPackageLayout(zip), {});
  }

  /** The output package. */
  async toBuffer(): Promise<Buffer> {
    const writer = new ZipWriter();
    const edited = new Map<string, string>(this.editedParts);
    if (this.styleSheet?.changed) edited.set(this.stylesPath(), this.styleSheet.toXml());
    const sheetParts = new Map(this.sheets.flatMap((s) => (s.part !== undefined && !s.added ? [[s.entry.path, s.part] as const] : [])));
    for (const entry of this.zip.entries) {
      const text = edited.get(entry.name);
      const part = sheetParts.get(entry.name);
      if (part !== undefined) writer.addDeflated(entry.name, part);
      else if (text === undefined) writer.copy(entry);
      else {
        writer.add(entry.name, text);
        edited.delete(entry.name);
      }
    }
    // Parts new to the package: a styles part for a package without one, then the sheets added.
    for (const [name, text] of edited) writer.add(name, text);
    for (const s of this.sheets) if (s.added && s.part !== undefined) writer.addDeflated(s.entry.path, s.part);
    return writer.finish();
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.filter((s) => s.entry.kind === 'worksheet').map((s) => ({ name: s.entry.name, visible: s.entry.state === 'visible' }));
  }

  async readSheets(names: readonly string[]): Promise<SheetSnapshot[]> {
    return names.map((name) => this.readSheet(this.sheet(name)));
  }

  async writeLedgerDecoration(d: LedgerDecoration): Promise<void> {
    const sheet = this.sheet(d.sheet);
    const before = this.readSheet(sheet);
    const markup = this.markup(sheet);
    const [top, ...rest] = d.headerRows;
    const ownColumn = valueAt(before, top, d.column) === STATUS_HEADER;
    const styles = this.styles();
    const patches = new Map<number, Map<number, CellPatch>>();
    // Rows with the same status share one patch: a ledger has a few statuses and many rows.
    const shared = new Map<string | null, Map<number, CellPatch>>();
    const patch = (row: number, value: CellPatch) => {
      const key = value === null ? null : `${value.value ?? '\u0001'}\u0000${value.style ?? ''}`;
      let cells = shared.get(key);
      if (cells === undefined) shared.set(key, (cells = new Map([[d.column, value]])));
      patches.set(row, cells);
    };
    // The header looks like its neighbour's (font, border, fill), as a column the user added would.
    patch(top, { value: toMarkup(STATUS_HEADER), style: d.column > 1 ? cellStyleAt(markup, top, d.column - 1) : undefined });
    // The data cells look like the neighbour's first data cell (font, alignment, borders) but keep
    // no fill and no number format of it: the status rules give the fill, and the status is text.
    // The look stops at the last item (the last row with a status): rows below it get none.
    let items = d.values.length;
    while (items > 0 && d.values[items - 1] === '') items--;
    const neighbour = d.column > 1 && items > 0 ? cellStyleAt(markup, d.firstDataRow, d.column - 1) : undefined;
    const look = neighbour === undefined ? undefined : styles.xfWithoutFillAndFormat(neighbour);
    const inLedger = look === undefined ? () => false : ledgerRows(before, d);
    d.values.forEach((v, i) => {
      const row = d.firstDataRow + i;
      if (v !== '') patch(row, { value: toMarkup(v), style: look });
      // A ledger row without a status above the last item gets an empty cell in the ledger's look,
      // so the column reads as part of its grid; a row with nothing in it (a gap) none.
      else if (look !== undefined && i < items && inLedger(row)) patch(row, { value: null, style: look });
      // A status of an earlier run that no longer applies; a free column has nothing to clear.
      else if (ownColumn && valueAt(before, row, d.column) !== null) patch(row, null);
    });
    const bottom = rest.length > 0 ? rest[rest.length - 1] : top;
    const pieces = aroundSheetData(patchCells(markup, patches), (xml) => {
      xml = removeConditionalRules(xml, (f) => isOwnStatusRule(fromMarkup(f), d.column));
      if (bottom > top && !(before.merges ?? []).some((m) => m.top === top && m.left === d.column)) {
        xml = addMergeCells(xml, [rectRef({ top, left: d.column, bottom, right: d.column })]);
      }
      let priority = maxRulePriority(xml);
      const p = elementPrefix(xml);
      const rules = d.rules
        .map((r) => `<${p}cfRule type="expression" dxfId="${styles.dxf({ fill: r.fill, fontColor: r.fontColor })}" priority="${++priority}"><${p}formula>${toMarkup(escapeText(r.formula))}</${p}formula></${p}cfRule>`)
        .join('');
      xml = addConditionalFormatting(xml, `<${p}conditionalFormatting sqref="${rectRef(d.range)}">${rules}</${p}conditionalFormatting>`);
      return coverDimension(xml, { top: Math.min(top, d.range.top), left: d.range.left, bottom: Math.max(bottom, d.range.bottom), right: d.column });
    });
    this.edit(sheet, ...pieces);
  }

  async clearLedgerDecoration(name: string, column: number): Promise<void> {
    const sheet = this.sheet(name);
    const before = this.readSheet(sheet);
    let xml = removeConditionalRules(this.markup(sheet), (f) => isOwnStatusRule(fromMarkup(f), column));
    // Only a column the add-in owns is cleared: its header must be ours.
    const c = column - before.origin.col;
    const headerIndex = c < 0 ? -1 : before.values.findIndex((line) => line[c] === STATUS_HEADER);
    if (headerIndex >= 0) {
      const headerRow = before.origin.row + headerIndex;
      const merge = (before.merges ?? []).find((m) => m.top === headerRow && m.left === column);
      if (merge !== undefined) xml = removeMergeCell(xml, rectRef(merge));
      // Every cell of the column from the header down: the statuses and the empty cells that only
      // carry the ledger's look (writeLedgerDecoration gives one to each data row without a status,
      // and widens the dimension over them; rows emptied since may lie below the last value).
      const patches = new Map<number, Map<number, CellPatch>>();
      const gone = new Map<number, CellPatch>([[column, null]]);
      const last = Math.max(before.origin.row + before.values.length - 1, dimensionBottom(xml));
      for (let row = headerRow; row <= last; row++) patches.set(row, gone);
      xml = patchCells(xml, patches);
    }
    this.edit(sheet, xml);
  }

  async addSheet(model: SheetModel): Promise<string> {
    const name = makeSheetName(model.name, this.sheets.map((s) => s.entry.name));
    const styles = this.styles();
    const part = await deflateChunks(worksheetChunks(model, styles, { strict: this.layout.strict, date1904: this.layout.date1904 }));
    const entry = this.registerSheet(name);
    this.sheets.push({ entry, part, added: true });
    const names = printDefinedNames(model, name);
    if (names.length > 0) this.addDefinedNames(names, this.sheets.length - 1);
    return name;
  }

  async appendRows(name: string, rows: CellModel[][] | RowsFor, create: SheetModel): Promise<void> {
    if (!this.sheets.some((s) => s.entry.name === name)) {
      const list = typeof rows === 'function' ? rows(null) : rows;
      if (typeof rows === 'function' && list.length === 0) return;
      // A new sheet is written whole: its header rows, then the rows, tall enough for their wrapped text.
      const width = (col: number) => create.columnWidths?.[col - 1] ?? DEFAULT_COLUMN_WIDTH;
      const rowHeights = { ...create.rowHeights };
      list.forEach((cells, r) => {
        const height = wrappedRowHeight(cells, width);
        if (height !== undefined) rowHeights[create.rows.length + r + 1] = height;
      });
      await this.addSheet({ ...create, name, rows: [...create.rows, ...list], rowHeights });
      return;
    }
    const sheet = this.sheet(name);
    const snapshot = this.readSheet(sheet);
    const list = typeof rows === 'function' ? rows(snapshot) : rows;
    if (list.length === 0) return;
    const start = snapshot.values.length === 0 ? 1 : snapshot.origin.row + snapshot.values.length;
    const styles = this.styles();
    const markup = this.markup(sheet);
    // Excel and LibreOffice open a file with its rows as tall as it says (neither fits them to
    // their text on load): a row with wrapped text says how tall it is, measured in its columns' real widths.
    const width = columnWidths(markup);
    const patches = new Map<number, Map<number, CellPatch>>();
    const heights = new Map<number, number>();
    list.forEach((cells, r) => {
      const line = new Map<number, CellPatch>();
      cells.forEach((cell, c) => {
        // In the sheet's typeface, as `create` (its model) says.
        if (cell.value !== null) line.set(c + 1, { value: toMarkup(cell.value), style: styles.xf(cell.style, create.font) });
      });
      if (line.size > 0) patches.set(start + r, line);
      const height = wrappedRowHeight(cells, width);
      if (height !== undefined) heights.set(start + r, height);
    });
    this.edit(sheet, patchCells(markup, patches, heights));
  }

  /**
   * Dates into empty cells of a user's sheet (WorkbookPort.fillEmptyCells), by insertion: each
   * written cell gets the serial of its date in the workbook's date system and an xf derived from
   * the one it shows with (its own, else its row's or column's: see cellsAt) with the solid fill
   * `mark`, and 'yyyy-mm-dd' unless that xf's number format is a date format. A cell holding a
   * value (text of spaces only counts as none) or a formula is left alone, as is a cell asked for
   * twice after the first; nothing else of the part changes but the dimension, widened if need be.
   */
  async fillEmptyCells(name: string, cells: ReadonlyArray<{ row: number; col: number; date: DateOnly }>, mark: string): Promise<Array<{ row: number; col: number }>> {
    const sheet = this.sheet(name);
    if (cells.length === 0) return [];
    const before = this.readSheet(sheet);
    const markup = this.markup(sheet);
    const found = cellsAt(markup, cells);
    const styles = this.styles();
    const formats = this.cellFormats();
    const patches = new Map<number, Map<number, CellPatch>>();
    const written: Array<{ row: number; col: number }> = [];
    const box = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
    cells.forEach(({ row, col, date }, i) => {
      let line = patches.get(row);
      if (line?.has(col)) return;
      if (!isBlank(valueAt(before, row, col)) || found[i].formula) return;
      const s = found[i].style;
      const numberFormat = isDateNumberFormat(formats.formatOf(s)) ? undefined : DATE_FORMAT;
      const style = styles.xfWithFill(s, mark, numberFormat) ?? styles.xf({ fill: mark, numberFormat: DATE_FORMAT });
      if (line === undefined) patches.set(row, (line = new Map()));
      line.set(col, { value: dateToSerial(date, this.layout.date1904), style });
      written.push({ row, col });
      box.top = Math.min(box.top, row);
      box.bottom = Math.max(box.bottom, row);
      box.left = Math.min(box.left, col);
      box.right = Math.max(box.right, col);
    });
    if (written.length === 0) return written;
    this.edit(sheet, ...aroundSheetData(patchCells(markup, patches), (xml) => coverDimension(xml, box)));
    return written;
  }

  async setCells(name: string, cells: ReadonlyArray<{ row: number; col: number; value: ModelValue }>): Promise<void> {
    const sheet = this.sheet(name);
    const patches = new Map<number, Map<number, CellPatch>>();
    for (const c of cells) {
      const line = patches.get(c.row) ?? new Map<number, CellPatch>();
      line.set(c.col, c.value === null ? null : { value: toMarkup(c.value) });
      patches.set(c.row, line);
    }
    this.edit(sheet, patchCells(this.markup(sheet), patches));
  }

  private sheet(name: string): Sheet {
    const sheet = this.sheets.find((s) => s.entry.name === name && s.entry.kind === 'worksheet');
    if (sheet === undefined) throw new Error(`工作表「${name}」不存在`);
    return sheet;
  }

  /** A sheet part's bytes as stored, or as this run last edited or wrote them. */
  private bytes(sheet: Sheet): Buffer {
    if (sheet.part !== undefined) return inflateRawSync(sheet.part.deflated);
    const bytes = this.zip.bytes(sheet.entry.path);
    if (bytes === undefined) throw new WorkbookOpenError(`工作表「${sheet.entry.name}」的部件 ${sheet.entry.path} 不在文件中：文件可能已损坏，请在 Excel 中打开后另存`);
    return bytes;
  }

  /**
   * The part as markup to read and edit: its UTF-8 bytes one per character (latin1), so a 20 MB
   * part is a 20 MB string, not a 40 MB two-byte one, and every copy an edit makes costs half. The
   * markup the reader and the edits look at is ASCII; text they insert goes through toMarkup.
   */
  private markup(sheet: Sheet): string {
    const cached = this.cached(sheet);
    if (cached !== undefined && this.markups.has(cached)) return this.markups.get(cached) as string;
    const bytes = this.bytes(sheet);
    // A UTF-16 part (rare, but allowed) is edited as UTF-8, its declaration saying so.
    if (bytes[0] === 0xff || bytes[0] === 0xfe) return toMarkup(decodeText(bytes).replace(/^(<\?xml[^>]*encoding=["'])UTF-16(["'])/i, '$1UTF-8$2'));
    return bytes.toString('latin1');
  }

  /** The part's new markup, given in pieces (see aroundSheetData) written into one buffer. */
  private edit(sheet: Sheet, ...markup: string[]): void {
    const bytes = Buffer.allocUnsafe(markup.reduce((n, piece) => n + piece.length, 0));
    let at = 0;
    for (const piece of markup) at += bytes.write(piece, at, 'latin1');
    sheet.part = deflatePart(bytes);
    const cached = this.cached(sheet);
    if (cached !== undefined) this.markups.delete(cached);
    sheet.read = undefined;
  }

  private cached(sheet: Sheet): SheetSnapshot | undefined {
    return sheet.read?.deref();
  }

  private readSheet(sheet: Sheet): SheetSnapshot {
    const cached = this.cached(sheet);
    if (cached !== undefined) return cached;
    this.options.onReadStart?.(sheet.entry.name);
    this.sharedStrings ??= readSharedStrings(this.layout.sharedStringsPath === undefined ? undefined : this.zip.text(this.layout.sharedStringsPath));
    const formats = this.cellFormats();
    let snapshot: SheetSnapshot;
    const markup = this.markup(sheet);
    try {
      // Tables live in parts of their own, untouched by edits; a generated sheet's path has none.
      const tables = readSheetTables(this.zip, sheet.entry.path);
      snapshot = readWorksheet(markup, { markup: true, name: sheet.entry.name, sharedStrings: this.sharedStrings, formats, date1904: this.layout.date1904, tables,
        onProgress: this.options.onRead && ((fraction) => this.options.onRead?.(sheet.entry.name, fraction)),
      });
    } catch (e) {
      if (e instanceof WorkbookOpenError) throw e;
      // A parser's own words are English and about bytes: the user needs the sheet and what to do.
      throw new WorkbookOpenError(`工作表「${sheet.entry.name}」（${sheet.entry.path}）不是有效的 XML，文件可能已损坏：请在 Excel 中打开后另存为 .xlsx`);
    }
    sheet.read = new WeakRef(snapshot);
    this.markups.set(snapshot, markup);
    this.options.onRead?.(sheet.entry.name, 1);
    return snapshot;
  }

  /**
   * The number formats of the cell styles as the styles part stands now: read from the input's part
   * until this run adds an xf, then again from the part with the additions, so a cell written with
   * one of ours reads back with its format (a date as a date).
   */
  private cellFormats(): CellFormats {
    const added = this.styleSheet?.xfsAdded ?? 0;
    if (this.formats === undefined || this.formatsRead !== added) {
      const text = added > 0 ? this.styleSheet?.toXml() : this.layout.stylesPath === undefined ? undefined : this.zip.text(this.layout.stylesPath);
      this.formats = readCellFormats(text);
      this.formatsRead = added;
    }
    return this.formats;
  }

  private stylesPath(): string {
    return this.layout.stylesPath ?? path.join(path.dirname(this.layout.workbookPath), 'styles.xml');
  }

  private styles(): StyleSheet {
    if (this.styleSheet === undefined) {
      const existing = this.layout.stylesPath === undefined ? undefined : this.zip.text(this.layout.stylesPath);
      this.styleSheet = StyleSheet.parse(existing, { strict: this.layout.strict });
      // A package without a styles part (rare; Excel always writes one) gets ours, made known to it.
      if (this.layout.stylesPath === undefined) {
        this.addRelationship('styles', 'styles.xml');
        this.addContentType(`/${this.stylesPath()}`, STYLES_TYPE);
      }
    }
    return this.styleSheet;
  }

  private part(name: string): string {
    const text = this.editedParts.get(name) ?? this.zip.text(name);
    if (text === undefined) throw new WorkbookOpenError(`文件缺少部件 ${name}：文件可能已损坏，请在 Excel 中打开后另存`);
    return text;
  }

  /** A new worksheet part named in the workbook, its relationships and the content types. */
  private registerSheet(name: string): SheetEntry {
    const dir = path.dirname(this.layout.workbookPath);
    const taken = new Set([...this.zip.entries.map((e) => e.name.toLowerCase()), ...this.sheets.map((s) => s.entry.path.toLowerCase())]);
    let n = this.sheets.length + 1;
    while (taken.has(path.join(dir, `worksheets/sheet${n}.xml`).toLowerCase())) n++;
    const target = `worksheets/sheet${n}.xml`;
    const rId = this.addRelationship('worksheet', target);
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.entry.sheetId)) + 1;
    let workbook = this.part(this.layout.workbookPath);
    const close = /<\/((?:[\w.-]+:)?)sheets>/.exec(workbook);
    if (close === null) throw new WorkbookOpenError(`工作簿部件 ${this.layout.workbookPath} 中没有工作表清单：文件可能已损坏`);
    const relPrefix = namespacePrefix(workbook, this.relNamespace());
    // A root without a prefix for relationships (never seen, but allowed) gets one declared here.
    const idAttr = relPrefix ? `${relPrefix}:id` : `xmlns:r="${this.relNamespace()}" r:id`;
    const element = `<${close[1]}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${idAttr}="${rId}"/>`;
    workbook = workbook.slice(0, close.index) + element + workbook.slice(close.index);
    this.editedParts.set(this.layout.workbookPath, workbook);
    this.addContentType(`/${path.join(dir, target)}`, WORKSHEET_TYPE);
    return { name, sheetId, rId, state: 'visible', path: path.join(dir, target), kind: 'worksheet' };
  }

  private relNamespace(): string {
    return this.layout.strict ? REL_NS.strict : REL_NS.transitional;
  }

  /** Adds a relationship from the workbook part; returns its id. */
  private addRelationship(type: 'worksheet' | 'styles', target: string): string {
    const name = this.layout.workbookRelsPath;
    const rels = this.part(name);
    const ids = new Set([...rels.matchAll(/\bId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const close = rels.lastIndexOf('</Relationships>');
    if (close < 0) throw new WorkbookOpenError(`工作簿关系部件 ${name} 已损坏：请在 Excel 中打开后另存`);
    const element = `<Relationship Id="rId${n}" Type="${this.relNamespace()}/${type}" Target="${target}"/>`;
    this.editedParts.set(name, rels.slice(0, close) + element + rels.slice(close));
    return `rId${n}`;
  }

  private addContentType(partName: string, type: string): void {
    const name = '[Content_Types].xml';
    const types = this.part(name);
    const close = types.lastIndexOf('</Types>');
    if (close < 0) throw new WorkbookOpenError('文件的 [Content_Types].xml 已损坏：请在 Excel 中打开后另存');
    this.editedParts.set(name, `${types.slice(0, close)}<Override PartName="${escapeAttr(partName)}" ContentType="${type}"/>${types.slice(close)}`);
  }

  /** Print area and titles of a sheet: defined names scoped to it (localSheetId = its tab index). */
  private addDefinedNames(names: ReadonlyArray<{ name: string; formula: string }>, sheetIndex: number): void {
    let workbook = this.part(this.layout.workbookPath);
    const prefix = /<\/((?:[\w.-]+:)?)sheets>/.exec(workbook)?.[1] ?? '';
    const elements = names.map((d) => `<${prefix}definedName name="${d.name}" localSheetId="${sheetIndex}">${escapeText(d.formula)}</${prefix}definedName>`).join('');
    const close = new RegExp(`</${prefix}definedNames>`).exec(workbook);
    if (close !== null) workbook = workbook.slice(0, close.index) + elements + workbook.slice(close.index);
    else {
      // CT_Workbook: definedNames follows sheets, functionGroups and externalReferences.
      const after = [`</${prefix}externalReferences>`, `</${prefix}functionGroups>`, `</${prefix}sheets>`].map((t) => ({ t, at: workbook.indexOf(t) })).find((x) => x.at >= 0);
      if (after === undefined) throw new WorkbookOpenError(`工作簿部件 ${this.layout.workbookPath} 中没有工作表清单：文件可能已损坏`);
      const at = after.at + after.t.length;
      workbook = `${workbook.slice(0, at)}<${prefix}definedNames>${elements}</${prefix}definedNames>${workbook.slice(at)}`;
    }
    this.editedParts.set(this.layout.workbookPath, workbook);
  }
}

/**
 * Edits a worksheet's markup around its cells: `edit` is given the part with an empty sheetData
 * (the rules, merges and dimension all lie outside it), so each of its edits copies kilobytes, not
 * a ledger's megabytes. Returns the edited part as pieces: before the cells, the cells, after them.
 */
function aroundSheetData(markup: string, edit: (skeleton: string) => string): string[] {
  const p = elementPrefix(markup);
  const open = new RegExp(`<${p}sheetData[\\s>]`).exec(markup);
  const close = markup.lastIndexOf(`</${p}sheetData>`);
  if (open === null || close < open.index) return [edit(markup)];
  const openEnd = markup.indexOf('>', open.index) + 1;
  const skeleton = edit(markup.slice(0, openEnd) + markup.slice(close));
  const at = skeleton.indexOf('>', new RegExp(`<${p}sheetData[\\s>]`).exec(skeleton)?.index ?? -1) + 1;
  if (at === 0) throw new Error('aroundSheetData: the edit removed sheetData'); // a bug here, not in the input
  return [skeleton.slice(0, at), markup.slice(openEnd, close), skeleton.slice(at)];
}

/**
 * Whether a data row of the decoration is part of the ledger: it holds a value in a column other
 * than the status column, or lies in a merged area (the lower rows of an item merged over two).
 */
function ledgerRows(sheet: SheetSnapshot, d: LedgerDecoration): (row: number) => boolean {
  const merged = new Set<number>();
  for (const m of sheet.merges ?? []) {
    if (m.left === d.column && m.right === d.column) continue;
    for (let row = Math.max(m.top, d.firstDataRow); row <= Math.min(m.bottom, d.lastDataRow); row++) merged.add(row);
  }
  const at = d.column - sheet.origin.col;
  return (row) => {
    if (merged.has(row)) return true;
    const line = sheet.values[row - sheet.origin.row];
    if (line === undefined) return false;
    for (let i = 0; i < line.length; i++) {
      const v = line[i];
      if (i !== at && v !== null && v !== undefined && v !== '') return true;
    }
    return false;
  };
}

/** Excel's column width where a sheet gives none, in characters (as columnWidths reads a part). */
const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * How tall an appended row must be for its wrapped text, in points: each wrapped string cell takes
 * wrappedLines(text, its column's width) lines (measureText's estimate, the one the sheet builders
 * size their rows with), the row the tallest of them and never lower than one line of any of its
 * cells; at most Excel's tallest row. undefined for a row without a wrapped string (it keeps the
 * sheet's default height, no ht), and a cell in a hidden column (width 0) counts for nothing.
 *
 * @example
 * // 60 CJK characters in a column 36 wide: 16 a line, 4 lines
 * wrappedRowHeight([{ value: '督'.repeat(60), style: { wrap: true } }], () => 36) // 68 = ceil(4 × 11 × 1.45 + 4)
 */
function wrappedRowHeight(cells: readonly CellModel[], width: (col: number) => number): number | undefined {
  let wrapped: number | undefined;
  let oneLine = 0;
  cells.forEach((cell, c) => {
    if (cell === undefined || cell.value === null || cell.value === '') return;
    const w = width(c + 1);
    if (!(w > 0)) return;
    oneLine = Math.max(oneLine, rowHeightFor(1, cell.style));
    if (cell.style?.wrap && typeof cell.value === 'string') wrapped = Math.max(wrapped ?? 0, rowHeightFor(wrappedLines(cell.value, w, cell.style), cell.style));
  });
  return wrapped === undefined ? undefined : Math.min(EXCEL_MAX_ROW_HEIGHT, Math.max(wrapped, oneLine));
}

/** The number format a date gets in a cell whose own format is not a date format. */
const DATE_FORMAT = 'yyyy-mm-dd';

/** A cell that holds nothing: no value, or text of spaces only. */
const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function valueAt(sheet: SheetSnapshot, row: number, col: number): unknown {
  return sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}

/** The prefix the part's root declares for a namespace; '' for a default declaration, null when undeclared. */
function namespacePrefix(xml: string, uri: string): string | null {
  const root = /<(?![?!])[^>]*>/.exec(xml)?.[0] ?? '';
  for (const m of root.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) if (m[2] === uri) return m[1] ?? '';
  return null;
}
