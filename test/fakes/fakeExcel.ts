import type { CellRect } from '../../src/core/ledger/sheetSnapshot';
import { MANIFEST_EXCEL_API } from './manifestExcelApi';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FORMAT,
  DEFAULT_ROW_HEIGHT,
  MAX_COLUMNS,
  MAX_ROWS,
  WHOLE_SHEET,
  cellKey,
  contains,
  forEachStoredCell,
  formatA1,
  getCell,
  intersects,
  keyCol,
  keyRow,
  newSheet,
  parseA1,
  qualifiedA1,
  rectArea,
  sameRect,
  subtractRect,
  touchCell,
  usedRect,
  type FakeBorderSide,
  type FakeCell,
  type FakeCellFormat,
  type FakeDocument,
  type FakeProtectionOptions,
  type FakeRule,
  type FakeSheet,
  type FakeTable,
  type FakeValidation,
  type FakeValue,
} from './fakeDocument';

/**
 * A faithful in-memory fake of the part of the Excel JavaScript API that src/office uses, held to
 * Microsoft's documentation where it says how Excel behaves (each behaviour cites its page), and
 * run as either platform: `web` (Excel on the web) or `desktop` (Windows and Mac).
 *
 * Faithful where the adapter can go wrong:
 * - proxies: nothing happens until context.sync(); queued calls then run in order against the
 *   document, and an error stops the batch where it occurs (earlier calls stay applied, as in Excel);
 * - load before read: a property that was not loaded and synced throws PropertyNotLoaded;
 *   *OrNullObject results say isNullObject only after a sync, and a null object cannot be read or used;
 * - a string assigned to `values` is parsed as Excel parses typed input: '=…', '+…', '-…', '@…'
 *   become formulas and numeric or ISO-date text becomes a number — unless the cell's number format
 *   is '@' (text), which is the add-in's guard against formula injection;
 * - round trips are counted; a sync can be made to exceed a payload limit
 *   (RequestPayloadSizeLimitExceeded: nothing of that request is applied), to load more than a
 *   response limit (ResponsePayloadSizeLimitExceeded) or to fail.
 * Charts keep what the add-in sets (type, source, series names and fills, categories, title,
 * legend, position); their drawing is not modelled. Likewise the page layout's headers and footers
 * (defaultForAllPages only), its first page number and a data bar's showDataBarOnly: kept as set,
 * not printed; and the rows autofitRows was asked to fit: recorded, not measured.
 * Documented limits and quirks, each where it is implemented:
 * - more than 512 merged areas: getMergedAreasOrNullObject fails;
 * - a conditional format is addressed by its current priority, so deleting one shifts the rest;
 * - payload limits on the web only; on desktop a read past 5,000,000 cells gives null values
 *   (or RangeExceedsLimit);
 * - Range.clear trims other conditional formats and refuses to clear part of a merged area;
 * - suspended calculation stays stale until the add-in recalculates;
 * - "History" is not a sheet name; hidden columns as well as hidden rows;
 * - a protected sheet refuses values in its locked cells and every change its options do not
 *   allow, and cannot be protected again; data validation is kept, not applied (Excel applies it
 *   to what a user types, not to what an add-in writes);
 * - ApiNotFound for a member above the configured ExcelApi version (by default the version
 *   manifest.xml declares, so tests fail on anything the manifest does not promise);
 * - a value written just right of or below an Excel table grows the table.
 * Not modelled: formula evaluation (a formula cell reads '#NAME?'), named styles other than
 * Normal, events.
 */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const notLoaded = (name: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
const invalid = (message: string) => new FakeOfficeError('InvalidArgument', `fake Excel: ${message}`);

type LoadTree = Map<string, LoadTree>;

function parseLoadSpec(spec: unknown): LoadTree | null {
  if (spec === undefined || spec === null) return null;
  const paths: string[] = [];
  if (typeof spec === 'string') paths.push(...spec.split(','));
  else if (Array.isArray(spec)) for (const s of spec) paths.push(...String(s).split(','));
  else if (typeof spec === 'object' && typeof (spec as { select?: unknown }).select === 'string') {
    paths.push(...(spec as { select: string }).select.split(','));
  } else throw invalid('unsupported load option');
  const tree: LoadTree = new Map();
  for (const raw of paths) {
    if (raw.trim() === '') continue;
    let node = tree;
    for (const part of raw.split('/')) {
      const key = part.trim();
      let next = node.get(key);
      if (!next) {
        next = new Map();
        node.set(key, next);
      }
      node = next;
    }
  }
  return tree.size > 0 ? tree : null;
}

function cloneValue<V>(v: V): V {
  if (Array.isArray(v)) return v.map(cloneValue) as unknown as V;
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cloneValue(x)])) as V;
  }
  return v;
}

const countCells = (v: unknown): number =>
  Array.isArray(v) ? v.reduce((n: number, row) => n + (Array.isArray(row) ? row.length : 1), 0) : 1;

interface Op {
  run: () => void;
  weight: number;
}

/** The request context handed to a batch: queues calls, runs them at sync(). */
export class FakeContext {
  private ops: Op[] = [];
  private staged: Array<() => void> = [];
  closed = false;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  queue(run: () => void, weight = 0): void {
    if (this.closed) throw new FakeOfficeError('InvalidObjectPath', 'fake Excel: object used after its Excel.run ended');
    this.ops.push({ run, weight });
  }

  /** Results of loads become readable only when the whole sync succeeds. */
  stage(fn: () => void): void {
    this.staged.push(fn);
  }

  get pendingOperations(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError('InvalidObjectPath', 'fake Excel: sync after Excel.run ended');
    const ops = this.ops;
    this.ops = [];
    this.staged = [];
    await Promise.resolve();
    this.excel.execute(ops);
    for (const commit of this.staged) commit();
    this.staged = [];
  }
}

interface Scalar<T> {
  get?: (t: T) => unknown;
  /** get builds a new value each time (a grid): no copy needed to keep it apart from the document. */
  fresh?: boolean;
  set?: (t: T, v: unknown) => void;
  /** Cells this assignment carries (counted against the payload limit). */
  weight?: (v: unknown) => number;
  /** The ExcelApi version that brought the property (1.1 when absent). */
  since?: string;
  /** What setting it is on a protected sheet (see FakeExcel.checkWritable); 'edit' when absent. */
  protection?: ProtectedAction;
}

/**
 * The kinds of change a protected sheet tells apart: values (allowed in unlocked cells), the
 * formatting of cells, columns and rows (allowed when the protection's options say so), and any
 * other edit (merges, conditional formats, data validation, tables, the sheet's own settings).
 */
export type ProtectedAction = 'values' | 'formatCells' | 'formatColumns' | 'formatRows' | 'edit';

interface Loadable {
  applyLoad(tree: LoadTree | null): void;
}

/** A proxy: resolves to its document object when a queued call first needs it. */
abstract class FakeObject<T> implements Loadable {
  private target: T | null | undefined;
  private nullState: boolean | undefined;
  /** Resolve again at every use (a conditional format fetched from a collection: see FakeConditionalFormatCollection). */
  protected positional = false;
  private readonly loaded = new Map<string, unknown>();
  private readonly scalars = new Map<string, Scalar<T>>();
  private readonly navs = new Map<string, () => Loadable>();

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T | null,
    private readonly orNull = false,
  ) {}

  /** Queues the call that yields this object, so it resolves at its place in the batch. */
  createdProxy(): this {
    this.context.queue(() => {
      this.tryResolve();
    });
    return this;
  }

  tryResolve(): T | null {
    if (this.target === undefined || this.positional) this.target = this.resolver();
    if (this.target === null && !this.orNull) {
      throw new FakeOfficeError('ItemNotFound', `fake Excel: the requested ${this.constructor.name.replace(/^Fake/, '')} does not exist`);
    }
    const isNull = this.target === null;
    this.context.stage(() => {
      this.nullState = isNull;
    });
    return this.target;
  }

  resolve(): T {
    const t = this.tryResolve();
    if (t === null) throw new FakeOfficeError('InvalidObjectPath', 'fake Excel: a null object was used');
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  /** Queues the check that the host has `member` (ExcelApi `version`): ApiNotFound at sync, as in Excel. */
  protected needs(version: string, member: string): void {
    const excel = this.context.excel;
    this.context.queue(() => excel.requireApi(version, member));
  }

  protected prop(name: string, spec: Scalar<T>): void {
    this.scalars.set(name, spec);
    Object.defineProperty(this, name, {
      enumerable: true,
      configurable: true,
      get: () => this.read(name),
      set: (v: unknown) => {
        const setter = spec.set;
        if (!setter) throw new TypeError(`fake Excel: ${name} is read-only`);
        const value = cloneValue(v);
        this.context.queue(() => {
          if (spec.since) this.context.excel.requireApi(spec.since, name);
          const target = this.resolve();
          this.context.excel.checkWritable(target, spec.protection);
          setter(target, value);
        }, spec.weight?.(value) ?? 0);
      },
    });
  }

  protected child(name: string, make: () => Loadable): void {
    let made: Loadable | undefined;
    const get = () => (made ??= make());
    this.navs.set(name, get);
    Object.defineProperty(this, name, { enumerable: true, configurable: true, get });
  }

  protected read(name: string): unknown {
    if (this.nullState === true) throw new FakeOfficeError('InvalidObjectPath', `fake Excel: read of '${name}' on a null object`);
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name);
  }

  load(spec?: unknown): this {
    const tree = parseLoadSpec(spec);
    this.context.queue(() => this.applyLoad(tree));
    return this;
  }

  applyLoad(tree: LoadTree | null): void {
    const t = this.tryResolve();
    if (t === null) return;
    const wanted: LoadTree = tree ?? new Map([...this.scalars].filter(([, s]) => s.get).map(([k]) => [k, new Map()]));
    for (const [key, sub] of wanted) {
      const scalar = this.scalars.get(key);
      if (scalar?.since) this.context.excel.requireApi(scalar.since, key);
      if (scalar?.get) {
        const v = scalar.fresh ? scalar.get(t) : cloneValue(scalar.get(t));
        if (scalar.fresh) this.context.excel.loadedCells += countCells(v);
        this.context.stage(() => this.loaded.set(key, v));
        continue;
      }
      const nav = this.navs.get(key);
      if (!nav) throw invalid(`${this.constructor.name} has no loadable property '${key}'`);
      nav().applyLoad(sub.size > 0 ? sub : null);
    }
  }
}

abstract class FakeCollection<T, I extends Loadable> extends FakeObject<T> {
  private loadedItems: I[] | undefined;

  protected abstract itemsOf(t: T): I[];

  get items(): I[] {
    if (this.loadedItems === undefined) throw notLoaded('items');
    return this.loadedItems;
  }

  /** `items/x` and the shorthand `x` both load x on every item. */
  override applyLoad(tree: LoadTree | null): void {
    const t = this.tryResolve();
    if (t === null) return;
    let itemTree: LoadTree | null = null;
    if (tree) {
      itemTree = new Map();
      for (const [key, sub] of tree) {
        if (key === 'items') for (const [k, s] of sub) itemTree.set(k, s);
        else itemTree.set(key, sub);
      }
      if (itemTree.size === 0) itemTree = null;
    }
    const items = this.itemsOf(t);
    for (const item of items) item.applyLoad(itemTree);
    this.context.stage(() => {
      this.loadedItems = items;
    });
  }
}

// ---- workbook ------------------------------------------------------------------------------

/**
 * Calculation. "Once set, it is the developer's responsibility to re-calc the workbook, to
 * ensure that any dependencies are propagated" (Application.suspendApiCalculationUntilNextSync,
 * https://learn.microsoft.com/javascript/api/excel/excel.application): values written in a sync
 * that suspended calculation leave the workbook stale until a full calculation.
 */
class FakeApplication {
  constructor(private readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    const excel = this.context.excel;
    this.context.queue(() => {
      excel.requireApi('1.6', 'Application.suspendApiCalculationUntilNextSync');
      excel.calculationSuspensions++;
      excel.suspendedThisSync = true;
    });
  }
  calculate(calculationType: string): void {
    const excel = this.context.excel;
    this.context.queue(() => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType)) throw invalid(`calculation type ${calculationType}`);
      // Recalculate only computes cells Excel has marked dirty, and a suspended write marked none.
      if (calculationType !== 'Recalculate') excel.calculationStale = false;
      excel.calculations.push(calculationType);
    });
  }
}

class FakeWorkbook extends FakeObject<FakeDocument> {
  constructor(context: FakeContext) {
    super(context, () => context.excel.doc);
    this.child('worksheets', () => new FakeWorksheetCollection(context, () => this.resolve()));
    this.child('tables', () => new FakeWorkbookTableCollection(context, () => this.resolve()));
    this.child('functions', () => new FakeFunctions(context, () => this.resolve()));
  }

  /** The user's selection (FakeExcel.selection); Excel fails the same way when none is a range. */
  getSelectedRange(): FakeRange {
    const excel = this.context.excel;
    return new FakeRange(this.context, () => {
      const selected = excel.selection;
      if (selected === null) throw new FakeOfficeError('InvalidSelection', 'fake Excel: the current selection is not a range');
      const sheet = findSheet(excel.doc, selected.sheet);
      return sheet === null ? null : { sheet, rect: parseA1(selected.address) };
    }).createdProxy();
  }
}

const findSheet = (doc: FakeDocument, name: string) => doc.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;

class FakeWorksheetCollection extends FakeCollection<FakeDocument, FakeWorksheet> {
  protected itemsOf(doc: FakeDocument): FakeWorksheet[] {
    return doc.sheets.map((s) => new FakeWorksheet(this.context, () => s));
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.resolve(), name)).createdProxy();
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.needs('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, () => findSheet(this.resolve(), name), true).createdProxy();
  }
  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const doc = this.resolve();
      if (typeof name !== 'string' || name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
        throw invalid(`invalid sheet name ${JSON.stringify(name)}`);
      }
      // "History … is a reserved word Excel uses internally" (Rename a worksheet,
      // https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
      if (name.toLowerCase() === 'history') throw invalid('the sheet name History is reserved');
      if (findSheet(doc, name)) throw new FakeOfficeError('ItemAlreadyExists', `fake Excel: a sheet named ${name} exists`);
      return newSheet(doc, name);
    }).createdProxy();
  }
}

class FakeWorkbookTableCollection extends FakeCollection<FakeDocument, FakeTableProxy> {
  protected itemsOf(doc: FakeDocument): FakeTableProxy[] {
    return doc.sheets.flatMap((sheet) => sheet.tables.map((table) => new FakeTableProxy(this.context, () => ({ sheet, table }))));
  }
}

class FakeFunctions extends FakeObject<FakeDocument> {
  date(year: number, month: number, day: number): FakeFunctionResult {
    this.needs('1.2', 'Functions.date');
    return new FakeFunctionResult(this.context, () => {
      const doc = this.resolve();
      const epoch = doc.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
      return { value: Math.round((Date.UTC(year, month - 1, day) - epoch) / 86_400_000), error: null };
    }).createdProxy();
  }
}

class FakeFunctionResult extends FakeObject<{ value: number; error: string | null }> {
  constructor(context: FakeContext, resolver: () => { value: number; error: string | null }) {
    super(context, resolver);
    this.prop('value', { get: (t) => t.value });
    this.prop('error', { get: (t) => t.error });
  }
}

// ---- worksheets ----------------------------------------------------------------------------

interface RangeTarget {
  sheet: FakeSheet;
  rect: CellRect;
}

class FakeWorksheet extends FakeObject<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet | null, orNull = false) {
    super(context, resolver, orNull);
    this.prop('name', { get: (s) => s.name });
    this.prop('id', { get: (s) => `{fake-sheet-${s.id}}` });
    this.prop('visibility', { get: (s) => s.visibility });
    this.prop('tabColor', {
      since: '1.7',
      get: (s) => s.tabColor,
      set: (s, v) => {
        if (typeof v !== 'string' || !(v === '' || /^#[0-9A-Fa-f]{6}$/.test(v))) throw invalid(`tab color ${String(v)}`);
        s.tabColor = v;
      },
    });
    this.child('tables', () => new FakeTableCollection(context, () => this.resolve()));
    this.child('pageLayout', () => new FakePageLayout(context, () => this.resolve()));
    this.child('freezePanes', () => new FakeFreezePanes(context, () => this.resolve()));
    this.child('horizontalPageBreaks', () => new FakePageBreakCollection(context, () => this.resolve()));
    this.child('charts', () => new FakeChartCollection(context, () => this.resolve()));
    this.child('protection', () => new FakeWorksheetProtection(context, () => this.resolve()));
  }


  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.resolve(), rect: address === undefined ? WHOLE_SHEET : parseA1(address) })).createdProxy();
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.needs('1.7', 'Worksheet.getRangeByIndexes');
    return new FakeRange(this.context, () => {
      const ints = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger);
      if (!ints || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw invalid(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
      }
      return {
        sheet: this.resolve(),
        rect: { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount },
      };
    }).createdProxy();
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.used(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.used(valuesOnly, true);
  }

  private used(valuesOnly: boolean, orNull: boolean): FakeRange {
    if (orNull) this.needs('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        const rect = usedRect(sheet, WHOLE_SHEET, valuesOnly);
        // Excel's getUsedRange on an empty sheet is A1; the OrNullObject flavour says null.
        if (!rect) return orNull ? null : { sheet, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
        return { sheet, rect };
      },
      orNull,
    ).createdProxy();
  }
}

class FakeTableCollection extends FakeCollection<FakeSheet, FakeTableProxy> {
  protected itemsOf(sheet: FakeSheet): FakeTableProxy[] {
    return sheet.tables.map((table) => new FakeTableProxy(this.context, () => ({ sheet, table })));
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, () => {
      const sheet = this.resolve();
      const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      return table ? { sheet, table } : null;
    }).createdProxy();
  }
}

class FakeTableProxy extends FakeObject<{ sheet: FakeSheet; table: FakeTable }> {
  constructor(context: FakeContext, resolver: () => { sheet: FakeSheet; table: FakeTable } | null) {
    super(context, resolver);
    this.prop('name', { get: (t) => t.table.name });
    this.prop('showHeaders', { get: (t) => t.table.showHeaders });
    this.child('worksheet', () => new FakeWorksheet(context, () => this.resolve().sheet));
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, table } = this.resolve();
      return { sheet, rect: { ...table.rect } };
    }).createdProxy();
  }
  /**
   * "The new range must overlap with the original table range and the headers (or the top of the
   * table) must be in the same row" (Table.resize, ExcelApi 1.13,
   * https://learn.microsoft.com/javascript/api/excel/excel.table).
   */
  resize(newRange: string | FakeRange): void {
    this.needs('1.13', 'Table.resize');
    this.context.queue(() => {
      const { sheet, table } = this.resolve();
      this.context.excel.checkWritable(sheet);
      const rect = typeof newRange === 'string' ? parseA1(newRange) : newRange.resolve().rect;
      if (!intersects(rect, table.rect) || rect.top !== table.rect.top) throw invalid(`table ${table.name} cannot be resized to ${formatA1(rect)}`);
      table.rect = { ...rect };
    });
  }
}

const MARGINS = ['topMargin', 'bottomMargin', 'leftMargin', 'rightMargin', 'headerMargin', 'footerMargin'];

class FakePageLayout extends FakeObject<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet) {
    super(context, resolver);
    this.needs('1.9', 'Worksheet.pageLayout');
    this.prop('orientation', {
      get: (s) => s.page.orientation ?? 'Portrait',
      set: (s, v) => {
        if (v !== 'Portrait' && v !== 'Landscape') throw invalid(`orientation ${String(v)}`);
        s.page.orientation = v;
      },
    });
    this.prop('paperSize', {
      get: (s) => s.page.paperSize ?? 'Letter',
      set: (s, v) => {
        if (typeof v !== 'string') throw invalid('paperSize');
        s.page.paperSize = v;
      },
    });
    for (const margin of MARGINS) {
      this.prop(margin, {
        get: (s) => s.page[margin] ?? null,
        set: (s, v) => {
          if (typeof v !== 'number' || !(v >= 0)) throw invalid(`${margin} ${String(v)}`);
          s.page[margin] = v;
        },
      });
    }
    this.prop('zoom', {
      get: (s) => s.page.zoom ?? { scale: 100 },
      set: (s, v) => {
        // Excel takes zoom only as a whole object (x.zoom = {...}).
        if (v === null || typeof v !== 'object' || Object.values(v).some((n) => typeof n !== 'number')) throw invalid('zoom');
        s.page.zoom = v;
      },
    });
    // "The worksheet's first page number to print. A null value represents "auto" page numbering"
    // (PageLayout.firstPageNumber, ExcelApi 1.9,
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-firstpagenumber-member),
    // typed `number | ""`: auto, the default, reads as "" and is set with "" (or the null the text names).
    this.prop('firstPageNumber', {
      since: '1.9',
      get: (s) => s.page.firstPageNumber ?? '',
      set: (s, v) => {
        if (v === '' || v === null) {
          delete s.page.firstPageNumber;
          return;
        }
        if (typeof v !== 'number' || !Number.isInteger(v)) throw invalid(`firstPageNumber ${String(v)}`);
        s.page.firstPageNumber = v;
      },
    });
    this.child('headersFooters', () => new FakeHeaderFooterGroup(context, () => this.resolve()));
  }
  setPrintArea(area: string | FakeRange): void {
    this.context.queue(() => {
      this.resolve().page.printArea = rangeArgument(area);
    });
  }
  setPrintTitleRows(rows: string | FakeRange): void {
    this.context.queue(() => {
      this.resolve().page.printTitleRows = rangeArgument(rows);
    });
  }
}

/**
 * Worksheet.pageLayout.headersFooters (Excel.HeaderFooterGroup, ExcelApi 1.9,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfootergroup): only
 * defaultForAllPages is modelled, "the general header/footer, used for all pages unless even/odd or
 * first page is specified". Kept in the sheet's page settings as
 * page.headersFooters.defaultForAllPages = { centerFooter: '…', … }, holding what was set.
 */
class FakeHeaderFooterGroup extends FakeObject<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet) {
    super(context, resolver);
    this.needs('1.9', 'PageLayout.headersFooters');
    this.child('defaultForAllPages', () => new FakeHeaderFooter(context, () => this.resolve(), 'defaultForAllPages'));
  }
}

const HEADER_FOOTER_SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;

/**
 * One set of headers and footers (Excel.HeaderFooter, ExcelApi 1.9,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter): six strings, each
 * section's text in Excel's header/footer format codes (&P the page number, &N the number of
 * pages …), stored as given; a section never set reads as ''.
 */
class FakeHeaderFooter extends FakeObject<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet, which: 'defaultForAllPages') {
    super(context, resolver);
    const sections = (s: FakeSheet): Record<string, string> => {
      const group = ((s.page.headersFooters ??= {}) as Record<string, Record<string, string>>);
      return (group[which] ??= {});
    };
    for (const section of HEADER_FOOTER_SECTIONS) {
      this.prop(section, {
        since: '1.9',
        get: (s) => (s.page.headersFooters as Record<string, Record<string, string>> | undefined)?.[which]?.[section] ?? '',
        set: (s, v) => {
          if (typeof v !== 'string') throw invalid(`${section} ${String(v)}`);
          sections(s)[section] = v;
        },
      });
    }
  }
}

/** A range given as an address or a Range object, written the way Excel writes addresses. */
function rangeArgument(area: string | FakeRange): string {
  return formatA1(typeof area === 'string' ? parseA1(area) : area.resolve().rect);
}

class FakeFreezePanes extends FakeObject<FakeSheet> {
  freezeRows(count = 1): void {
    this.context.queue(() => {
      this.context.excel.requireApi('1.7', 'WorksheetFreezePanes.freezeRows');
      if (!Number.isInteger(count) || count < 0) throw invalid(`freezeRows(${count})`);
      this.resolve().frozenRows = count;
    });
  }
}

class FakePageBreakCollection extends FakeObject<FakeSheet> {
  add(at: string | FakeRange): void {
    this.context.queue(() => {
      this.context.excel.requireApi('1.9', 'PageBreakCollection.add');
      const rect = typeof at === 'string' ? parseA1(at) : at.resolve().rect;
      this.resolve().pageBreaks.push(rect.top);
    });
  }
}

// ---- ranges --------------------------------------------------------------------------------

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Excel's parsing of a value assigned through Range.values. */
function writeValue(doc: FakeDocument, sheet: FakeSheet, row: number, col: number, v: unknown): void {
  if (v === null || v === undefined) return; // null leaves the cell as it is
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw invalid(`cell value ${String(v)}`);
  const cell = touchCell(sheet, row, col);
  delete cell.formula;
  if (typeof v !== 'string' || v === '' || cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  if (NUMERIC.test(v)) {
    cell.value = Number(v);
    return;
  }
  if (/^[=+\-@]/.test(v)) {
    cell.formula = v.startsWith('=') ? v : `=${v}`;
    cell.value = '#NAME?';
    return;
  }
  const iso = ISO_DATE.exec(v);
  if (iso) {
    const epoch = doc.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    cell.value = Math.round((Date.UTC(+iso[1], +iso[2] - 1, +iso[3]) - epoch) / 86_400_000);
    if (cell.numberFormat === 'General') cell.numberFormat = 'yyyy/m/d';
    return;
  }
  cell.value = v;
}

function checkShape(rect: CellRect, v: unknown): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw invalid("the number of rows or columns in the input array doesn't match the size or dimensions of the range");
  }
  return v as unknown[][];
}

/**
 * A grid property of a range as Excel returns it. Past 5,000,000 cells Excel on the web refuses
 * the response (its 5 MB payload limit, "Excel add-ins" in
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization),
 * while desktop Excel raises no payload error: the values come back null, or the read fails with
 * RangeExceedsLimit (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 */
function readGrid<V>(excel: FakeExcel, t: RangeTarget, read: (cell: FakeCell | undefined) => V): V[][] | null {
  if (rectArea(t.rect) > READ_CELL_LIMIT) {
    if (excel.platform === 'web') throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    if (excel.desktopLargeRead === 'RangeExceedsLimit') throw new FakeOfficeError('RangeExceedsLimit', 'The number of cells in the range has exceeded the maximum supported number.');
    return null;
  }
  return grid(t, read);
}

const READ_CELL_LIMIT = 5_000_000;

function grid<V>(t: RangeTarget, read: (cell: FakeCell | undefined) => V): V[][] {
  const out: V[][] = [];
  const cells = t.sheet.cells;
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row = new Array<V>(t.rect.right - t.rect.left + 1);
    const base = cellKey(r, 0);
    for (let c = t.rect.left; c <= t.rect.right; c++) row[c - t.rect.left] = read(cells.get(base + c));
    out.push(row);
  }
  return out;
}

/** The value all cells of the range share, else null (as Excel reports mixed formats). */
function uniform<V>(t: RangeTarget, read: (cell: FakeCell | undefined, row: number, col: number) => V): V | null {
  if (rectArea(t.rect) > 100_000) throw invalid('format read over a very large range');
  let first: V | undefined;
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const v = read(getCell(t.sheet, r, c), r, c);
      if (first === undefined) first = v;
      else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

function eachCell(t: RangeTarget, fn: (cell: FakeCell, row: number, col: number) => void): void {
  if (rectArea(t.rect) > 2_000_000) throw invalid('format write over a very large range');
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) fn(touchCell(t.sheet, r, c), r, c);
  }
}

function removeMerges(sheet: FakeSheet, rect: CellRect): void {
  sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
}

/** Excel refuses to change part of a merged area ("Cannot change part of a merged cell"). */
function refusePartialMerge(sheet: FakeSheet, rect: CellRect): void {
  const partial = sheet.merges.find((m) => intersects(m, rect) && !contains(rect, m));
  if (partial) throw new FakeOfficeError('InvalidOperation', `fake Excel: cannot change part of the merged area ${formatA1(partial)}`);
}

/**
 * A value written into the column just right of a table, beside its rows, or into the row just
 * below it grows the table to take it in, as typing there does (office-js #6745:
 * https://github.com/OfficeDev/office-js/issues/6745).
 */
function autoExpandTables(sheet: FakeSheet, written: CellRect): void {
  const hasValue = (r: number, c: number) => {
    const v = getCell(sheet, r, c)?.value;
    return v !== undefined && v !== '';
  };
  for (const table of sheet.tables) {
    const t = table.rect;
    let grew = true;
    while (grew) {
      grew = false;
      const col = t.right + 1;
      if (col <= MAX_COLUMNS && col >= written.left && col <= written.right) {
        for (let r = Math.max(t.top, written.top); r <= Math.min(t.bottom, written.bottom); r++) {
          if (hasValue(r, col)) {
            t.right = col;
            grew = true;
            break;
          }
        }
      }
      const row = t.bottom + 1;
      if (row <= MAX_ROWS && row >= written.top && row <= written.bottom) {
        for (let c = Math.max(t.left, written.left); c <= Math.min(t.right, written.right); c++) {
          if (hasValue(row, c)) {
            t.bottom = row;
            grew = true;
            break;
          }
        }
      }
    }
  }
}

/** Each conditional format loses the cells of `rect` (a rule left with none is gone), as Range.clear does. */
function trimRules(sheet: FakeSheet, rect: CellRect): void {
  sheet.rules = sheet.rules.filter((rule) => {
    rule.areas = rule.areas.flatMap((a) => subtractRect(a, rect));
    return rule.areas.length > 0;
  });
}

class FakeRange extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget | null, orNull = false) {
    super(context, resolver, orNull);
    const doc = () => context.excel.doc;
    this.prop('address', { get: (t) => qualifiedA1(t.sheet.name, t.rect) });
    this.prop('rowIndex', { get: (t) => t.rect.top - 1 });
    this.prop('columnIndex', { get: (t) => t.rect.left - 1 });
    this.prop('rowCount', { get: (t) => t.rect.bottom - t.rect.top + 1 });
    this.prop('columnCount', { get: (t) => t.rect.right - t.rect.left + 1 });
    this.prop('cellCount', { get: (t) => rectArea(t.rect) });
    const excel = context.excel;
    this.prop('values', {
      get: (t) => readGrid(excel, t, (cell) => cell?.value ?? ''),
      fresh: true,
      set: (t, v) => {
        const rows = checkShape(t.rect, v);
        rows.forEach((row, i) => row.forEach((x, j) => writeValue(doc(), t.sheet, t.rect.top + i, t.rect.left + j, x)));
        autoExpandTables(t.sheet, t.rect);
        excel.wroteThisSync = true;
      },
      weight: countCells,
      protection: 'values',
    });
    this.prop('numberFormat', {
      get: (t) => readGrid(excel, t, (cell) => cell?.numberFormat ?? 'General'),
      fresh: true,
      set: (t, v) => {
        const rows = checkShape(t.rect, v);
        rows.forEach((row, i) =>
          row.forEach((x, j) => {
            if (x === null || x === undefined) return;
            if (typeof x !== 'string') throw invalid(`number format ${String(x)}`);
            touchCell(t.sheet, t.rect.top + i, t.rect.left + j).numberFormat = x;
          }),
        );
      },
      weight: countCells,
      protection: 'formatCells',
    });
    this.prop('formulas', { get: (t) => readGrid(excel, t, (cell) => cell?.formula ?? cell?.value ?? ''), fresh: true });
    // Named styles are not modelled beyond Normal, which resets every format and the number format.
    this.prop('style', {
      since: '1.7',
      get: (t) => uniform(t, (cell) => cell?.style ?? 'Normal'),
      set: (t, v) => {
        if (v !== 'Normal') throw invalid(`style ${String(v)} is not modelled`);
        forEachStoredCell(t.sheet, t.rect, (cell) => {
          cell.format = {};
          cell.numberFormat = 'General';
          delete cell.style;
        });
      },
      protection: 'formatCells',
    });
    this.prop('rowHidden', {
      get: (t) => uniform(t, (_cell, r) => t.sheet.hiddenRows.has(r)),
      set: (t, v) => {
        if (typeof v !== 'boolean') throw invalid('rowHidden');
        for (let r = t.rect.top; r <= t.rect.bottom; r++) {
          if (v) t.sheet.hiddenRows.add(r);
          else t.sheet.hiddenRows.delete(r);
        }
      },
      protection: 'formatRows',
    });
    this.prop('columnHidden', {
      get: (t) => uniform(t, (_cell, _r, c) => t.sheet.hiddenColumns.has(c)),
      set: (t, v) => {
        if (typeof v !== 'boolean') throw invalid('columnHidden');
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          if (v) t.sheet.hiddenColumns.add(c);
          else t.sheet.hiddenColumns.delete(c);
        }
      },
      protection: 'formatColumns',
    });
    this.child('format', () => new FakeRangeFormat(context, () => this.resolve()));
    this.child('conditionalFormats', () => new FakeConditionalFormatCollection(context, () => this.resolve()));
    this.child('worksheet', () => new FakeWorksheet(context, () => this.resolve().sheet));
    this.child('dataValidation', () => new FakeDataValidation(context, () => this.resolve()));
  }


  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.needs('1.4', 'Range.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      () => {
        const { sheet, rect } = this.resolve();
        const used = usedRect(sheet, rect, valuesOnly);
        return used ? { sheet, rect: used } : null;
      },
      true,
    ).createdProxy();
  }

  /**
   * "If the merged areas count in this range is more than 512, then this method will fail to
   * return the result" (Range.getMergedAreasOrNullObject, ExcelApi 1.13,
   * https://learn.microsoft.com/javascript/api/excel/excel.range); the error code is not
   * documented. Only areas whose top-left cell is in the range are returned (office-js #3611:
   * https://github.com/OfficeDev/office-js/issues/3611).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.needs('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.context,
      () => {
        const { sheet, rect } = this.resolve();
        const rects = sheet.merges.filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right);
        if (rects.length > 512) throw new FakeOfficeError('GeneralException', 'fake Excel: more than 512 merged areas');
        return rects.length > 0 ? { sheet, rects } : null;
      },
      true,
    ).createdProxy();
  }

  /** Only 'Visible' is modelled: the runs of rows not hidden × the runs of columns not hidden. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.needs('1.9', 'Range.getSpecialCellsOrNullObject');
    return new FakeRangeAreas(
      this.context,
      () => {
        if (cellType !== 'Visible') throw invalid(`special cells ${cellType} are not modelled`);
        const { sheet, rect } = this.resolve();
        const runs = (from: number, to: number, hidden: Set<number>): Array<[number, number]> => {
          const out: Array<[number, number]> = [];
          let start = from;
          for (const i of [...[...hidden].filter((x) => x >= from && x <= to).sort((a, b) => a - b), to + 1]) {
            if (i > start) out.push([start, i - 1]);
            start = i + 1;
          }
          return out;
        };
        const rects: CellRect[] = [];
        for (const [top, bottom] of runs(rect.top, rect.bottom, sheet.hiddenRows)) {
          for (const [left, right] of runs(rect.left, rect.right, sheet.hiddenColumns)) rects.push({ top, left, bottom, right });
        }
        return rects.length > 0 ? { sheet, rects } : null;
      },
      true,
    ).createdProxy();
  }

  merge(across = false): void {
    this.context.queue(() => {
      const { sheet, rect } = this.resolve();
      this.context.excel.checkWritable(sheet);
      const wanted = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const m of wanted) {
        if (rectArea(m) === 1) continue;
        if (sheet.merges.some((x) => sameRect(x, m))) continue;
        if (sheet.merges.some((x) => intersects(x, m) && !contains(m, x))) {
          throw new FakeOfficeError('InvalidOperation', `fake Excel: ${formatA1(m)} overlaps part of a merged area`);
        }
        removeMerges(sheet, m);
        // Merging keeps only the top-left cell's value, as Excel does.
        forEachStoredCell(sheet, m, (cell, r, c) => {
          if (r === m.top && c === m.left) return;
          cell.value = '';
          delete cell.formula;
        });
        sheet.merges.push({ ...m });
      }
    });
  }

  unmerge(): void {
    this.context.queue(() => {
      const { sheet, rect } = this.resolve();
      this.context.excel.checkWritable(sheet);
      removeMerges(sheet, rect);
    });
  }

  /**
   * Range.clear (https://learn.microsoft.com/javascript/api/excel/excel.range): refused over part
   * of a merged area; clearing formats takes the cleared cells out of every conditional format
   * (the user's included) and unmerges the areas inside.
   */
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.context.queue(() => {
      const { sheet, rect } = this.resolve();
      this.context.excel.checkWritable(sheet);
      refusePartialMerge(sheet, rect);
      if (applyTo !== 'Contents') {
        removeMerges(sheet, rect);
        trimRules(sheet, rect);
      }
      const gone: number[] = [];
      forEachStoredCell(sheet, rect, (cell, r, c) => {
        if (applyTo === 'All') gone.push(cellKey(r, c));
        if (applyTo === 'Contents') {
          cell.value = '';
          delete cell.formula;
        }
        if (applyTo === 'Formats') {
          cell.numberFormat = 'General';
          cell.format = {};
        }
      });
      for (const key of gone) sheet.cells.delete(key);
    });
  }
}

class FakeRangeAreas extends FakeObject<{ sheet: FakeSheet; rects: CellRect[] }> {
  constructor(context: FakeContext, resolver: () => { sheet: FakeSheet; rects: CellRect[] } | null, orNull = false) {
    super(context, resolver, orNull);
    this.prop('address', { get: (t) => t.rects.map((r) => qualifiedA1(t.sheet.name, r)).join(',') });
    this.prop('areaCount', { get: (t) => t.rects.length });
    this.child('areas', () => new FakeRangeCollection(context, () => this.resolve()));
  }
}

class FakeRangeCollection extends FakeCollection<{ sheet: FakeSheet; rects: CellRect[] }, FakeRange> {
  protected itemsOf(t: { sheet: FakeSheet; rects: CellRect[] }): FakeRange[] {
    return t.rects.map((rect) => new FakeRange(this.context, () => ({ sheet: t.sheet, rect })));
  }
}

// ---- formats -------------------------------------------------------------------------------

const isColor = (v: unknown): v is string => typeof v === 'string' && /^#[0-9A-Fa-f]{6}$/.test(v);

function formatProp<K extends keyof FakeCellFormat>(key: K, check: (v: unknown) => boolean, fallback: unknown): Scalar<RangeTarget> {
  return {
    get: (t) => uniform(t, (cell) => cell?.format[key] ?? fallback),
    set: (t, v) => {
      if (!check(v)) throw invalid(`${key} ${String(v)}`);
      eachCell(t, (cell) => {
        cell.format[key] = v as FakeCellFormat[K];
      });
    },
    protection: 'formatCells',
  };
}

class FakeRangeFormat extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget) {
    super(context, resolver);
    const alignments = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
    this.prop('horizontalAlignment', formatProp('horizontalAlignment', (v) => alignments.includes(v as string), DEFAULT_FORMAT.horizontalAlignment));
    this.prop('verticalAlignment', formatProp('verticalAlignment', (v) => ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(v as string), DEFAULT_FORMAT.verticalAlignment));
    this.prop('wrapText', formatProp('wrapText', (v) => typeof v === 'boolean', DEFAULT_FORMAT.wrapText));
    this.prop('columnWidth', {
      get: (t) => uniform(t, (_cell, _r, c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
      set: (t, v) => {
        if (typeof v !== 'number' || !(v >= 0)) throw invalid(`columnWidth ${String(v)}`);
        for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, v);
      },
      protection: 'formatColumns',
    });
    this.prop('rowHeight', {
      get: (t) => uniform(t, (_cell, r) => t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT),
      set: (t, v) => {
        if (typeof v !== 'number' || !(v >= 0)) throw invalid(`rowHeight ${String(v)}`);
        for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, v);
      },
      protection: 'formatRows',
    });
    this.child('fill', () => new FakeRangeFill(context, () => this.resolve()));
    this.child('protection', () => new FakeFormatProtection(context, () => this.resolve()));
    this.child('font', () => new FakeRangeFont(context, () => this.resolve()));
    this.child('borders', () => new FakeRangeBorderCollection(context, () => this.resolve()));
  }

  /**
   * "Changes the height of the rows of the current range to achieve the best fit, based on the
   * current data in the columns" (RangeFormat.autofitRows, ExcelApi 1.2,
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-autofitrows-member).
   * The heights it reaches depend on fonts the fake does not have, so the fake records the rows
   * asked for (sheet.autofitRows) and leaves rowHeights as they were.
   */
  autofitRows(): void {
    this.context.queue(() => {
      this.context.excel.requireApi('1.2', 'RangeFormat.autofitRows');
      const { sheet, rect } = this.resolve();
      this.context.excel.checkWritable(sheet, 'formatRows');
      for (let r = rect.top; r <= rect.bottom; r++) sheet.autofitRows.add(r);
    });
  }
}

class FakeRangeFill extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget) {
    super(context, resolver);
    // Excel reports no fill as white.
    this.prop('color', formatProp('fill', isColor, '#FFFFFF'));
  }
  clear(): void {
    this.context.queue(() => {
      this.context.excel.checkWritable(this.resolve(), 'formatCells');
      eachCell(this.resolve(), (cell) => delete cell.format.fill);
    });
  }
}

/**
 * A range's cell protection (RangeFormat.protection, Excel.FormatProtection, ExcelApi 1.2,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.formatprotection): `locked`
 * "Specifies if Excel locks the cells in the object. A null value indicates that the entire range
 * doesn't have a uniform lock setting." Cells are locked unless set otherwise; the lock counts only
 * once the sheet is protected (see FakeExcel.checkWritable).
 */
class FakeFormatProtection extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget) {
    super(context, resolver);
    this.needs('1.2', 'RangeFormat.protection');
    this.prop('locked', { ...formatProp('locked', (v) => typeof v === 'boolean', true), since: '1.2' });
  }
}

class FakeRangeFont extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget) {
    super(context, resolver);
    this.prop('name', formatProp('fontName', (v) => typeof v === 'string' && v !== '', DEFAULT_FORMAT.fontName));
    this.prop('size', formatProp('fontSize', (v) => typeof v === 'number' && v > 0, DEFAULT_FORMAT.fontSize));
    this.prop('color', formatProp('fontColor', isColor, DEFAULT_FORMAT.fontColor));
    this.prop('bold', formatProp('bold', (v) => typeof v === 'boolean', DEFAULT_FORMAT.bold));
    this.prop('italic', formatProp('italic', (v) => typeof v === 'boolean', DEFAULT_FORMAT.italic));
  }
}

const BORDER_SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
type BorderIndex = (typeof BORDER_SIDES)[number];

/** The cell edges a border index covers: [row, col, the cell's own side]. */
function borderEdges(rect: CellRect, side: BorderIndex): Array<[number, number, FakeBorderSide]> {
  const out: Array<[number, number, FakeBorderSide]> = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      if (side === 'EdgeTop' && r === rect.top) out.push([r, c, 'EdgeTop']);
      if (side === 'EdgeBottom' && r === rect.bottom) out.push([r, c, 'EdgeBottom']);
      if (side === 'EdgeLeft' && c === rect.left) out.push([r, c, 'EdgeLeft']);
      if (side === 'EdgeRight' && c === rect.right) out.push([r, c, 'EdgeRight']);
      if (side === 'InsideHorizontal') {
        if (r < rect.bottom) out.push([r, c, 'EdgeBottom']);
        if (r > rect.top) out.push([r, c, 'EdgeTop']);
      }
      if (side === 'InsideVertical') {
        if (c < rect.right) out.push([r, c, 'EdgeRight']);
        if (c > rect.left) out.push([r, c, 'EdgeLeft']);
      }
    }
  }
  return out;
}

class FakeRangeBorderCollection extends FakeCollection<RangeTarget, FakeRangeBorder> {
  protected itemsOf(t: RangeTarget): FakeRangeBorder[] {
    return BORDER_SIDES.map((side) => new FakeRangeBorder(this.context, () => ({ ...t, side })));
  }
  getItem(side: BorderIndex): FakeRangeBorder {
    return new FakeRangeBorder(this.context, () => {
      if (!BORDER_SIDES.includes(side)) throw invalid(`border ${side}`);
      return { ...this.resolve(), side };
    });
  }
}

class FakeRangeBorder extends FakeObject<RangeTarget & { side: BorderIndex }> {
  constructor(context: FakeContext, resolver: () => (RangeTarget & { side: BorderIndex }) | null) {
    super(context, resolver);
    const field = (key: 'style' | 'color' | 'weight', fallback: string, check: (v: unknown) => boolean): Scalar<RangeTarget & { side: BorderIndex }> => ({
      get: (t) => {
        const values = borderEdges(t.rect, t.side).map(([r, c, own]) => getCell(t.sheet, r, c)?.format.borders?.[own]?.[key] ?? fallback);
        return values.every((v) => v === values[0]) ? (values[0] ?? fallback) : null;
      },
      set: (t, v) => {
        if (!check(v)) throw invalid(`border ${key} ${String(v)}`);
        for (const [r, c, own] of borderEdges(t.rect, t.side)) {
          const cell = touchCell(t.sheet, r, c);
          const borders = (cell.format.borders ??= {});
          if (key === 'style' && v === 'None') {
            delete borders[own];
            continue;
          }
          borders[own] = { ...(borders[own] ?? { style: 'Continuous', color: '#000000', weight: 'Thin' }), [key]: v as string };
        }
      },
      protection: 'formatCells',
    });
    this.prop('sideIndex', { get: (t) => t.side });
    this.prop('style', field('style', 'None', (v) => ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'].includes(v as string)));
    this.prop('color', field('color', '#000000', isColor));
    this.prop('weight', field('weight', 'Thin', (v) => ['Hairline', 'Thin', 'Medium', 'Thick'].includes(v as string)));
  }
}

// ---- conditional formats -------------------------------------------------------------------

interface RuleTarget {
  sheet: FakeSheet;
  rule: FakeRule;
}

/** A data bar's "show bar only", kept on the rule itself (so rules() and dump() show it once set). */
type DataBarRule = FakeRule & { showDataBarOnly?: boolean };

/** A rule deleted since it was fetched is gone: using it fails like Excel's ItemNotFound. */
function live(t: RuleTarget): RuleTarget {
  if (!t.sheet.rules.includes(t.rule)) throw new FakeOfficeError('ItemNotFound', `fake Excel: conditional format ${t.rule.id} no longer exists`);
  return t;
}

const overlaps = (rule: FakeRule, rect: CellRect) => rule.areas.some((a) => intersects(a, rect));

/**
 * The conditional formats over a range. An item is addressed by its current priority, which is
 * its id ("The priority of the conditional format in the current ConditionalFormatCollection",
 * ConditionalFormat.id, https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat):
 * once a rule above it is deleted, an item fetched earlier names the rule that moved into its
 * place (office-js #5222: https://github.com/OfficeDev/office-js/issues/5222).
 */
class FakeConditionalFormatCollection extends FakeCollection<RangeTarget, FakeConditionalFormat> {
  protected itemsOf(t: RangeTarget): FakeConditionalFormat[] {
    const count = t.sheet.rules.filter((rule) => overlaps(rule, t.rect)).length;
    return Array.from({ length: count }, (_, i) => {
      const item = new FakeConditionalFormat(this.context, () => {
        const rule = t.sheet.rules.filter((r) => overlaps(r, t.rect))[i];
        if (rule === undefined) throw new FakeOfficeError('ItemNotFound', `fake Excel: no conditional format at priority ${i}`);
        return { sheet: t.sheet, rule };
      });
      item.byPriority();
      return item;
    });
  }
  add(type: string): FakeConditionalFormat {
    this.needs('1.6', 'ConditionalFormatCollection.add');
    return new FakeConditionalFormat(this.context, () => {
      if (type !== 'Custom' && type !== 'DataBar') throw invalid(`conditional format type ${type} is not modelled`);
      const { sheet, rect } = this.resolve();
      this.context.excel.checkWritable(sheet);
      const rule: FakeRule = { id: `{fake-cf-${this.context.excel.doc.nextRuleId++}}`, type, areas: [{ ...rect }] };
      // A new conditional format takes the top priority.
      sheet.rules.unshift(rule);
      return { sheet, rule };
    }).createdProxy();
  }
}

class FakeConditionalFormat extends FakeObject<RuleTarget> {
  constructor(context: FakeContext, resolver: () => RuleTarget | null) {
    super(context, resolver);
    this.prop('id', { get: (t) => String(live(t).sheet.rules.indexOf(t.rule)) });
    this.prop('type', { get: (t) => live(t).rule.type });
    this.prop('priority', { get: (t) => live(t).sheet.rules.indexOf(t.rule) });
    const ofType = (type: FakeRule['type'], orNull: boolean) => () => {
      const t = live(this.resolve());
      if (t.rule.type === type) return t;
      if (orNull) return null;
      throw new FakeOfficeError('InvalidOperation', `fake Excel: conditional format ${t.rule.id} is ${t.rule.type}, not ${type}`);
    };
    this.child('custom', () => new FakeCustomConditionalFormat(context, ofType('Custom', false)));
    this.child('customOrNullObject', () => new FakeCustomConditionalFormat(context, ofType('Custom', true), true));
    this.child('dataBar', () => new FakeDataBarConditionalFormat(context, ofType('DataBar', false)));
  }
  /** Resolved again at each use, by the priority it had when fetched. */
  byPriority(): void {
    this.positional = true;
  }
  delete(): void {
    this.context.queue(() => {
      const { sheet, rule } = live(this.resolve());
      this.context.excel.checkWritable(sheet);
      sheet.rules.splice(sheet.rules.indexOf(rule), 1);
    });
  }
  /** "Throws an error if the conditional format is applied to multiple ranges." */
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rule } = live(this.resolve());
      if (rule.areas.length > 1) throw new FakeOfficeError('InvalidOperation', `fake Excel: conditional format ${rule.id} applies to several ranges`);
      return { sheet, rect: { ...rule.areas[0] } };
    }).createdProxy();
  }
}

class FakeCustomConditionalFormat extends FakeObject<RuleTarget> {
  constructor(context: FakeContext, resolver: () => RuleTarget | null, orNull = false) {
    super(context, resolver, orNull);
    this.child('rule', () => new FakeConditionalFormatRule(context, () => live(this.resolve())));
    this.child('format', () => new FakeConditionalRangeFormat(context, () => live(this.resolve())));
  }
}

class FakeConditionalFormatRule extends FakeObject<RuleTarget> {
  constructor(context: FakeContext, resolver: () => RuleTarget) {
    super(context, resolver);
    this.prop('formula', {
      get: (t) => t.rule.formula ?? '',
      set: (t, v) => {
        if (typeof v !== 'string' || !v.startsWith('=')) throw invalid(`conditional format formula ${String(v)} must start with '='`);
        t.rule.formula = v;
      },
    });
  }
}

class FakeConditionalRangeFormat extends FakeObject<RuleTarget> {
  constructor(context: FakeContext, resolver: () => RuleTarget) {
    super(context, resolver);
    this.child('fill', () => new FakeRuleColor(context, () => this.resolve(), 'fill'));
    this.child('font', () => new FakeRuleColor(context, () => this.resolve(), 'fontColor'));
  }
}

class FakeRuleColor extends FakeObject<RuleTarget> {
  constructor(context: FakeContext, resolver: () => RuleTarget, key: 'fill' | 'fontColor') {
    super(context, resolver);
    this.prop('color', {
      get: (t) => t.rule[key] ?? null,
      set: (t, v) => {
        if (!isColor(v)) throw invalid(`color ${String(v)}`);
        t.rule[key] = v;
      },
    });
  }
}

class FakeDataBarConditionalFormat extends FakeObject<RuleTarget> {
  constructor(context: FakeContext, resolver: () => RuleTarget | null) {
    super(context, resolver);
    const bound = (key: 'lowerBoundRule' | 'upperBoundRule'): Scalar<RuleTarget> => ({
      get: (t) => t.rule[key] ?? { type: 'Automatic' },
      set: (t, v) => {
        if (v === null || typeof v !== 'object' || typeof (v as { type?: unknown }).type !== 'string') throw invalid(key);
        t.rule[key] = v as { type: string };
      },
    });
    this.prop('lowerBoundRule', bound('lowerBoundRule'));
    this.prop('upperBoundRule', bound('upperBoundRule'));
    // "If true, hides the values from the cells where the data bar is applied" (showDataBarOnly,
    // ExcelApi 1.6, https://learn.microsoft.com/en-us/javascript/api/excel/excel.databarconditionalformat).
    this.prop('showDataBarOnly', {
      get: (t) => (t.rule as DataBarRule).showDataBarOnly ?? false,
      set: (t, v) => {
        if (typeof v !== 'boolean') throw invalid('showDataBarOnly');
        (t.rule as DataBarRule).showDataBarOnly = v;
      },
    });
    this.child('positiveFormat', () => new FakeDataBarPositiveFormat(context, () => live(this.resolve())));
  }
}

class FakeDataBarPositiveFormat extends FakeObject<RuleTarget> {
  constructor(context: FakeContext, resolver: () => RuleTarget) {
    super(context, resolver);
    this.prop('fillColor', {
      get: (t) => t.rule.barColor ?? '#638EC6',
      set: (t, v) => {
        if (!isColor(v)) throw invalid(`fillColor ${String(v)}`);
        t.rule.barColor = v;
      },
    });
    this.prop('gradientFill', {
      get: (t) => t.rule.gradientFill ?? true,
      set: (t, v) => {
        if (typeof v !== 'boolean') throw invalid('gradientFill');
        t.rule.gradientFill = v;
      },
    });
  }
}

// ---- protection and data validation ---------------------------------------------------------

const ACCESS_DENIED = 'You cannot perform the requested operation.';

/**
 * Excel.WorksheetProtectionOptions (ExcelApi 1.2; selectionMode 1.7,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotectionoptions): an
 * option left out is false, so a sheet protected with none allows selecting cells and nothing
 * else, as protecting in Excel's UI does by default.
 */
export const PROTECTION_DEFAULTS: Readonly<FakeProtectionOptions> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
};

/** Options as given to protect(), checked, over the defaults. */
function protectionOptions(excel: FakeExcel, given: unknown): FakeProtectionOptions {
  if (given === undefined || given === null) return { ...PROTECTION_DEFAULTS };
  if (typeof given !== 'object') throw invalid('protection options');
  const options: FakeProtectionOptions = { ...PROTECTION_DEFAULTS };
  for (const [key, v] of Object.entries(given)) {
    if (key === 'selectionMode') {
      excel.requireApi('1.7', 'WorksheetProtectionOptions.selectionMode');
      if (v !== 'Normal' && v !== 'Unlocked' && v !== 'None') throw invalid(`selectionMode ${String(v)}`);
      options.selectionMode = v;
    } else if (key in PROTECTION_DEFAULTS) {
      if (typeof v !== 'boolean') throw invalid(`${key} ${String(v)}`);
      (options as unknown as Record<string, boolean>)[key] = v;
    } else throw invalid(`unknown protection option ${key}`);
  }
  return options;
}

/**
 * Worksheet.protection (Excel.WorksheetProtection, ExcelApi 1.2,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection): `protected`,
 * `options`, and protect(options, password) — "Protects a worksheet. Fails if the worksheet has
 * already been protected." The failure's code is not documented; current Excel answers
 * AccessDenied, "You cannot perform the requested operation." (office-js #6784:
 * https://github.com/OfficeDev/office-js/issues/6784, where builds before June 2026 did nothing).
 * A password needs ExcelApi 1.7. What protection then refuses: FakeExcel.checkWritable.
 */
class FakeWorksheetProtection extends FakeObject<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet) {
    super(context, resolver);
    this.needs('1.2', 'Worksheet.protection');
    this.prop('protected', { since: '1.2', get: (s) => s.protection !== null });
    this.prop('options', { since: '1.2', get: (s) => ({ ...(s.protection?.options ?? PROTECTION_DEFAULTS) }) });
  }

  protect(options?: unknown, password?: string): void {
    const excel = this.context.excel;
    const given = cloneValue(options);
    this.context.queue(() => {
      excel.requireApi('1.2', 'WorksheetProtection.protect');
      if (password !== undefined) excel.requireApi('1.7', 'WorksheetProtection.protect(password)');
      const sheet = this.resolve();
      if (sheet.protection !== null) throw new FakeOfficeError('AccessDenied', ACCESS_DENIED);
      sheet.protection = { options: protectionOptions(excel, given), ...(password === undefined ? {} : { password }) };
    });
  }
}

const VALIDATION_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};
const VALIDATION_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const NO_VALIDATION = (): FakeValidation => ({
  rule: {},
  errorAlert: { message: '', showAlert: true, style: 'Stop', title: '' },
  prompt: { message: '', showPrompt: false, title: '' },
  ignoreBlanks: true,
});

/**
 * A rule's formula as Excel gives it back: "When retrieving the value, it will always be returned
 * as a string formula, for example: "=10", "=A1"" (BasicDataValidation and DateTimeDataValidation,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.datetimedatavalidation). For a date
 * rule, "a stringified date/time in ISO8601 format" is taken and given back as the serial of that
 * day in the workbook's date system ("=43983"); a number is refused ("you cannot use a number in
 * the formula properties", "Add data validation to Excel ranges"); Date and Range arguments are not
 * modelled.
 */
function validationFormula(doc: FakeDocument, type: string, v: unknown, which: string): string {
  if (type === 'date' || type === 'time') {
    if (typeof v !== 'string') throw invalid(`${type} ${which} ${String(v)}: an ISO 8601 string or a formula`);
    if (v.startsWith('=')) return v;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (type !== 'date' || iso === null) throw invalid(`${type} ${which} ${v} is not modelled`);
    const epoch = doc.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    return `=${Math.round((Date.UTC(+iso[1], +iso[2] - 1, +iso[3]) - epoch) / 86_400_000)}`;
  }
  if (typeof v === 'number') return `=${v}`;
  if (typeof v === 'string') return v.startsWith('=') ? v : `=${v}`;
  throw invalid(`${type} ${which} ${String(v)}`);
}

/** A rule as given, checked: "No more than one of these properties may be present" (Add data validation to Excel ranges). */
function validationRule(doc: FakeDocument, given: unknown): FakeValidation['rule'] {
  if (given === null || typeof given !== 'object') throw invalid('data validation rule');
  const entries = Object.entries(given).filter(([, v]) => v !== undefined);
  if (entries.length !== 1 || !(entries[0][0] in VALIDATION_TYPES)) throw invalid(`a data validation rule has exactly one of ${Object.keys(VALIDATION_TYPES).join(', ')}`);
  const [type, criteria] = entries[0];
  if (criteria === null || typeof criteria !== 'object') throw invalid(`${type} criteria`);
  const c = criteria as Record<string, unknown>;
  if (type === 'list' || type === 'custom') return { [type]: { ...c } };
  if (!VALIDATION_OPERATORS.includes(c.operator as string)) throw invalid(`operator ${String(c.operator)}`);
  // "With the ternary operators Between and NotBetween, specifies the upper bound operand."
  const ternary = c.operator === 'Between' || c.operator === 'NotBetween';
  if (ternary && c.formula2 === undefined) throw invalid(`${String(c.operator)} needs formula2`);
  const out: Record<string, unknown> = { formula1: validationFormula(doc, type, c.formula1, 'formula1'), operator: c.operator };
  if (ternary) out.formula2 = validationFormula(doc, type, c.formula2, 'formula2');
  return { [type]: out };
}

/**
 * Range.dataValidation (Excel.DataValidation, ExcelApi 1.8,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation): rule, errorAlert
 * (showAlert "The default is true"), prompt, ignoreBlanks ("Default is true"), the read-only type
 * ("None" without a rule; "Inconsistent" over cells whose types differ), and clear(). Each cell
 * keeps its own; a read over cells that differ gives null. Kept, not enforced: "data validation is
 * triggered only if the user directly enters a value into a cell" ("Add data validation to Excel
 * ranges", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation),
 * never by Range.values. A protected sheet refuses every change to it.
 */
class FakeDataValidation extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget) {
    super(context, resolver);
    this.needs('1.8', 'Range.dataValidation');
    const doc = () => context.excel.doc;
    const read = <K extends keyof FakeValidation>(key: K) => (t: RangeTarget) => uniform(t, (_cell, r, c) => t.sheet.validations.get(cellKey(r, c))?.[key] ?? NO_VALIDATION()[key]);
    const write = (t: RangeTarget, change: (v: FakeValidation) => FakeValidation) => {
      if (rectArea(t.rect) > 2_000_000) throw invalid('data validation over a very large range');
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          const key = cellKey(r, c);
          t.sheet.validations.set(key, change(t.sheet.validations.get(key) ?? NO_VALIDATION()));
        }
      }
    };
    this.prop('rule', {
      since: '1.8',
      get: read('rule'),
      set: (t, v) => {
        const rule = validationRule(doc(), v);
        write(t, (old) => ({ ...old, rule }));
      },
    });
    this.prop('errorAlert', {
      since: '1.8',
      get: read('errorAlert'),
      set: (t, v) => {
        if (v === null || typeof v !== 'object') throw invalid('errorAlert');
        const given = v as Partial<FakeValidation['errorAlert']>;
        if (given.style !== undefined && !['Stop', 'Warning', 'Information'].includes(given.style)) throw invalid(`errorAlert style ${given.style}`);
        write(t, (old) => ({ ...old, errorAlert: { ...old.errorAlert, ...given } }));
      },
    });
    this.prop('prompt', {
      since: '1.8',
      get: read('prompt'),
      set: (t, v) => {
        if (v === null || typeof v !== 'object') throw invalid('prompt');
        write(t, (old) => ({ ...old, prompt: { ...old.prompt, ...(v as Partial<FakeValidation['prompt']>) } }));
      },
    });
    this.prop('ignoreBlanks', {
      since: '1.8',
      get: read('ignoreBlanks'),
      set: (t, v) => {
        if (typeof v !== 'boolean') throw invalid('ignoreBlanks');
        write(t, (old) => ({ ...old, ignoreBlanks: v }));
      },
    });
    this.prop('type', {
      since: '1.8',
      get: (t) => {
        const type = uniform(t, (_cell, r, c) => {
          const rule = t.sheet.validations.get(cellKey(r, c))?.rule ?? {};
          const key = Object.keys(rule)[0];
          return key === undefined ? 'None' : VALIDATION_TYPES[key];
        });
        return type ?? 'Inconsistent';
      },
    });
  }

  /** "Clears the data validation from the current range." */
  clear(): void {
    this.context.queue(() => {
      this.context.excel.requireApi('1.8', 'DataValidation.clear');
      const t = this.resolve();
      this.context.excel.checkWritable(t);
      for (const key of [...t.sheet.validations.keys()]) {
        const r = keyRow(key);
        const c = keyCol(key);
        if (r >= t.rect.top && r <= t.rect.bottom && c >= t.rect.left && c <= t.rect.right) t.sheet.validations.delete(key);
      }
    });
  }
}

// ---- charts --------------------------------------------------------------------------------

/** A chart on a sheet: what Worksheet.charts.add made of it and what was set on it since. */
export interface FakeChart {
  name: string;
  type: string;
  /** The source data as given to add(). */
  source: RangeTarget;
  seriesBy: 'Columns' | 'Rows';
  title: string;
  legendPosition: string;
  series: Array<{ name: string; values: RangeTarget; fill: string | null }>;
  /** Set by categoryAxis.setCategoryNames; null = Excel's 1, 2, 3 … */
  categories: RangeTarget | null;
  /** Set by setPosition: the cells the chart covers (end null = the start cell only anchors it). */
  position: { start: CellRect; end: CellRect | null } | null;
}

/** Charts by sheet: kept beside the document model so fakeDocument's sheets stay as they are. */
const sheetCharts = new WeakMap<FakeSheet, FakeChart[]>();
const chartsOf = (sheet: FakeSheet): FakeChart[] => {
  let charts = sheetCharts.get(sheet);
  if (!charts) sheetCharts.set(sheet, (charts = []));
  return charts;
};

/** The Excel.ChartType values the fake draws (other real types are not modelled). */
const CHART_TYPES = ['ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100', 'Line', 'LineMarkers', 'Pie', 'Area', 'AreaStacked'];
const LEGEND_POSITIONS = ['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];

/** A cell given as an address on the chart's sheet or as a Range object, resolved when the call runs. */
function cellArgument(at: string | FakeRange): CellRect {
  return typeof at === 'string' ? parseA1(at) : at.resolve().rect;
}

class FakeChartCollection extends FakeCollection<FakeSheet, FakeChartProxy> {
  protected itemsOf(sheet: FakeSheet): FakeChartProxy[] {
    return chartsOf(sheet).map((chart) => new FakeChartProxy(this.context, () => chart));
  }
  /**
   * Excel.ChartCollection.add: one series per column (Columns) or per row (Rows) of the source;
   * 'Auto' takes columns when the source has at least as many rows as columns, as Excel guesses.
   * Series are named Series1, Series2 …: the fake does not read header cells.
   */
  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChartProxy {
    return new FakeChartProxy(this.context, () => {
      if (!CHART_TYPES.includes(type)) throw invalid(`chart type ${JSON.stringify(type)} is not an Excel.ChartType the fake models`);
      if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw invalid(`seriesBy ${JSON.stringify(seriesBy)}`);
      const sheet = this.resolve();
      const source = sourceData.resolve();
      const { top, left, bottom, right } = source.rect;
      const by: FakeChart['seriesBy'] = seriesBy === 'Auto' ? (bottom - top >= right - left ? 'Columns' : 'Rows') : (seriesBy as FakeChart['seriesBy']);
      const lines = by === 'Columns' ? right - left + 1 : bottom - top + 1;
      const series = Array.from({ length: lines }, (_, i) => ({
        name: `Series${i + 1}`,
        values: { sheet: source.sheet, rect: by === 'Columns' ? { top, left: left + i, bottom, right: left + i } : { top: top + i, left, bottom: top + i, right } },
        fill: null,
      }));
      const charts = chartsOf(sheet);
      const chart: FakeChart = { name: `Chart ${charts.length + 1}`, type, source, seriesBy: by, title: '', legendPosition: 'Right', series, categories: null, position: null };
      charts.push(chart);
      return chart;
    }).createdProxy();
  }
  getItem(name: string): FakeChartProxy {
    return new FakeChartProxy(this.context, () => chartsOf(this.resolve()).find((c) => c.name === name) ?? null).createdProxy();
  }
}

class FakeChartProxy extends FakeObject<FakeChart> {
  constructor(context: FakeContext, resolver: () => FakeChart | null) {
    super(context, resolver);
    this.prop('name', {
      get: (c) => c.name,
      set: (c, v) => {
        if (typeof v !== 'string' || v === '') throw invalid(`chart name ${String(v)}`);
        c.name = v;
      },
    });
    this.prop('chartType', { get: (c) => c.type });
    this.child('title', () => new FakeChartTitle(context, () => this.resolve()));
    this.child('legend', () => new FakeChartLegend(context, () => this.resolve()));
    this.child('series', () => new FakeChartSeriesCollection(context, () => this.resolve()));
    this.child('axes', () => new FakeChartAxes(context, () => this.resolve()));
  }
  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    this.context.queue(() => {
      const chart = this.resolve();
      chart.position = { start: cellArgument(startCell), end: endCell === undefined ? null : cellArgument(endCell) };
    });
  }
}

class FakeChartTitle extends FakeObject<FakeChart> {
  constructor(context: FakeContext, resolver: () => FakeChart) {
    super(context, resolver);
    this.prop('text', {
      get: (c) => c.title,
      set: (c, v) => {
        if (typeof v !== 'string') throw invalid(`chart title ${String(v)}`);
        c.title = v;
      },
    });
  }
}

class FakeChartLegend extends FakeObject<FakeChart> {
  constructor(context: FakeContext, resolver: () => FakeChart) {
    super(context, resolver);
    this.prop('position', {
      get: (c) => c.legendPosition,
      set: (c, v) => {
        if (!LEGEND_POSITIONS.includes(v as string)) throw invalid(`legend position ${String(v)}`);
        c.legendPosition = v as string;
      },
    });
  }
}

class FakeChartSeriesCollection extends FakeCollection<FakeChart, FakeChartSeries> {
  protected itemsOf(chart: FakeChart): FakeChartSeries[] {
    return chart.series.map((_, i) => new FakeChartSeries(this.context, () => ({ chart, index: i })));
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, () => {
      const chart = this.resolve();
      if (!Number.isInteger(index) || index < 0 || index >= chart.series.length) throw invalid(`series ${index} of a chart with ${chart.series.length}`);
      return { chart, index };
    }).createdProxy();
  }
}

type SeriesTarget = { chart: FakeChart; index: number };

class FakeChartSeries extends FakeObject<SeriesTarget> {
  constructor(context: FakeContext, resolver: () => SeriesTarget) {
    super(context, resolver);
    this.prop('name', {
      get: (t) => t.chart.series[t.index].name,
      set: (t, v) => {
        if (typeof v !== 'string') throw invalid(`series name ${String(v)}`);
        t.chart.series[t.index].name = v;
      },
    });
    this.child('format', () => new FakeChartSeriesFormat(context, () => this.resolve()));
  }
}

class FakeChartSeriesFormat extends FakeObject<SeriesTarget> {
  constructor(context: FakeContext, resolver: () => SeriesTarget) {
    super(context, resolver);
    this.child('fill', () => new FakeChartFill(context, () => this.resolve()));
  }
}

class FakeChartFill extends FakeObject<SeriesTarget> {
  /** Excel takes '#RRGGBB' or an HTML color name; the add-in writes only the former. */
  setSolidColor(color: string): void {
    this.context.queue(() => {
      if (!isColor(color)) throw invalid(`chart fill ${String(color)}`);
      const t = this.resolve();
      t.chart.series[t.index].fill = color;
    });
  }
  clear(): void {
    this.context.queue(() => {
      const t = this.resolve();
      t.chart.series[t.index].fill = null;
    });
  }
}

class FakeChartAxes extends FakeObject<FakeChart> {
  constructor(context: FakeContext, resolver: () => FakeChart) {
    super(context, resolver);
    this.child('categoryAxis', () => new FakeChartCategoryAxis(context, () => this.resolve()));
  }
}

class FakeChartCategoryAxis extends FakeObject<FakeChart> {
  setCategoryNames(sourceData: FakeRange): void {
    this.needs('1.7', 'ChartAxis.setCategoryNames');
    this.context.queue(() => {
      const chart = this.resolve();
      chart.categories = sourceData.resolve();
    });
  }
}

// ---- the fake itself -----------------------------------------------------------------------

export interface SyncFailure {
  /** The 1-based number of the sync that fails, counted over the fake's whole life. */
  at: number;
  /** Calls of that sync applied before it fails (default 0: nothing applied). */
  afterOps?: number;
  code?: string;
}

export interface SyncRecord {
  sync: number;
  /** Cells carried by values / numberFormat assignments. */
  cells: number;
  /** Cells of values / numberFormat / formulas loaded. */
  loaded: number;
  outcome: 'ok' | 'payload' | 'response' | 'failed';
}

/** Options an Excel.run batch was started with (the subset the adapter passes). */
export interface FakeRunOptions {
  mergeUndoGroup?: boolean;
}

export { MANIFEST_EXCEL_API };

export type FakePlatform = 'web' | 'desktop';
export const FAKE_PLATFORMS: readonly FakePlatform[] = ['web', 'desktop'];

export interface FakeExcelOptions {
  /** Default: 'web', or what useFakePlatform set. */
  platform?: FakePlatform;
  /** The host's ExcelApi version; default: the version manifest.xml declares (MANIFEST_EXCEL_API). */
  excelApi?: string;
  /** What desktop Excel does with a read past 5,000,000 cells (default: null values). */
  desktopLargeRead?: 'null' | 'RangeExceedsLimit';
}

const versionAtLeast = (have: string, need: string): boolean => {
  const [a, b] = [have, need].map((v) => v.split('.').map(Number));
  return a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
};

let defaultPlatform: FakePlatform = 'web';

/** The platform of fakes made without one: adapter suites run once per platform (describe.each). */
export function useFakePlatform(platform: FakePlatform): void {
  defaultPlatform = platform;
}

/** Whether every cell of `rect` is unlocked (a cell never formatted is locked, Excel's default). */
function allUnlocked(sheet: FakeSheet, rect: CellRect): boolean {
  // More cells than are stored: one of them was never formatted.
  if (rectArea(rect) > sheet.cells.size) return false;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) if (getCell(sheet, r, c)?.format.locked !== false) return false;
  }
  return true;
}

export class FakeExcel {
  readonly doc: FakeDocument = { sheets: [], date1904: false, nextSheetId: 1, nextRuleId: 1 };
  readonly platform: FakePlatform;
  readonly excelApi: string;
  readonly desktopLargeRead: 'null' | 'RangeExceedsLimit';
  /** Values were written in a sync that suspended calculation, and no full calculation followed. */
  calculationStale = false;
  /** Application.calculate calls, in order. */
  readonly calculations: string[] = [];
  suspendedThisSync = false;
  wroteThisSync = false;

  constructor(options: FakeExcelOptions = {}) {
    this.platform = options.platform ?? defaultPlatform;
    this.excelApi = options.excelApi ?? MANIFEST_EXCEL_API;
    this.desktopLargeRead = options.desktopLargeRead ?? 'null';
  }

  /**
   * ApiNotFound, as a host without the requirement set answers ("Office versions and requirement
   * sets", https://learn.microsoft.com/office/dev/add-ins/develop/office-versions-and-requirement-sets).
   */
  requireApi(version: string, member: string): void {
    if (!versionAtLeast(this.excelApi, version)) {
      throw new FakeOfficeError('ApiNotFound', `fake Excel: ${member} needs ExcelApi ${version}; this host has ${this.excelApi}`);
    }
  }

  syncCount = 0;
  readonly syncLog: SyncRecord[] = [];
  readonly runs: FakeRunOptions[] = [];
  /**
   * Most cells one sync may carry; above it the sync fails with RequestPayloadSizeLimitExceeded.
   * Excel on the web only: desktop Excel has no payload limit (resource-limits page, "Excel add-ins").
   */
  payloadLimit: number | undefined;
  /** Most cells one sync may load; above it the sync fails with ResponsePayloadSizeLimitExceeded (web only). */
  responseLimit: number | undefined;
  /** Cells loaded by the sync running now. */
  loadedCells = 0;
  calculationSuspensions = 0;
  /** What the user has selected (workbook.getSelectedRange); null: no range (a chart, a shape). */
  selection: { sheet: string; address: string } | null = null;
  private readonly failures: SyncFailure[] = [];

  /** What the adapter is given in place of Excel.run. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: FakeRunOptions): Promise<T> => this.runBatch(batch, options);

  private async runBatch<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: FakeRunOptions): Promise<T> {
    this.runs.push({ ...options });
    const context = new FakeContext(this);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pendingOperations > 0) {
        throw new Error(`fake Excel: the batch ended with ${context.pendingOperations} queued calls never synced`);
      }
      return result;
    } finally {
      context.closed = true;
    }
  }

  failSync(failure: SyncFailure): void {
    this.failures.push(failure);
  }

  /**
   * Protects a sheet as the user does (审阅 → 保护工作表): with Excel's default options (selecting
   * cells allowed, nothing else) unless others are given. Its cells are locked unless formatted
   * otherwise, so values, formats and every other change are refused (see checkWritable).
   */
  protectSheet(name: string, options: Partial<FakeProtectionOptions> = {}): void {
    this.sheet(name).protection = { options: { ...PROTECTION_DEFAULTS, ...options } };
  }

  /**
   * Refuses a change to a protected sheet as Excel does: AccessDenied, "You cannot perform the
   * requested operation." ("Error handling with the application-specific JavaScript APIs",
   * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
   * `target` is what a queued call resolved to: a sheet, or a range, rule or table on one. Values go
   * only into unlocked cells (every cell of the range: FormatProtection.locked false); formatting
   * cells, columns or rows only where the protection's options allow it (allowFormatCells,
   * allowFormatColumns, allowFormatRows); any other change not at all.
   */
  checkWritable(target: unknown, action: ProtectedAction = 'edit'): void {
    if (typeof target !== 'object' || target === null) return;
    const sheet = ('cells' in target ? target : (target as { sheet?: unknown }).sheet) as FakeSheet | undefined;
    const protection = sheet?.protection;
    if (sheet === undefined || protection === null || protection === undefined) return;
    const rect = (target as { rect?: CellRect }).rect;
    const o = protection.options;
    const allowed =
      action === 'values' ? rect !== undefined && allUnlocked(sheet, rect)
      : action === 'formatCells' ? o.allowFormatCells
      : action === 'formatColumns' ? o.allowFormatColumns
      : action === 'formatRows' ? o.allowFormatRows
      : false;
    if (!allowed) throw new FakeOfficeError('AccessDenied', ACCESS_DENIED);
  }

  /**
   * Runs one request: all or nothing for the request payload limit, call by call otherwise.
   * A response over its limit fails after the calls ran (reads have nothing to undo).
   */
  execute(ops: ReadonlyArray<{ run: () => void; weight: number }>): void {
    const sync = ++this.syncCount;
    const cells = ops.reduce((n, op) => n + op.weight, 0);
    this.loadedCells = 0;
    this.suspendedThisSync = false;
    this.wroteThisSync = false;
    const log = (outcome: SyncRecord['outcome']) => {
      this.syncLog.push({ sync, cells, loaded: this.loadedCells, outcome });
      if (this.suspendedThisSync && this.wroteThisSync) this.calculationStale = true;
    };
    const web = this.platform === 'web';
    if (web && this.payloadLimit !== undefined && cells > this.payloadLimit) {
      log('payload');
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const failure = this.failures.find((f) => f.at === sync);
    const stop = failure ? Math.min(failure.afterOps ?? 0, ops.length) : ops.length;
    try {
      for (let i = 0; i < stop; i++) ops[i].run();
      if (failure) throw new FakeOfficeError(failure.code ?? 'GeneralException', `fake Excel: sync ${sync} failed`);
    } catch (e) {
      log('failed');
      throw e;
    }
    if (web && this.responseLimit !== undefined && this.loadedCells > this.responseLimit) {
      log('response');
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    log('ok');
  }

  // ---- inspection ----

  sheetNames(): string[] {
    return this.doc.sheets.map((s) => s.name);
  }

  sheet(name: string): FakeSheet {
    const sheet = findSheet(this.doc, name);
    if (!sheet) throw new Error(`fake Excel: no sheet ${name}`);
    return sheet;
  }

  cell(sheet: string, address: string): FakeCell {
    const { top, left } = parseA1(address);
    return cloneValue(getCell(this.sheet(sheet), top, left) ?? { value: '', numberFormat: 'General', format: {} });
  }

  values(sheet: string, address: string): FakeValue[][] {
    return grid({ sheet: this.sheet(sheet), rect: parseA1(address) }, (cell) => cell?.value ?? '');
  }

  /** The sheet's rules, top priority first; a rule over several areas gives them comma-separated. */
  rules(sheet: string): Array<Omit<FakeRule, 'id' | 'areas'> & { range: string }> {
    return this.sheet(sheet).rules.map(({ id: _id, areas, ...rest }) => ({ ...cloneValue(rest), range: areas.map(formatA1).join(',') }));
  }

  /** The sheet's charts, ranges as qualified addresses ('Sheet1!E19:G21'). */
  charts(sheet: string): Array<{
    name: string;
    type: string;
    source: string;
    seriesBy: string;
    title: string;
    legendPosition: string;
    series: Array<{ name: string; values: string; fill: string | null }>;
    categories: string | null;
    position: { start: string; end: string | null } | null;
  }> {
    const address = (t: RangeTarget) => qualifiedA1(t.sheet.name, t.rect);
    return chartsOf(this.sheet(sheet)).map((c) => ({
      name: c.name,
      type: c.type,
      source: address(c.source),
      seriesBy: c.seriesBy,
      title: c.title,
      legendPosition: c.legendPosition,
      series: c.series.map((s) => ({ name: s.name, values: address(s.values), fill: s.fill })),
      categories: c.categories && address(c.categories),
      position: c.position && { start: formatA1(c.position.start), end: c.position.end && formatA1(c.position.end) },
    }));
  }

  /** The sheet's data validations by cell ('B2'), in row order. */
  validations(sheet: string): Array<[string, FakeValidation]> {
    return [...this.sheet(sheet).validations]
      .sort(([a], [b]) => a - b)
      .map(([key, v]) => [formatA1({ top: keyRow(key), left: keyCol(key), bottom: keyRow(key), right: keyCol(key) }), cloneValue(v)]);
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet)
      .merges.slice()
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map(formatA1);
  }

  /** The whole document as canonical JSON (rule ids left out), to check that nothing else changed. */
  dump(): string {
    return JSON.stringify({
      date1904: this.doc.date1904,
      sheets: this.doc.sheets.map((s) => ({
        ...s,
        rules: this.rules(s.name),
        charts: this.charts(s.name),
        cells: [...s.cells]
          .filter(([, c]) => c.value !== '' || c.formula !== undefined || c.numberFormat !== 'General' || Object.keys(c.format).length > 0)
          .sort(([a], [b]) => a - b)
          .map(([key, c]) => [formatA1({ top: keyRow(key), left: keyCol(key), bottom: keyRow(key), right: keyCol(key) }), c]),
        merges: this.merges(s.name),
        hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
        hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
        columnWidths: [...s.columnWidths].sort(([a], [b]) => a - b),
        rowHeights: [...s.rowHeights].sort(([a], [b]) => a - b),
        autofitRows: [...s.autofitRows].sort((a, b) => a - b),
        validations: this.validations(s.name),
      })),
    });
  }
}

// ---- building a fake workbook --------------------------------------------------------------

export interface FakeSheetSpec {
  /** Row-major from A1; null = empty. Stored as is (no parsing of typed input). */
  rows: Array<Array<FakeValue | null>>;
  merges?: string[];
  tables?: Array<{ name: string; range: string; showHeaders?: boolean }>;
  /** Address → number format. */
  numberFormats?: Record<string, string>;
  /** Address → format. */
  formats?: Record<string, FakeCellFormat>;
  hiddenRows?: number[];
  hiddenColumns?: number[];
  visibility?: FakeSheet['visibility'];
  /** The user's own conditional formats, top priority first. */
  rules?: Array<{ range: string; type?: 'Custom' | 'DataBar'; formula?: string; fill?: string; fontColor?: string }>;
}

/** A fake workbook holding the given sheets, in order: `fakeWorkbookFrom({ 台账: rows })`. */
export function fakeWorkbookFrom(
  sheets: Record<string, FakeSheetSpec | Array<Array<FakeValue | null>>>,
  options: { date1904?: boolean } & FakeExcelOptions = {},
): FakeExcel {
  const excel = new FakeExcel(options);
  excel.doc.date1904 = options.date1904 ?? false;
  for (const [name, given] of Object.entries(sheets)) {
    const spec: FakeSheetSpec = Array.isArray(given) ? { rows: given } : given;
    const sheet = newSheet(excel.doc, name);
    sheet.visibility = spec.visibility ?? 'Visible';
    spec.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') touchCell(sheet, r + 1, c + 1).value = v;
      }),
    );
    for (const [address, fmt] of Object.entries(spec.numberFormats ?? {})) {
      const { top, left } = parseA1(address);
      touchCell(sheet, top, left).numberFormat = fmt;
    }
    for (const [address, fmt] of Object.entries(spec.formats ?? {})) {
      const { top, left } = parseA1(address);
      touchCell(sheet, top, left).format = cloneValue(fmt);
    }
    sheet.merges = (spec.merges ?? []).map(parseA1);
    sheet.tables = (spec.tables ?? []).map((t) => ({ name: t.name, rect: parseA1(t.range), showHeaders: t.showHeaders ?? true }));
    sheet.hiddenRows = new Set(spec.hiddenRows ?? []);
    sheet.hiddenColumns = new Set(spec.hiddenColumns ?? []);
    sheet.rules = (spec.rules ?? []).map((r) => ({
      id: `{fake-cf-${excel.doc.nextRuleId++}}`,
      type: r.type ?? 'Custom',
      areas: r.range.split(',').map(parseA1),
      ...(r.formula !== undefined ? { formula: r.formula } : {}),
      ...(r.fill !== undefined ? { fill: r.fill } : {}),
      ...(r.fontColor !== undefined ? { fontColor: r.fontColor } : {}),
    }));
  }
  return excel;
}
