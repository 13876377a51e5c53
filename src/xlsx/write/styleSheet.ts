/**
 * The workbook's styles part (xl/styles.xml) as the CLI extends it: the user's text is kept byte
 * for byte and the add-in's fonts, fills, borders, number formats, cell formats (xf) and
 * differential formats (dxf) are inserted, each at the end of its collection. Existing entries
 * keep their indices, so every s="…" and dxfId="…" already in the workbook still means what it
 * meant. Only the collections' count attributes change value.
 */

import { SHEET_TYPEFACE, type CellStyle, type Typeface } from '../../sheets/sheetModel';
import { MalformedXml, XmlCursor } from '../read/scanXml';
import { WorkbookOpenError } from '../workbookOpenError';
import { escapeAttr } from '../xml';

/** CT_Stylesheet's children, in the order the schema requires them. */
const SEQUENCE = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type CollectionName = (typeof SEQUENCE)[number];

const STRICT_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const TRANSITIONAL_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The size of a default font the add-in writes: Excel's standard 11 points. */
const STANDARD_FONT_SIZE = 11;

/** A font's name, family and charset elements (CT_Font's order), as the typeface has them. */
function faceXml(face: Typeface | undefined, p: string): string {
  if (face === undefined) return '';
  let xml = `<${p}name val="${escapeAttr(face.name)}"/>`;
  if (face.family !== undefined) xml += `<${p}family val="${face.family}"/>`;
  if (face.charset !== undefined) xml += `<${p}charset val="${face.charset}"/>`;
  return xml;
}

/** The default font (font 0) of a part that has none, in the sheets' typeface (see SHEET_TYPEFACE). */
const defaultFontXml = (p: string) => `<${p}font><${p}sz val="${STANDARD_FONT_SIZE}"/>${faceXml(SHEET_TYPEFACE, p)}</${p}font>`;

/** The styles part of a package that has none (Excel always writes one; a few generators do not). */
const minimalStyles = (ns: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${ns}">` +
  `<fonts count="1">${defaultFontXml('')}</fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/>' +
  '</styleSheet>';

/**
 * Built-in number formats whose code reads the same in every locale (ECMA-376 Part 1, 18.8.30): a
 * style names them by id, as Excel itself does. Kept in step with readCellFormats, which maps the
 * ids back to these codes. Dates (14…) are locale-dependent and always get a custom format.
 */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** Custom number format ids start above the range Excel reserves for built-in ones. */
const LAST_RESERVED_FORMAT_ID = 163;

/** One collection of the part: where it is in the text, what it holds, what is added to it. */
interface Collection {
  /** Index of its start tag's '<'; -1 when the part has no such element. */
  start: number;
  /** Index just after its start tag. */
  tagEnd: number;
  selfClosing: boolean;
  /** Index of its end tag's '<' (not self-closing only). */
  close: number;
  /** The value of its count attribute, [from, to) in the text. */
  count?: { from: number; to: number };
  /** The text of each direct child, in order. */
  children: string[];
  /** Children the add-in appends. */
  added: string[];
  /** A child's text → its index (the first one with that text). */
  index: Map<string, number>;
}

/** What the constructor needs of the part's text. */
interface Parsed {
  /** The root's prefix with its colon ('x:'), or '': new elements are written with it. */
  prefix: string;
  /** Strict SpreadsheetML: borders' sides are start/end, not left/right. */
  strict: boolean;
  collections: Record<CollectionName, Collection>;
  /** Where new collections go when no later one exists: the root's end tag, or its '/>' (self-closing root). */
  rootClose: { at: number; selfClosing: boolean };
  /** The default font (font 0): a bold cell keeps its neighbours' size, and a sheet without a typeface their face. */
  defaultFont: DefaultFont;
}

/** What a cell's own font takes from the default font (font 0) where the model says nothing. */
interface DefaultFont {
  size: number;
  /** Undefined when font 0 names no typeface. */
  face?: Typeface;
}

/** A cellXfs entry's text and its start tag's parts. */
interface XfText {
  text: string;
  /** Attributes in order, each value with its quotes. */
  attrs: Array<[string, string]>;
  /** The tag's qualified name. */
  name: string;
  selfClosing: boolean;
  /** Index after the start tag. */
  tagEnd: number;
}

interface Edit {
  at: number;
  /** Characters of the original replaced, from `at`. */
  remove: number;
  text: string;
}

/** Colours are 'RRGGBB' in the model and ARGB, opaque, in the file. */
function argb(rgb: string): string {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) throw new Error(`颜色值无效：「${rgb}」（应为 6 位十六进制 RRGGBB）`);
  return `FF${rgb.toUpperCase()}`;
}

export class StyleSheet {
  /**
   * Same style object in the same typeface, same index: models share style objects across
   * thousands of cells, and a sheet has one typeface.
   */
  private readonly byStyle = new Map<Typeface | undefined, WeakMap<CellStyle, number>>();
  /** Decoded format code → numFmtId, of the user's custom formats and ours. */
  private readonly formats = new Map<string, number>();
  private nextFormatId: number;
  private based = false;

  private readonly prefix: string;
  private readonly strict: boolean;
  private readonly collections: Record<CollectionName, Collection>;
  private readonly rootClose: Parsed['rootClose'];
  private defaultFont: DefaultFont;

  private constructor(
    private readonly xml: string,
    parsed: Parsed,
  ) {
    this.prefix = parsed.prefix;
    this.strict = parsed.strict;
    this.collections = parsed.collections;
    this.rootClose = parsed.rootClose;
    this.defaultFont = parsed.defaultFont;
    let maxId = LAST_RESERVED_FORMAT_ID;
    for (const text of this.collections.numFmts.children) {
      const cur = new XmlCursor(text);
      if (!cur.next()) continue;
      const id = parseInt(cur.attribute('numFmtId') ?? '', 10);
      const code = cur.attribute('formatCode');
      if (!Number.isFinite(id)) continue;
      maxId = Math.max(maxId, id);
      if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
    }
    this.nextFormatId = maxId + 1;
  }

  /**
   * Reads a styles part, or starts from a minimal one when the package has none (`strict` then
   * picks its namespace; a part that exists says its own).
   */
  static parse(xml: string | undefined, options: { strict?: boolean } = {}): StyleSheet {
    const text = xml ?? minimalStyles(options.strict ? STRICT_NS : TRANSITIONAL_NS);
    try {
      return new StyleSheet(text, scan(text));
    } catch (e) {
      if (!(e instanceof MalformedXml)) throw e;
      throw new WorkbookOpenError('文件中的样式部件（styles.xml）不是有效的 XML，文件可能已损坏：请在 Excel 中打开后另存为 .xlsx');
    }
  }

  /** Something was added: the part must be written. */
  get changed(): boolean {
    return SEQUENCE.some((name) => this.collections[name].added.length > 0);
  }

  /**
   * The cellXfs index of a cell style (a cell's s attribute); undefined for no style. A style that
   * sets a font gets one in `typeface` (SheetModel.font; absent: the default font's). Equal styles
   * get the same index, whether the same object or not; an existing xf written exactly as this one
   * would be (one an earlier run added) is reused.
   */
  xf(style: CellStyle | undefined, typeface?: Typeface): number | undefined {
    if (style === undefined) return undefined;
    let known = this.byStyle.get(typeface);
    if (known === undefined) this.byStyle.set(typeface, (known = new WeakMap()));
    const cached = known.get(style);
    if (cached !== undefined) return cached;
    this.ensureBase();
    const p = this.prefix;
    const hasFont = Boolean(style.bold || style.italic || style.fontSize || style.fontColor);
    const fontId = hasFont ? this.add('fonts', this.fontXml(style, typeface ?? this.defaultFont.face)) : 0;
    const fillId = style.fill ? this.add('fills', this.solidFillXml(style.fill)) : 0;
    const borderId = style.border ? this.add('borders', this.borderXml()) : 0;
    const numFmtId = style.numberFormat ? this.numFmt(style.numberFormat) : 0;
    const alignment = alignmentXml(style, p);
    // An unlocked cell stays editable on a protected sheet (CT_CellProtection, ECMA-376 Part 1,
    // 18.8.33: locked defaults to true); CT_Xf puts protection after alignment.
    const protection = style.locked === false ? `<${p}protection locked="0"/>` : '';
    let xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId !== 0) xf += ' applyNumberFormat="1"';
    if (fontId !== 0) xf += ' applyFont="1"';
    if (fillId !== 0) xf += ' applyFill="1"';
    if (borderId !== 0) xf += ' applyBorder="1"';
    if (alignment !== '') xf += ' applyAlignment="1"';
    if (protection !== '') xf += ' applyProtection="1"';
    xf += alignment + protection === '' ? '/>' : `>${alignment}${protection}</${p}xf>`;
    const index = this.add('cellXfs', xf);
    known.set(style, index);
    return index;
  }

  /**
   * The cellXfs index of a cell format that looks like xf `index` (its font, borders, alignment,
   * protection and cell style) but has no fill and the General number format: for cells that take
   * a neighbour's look, not its colour or its format. That is xf `index` itself when it has
   * neither; else one xf added (fillId and numFmtId 0, applyFill and applyNumberFormat "0"), reused
   * when the part already holds it (an earlier run's). Undefined when the part has no xf `index`.
   */
  xfWithoutFillAndFormat(index: number): number | undefined {
    const xf = this.readXf(index);
    if (xf === undefined) return undefined;
    const value = (name: string) => xf.attrs.find(([n]) => n === name)?.[1].slice(1, -1).trim();
    const on = (name: string) => ['1', 'true'].includes(value(name) ?? '');
    if (Number(value('fillId') ?? 0) === 0 && Number(value('numFmtId') ?? 0) === 0 && !on('applyFill') && !on('applyNumberFormat')) return index;
    return this.deriveXf(xf, { numFmtId: '0', fillId: '0', applyNumberFormat: '0', applyFill: '0' });
  }

  /**
   * The cellXfs index of a cell format that looks like xf `index` (its font, borders, alignment,
   * protection and cell style) with a solid `fill` ('RRGGBB') and, when given, the number format
   * `numberFormat` (else the xf's own): for a date written into a user's cell, marked, that keeps
   * the rest of the cell's look (WorkbookPort.fillEmptyCells). One xf added (fillId, applyFill "1",
   * and numFmtId, applyNumberFormat "1" when a format is given), reused when the part already
   * holds it. Undefined when the part has no xf `index`.
   */
  xfWithFill(index: number, fill: string, numberFormat?: string): number | undefined {
    const xf = this.readXf(index);
    if (xf === undefined) return undefined;
    this.ensureBase();
    const wanted: Record<string, string> = { fillId: String(this.add('fills', this.solidFillXml(fill))), applyFill: '1' };
    if (numberFormat !== undefined) Object.assign(wanted, { numFmtId: String(this.numFmt(numberFormat)), applyNumberFormat: '1' });
    return this.deriveXf(xf, wanted);
  }

  /**
   * How many cell formats (xfs) the add-in has added to the part so far: a reader of cell formats
   * (readCellFormats) made from the part before the last one does not know the xfs added since.
   */
  get xfsAdded(): number {
    return this.collections.cellXfs.added.length;
  }

  /**
   * The dxfs index of a conditional format's look: a solid fill, and a font colour when given (a
   * rule without one leaves each cell's own text colour). Reused when the part already holds one
   * written exactly so, as after a run on the CLI's own output. The fill colour is given as both
   * pattern colours: a differential solid fill is read from bgColor by Excel's convention, from
   * fgColor by some other readers.
   */
  dxf(d: { fill: string; fontColor?: string }): number {
    const p = this.prefix;
    const fill = argb(d.fill);
    const font = d.fontColor ? `<${p}font><${p}color rgb="${argb(d.fontColor)}"/></${p}font>` : '';
    return this.add('dxfs', `<${p}dxf>${font}<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${fill}"/><${p}bgColor rgb="${fill}"/></${p}patternFill></${p}fill></${p}dxf>`);
  }

  /** The part: the original text with the additions inserted and the counts brought up to date. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const p = this.prefix;
    const edits: Edit[] = [];
    if (this.rootClose.selfClosing) edits.push({ at: this.rootClose.at, remove: 2, text: '>' });
    SEQUENCE.forEach((name, i) => {
      const c = this.collections[name];
      if (c.added.length === 0) return;
      const total = c.children.length + c.added.length;
      const children = c.added.join('');
      if (c.start < 0) {
        const next = SEQUENCE.slice(i + 1).find((later) => this.collections[later].start >= 0);
        const at = next === undefined ? this.rootClose.at : this.collections[next].start;
        edits.push({ at, remove: 0, text: `<${p}${name} count="${total}">${children}</${p}${name}>` });
        return;
      }
      if (c.count) edits.push({ at: c.count.from, remove: c.count.to - c.count.from, text: String(total) });
      if (c.selfClosing) edits.push({ at: c.tagEnd - 2, remove: 2, text: `>${children}</${p}${name}>` });
      else edits.push({ at: c.close, remove: 0, text: children });
    });
    if (this.rootClose.selfClosing) edits.push({ at: this.rootClose.at, remove: 0, text: `</${p}styleSheet>` });
    // Stable: edits at one position stay in the order made (the schema's order).
    edits.sort((a, b) => a.at - b.at);
    let out = '';
    let from = 0;
    for (const e of edits) {
      if (e.at > from) out += this.xml.slice(from, e.at);
      out += e.text;
      from = Math.max(from, e.at + e.remove);
    }
    return out + this.xml.slice(from);
  }

  /** The text of cellXfs entry `index` (the part's or an added one), its tag read: undefined when there is none. */
  private readXf(index: number): XfText | undefined {
    const c = this.collections.cellXfs;
    if (!Number.isInteger(index) || index < 0) return undefined;
    const text = index < c.children.length ? c.children[index] : c.added[index - c.children.length];
    if (text === undefined) return undefined;
    const cur = new XmlCursor(text);
    if (!cur.next() || cur.closing) return undefined;
    const attrs: Array<[string, string]> = [];
    while (cur.nextAttribute()) {
      const quote = text[cur.valueStart - 1];
      attrs.push([text.slice(cur.attrNameStart, cur.attrNameEnd), `${quote}${text.slice(cur.valueStart, cur.valueEnd)}${quote}`]);
    }
    return { text, attrs, name: text.slice(cur.start + 1, cur.nameEnd), selfClosing: cur.selfClosing, tagEnd: cur.end };
  }

  /** The cellXfs index of `xf` with the `wanted` attributes set (added after the others when absent), its children kept. */
  private deriveXf(xf: XfText, wanted: Readonly<Record<string, string>>): number {
    const done = new Set<string>();
    const kept = xf.attrs.map(([name, v]): [string, string] => {
      if (!(name in wanted)) return [name, v];
      done.add(name);
      return [name, `"${wanted[name]}"`];
    });
    for (const name of Object.keys(wanted)) if (!done.has(name)) kept.push([name, `"${wanted[name]}"`]);
    const tag = `<${xf.name}${kept.map(([n, v]) => ` ${n}=${v}`).join('')}${xf.selfClosing ? '/>' : '>'}`;
    return this.add('cellXfs', tag + xf.text.slice(xf.tagEnd));
  }

  private solidFillXml(rgb: string): string {
    const p = this.prefix;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(rgb)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  /** The index of a child with this text in a collection, appending it when there is none. */
  private add(name: CollectionName, text: string): number {
    const c = this.collections[name];
    const found = c.index.get(text);
    if (found !== undefined) return found;
    const index = c.children.length + c.added.length;
    c.added.push(text);
    c.index.set(text, index);
    return index;
  }

  /**
   * Index 0 of fonts, borders and the xf lists is every plain cell's, and fills 0 and 1 are
   * reserved (none, gray125): a part short of them (never Excel's) gets them before any of ours.
   */
  private ensureBase(): void {
    if (this.based) return;
    this.based = true;
    const p = this.prefix;
    const { fonts, fills, borders, cellStyleXfs, cellXfs } = this.collections;
    if (fonts.children.length === 0) {
      this.add('fonts', defaultFontXml(p));
      this.defaultFont = { size: STANDARD_FONT_SIZE, face: SHEET_TYPEFACE };
    }
    if (fills.children.length === 0) this.add('fills', `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
    if (fills.children.length <= 1) this.add('fills', `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`);
    if (borders.children.length === 0) this.add('borders', this.borderXml(false));
    if (cellStyleXfs.children.length === 0) this.add('cellStyleXfs', `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
    if (cellXfs.children.length === 0) this.add('cellXfs', `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  }

  private fontXml(s: CellStyle, face: Typeface | undefined): string {
    const p = this.prefix;
    let font = `<${p}font>`;
    if (s.bold) font += `<${p}b/>`;
    if (s.italic) font += `<${p}i/>`;
    font += `<${p}sz val="${s.fontSize || this.defaultFont.size}"/>`;
    if (s.fontColor) font += `<${p}color rgb="${argb(s.fontColor)}"/>`;
    return `${font}${faceXml(face, p)}</${p}font>`;
  }

  /** Thin black lines on all four sides, or none. */
  private borderXml(thin = true): string {
    const p = this.prefix;
    const [left, right] = this.strict ? ['start', 'end'] : ['left', 'right'];
    const side = (name: string) => (thin ? `<${p}${name} style="thin"><${p}color indexed="64"/></${p}${name}>` : `<${p}${name}/>`);
    return `<${p}border>${side(left)}${side(right)}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const found = this.formats.get(code);
    if (found !== undefined) return found;
    const id = this.nextFormatId++;
    this.formats.set(code, id);
    this.add('numFmts', `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }
}

function alignmentXml(s: CellStyle, p: string): string {
  if (!s.horizontal && !s.vertical && !s.wrap) return '';
  let a = `<${p}alignment`;
  if (s.horizontal) a += ` horizontal="${s.horizontal}"`;
  if (s.vertical) a += ` vertical="${s.vertical === 'middle' ? 'center' : s.vertical}"`;
  if (s.wrap) a += ' wrapText="1"';
  return `${a}/>`;
}

const emptyCollection = (): Collection => ({ start: -1, tagEnd: -1, selfClosing: false, close: -1, children: [], added: [], index: new Map() });

/**
 * One pass over the part's tags: the root, its known collections (by local name, whatever the
 * prefix), their direct children's text. Comments and processing instructions are skipped by the
 * cursor; count attributes are not trusted, the children are counted.
 */
function scan(xml: string): Parsed {
  const cur = new XmlCursor(xml);
  const collections = Object.fromEntries(SEQUENCE.map((name) => [name, emptyCollection()])) as Record<CollectionName, Collection>;
  if (!cur.next() || cur.closing) throw new MalformedXml('no root element');
  if (!cur.isLocal('styleSheet')) throw new WorkbookOpenError('文件中的样式部件（styles.xml）不是样式表：文件可能已损坏，请在 Excel 中打开后另存为 .xlsx');
  const prefix = xml.slice(cur.start + 1, cur.localStart);
  const rootTag = xml.slice(cur.start, cur.end);
  const strict = rootTag.includes(STRICT_NS);
  if (cur.selfClosing) return { prefix, strict, collections, rootClose: { at: cur.end - 2, selfClosing: true }, defaultFont: { size: STANDARD_FONT_SIZE } };

  // depth: 1 inside the root, 2 inside a collection, 3 inside one of its children.
  let depth = 1;
  let current: Collection | undefined;
  let childStart = -1;
  let rootClose = -1;
  while (cur.next()) {
    if (cur.closing) {
      depth--;
      if (depth === 0) {
        rootClose = cur.start;
        break;
      }
      if (depth === 2 && current) current.children.push(xml.slice(childStart, cur.end));
      else if (depth === 1 && current) {
        current.close = cur.start;
        current = undefined;
      }
      continue;
    }
    if (depth === 1) {
      const name = SEQUENCE.find((n) => cur.isLocal(n));
      if (name !== undefined && collections[name].start < 0) {
        const c = collections[name];
        c.start = cur.start;
        c.tagEnd = cur.end;
        c.selfClosing = cur.selfClosing;
        c.count = countSpan(cur);
        if (!cur.selfClosing) current = c;
      }
    } else if (depth === 2 && current) {
      if (cur.selfClosing) current.children.push(xml.slice(cur.start, cur.end));
      else childStart = cur.start;
    }
    if (!cur.selfClosing) depth++;
  }
  if (rootClose < 0) throw new MalformedXml('unterminated root');
  for (const name of SEQUENCE) {
    const c = collections[name];
    c.children.forEach((text, i) => {
      if (!c.index.has(text)) c.index.set(text, i);
    });
  }
  return { prefix, strict, collections, rootClose: { at: rootClose, selfClosing: false }, defaultFont: readFont(collections.fonts.children[0]) };
}

/** The value span of the current tag's count attribute (the cursor is fresh on the tag). */
function countSpan(cur: XmlCursor): { from: number; to: number } | undefined {
  while (cur.nextAttribute()) if (cur.attributeIs('count')) return { from: cur.valueStart, to: cur.valueEnd };
  return undefined;
}

/**
 * The size and typeface of a font element's text: its sz (11, Excel's default, when it has none or
 * when there is no font), and its name with the family and charset beside it (no face without a name).
 */
function readFont(font: string | undefined): DefaultFont {
  const found: DefaultFont = { size: STANDARD_FONT_SIZE };
  if (font === undefined) return found;
  let name: string | undefined;
  let family: number | undefined;
  let charset: number | undefined;
  const integer = (cur: XmlCursor) => {
    const n = parseInt(cur.attribute('val') ?? '', 10);
    return Number.isInteger(n) ? n : undefined;
  };
  const cur = new XmlCursor(font);
  while (cur.next()) {
    if (cur.closing) continue;
    if (cur.isLocal('sz')) {
      const size = parseFloat(cur.attribute('val') ?? '');
      if (Number.isFinite(size) && size > 0) found.size = size;
    } else if (cur.isLocal('name')) name = cur.attribute('val');
    else if (cur.isLocal('family')) family = integer(cur);
    else if (cur.isLocal('charset')) charset = integer(cur);
  }
  if (name !== undefined && name !== '') found.face = { name, ...(family === undefined ? {} : { family }), ...(charset === undefined ? {} : { charset }) };
  return found;
}
