import type { CellRect } from '../core/ledger/sheetSnapshot';
import { displayText, rowHeightFor, widthToFit, wrappedLines } from './measureText';
import type { CellModel, CellStyle, ModelValue, PageMargins, PageSetup, SheetModel } from './sheetModel';
import { EXCEL_MAX_ROW_HEIGHT, SHEET_TYPEFACE } from './sheetModel';

/**
 * Laying out a printable sheet from its content: column widths from the widest text, row heights
 * from the wrapped lines of every cell, and pages cut between rows so that a table continuing on
 * the next page starts with its column headings again. Builders describe lines and tables;
 * `build` turns them into a SheetModel, the same for both adapters.
 */

/** The footer every printed sheet carries (Excel's codes: &P this page, &N pages of the sheet). */
export const PAGE_NUMBER_FOOTER = '第 &P 页 共 &N 页';
/** Header and footer distance from the paper's edge, inches: Excel's own, as every sheet has printed. */
const HEADER_FOOTER_MARGIN = 0.3;

/** A sheet's margins: its own four sides, the header and footer where every sheet has them. */
export function pageMargins(sides: Omit<PageMargins, 'header' | 'footer'>): PageMargins {
  return { ...sides, header: HEADER_FOOTER_MARGIN, footer: HEADER_FOOTER_MARGIN };
}

/** The line under a sheet that is signed on paper. */
export const SIGNATURE_LINE = '制表人：____________　　　审核人：____________　　　日期：____________';

/** One cell, or cells merged across columns `from`–`to` (1-based); `down` more rows merged below, inside a group. */
export interface Span {
  value: ModelValue;
  style?: CellStyle;
  from: number;
  to?: number;
  down?: number;
}

export interface LineOptions {
  /** A fixed height in points instead of the measured one. */
  height?: number;
  /** Keep on the same page as the line after it (a heading above its table). */
  keepWithNext?: boolean;
}

export interface ColumnSpec {
  /** Narrowest width, in characters. */
  min?: number;
  /** Widest: wrapped text wraps here. Numbers and unwrapped text always get their full width. */
  max?: number;
}

/** A line as added; after build, `row` is the 1-based row it landed on. */
export interface FlowLine {
  readonly row: number;
}

interface Line extends FlowLine {
  row: number;
  spans: Span[];
  options: LineOptions;
  /** The table the line belongs to, as a body line (its header repeats above it on a new page). */
  table?: Table;
  /** Lines of a group stay on one page; the group's index. */
  group?: number;
}

interface Table {
  header: Line[];
  /** Index of its first heading line: headings among the title lines repeat as print titles. */
  start: number;
}

export interface FlowPage {
  orientation: PageSetup['orientation'];
  /** Inches; the header and footer go where pageMargins puts them. */
  margins: Omit<PageMargins, 'header' | 'footer'>;
  /** How many lines from the top repeat on every printed page (title, and the headings of a single table). */
  titleLines?: number;
  footer?: PageSetup['footer'];
}

/** A4 in points. */
const A4 = { width: 595.3, height: 841.9 };
/**
 * Share of the page the layout fills before cutting: Excel and LibreOffice scale a sheet to fit
 * its width by whole percents, and render fonts a little differently; a page cut a little early
 * is never wrong, one cut late leaves a table's last rows on a page without headings.
 */
const PAGE_FILL = 0.94;
/** The widest a column grows for one cell's text, in characters; longer text wraps. */
const LONGEST_LINE = 50;
/** An empty line's height: half an 11-point line. */
const BLANK_HEIGHT = 10;

export class SheetFlow {
  private readonly lines: Line[] = [];
  private table: Table | undefined;
  private groups = 0;
  private group: number | undefined;

  /** @param columns One spec per column; their count is the sheet's width. */
  constructor(private readonly columns: readonly ColumnSpec[]) {}

  get width(): number {
    return this.columns.length;
  }

  /** A row of spans. */
  line(spans: Span[], options: LineOptions = {}): FlowLine {
    const line: Line = { row: 0, spans, options, table: this.table, group: this.group };
    this.lines.push(line);
    return line;
  }

  /** Text across the whole width, merged. */
  text(value: ModelValue, style: CellStyle, options: LineOptions = {}): FlowLine {
    return this.line([{ value, style, from: 1, to: this.width }], options);
  }

  blank(height = BLANK_HEIGHT): void {
    this.line([], { height });
  }

  /**
   * Starts a table: its heading lines now, then body lines until endTable. On a new page the
   * headings are repeated above the body (unless they are among the page's title lines).
   */
  startTable(header: Span[][]): void {
    const table: Table = { header: header.map((spans) => ({ row: 0, spans, options: {} })), start: this.lines.length };
    this.table = undefined;
    for (const spans of header) this.line(spans, { keepWithNext: true });
    this.table = table;
  }

  endTable(): void {
    this.table = undefined;
  }

  /** Lines added inside `add` stay on one page (vertical merges live only inside a group). */
  together(add: () => void): void {
    this.group = ++this.groups;
    try {
      add();
    } finally {
      this.group = undefined;
    }
  }

  /** The signature line under a signed sheet, kept on the page of the line above it. */
  signature(): void {
    const last = this.lines[this.lines.length - 1];
    if (last) last.options = { ...last.options, keepWithNext: true };
    this.line([], { height: BLANK_HEIGHT * 2, keepWithNext: true });
    this.text(SIGNATURE_LINE, { fontSize: 12, vertical: 'bottom' }, { height: 28 });
  }

  build(name: string, page: FlowPage): SheetModel {
    this.wrapLongText();
    const widths = this.fitWidths();
    const heights = this.lines.map((l) => this.heightOf(l, widths));
    const capacity = pageCapacity(widths, page);
    const titleLines = page.titleLines ?? 0;
    const titleHeight = heights.slice(0, titleLines).reduce((s, h) => s + h, 0);

    const out: Array<{ line: Line; height: number }> = [];
    const rowBreaks: number[] = [];
    let used = 0;
    const newPage = () => {
      rowBreaks.push(out.length);
      used = titleHeight;
    };
    const put = (line: Line, height: number) => {
      out.push({ line, height });
      line.row = out.length;
      used += height;
    };

    for (let i = 0; i < this.lines.length; ) {
      // The run that must share a page: a group, or lines kept with the next.
      let j = i;
      while (j + 1 < this.lines.length && (this.lines[j].options.keepWithNext || (this.lines[j].group !== undefined && this.lines[j].group === this.lines[j + 1].group))) j++;
      const run = this.lines.slice(i, j + 1);
      const runHeight = heights.slice(i, j + 1).reduce((s, h) => s + h, 0);
      const table = run[0].table;
      const repeat = table && table.start >= titleLines ? table.header : [];
      if (i >= titleLines && out.length > 0 && used + runHeight > capacity && used > titleHeight) {
        newPage();
        for (const h of repeat) put(h, this.heightOf(h, widths));
      }
      run.forEach((line, k) => put(line, heights[i + k]));
      i = j + 1;
    }

    const rows: CellModel[][] = [];
    const merges: CellRect[] = [];
    const rowHeights: Record<number, number> = {};
    out.forEach(({ line, height }, index) => {
      const r = index + 1;
      const cells: CellModel[] = [];
      for (const span of line.spans) {
        const to = span.to ?? span.from;
        for (let c = span.from; c <= to; c++) cells[c - 1] = c === span.from ? { value: span.value, style: span.style } : { value: null, style: span.style };
        if (to > span.from || (span.down ?? 0) > 0) merges.push({ top: r, left: span.from, bottom: r + (span.down ?? 0), right: to });
      }
      for (let c = 0; c < cells.length; c++) cells[c] ??= { value: null };
      rows.push(cells);
      rowHeights[r] = height;
    });

    const last = Math.max(1, rows.length);
    return {
      name,
      rows,
      font: SHEET_TYPEFACE,
      merges,
      columnWidths: widths,
      rowHeights,
      page: {
        orientation: page.orientation,
        paper: 'A4',
        margins: pageMargins(page.margins),
        fitToWidth: true,
        printArea: { top: 1, left: 1, bottom: last, right: this.width },
        ...(titleLines > 0 ? { printTitleRows: { first: 1, last: titleLines } } : {}),
        ...(rowBreaks.length > 0 ? { rowBreaks } : {}),
        footer: page.footer ?? { center: PAGE_NUMBER_FOOTER },
      },
    };
  }

  /** Text wider than a line can be, unwrapped, would need a column wider than the page: it wraps instead. */
  private wrapLongText(): void {
    for (const line of this.lines) {
      for (const span of line.spans) {
        if (typeof span.value === 'string' && !span.style?.wrap && widthToFit(span.value, span.style) > LONGEST_LINE) span.style = { ...span.style, wrap: true };
      }
    }
  }

  /** Each column as wide as its widest single cell, within its spec; merged spans widen their last column if they must. */
  private fitWidths(): number[] {
    const widths = this.columns.map((c) => c.min ?? 4);
    const need = (span: Span) => {
      const text = displayText(span.value, span.style?.numberFormat);
      if (text === '') return 0;
      return widthToFit(text, span.style);
    };
    for (const line of this.lines) {
      for (const span of line.spans) {
        if ((span.to ?? span.from) !== span.from) continue;
        const c = span.from - 1;
        const spec = this.columns[c] ?? {};
        const n = need(span);
        const capped = span.style?.wrap && typeof span.value === 'string' ? Math.min(n, Math.max(spec.max ?? LONGEST_LINE, longestUnbreakable(span))) : n;
        widths[c] = Math.max(widths[c], capped);
      }
    }
    // Unwrapped text and numbers across merged columns: the span must hold them whole.
    for (const line of this.lines) {
      for (const span of line.spans) {
        const to = span.to ?? span.from;
        if (to === span.from || (span.style?.wrap && typeof span.value === 'string')) continue;
        const have = widths.slice(span.from - 1, to).reduce((s, w) => s + w, 0);
        const deficit = need(span) - have;
        if (deficit > 0) widths[to - 1] += deficit;
      }
    }
    return widths.map((w) => Math.ceil(w * 2) / 2);
  }

  private heightOf(line: Line, widths: readonly number[]): number {
    if (line.options.height !== undefined) return line.options.height;
    let height = rowHeightFor(1);
    for (const span of line.spans) {
      const text = displayText(span.value, span.style?.numberFormat);
      const width = widths.slice(span.from - 1, span.to ?? span.from).reduce((s, w) => s + w, 0);
      const lines = span.style?.wrap ? wrappedLines(text, width, span.style) : text.split('\n').length;
      // A cell merged down shares its height with the rows below it.
      height = Math.max(height, rowHeightFor(lines, span.style) / (1 + (span.down ?? 0)));
    }
    return Math.min(EXCEL_MAX_ROW_HEIGHT, Math.ceil(height));
  }
}

/** A header's lines never break inside: a column is at least as wide as its longest '\n' line. */
function longestUnbreakable(span: Span): number {
  const text = String(span.value);
  return text.includes('\n') ? Math.min(LONGEST_LINE, widthToFit(text, span.style)) : 0;
}

/**
 * Points of sheet height that print on one page: the page between the margins, divided by the
 * scale that fits the columns to the page's width (Excel: a column of w characters is 7w + 5 px).
 */
export function pageCapacity(widths: readonly number[], page: Pick<FlowPage, 'orientation' | 'margins'>): number {
  const paper = page.orientation === 'portrait' ? A4 : { width: A4.height, height: A4.width };
  const m = page.margins;
  const printableWidthPx = ((paper.width - (m.left + m.right) * 72) * 96) / 72;
  const sheetPx = widths.reduce((s, w) => s + Math.round(w * 7 + 5), 0);
  const scale = Math.min(1, Math.floor((printableWidthPx / sheetPx) * 100) / 100);
  return ((paper.height - (m.top + m.bottom) * 72) / scale) * PAGE_FILL;
}
