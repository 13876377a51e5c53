/**
 * Surgical edits of a user's worksheet part (xl/worksheets/sheetN.xml) as text. Whatever wrote the
 * part (Excel, LibreOffice, WPS, the Open XML SDK with `x:` prefixes, POI, ExcelJS), the edits here
 * only insert elements, change the few attribute values they must, and replace or remove the cells
 * they are asked to: every other byte is kept. Each function is pure: text in, text out.
 *
 * Scanning is by indexOf over the markup (no DOM, no regex over the whole part): a ledger part can
 * be tens of megabytes, and an edit must stay linear in it. Elements are matched by local name, so
 * prefixes do not matter, and only the root's direct children count for schema positions (the x14
 * conditionalFormatting and dataValidations inside extLst are other elements).
 */

import { columnLetters } from '../../core/cells';
import { EXCEL_MAX_ROW_HEIGHT } from '../../sheets/sheetModel';
import { escapeAttr, escapeText, unescapeXml } from '../xml';

/** One cell to write; null removes the cell (value and style). */
export type CellPatch = {
  /** null: an empty cell (no value), there for its style. */
  value: string | number | boolean | null;
  /** cellXfs index; undefined keeps the existing cell's s (none for a new cell). */
  style?: number;
} | null;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

// ---------------------------------------------------------------------------------------------
// Markup scanning

const OPEN = 1;
const CLOSE = 2;
const EMPTY = 3;
/** Comment, processing instruction, CDATA section or doctype. */
const OTHER = 4;

const isSpace = (ch: number) => ch === 0x20 || ch === 0x0a || ch === 0x09 || ch === 0x0d;

function malformed(what: string): Error {
  return new Error(`工作表 XML 无法解析：${what} / worksheet XML is malformed: ${what}`);
}

/** One piece of markup, read in place (a cursor: read() overwrites it). */
class Tag {
  kind = 0;
  /** Index of '<'. */
  start = 0;
  /** Index after '>'. */
  end = 0;
  /** Index after the qualified name (start and end tags only). */
  nameEnd = 0;
  /** Index of the local name (after the prefix's ':'). */
  localStart = 0;

  constructor(readonly xml: string) {}

  /** Reads the markup whose '<' is at `lt`. */
  read(lt: number): this {
    const x = this.xml;
    this.start = lt;
    const c = x.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      this.kind = OTHER;
      let end: number;
      if (x.startsWith('<!--', lt)) end = found(x.indexOf('-->', lt + 4), 'comment') + 3;
      else if (x.startsWith('<![CDATA[', lt)) end = found(x.indexOf(']]>', lt + 9), 'CDATA') + 3;
      else {
        // A doctype, possibly with an internal subset in brackets.
        const gt = found(x.indexOf('>', lt), 'doctype');
        const bracket = x.indexOf('[', lt);
        end = bracket >= 0 && bracket < gt ? found(x.indexOf('>', found(x.indexOf(']', bracket), 'doctype')), 'doctype') + 1 : gt + 1;
      }
      this.end = end;
      return this;
    }
    if (c === 0x3f /* ? */) {
      this.kind = OTHER;
      this.end = found(x.indexOf('?>', lt + 2), 'processing instruction') + 2;
      return this;
    }
    const close = c === 0x2f; /* / */
    const nameStart = close ? lt + 2 : lt + 1;
    let p = nameStart;
    let localStart = nameStart;
    for (;;) {
      const ch = x.charCodeAt(p);
      if (ch === 0x3e /* > */ || ch === 0x2f || isSpace(ch)) break;
      if (ch !== ch) throw malformed('unterminated tag'); // NaN: past the end
      if (ch === 0x3a /* : */) localStart = p + 1;
      p++;
    }
    if (p === nameStart) throw malformed(`a tag without a name at ${lt}`);
    this.nameEnd = p;
    this.localStart = localStart;
    if (close) {
      this.kind = CLOSE;
      this.end = found(x.indexOf('>', p), 'end tag') + 1;
      return this;
    }
    // Attribute values may hold '>' (and '/'): jump over them by their quotes.
    for (;;) {
      const ch = x.charCodeAt(p);
      if (ch === 0x3e) break;
      if (ch === 0x22 || ch === 0x27) p = found(x.indexOf(ch === 0x22 ? '"' : "'", p + 1), 'attribute value');
      else if (ch !== ch) throw malformed('unterminated tag');
      p++;
    }
    this.end = p + 1;
    this.kind = x.charCodeAt(p - 1) === 0x2f ? EMPTY : OPEN;
    return this;
  }

  /** Reads the next markup at or after `from`; false when there is none. */
  next(from: number): boolean {
    const lt = this.xml.indexOf('<', from);
    if (lt < 0) return false;
    this.read(lt);
    return true;
  }

  /** Reads the next markup at or after `from`, which must exist (inside an element). */
  must(from: number): this {
    if (!this.next(from)) throw malformed('an element is not closed');
    return this;
  }

  /** Whether this is a start, empty or end tag of the local name `local`. */
  is(local: string): boolean {
    return this.nameEnd - this.localStart === local.length && this.xml.startsWith(local, this.localStart);
  }

  local(): string {
    return this.xml.slice(this.localStart, this.nameEnd);
  }

  qname(): string {
    return this.xml.slice(this.start + (this.kind === CLOSE ? 2 : 1), this.nameEnd);
  }

  /** The prefix with its colon ('x:'), or ''. */
  prefix(): string {
    return this.xml.slice(this.start + 1, this.localStart);
  }

  /** Where the attributes end: the '/' of '/>' or the '>'. */
  attrsEnd(): number {
    return this.kind === EMPTY ? this.end - 2 : this.end - 1;
  }
}

function found(index: number, what: string): number {
  if (index < 0) throw malformed(`unterminated ${what}`);
  return index;
}

/**
 * Finds the end of elements fast: the first `</name` after a start tag closes it unless a comment,
 * CDATA section, processing instruction or a nested element of the same name comes first (then the
 * element is walked tag by tag).
 */
/**
 * Elements the schema never nests in themselves: no need to look for a nested one before their end
 * tag (that search is most of the cost of skipping a row or a cell).
 */
const NEVER_NESTED = new Set(['row', 'c', 'f', 'v', 'is', 't', 'r', 'rPr', 'sheetData', 'cfRule', 'formula', 'mergeCells', 'mergeCell', 'conditionalFormatting', 'cols', 'col', 'sheetViews', 'sheetView']);

class Skipper {
  private readonly scratch: Tag;
  /** `</qname`, `<qname` and whether the element may nest in itself, by qname, built once. */
  private readonly tags = new Map<string, { close: string; open: string; nests: boolean }>();
  /**
   * The last search per pattern: searches go forward, so one that found nothing, or something still
   * ahead, answers the next ones without scanning again (else a pattern that does not recur would be
   * searched for to the end of the part, element after element).
   */
  private readonly searches = new Map<string, { from: number; at: number }>();
  private readonly comments = { from: -1, at: -1 };
  private readonly instructions = { from: -1, at: -1 };

  constructor(private readonly xml: string) {
    this.scratch = new Tag(xml);
  }

  private search(c: { from: number; at: number }, pattern: string, p: number): number {
    if (c.from < 0 || p < c.from || (c.at >= 0 && c.at < p)) {
      c.from = p;
      c.at = this.xml.indexOf(pattern, p);
    }
    return c.at;
  }

  private nextIndex(pattern: string, p: number): number {
    let c = this.searches.get(pattern);
    if (c === undefined) this.searches.set(pattern, (c = { from: -1, at: -1 }));
    return this.search(c, pattern, p);
  }

  /** Whether a start tag `open` ('<' and exactly that name, not a longer one) begins in [from, to). */
  private hasStart(open: string, from: number, to: number): boolean {
    for (let at = this.nextIndex(open, from); at >= 0 && at < to; at = this.nextIndex(open, at + 1)) {
      const ch = this.xml.charCodeAt(at + open.length);
      if (ch === 0x3e || ch === 0x2f || isSpace(ch)) return true;
    }
    return false;
  }

  /** Index after the element whose start tag `t` is (after the tag itself unless OPEN). */
  end(t: Tag): number {
    if (t.kind !== OPEN) return t.end;
    const x = this.xml;
    const qname = t.qname();
    let tags = this.tags.get(qname);
    if (tags === undefined) this.tags.set(qname, (tags = { close: `</${qname}`, open: `<${qname}`, nests: !NEVER_NESTED.has(t.local()) }));
    let close = x.indexOf(tags.close, t.end);
    for (;;) {
      if (close < 0) throw malformed(`<${qname}> is not closed`);
      const ch = x.charCodeAt(close + tags.close.length);
      if (ch === 0x3e || isSpace(ch)) break;
      close = x.indexOf(tags.close, close + 1); // a longer name: </rowX
    }
    // A comment, CDATA section or processing instruction could hide an end tag; a nested element of the same name would close first.
    const bang = this.search(this.comments, '<!', t.end);
    const pi = this.search(this.instructions, '<?', t.end);
    if ((bang >= 0 && bang < close) || (pi >= 0 && pi < close) || (tags.nests && this.hasStart(tags.open, t.end, close))) {
      return this.walk(t);
    }
    return found(x.indexOf('>', close), 'end tag') + 1;
  }

  /** The slow way: count depth tag by tag. */
  private walk(t: Tag): number {
    const s = this.scratch;
    let depth = 1;
    let p = t.end;
    for (;;) {
      s.must(p);
      if (s.kind === OPEN) depth++;
      else if (s.kind === CLOSE && --depth === 0) return s.end;
      p = s.end;
    }
  }
}

/** The root element's start tag (the first start tag outside the prolog). */
function readRoot(xml: string): Tag {
  const t = new Tag(xml);
  let p = 0;
  for (;;) {
    if (!t.next(p)) throw malformed('no root element');
    if (t.kind === OPEN || t.kind === EMPTY) return t;
    if (t.kind === CLOSE) throw malformed('an end tag before the root');
    p = t.end;
  }
}

/** One direct child of the root, with where it ends. */
interface Child {
  local: string;
  qname: string;
  kind: number;
  start: number;
  tagEnd: number;
  end: number;
}

/**
 * The root's direct children in order, up to and including the first named `stopAt` if given
 * (children after sheetData need sheetData skipped, which is the only costly part), and the index
 * of the root's end tag (-1 when stopped early).
 */
function rootChildren(xml: string, stopAt?: string): { root: Tag; children: Child[]; rootClose: number } {
  const root = readRoot(xml);
  const children: Child[] = [];
  if (root.kind === EMPTY) return { root, children, rootClose: -1 };
  const skipper = new Skipper(xml);
  const t = new Tag(xml);
  let p = root.end;
  for (;;) {
    t.must(p);
    if (t.kind === CLOSE) return { root, children, rootClose: t.start };
    if (t.kind === OTHER) {
      p = t.end;
      continue;
    }
    const local = t.local();
    if (local === stopAt) {
      children.push({ local, qname: t.qname(), kind: t.kind, start: t.start, tagEnd: t.end, end: -1 });
      return { root, children, rootClose: -1 };
    }
    const end = skipper.end(t);
    children.push({ local, qname: t.qname(), kind: t.kind, start: t.start, tagEnd: t.end, end });
    p = end;
  }
}

/** The prefix of the part's root element with its colon ('x:' for the Open XML SDK), or '' (most producers). */
export function elementPrefix(xml: string): string {
  return readRoot(xml).prefix();
}

// ---------------------------------------------------------------------------------------------
// Attributes

interface Attr {
  name: string;
  /** Index of the whitespace before the name (removing [lead, end) removes the attribute). */
  lead: number;
  /** Index of the opening quote. */
  quote: number;
  /** Index after the closing quote. */
  end: number;
}

function readAttrs(xml: string, t: Tag): Attr[] {
  const attrs: Attr[] = [];
  const stop = t.attrsEnd();
  let p = t.nameEnd;
  while (p < stop) {
    const lead = p;
    while (p < stop && isSpace(xml.charCodeAt(p))) p++;
    if (p >= stop) break;
    const nameStart = p;
    while (p < stop && xml.charCodeAt(p) !== 0x3d /* = */ && !isSpace(xml.charCodeAt(p))) p++;
    const name = xml.slice(nameStart, p);
    while (p < stop && xml.charCodeAt(p) !== 0x3d) p++;
    p++;
    while (p < stop && isSpace(xml.charCodeAt(p))) p++;
    const q = xml[p];
    if (q !== '"' && q !== "'") throw malformed(`attribute ${name} has no quoted value`);
    const close = found(xml.indexOf(q, p + 1), 'attribute value');
    attrs.push({ name, lead, quote: p, end: close + 1 });
    p = close + 1;
  }
  return attrs;
}

/** An attribute's value, unescaped; undefined when absent. Allocation-free until found: it runs on every row and cell. */
function attrValue(xml: string, t: Tag, name: string): string | undefined {
  const stop = t.attrsEnd();
  let p = t.nameEnd;
  for (;;) {
    while (p < stop && isSpace(xml.charCodeAt(p))) p++;
    if (p >= stop) return undefined;
    const nameStart = p;
    while (p < stop && xml.charCodeAt(p) !== 0x3d && !isSpace(xml.charCodeAt(p))) p++;
    const match = p - nameStart === name.length && xml.startsWith(name, nameStart);
    while (p < stop && xml.charCodeAt(p) !== 0x3d) p++;
    p++;
    while (p < stop && isSpace(xml.charCodeAt(p))) p++;
    const q = xml.charCodeAt(p);
    if (q !== 0x22 && q !== 0x27) throw malformed(`an attribute without a quoted value`);
    const close = found(xml.indexOf(q === 0x22 ? '"' : "'", p + 1), 'attribute value');
    if (match) return unescapeXml(xml.slice(p + 1, close));
    p = close + 1;
  }
}

/**
 * A start tag with attributes set (string) or removed (null); others are kept as written. New ones
 * go after the last attribute. An empty-element tag stays one unless `open` asks for a start tag.
 */
function editTag(xml: string, t: Tag, set: ReadonlyMap<string, string | null>, open = false): string {
  const attrs = readAttrs(xml, t);
  let out = '';
  let p = t.start;
  const done = new Set<string>();
  for (const a of attrs) {
    if (!set.has(a.name)) continue;
    done.add(a.name);
    const v = set.get(a.name);
    out += v === null || v === undefined ? xml.slice(p, a.lead) : `${xml.slice(p, a.quote)}"${escapeAttr(v)}"`;
    p = a.end;
  }
  const insertAt = Math.max(p, attrs.length > 0 ? attrs[attrs.length - 1].end : t.nameEnd);
  out += xml.slice(p, insertAt);
  for (const [name, v] of set) if (v !== null && !done.has(name)) out += ` ${name}="${escapeAttr(v)}"`;
  // '/>' of an empty-element tag becomes '>' when the element gets content.
  out += open && t.kind === EMPTY ? `${xml.slice(insertAt, t.end - 2)}>` : xml.slice(insertAt, t.end);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Edits: ranges of the input replaced by text, applied in one join

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(xml: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return xml;
  const parts: string[] = [];
  let p = 0;
  for (const e of edits) {
    if (e.start < p) throw new Error('editWorksheet: overlapping edits'); // a bug here, not in the input
    parts.push(xml.slice(p, e.start), e.text);
    p = e.end;
  }
  parts.push(xml.slice(p));
  return parts.join('');
}

/** Start of an element's removal: with the whitespace before it, when that whitespace follows a tag (indentation). */
function withIndent(xml: string, start: number): number {
  let p = start;
  while (p > 0 && isSpace(xml.charCodeAt(p - 1))) p--;
  return p < start && xml.charCodeAt(p - 1) === 0x3e ? p : start;
}

// ---------------------------------------------------------------------------------------------
// Cells

function colOfRef(ref: string | undefined): number | undefined {
  if (ref === undefined) return undefined;
  // Letters then digits ('$' allowed), by hand: this runs on every cell of a patched row.
  let n = 0;
  let i = ref.charCodeAt(0) === 0x24 ? 1 : 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20; // lower case
    if (ch < 0x61 || ch > 0x7a) break;
    n = n * 26 + (ch - 0x60);
  }
  if (i < ref.length && ref.charCodeAt(i) === 0x24) i++;
  const digits = i;
  while (i < ref.length && ref.charCodeAt(i) >= 0x30 && ref.charCodeAt(i) <= 0x39) i++;
  return n === 0 || n > MAX_COL || i === digits || i < ref.length ? undefined : n;
}

/** Text as SpreadsheetML stores it: `_xHHHH_` sequences are escapes there, so a literal one is escaped itself; CR kept as a reference (XML would read it as LF). */
function stringText(s: string): string {
  return escapeText(s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')).replace(/\r/g, '&#13;');
}

type Content = { t: string | null; content: string };

/** cellContent memoised by value for one patchCells call: statuses repeat, their escaping need not. */
function contentCache(): (value: string | number | boolean | null, p: string) => Content {
  const byValue = new Map<string | number | boolean | null, Content>();
  let prefix: string | undefined;
  return (value, p) => {
    if (p !== prefix) {
      byValue.clear();
      prefix = p;
    }
    let c = byValue.get(value);
    if (c === undefined) byValue.set(value, (c = cellContent(value, p)));
    return c;
  };
}

/** The t attribute and content of a cell holding `value` (prefix `p` on the child elements); none for null. */
function cellContent(value: string | number | boolean | null, p: string): Content {
  if (value === null) return { t: null, content: '' };
  if (typeof value === 'string') {
    const space = /^\s|\s$|[\t\n\r]|\s\s/.test(value) ? ' xml:space="preserve"' : '';
    return { t: 'inlineStr', content: `<${p}is><${p}t${space}>${stringText(value)}</${p}t></${p}is>` };
  }
  if (typeof value === 'boolean') return { t: 'b', content: `<${p}v>${value ? 1 : 0}</${p}v>` };
  if (!Number.isFinite(value)) throw new RangeError(`单元格不能存放 ${value} / a cell cannot hold ${value}`);
  return { t: null, content: `<${p}v>${value}</${p}v>` };
}

function newCell(row: number, col: number, patch: NonNullable<CellPatch>, p: string, render: typeof cellContent): string {
  const { t, content } = render(patch.value, p);
  const s = patch.style === undefined ? '' : ` s="${patch.style}"`;
  const start = `<${p}c r="${columnLetters(col)}${row}"${s}${t === null ? '' : ` t="${t}"`}`;
  return content === '' ? `${start}/>` : `${start}>${content}</${p}c>`;
}

function checkStyle(style: number | undefined): void {
  if (style !== undefined && !(Number.isInteger(style) && style >= 0)) throw new RangeError(`样式编号无效 / bad style index: ${style}`);
}

/** The span a row's new cells reach beyond its `spans` hint: the new value, null to drop it (a list of ranges), undefined when covered. */
function widenSpans(spans: string | undefined, min: number, max: number): string | null | undefined {
  if (spans === undefined) return undefined;
  const m = /^\s*(\d+):(\d+)\s*$/.exec(spans);
  if (m === null) return null;
  const [a, b] = [+m[1], +m[2]];
  if (min >= a && max <= b) return undefined;
  return `${Math.min(a, min)}:${Math.max(b, max)}`;
}

/** ht and customHeight for a row `height` points tall (CT_Row, ECMA-376 Part 1, 18.3.1.73). */
const heightAttrs = (height: number): string => ` ht="${height}" customHeight="1"`;

/**
 * Sets, replaces or removes cells in ONE pass over <sheetData>. Rows are created in order where
 * missing; cells are inserted in column order inside a row; a replaced cell keeps its other
 * attributes except t (and s when a style is given) and loses its <f>/<v>/<is> (and cm/vm, the
 * metadata of the value it held). Strings are written as inline strings, so sharedStrings.xml is
 * untouched. A patch whose value is null leaves an empty cell carrying its style. Only the listed
 * cells are touched. A row's `spans` hint is widened (or dropped when it lists several ranges) when
 * the row gains a cell outside it.
 *
 * `heights` (points, by row) makes rows at least that tall: a new row is written with
 * ht and customHeight="1"; an existing row gets them only when it is lower (its ht, if any, is
 * kept when it is as tall or taller).
 */
export function patchCells(xml: string, patches: ReadonlyMap<number, ReadonlyMap<number, CellPatch>>, heights: ReadonlyMap<number, number> = new Map()): string {
  for (const [r, h] of heights) {
    if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new RangeError(`行号无效 / bad row: ${r}`);
    if (!(Number.isFinite(h) && h >= 0 && h <= EXCEL_MAX_ROW_HEIGHT)) throw new RangeError(`行高无效 / bad row height: ${h}`);
  }
  const rows = [...new Set([...[...patches.keys()].filter((r) => (patches.get(r)?.size ?? 0) > 0), ...heights.keys()])].sort((a, b) => a - b);
  if (rows.length === 0) return xml;
  const none: ReadonlyMap<number, CellPatch> = new Map();
  for (const r of rows) {
    if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new RangeError(`行号无效 / bad row: ${r}`);
    for (const [c, patch] of patches.get(r) ?? none) {
      if (!Number.isInteger(c) || c < 1 || c > MAX_COL) throw new RangeError(`列号无效 / bad column: ${c}`);
      checkStyle(patch?.style);
    }
  }
  const { children } = rootChildren(xml, 'sheetData');
  const sheetData = children[children.length - 1];
  if (sheetData?.local !== 'sheetData') throw malformed('no <sheetData>');
  const sdPrefix = sheetData.qname.slice(0, sheetData.qname.length - 'sheetData'.length);
  const edits: Edit[] = [];
  const render = contentCache();
  let next = 0; // index into rows of the next patch row not yet written

  /** New rows for the patch rows before `limit`, as text. */
  const newRowsBefore = (limit: number): string => {
    let text = '';
    for (; next < rows.length && rows[next] < limit; next++) {
      const row = rows[next];
      const cells = [...(patches.get(row) ?? none)].filter((e): e is [number, NonNullable<CellPatch>] => e[1] !== null).sort((a, b) => a[0] - b[0]);
      const height = heights.get(row);
      if (cells.length === 0 && height === undefined) continue;
      const start = `<${sdPrefix}row r="${row}"${height === undefined ? '' : heightAttrs(height)}`;
      text += cells.length === 0 ? `${start}/>` : `${start}>${cells.map(([c, patch]) => newCell(row, c, patch, sdPrefix, render)).join('')}</${sdPrefix}row>`;
    }
    return text;
  };

  if (sheetData.kind === EMPTY) {
    const rowsText = newRowsBefore(Infinity);
    const tag = new Tag(xml).read(sheetData.start);
    if (rowsText !== '') edits.push({ start: tag.start, end: tag.end, text: `${editTag(xml, tag, new Map(), true)}${rowsText}</${sheetData.qname}>` });
    return applyEdits(xml, edits);
  }

  const t = new Tag(xml);
  const skipper = new Skipper(xml);
  let p = sheetData.tagEnd;
  let prevRow = 0;
  for (;;) {
    t.must(p);
    if (t.kind === CLOSE) {
      const text = newRowsBefore(Infinity);
      if (text !== '') edits.push({ start: t.start, end: t.start, text });
      break;
    }
    if (t.kind === OTHER || !t.is('row')) {
      p = t.kind === OTHER ? t.end : skipper.end(t);
      continue;
    }
    const r = attrValue(xml, t, 'r');
    const rowNumber = r === undefined ? prevRow + 1 : parseInt(r, 10);
    if (!(rowNumber >= 1)) throw malformed(`row number ${r}`);
    if (next < rows.length && rows[next] < rowNumber) {
      edits.push({ start: t.start, end: t.start, text: newRowsBefore(rowNumber) });
    }
    if (next < rows.length && rows[next] === rowNumber) {
      p = patchRow(xml, t, rowNumber, patches.get(rowNumber) ?? none, heights.get(rowNumber), skipper, edits, render);
      next++;
    } else {
      p = skipper.end(t);
    }
    prevRow = rowNumber;
  }
  return applyEdits(xml, edits);
}

/** Edits one existing row (start tag at `row`), at least `height` points tall if given; returns the index after the row. */
function patchRow(
  xml: string,
  row: Tag,
  rowNumber: number,
  patch: ReadonlyMap<number, CellPatch>,
  height: number | undefined,
  skipper: Skipper,
  edits: Edit[],
  render: typeof cellContent,
): number {
  const cols = [...patch.keys()].sort((a, b) => a - b);
  const p = row.prefix();
  const inner: Edit[] = [];
  let added = 0;
  let minAdded = Infinity;
  let maxAdded = 0;
  let next = 0;
  /** New cells for the patch columns before `limit`. */
  const newCellsBefore = (limit: number): string => {
    let text = '';
    for (; next < cols.length && cols[next] < limit; next++) {
      const c = cols[next];
      const cell = patch.get(c);
      if (cell === null || cell === undefined) continue;
      text += newCell(rowNumber, c, cell, p, render);
      added++;
      minAdded = Math.min(minAdded, c);
      maxAdded = Math.max(maxAdded, c);
    }
    return text;
  };

  let end: number;
  if (row.kind === EMPTY) {
    const text = newCellsBefore(Infinity);
    end = row.end;
    if (text !== '') inner.push({ start: row.end, end: row.end, text: `${text}</${row.qname()}>` });
  } else {
    const t = new Tag(xml);
    let q = row.end;
    let prevCol = 0;
    // A removed cell whose next sibling has no r must hold its place (that cell's column is counted from it).
    let pending: { start: number; end: number; r: string | undefined } | null = null;
    const settle = (nextHasR: boolean) => {
      if (pending === null) return;
      inner.push({ start: pending.start, end: pending.end, text: nextHasR ? '' : `<${p}c${pending.r === undefined ? '' : ` r="${escapeAttr(pending.r)}"`}/>` });
      pending = null;
    };
    for (;;) {
      t.must(q);
      if (t.kind === CLOSE) {
        settle(true);
        end = t.end;
        const text = newCellsBefore(Infinity);
        if (text !== '') inner.push({ start: t.start, end: t.start, text });
        break;
      }
      if (t.kind === OTHER) {
        q = t.end;
        continue;
      }
      if (!t.is('c')) {
        // extLst: cells go before it.
        settle(true);
        const text = newCellsBefore(Infinity);
        if (text !== '') inner.push({ start: t.start, end: t.start, text });
        q = skipper.end(t);
        continue;
      }
      const r = attrValue(xml, t, 'r');
      settle(r !== undefined);
      const col = colOfRef(r) ?? prevCol + 1;
      if (next < cols.length && cols[next] < col) {
        const text = newCellsBefore(col);
        if (text !== '') inner.push({ start: t.start, end: t.start, text });
      }
      const cellEnd = skipper.end(t);
      if (next < cols.length && cols[next] === col) {
        const cell = patch.get(col);
        if (cell === null || cell === undefined) pending = { start: t.start, end: cellEnd, r };
        else inner.push({ start: t.start, end: cellEnd, text: replaceCell(xml, t, cell, skipper, render) });
        next++;
      }
      prevCol = col;
      q = cellEnd;
    }
  }

  const set = new Map<string, string | null>();
  if (added > 0) {
    const spans = widenSpans(attrValue(xml, row, 'spans'), minAdded, maxAdded);
    if (spans !== undefined) set.set('spans', spans);
  }
  if (height !== undefined) {
    const ht = Number(attrValue(xml, row, 'ht'));
    if (!(ht >= height)) {
      set.set('ht', String(height));
      set.set('customHeight', '1');
    }
  }
  // An empty row that gains cells becomes a start tag (its end tag is among the inner edits).
  const open = added > 0 && row.kind === EMPTY;
  if (set.size > 0 || open) edits.push({ start: row.start, end: row.end, text: editTag(xml, row, set, open) });
  edits.push(...inner);
  return end;
}

/** A cell's new text: its start tag with t (and s) set, cm/vm dropped, the value's content (none for null), and its extLst if any. */
function replaceCell(xml: string, cell: Tag, patch: NonNullable<CellPatch>, skipper: Skipper, render: typeof cellContent): string {
  const p = cell.prefix();
  const { t, content } = render(patch.value, p);
  const set = new Map<string, string | null>([
    ['t', t],
    ['cm', null],
    ['vm', null],
  ]);
  if (patch.style !== undefined) set.set('s', String(patch.style));
  let kept = '';
  if (cell.kind === OPEN) {
    // Children other than the value (an extLst) stay, after it.
    const c = new Tag(xml);
    let q = cell.end;
    for (;;) {
      c.must(q);
      if (c.kind === CLOSE) break;
      const end = c.kind === OTHER ? c.end : skipper.end(c);
      if (c.kind !== OTHER && !c.is('f') && !c.is('v') && !c.is('is')) kept += xml.slice(c.start, end);
      q = end;
    }
  }
  const start = editTag(xml, cell, set, true);
  // An empty cell (a style without a value) with nothing else inside is written as an empty element.
  if (content === '' && kept === '') return `${start.slice(0, -1)}/>`;
  return `${start}${content}${kept}</${cell.qname()}>`;
}

/** The cellXfs index (s) of an existing cell, undefined if no such cell or no s. */
export function cellStyleAt(xml: string, row: number, col: number): number | undefined {
  const { children } = rootChildren(xml, 'sheetData');
  const sheetData = children[children.length - 1];
  if (sheetData?.local !== 'sheetData' || sheetData.kind === EMPTY) return undefined;
  const t = new Tag(xml);
  const skipper = new Skipper(xml);
  let p = sheetData.tagEnd;
  let prevRow = 0;
  for (;;) {
    t.must(p);
    if (t.kind === CLOSE) return undefined;
    if (t.kind === OTHER || !t.is('row')) {
      p = t.kind === OTHER ? t.end : skipper.end(t);
      continue;
    }
    const r = attrValue(xml, t, 'r');
    const rowNumber = r === undefined ? prevRow + 1 : parseInt(r, 10);
    if (rowNumber > row) return undefined;
    if (rowNumber === row) break;
    prevRow = rowNumber;
    p = skipper.end(t);
  }
  if (t.kind === EMPTY) return undefined;
  let q = t.end;
  let prevCol = 0;
  for (;;) {
    t.must(q);
    if (t.kind === CLOSE) return undefined;
    if (t.kind === OTHER) {
      q = t.end;
      continue;
    }
    if (t.is('c')) {
      const c = colOfRef(attrValue(xml, t, 'r')) ?? prevCol + 1;
      if (c === col) {
        const s = attrValue(xml, t, 's');
        return s === undefined || !/^\d+$/.test(s.trim()) ? undefined : parseInt(s, 10);
      }
      if (c > col) return undefined;
      prevCol = c;
    }
    q = skipper.end(t);
  }
}

/** What a cell of the part holds that decides how a value is written into it (see cellsAt). */
export interface CellAt {
  /**
   * The cellXfs index the cell shows with: its s (0 when it has none); for a cell not in the part,
   * its row's s when the row says customFormat, else its column's style, else 0 — the look a value
   * typed there takes (CT_Row s and customFormat, 18.3.1.73; CT_Col style, 18.3.1.13).
   */
  style: number;
  /** The cell holds a formula (an <f> child), whatever its cached value. */
  formula: boolean;
}

/**
 * The style and formula flag of each cell asked for, in the order asked, in one pass over
 * <sheetData> (the rows not asked for are skipped whole).
 */
export function cellsAt(xml: string, cells: ReadonlyArray<{ row: number; col: number }>): CellAt[] {
  const { children } = rootChildren(xml, 'sheetData');
  const t = new Tag(xml);
  const columns: Array<{ min: number; max: number; style: number }> = [];
  for (const child of children) {
    if (child.local !== 'cols' || child.kind !== OPEN) continue;
    for (let p = child.tagEnd; p < child.end; p = t.end) {
      t.must(p);
      if ((t.kind !== OPEN && t.kind !== EMPTY) || !t.is('col')) continue;
      const min = parseInt(attrValue(xml, t, 'min') ?? '', 10);
      const max = parseInt(attrValue(xml, t, 'max') ?? '', 10);
      const style = styleIndex(attrValue(xml, t, 'style'));
      if (min >= 1 && max >= min && style !== undefined) columns.push({ min, max, style });
    }
  }
  const columnStyle = (col: number) => columns.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  const found = new Map<number, Map<number, CellAt>>();
  for (const { row, col } of cells) {
    let line = found.get(row);
    if (line === undefined) found.set(row, (line = new Map()));
    if (!line.has(col)) line.set(col, { style: columnStyle(col), formula: false });
  }
  const answer = () => cells.map(({ row, col }) => ({ ...(found.get(row)?.get(col) as CellAt) }));
  let lastRow = 0;
  for (const row of found.keys()) if (row > lastRow) lastRow = row;
  const sheetData = children[children.length - 1];
  if (sheetData?.local !== 'sheetData') throw malformed('no <sheetData>');
  if (sheetData.kind === EMPTY) return answer();
  const skipper = new Skipper(xml);
  const c = new Tag(xml);
  let p = sheetData.tagEnd;
  let prevRow = 0;
  for (;;) {
    t.must(p);
    if (t.kind === CLOSE) return answer();
    if (t.kind === OTHER || !t.is('row')) {
      p = t.kind === OTHER ? t.end : skipper.end(t);
      continue;
    }
    const r = attrValue(xml, t, 'r');
    const rowNumber = r === undefined ? prevRow + 1 : parseInt(r, 10);
    if (rowNumber > lastRow) return answer();
    prevRow = rowNumber;
    const line = found.get(rowNumber);
    if (line === undefined) {
      p = skipper.end(t);
      continue;
    }
    const custom = attrValue(xml, t, 'customFormat');
    const rowStyle = custom === '1' || custom === 'true' ? styleIndex(attrValue(xml, t, 's')) : undefined;
    if (rowStyle !== undefined) for (const cell of line.values()) cell.style = rowStyle;
    if (t.kind === EMPTY) {
      p = t.end;
      continue;
    }
    let q = t.end;
    let prevCol = 0;
    for (;;) {
      c.must(q);
      if (c.kind === CLOSE) break;
      if (c.kind === OTHER) {
        q = c.end;
        continue;
      }
      const end = skipper.end(c);
      if (c.is('c')) {
        const col = colOfRef(attrValue(xml, c, 'r')) ?? prevCol + 1;
        prevCol = col;
        const cell = line.get(col);
        if (cell !== undefined) {
          cell.style = styleIndex(attrValue(xml, c, 's')) ?? 0;
          cell.formula = c.kind === OPEN && hasChild(xml, c, 'f', skipper);
        }
      }
      q = end;
    }
    p = c.end;
  }
}

/** A style attribute's index; undefined when absent or not a number. */
function styleIndex(s: string | undefined): number | undefined {
  return s === undefined || !/^\s*\d+\s*$/.test(s) ? undefined : parseInt(s, 10);
}

/** Whether the element whose start tag is `t` has a direct child of local name `local`. */
function hasChild(xml: string, t: Tag, local: string, skipper: Skipper): boolean {
  const child = new Tag(xml);
  let q = t.end;
  for (;;) {
    child.must(q);
    if (child.kind === CLOSE) return false;
    if (child.kind !== OTHER && child.is(local)) return true;
    q = child.kind === OTHER ? child.end : skipper.end(child);
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formatting

/** What follows conditionalFormatting in CT_Worksheet (AlternateContent wraps controls and oleObjects). */
const AFTER_CONDITIONAL_FORMATTING = new Set([
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF',
  'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'AlternateContent',
]);

/**
 * Inserts one <conditionalFormatting> element (already serialised, with elementPrefix's prefix) at
 * its schema position: after the last existing conditionalFormatting, else before the first element
 * that follows it in CT_Worksheet, else before the root's end tag.
 */
export function addConditionalFormatting(xml: string, element: string): string {
  const { children, rootClose } = rootChildren(xml);
  const last = children.filter((c) => c.local === 'conditionalFormatting').pop();
  const at = last?.end ?? children.find((c) => AFTER_CONDITIONAL_FORMATTING.has(c.local))?.start ?? rootClose;
  if (at < 0) throw malformed('an empty root element');
  return applyEdits(xml, [{ start: at, end: at, text: element }]);
}

/** The text content of the element whose start tag is `t` (character data and CDATA, comments left out). */
function textOf(xml: string, t: Tag, skipper: Skipper): string {
  if (t.kind !== OPEN) return '';
  const end = skipper.end(t);
  const s = new Tag(xml);
  let text = '';
  let p = t.end;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= end) break;
    text += unescapeXml(xml.slice(p, lt));
    s.read(lt);
    if (s.kind === OTHER && xml.startsWith('<![CDATA[', lt)) text += xml.slice(lt + 9, s.end - 3);
    p = s.end;
  }
  return text;
}

/**
 * Removes the <cfRule> elements whose first <formula> text (unescaped) satisfies `isOurs`, and any
 * <conditionalFormatting> left without rules. Rules inside <extLst> (x14) are never touched.
 */
export function removeConditionalRules(xml: string, isOurs: (formula: string) => boolean): string {
  const { children } = rootChildren(xml);
  const edits: Edit[] = [];
  const t = new Tag(xml);
  const f = new Tag(xml);
  const skipper = new Skipper(xml);
  for (const cf of children) {
    if (cf.local !== 'conditionalFormatting' || cf.kind !== OPEN) continue;
    const removals: Edit[] = [];
    let rules = 0;
    let p = cf.tagEnd;
    for (;;) {
      t.must(p);
      if (t.kind === CLOSE) break;
      if (t.kind === OTHER) {
        p = t.end;
        continue;
      }
      const end = skipper.end(t);
      if (t.is('cfRule')) {
        rules++;
        // The rule's first formula child.
        let formula: string | undefined;
        if (t.kind === OPEN) {
          let q = t.end;
          for (;;) {
            f.must(q);
            if (f.kind === CLOSE) break;
            if (f.kind !== OTHER && f.is('formula')) {
              formula = textOf(xml, f, skipper);
              break;
            }
            q = f.kind === OTHER ? f.end : skipper.end(f);
          }
        }
        if (formula !== undefined && isOurs(formula)) removals.push({ start: withIndent(xml, t.start), end, text: '' });
      }
      p = end;
    }
    if (removals.length === 0) continue;
    if (removals.length === rules) edits.push({ start: withIndent(xml, cf.start), end: cf.end, text: '' });
    else edits.push(...removals);
  }
  return applyEdits(xml, edits);
}

/** Highest priority attribute among existing cfRules (also those in x14 extLst), 0 if none. */
export function maxRulePriority(xml: string): number {
  const { children } = rootChildren(xml);
  const t = new Tag(xml);
  let max = 0;
  for (const child of children) {
    if (child.local !== 'conditionalFormatting' && child.local !== 'extLst') continue;
    let p = child.tagEnd;
    while (p < child.end) {
      if (!t.next(p) || t.start >= child.end) break;
      if ((t.kind === OPEN || t.kind === EMPTY) && t.is('cfRule')) {
        const priority = Number(attrValue(xml, t, 'priority'));
        if (Number.isFinite(priority) && priority > max) max = priority;
      }
      p = t.end;
    }
  }
  return max;
}

// ---------------------------------------------------------------------------------------------
// Merged cells

/** What precedes mergeCells in CT_Worksheet (from sheetData on: the elements before it come before sheetData too). */
const BEFORE_MERGE_CELLS = new Set([
  'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews',
]);
const AFTER_MERGE_CELLS = new Set(['phoneticPr', 'conditionalFormatting', ...AFTER_CONDITIONAL_FORMATTING]);

/** The mergeCell children of a mergeCells element: their refs and ranges. */
function mergeCellList(xml: string, mc: Child): Array<{ ref: string; start: number; end: number }> {
  const list: Array<{ ref: string; start: number; end: number }> = [];
  if (mc.kind !== OPEN) return list;
  const t = new Tag(xml);
  const skipper = new Skipper(xml);
  let p = mc.tagEnd;
  for (;;) {
    t.must(p);
    if (t.kind === CLOSE) return list;
    const end = t.kind === OTHER ? t.end : skipper.end(t);
    if (t.kind !== OTHER && t.is('mergeCell')) list.push({ ref: attrValue(xml, t, 'ref') ?? '', start: t.start, end });
    p = end;
  }
}

function mergeCellsTag(xml: string, mc: Child): Tag {
  return new Tag(xml).read(mc.start);
}

/**
 * Adds <mergeCell ref> entries (a ref already listed is not added twice), creating <mergeCells> at
 * its schema position when the sheet has none, and keeps its count right.
 */
export function addMergeCells(xml: string, refs: readonly string[]): string {
  if (refs.length === 0) return xml;
  const { root, children, rootClose } = rootChildren(xml);
  const mc = children.find((c) => c.local === 'mergeCells');
  if (mc === undefined) {
    const unique = [...new Set(refs.map((r) => r.toUpperCase()))];
    const p = root.prefix();
    const text = `<${p}mergeCells count="${unique.length}">${unique.map((r) => `<${p}mergeCell ref="${escapeAttr(r)}"/>`).join('')}</${p}mergeCells>`;
    const before = children.filter((c) => BEFORE_MERGE_CELLS.has(c.local)).pop();
    const at = before?.end ?? children.find((c) => AFTER_MERGE_CELLS.has(c.local))?.start ?? rootClose;
    if (at < 0) throw malformed('an empty root element');
    return applyEdits(xml, [{ start: at, end: at, text }]);
  }
  const existing = mergeCellList(xml, mc);
  const have = new Set(existing.map((m) => m.ref.toUpperCase()));
  const added: string[] = [];
  for (const r of refs) {
    const key = r.toUpperCase();
    if (have.has(key)) continue;
    have.add(key);
    added.push(key);
  }
  if (added.length === 0) return xml;
  const tag = mergeCellsTag(xml, mc);
  const p = tag.prefix();
  const text = added.map((r) => `<${p}mergeCell ref="${escapeAttr(r)}"/>`).join('');
  const count = attrValue(xml, tag, 'count') === undefined ? new Map<string, string>() : new Map([['count', String(existing.length + added.length)]]);
  if (mc.kind === EMPTY) {
    return applyEdits(xml, [{ start: mc.start, end: mc.end, text: `${editTag(xml, tag, count, true)}${text}</${mc.qname}>` }]);
  }
  const closeAt = xml.lastIndexOf('</', mc.end - 1);
  const edits: Edit[] = [];
  if (count.size > 0) edits.push({ start: tag.start, end: tag.end, text: editTag(xml, tag, count) });
  edits.push({ start: closeAt, end: closeAt, text });
  return applyEdits(xml, edits);
}

/** Removes the <mergeCell> with exactly this ref (and <mergeCells> when it was the last); keeps count right. */
export function removeMergeCell(xml: string, ref: string): string {
  const { children } = rootChildren(xml);
  const mc = children.find((c) => c.local === 'mergeCells');
  if (mc === undefined) return xml;
  const list = mergeCellList(xml, mc);
  const key = ref.toUpperCase();
  const gone = list.filter((m) => m.ref.toUpperCase() === key);
  if (gone.length === 0) return xml;
  if (gone.length === list.length) return applyEdits(xml, [{ start: withIndent(xml, mc.start), end: mc.end, text: '' }]);
  const tag = mergeCellsTag(xml, mc);
  const edits: Edit[] = [];
  if (attrValue(xml, tag, 'count') !== undefined) {
    edits.push({ start: tag.start, end: tag.end, text: editTag(xml, tag, new Map([['count', String(list.length - gone.length)]])) });
  }
  for (const m of gone) edits.push({ start: withIndent(xml, m.start), end: m.end, text: '' });
  return applyEdits(xml, edits);
}

// ---------------------------------------------------------------------------------------------
// Column widths

/** Excel's column width where the part says none, in characters (its default font's 8.43). */
const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * The sheet's column widths, in characters, as a function of the 1-based column: a column's
 * <col width> (CT_Col, ECMA-376 Part 1, 18.3.1.13; 0 for a hidden column, which prints nothing),
 * else <sheetFormatPr defaultColWidth> (18.3.1.81), else 8.43. baseColWidth is not used.
 */
export function columnWidths(xml: string): (col: number) => number {
  const { children } = rootChildren(xml, 'sheetData');
  const t = new Tag(xml);
  let fallback = DEFAULT_COLUMN_WIDTH;
  const cols: Array<{ min: number; max: number; width: number | undefined }> = [];
  for (const child of children) {
    if (child.local === 'sheetFormatPr') {
      const width = Number(attrValue(xml, t.read(child.start), 'defaultColWidth') ?? NaN);
      if (width >= 0) fallback = width;
    } else if (child.local === 'cols' && child.kind === OPEN) {
      for (let p = child.tagEnd; p < child.end; p = t.end) {
        t.must(p);
        if ((t.kind !== OPEN && t.kind !== EMPTY) || !t.is('col')) continue;
        const min = parseInt(attrValue(xml, t, 'min') ?? '', 10);
        const max = parseInt(attrValue(xml, t, 'max') ?? '', 10);
        if (!(min >= 1 && max >= min)) continue;
        const hidden = attrValue(xml, t, 'hidden');
        const width = hidden === '1' || hidden === 'true' ? 0 : Number(attrValue(xml, t, 'width') ?? NaN);
        cols.push({ min, max, width: width >= 0 ? width : undefined });
      }
    }
  }
  return (col) => {
    for (const c of cols) if (col >= c.min && col <= c.max) return c.width ?? fallback;
    return fallback;
  };
}

// ---------------------------------------------------------------------------------------------
// Dimension

const RANGE_REF = /^\s*\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?\s*$/;

/** The last row <dimension ref> names (0 when there is no dimension or it cannot be read). */
export function dimensionBottom(xml: string): number {
  const { children } = rootChildren(xml, 'sheetData');
  const dim = children.find((c) => c.local === 'dimension');
  if (dim === undefined) return 0;
  const m = RANGE_REF.exec(attrValue(xml, new Tag(xml).read(dim.start), 'ref') ?? '');
  if (m === null) return 0;
  const bottom = Math.max(+m[2], m[4] === undefined ? 0 : +m[4]);
  return bottom <= MAX_ROW ? bottom : 0;
}

/** Widens <dimension ref> to cover a rectangle (no change if already covered; no element → none added). */
export function coverDimension(xml: string, rect: { top: number; left: number; bottom: number; right: number }): string {
  const { children } = rootChildren(xml, 'sheetData');
  const dim = children.find((c) => c.local === 'dimension');
  if (dim === undefined) return xml;
  const tag = new Tag(xml).read(dim.start);
  const ref = attrValue(xml, tag, 'ref') ?? '';
  const m = RANGE_REF.exec(ref);
  let { top, left, bottom, right } = rect;
  if (m !== null) {
    const c1 = colOfRef(`${m[1]}1`)!;
    const r1 = +m[2];
    const c2 = m[3] === undefined ? c1 : colOfRef(`${m[3]}1`)!;
    const r2 = m[4] === undefined ? r1 : +m[4];
    if (top >= Math.min(r1, r2) && bottom <= Math.max(r1, r2) && left >= Math.min(c1, c2) && right <= Math.max(c1, c2)) return xml;
    top = Math.min(top, r1, r2);
    bottom = Math.max(bottom, r1, r2);
    left = Math.min(left, c1, c2);
    right = Math.max(right, c1, c2);
  }
  const from = `${columnLetters(left)}${top}`;
  const to = `${columnLetters(right)}${bottom}`;
  const text = editTag(xml, tag, new Map([['ref', from === to ? from : `${from}:${to}`]]));
  return applyEdits(xml, [{ start: tag.start, end: tag.end, text }]);
}
