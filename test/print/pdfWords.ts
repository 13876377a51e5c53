/**
 * Reads what a PDF prints, word by word with its box, from `pdftotext -bbox-layout file.pdf out.html`
 * (poppler), so tests can check paper rather than cells: words drawn over each other, numbers that
 * lost a digit to clipping, headings, footers. Pure: the caller runs pdftotext and passes the XHTML.
 *
 * Coordinates are PDF points (1/72 in) from the top-left corner of the page, y growing downwards,
 * as pdftotext writes them. A word's box spans its glyphs' ascent to descent.
 */

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Word extends Box {
  text: string;
  /** Index of the word's line in its page's `lines`. */
  line: number;
}

export interface Line extends Box {
  /** Position on the page in pdftotext's reading order (flow → block → line). */
  index: number;
  words: Word[];
}

export interface Page {
  /** 1-based page number in the PDF. */
  number: number;
  width: number;
  height: number;
  lines: Line[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

function box(attrs: Record<string, string>, what: string): Box {
  const n = (k: keyof Box) => {
    const v = Number(attrs[k]);
    if (attrs[k] === undefined || !Number.isFinite(v)) throw new Error(`pdftotext -bbox-layout: ${what} without a numeric ${k}`);
    return v;
  };
  return { xMin: n('xMin'), yMin: n('yMin'), xMax: n('xMax'), yMax: n('yMax') };
}

/**
 * Pages → lines → words of a `pdftotext -bbox-layout` XHTML document. `firstPage` is the PDF page
 * number of the first <page> (pdftotext -f N writes page N first).
 */
export function parseBboxLayout(xhtml: string, firstPage = 1): Page[] {
  const pages: Page[] = [];
  for (const p of xhtml.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/g)) {
    const pa = attributes(p[1]);
    const page: Page = { number: firstPage + pages.length, width: Number(pa.width), height: Number(pa.height), lines: [] };
    for (const l of p[2].matchAll(/<line\b([^>]*)>([\s\S]*?)<\/line>/g)) {
      const index = page.lines.length;
      const words: Word[] = [];
      for (const w of l[2].matchAll(/<word\b([^>]*)>([\s\S]*?)<\/word>/g)) {
        words.push({ ...box(attributes(w[1]), 'word'), text: decode(w[2]), line: index });
      }
      page.lines.push({ ...box(attributes(l[1]), 'line'), index, words });
    }
    pages.push(page);
  }
  return pages;
}

/** Every word of the page, in reading order. */
export function pageWords(page: Page): Word[] {
  return page.lines.flatMap((l) => l.words);
}

/** The page's text: one line of text per pdftotext line, words separated by a space. */
export function pageText(page: Page): string {
  return page.lines.map((l) => l.words.map((w) => w.text).join(' ')).join('\n');
}

export const lineText = (line: Line): string => line.words.map((w) => w.text).join(' ');

/** How much two words must share to count as printed over each other (see findOverlaps). */
export interface OverlapTolerance {
  /** Points the boxes must overlap by in both x and y. */
  points: number;
  /** Share of the smaller box's area the intersection must exceed. */
  areaFraction: number;
}

/**
 * Tuned on LibreOffice 7.4 PDFs read by poppler 22.12: the demo outputs (test/print/
 * printedPages.test.ts) and calibration workbooks of wrapped cells and back-to-back rows at 9, 10,
 * 10.5, 11, 12, 14 and 16 pt, CJK and Latin, regular and bold. pdftotext's word boxes run from the
 * font's ascent to its descent, a little taller than LibreOffice's line pitch, so neighbouring
 * lines always share a sliver: at most 0.64 pt (5.3% of the smaller box) between CJK lines, and
 * 1.2 pt at 9 pt up to 2.1 pt at 16 pt (10.5%) between wrapped lines of Latin text, whose pitch is
 * the Latin font's. Lines drawn over each other (a row too short for its wrapped text) share 17–93%,
 * and every such pair of lines has a pair of words sharing 25% or more. Hence more than 15% of the
 * smaller box (10% would flag normal Latin lines), and more than half a point each way.
 */
export const DEFAULT_TOLERANCE: OverlapTolerance = { points: 0.5, areaFraction: 0.15 };

export interface Overlap {
  page: number;
  a: Word;
  b: Word;
  lineA: Line;
  lineB: Line;
  /** The intersection's width and height, points. */
  width: number;
  height: number;
  /** Intersection area over the smaller box's area. */
  fraction: number;
}

const area = (b: Box) => Math.max(0, b.xMax - b.xMin) * Math.max(0, b.yMax - b.yMin);

/** The overlap of two boxes, or null when they do not share more than the tolerance. */
export function intersect(a: Box, b: Box, tolerance: OverlapTolerance = DEFAULT_TOLERANCE): { width: number; height: number; fraction: number } | null {
  const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  if (width <= tolerance.points || height <= tolerance.points) return null;
  const smaller = Math.min(area(a), area(b));
  const fraction = smaller > 0 ? (width * height) / smaller : 1;
  return fraction > tolerance.areaFraction ? { width, height, fraction } : null;
}

/**
 * Pairs of words from different lines whose boxes intersect: text printed over other text (a row
 * too short for its wrapped text, a heading drawn over a table, a shape of text over cells). Words
 * of the same pdftotext line are never compared: they are one run of text, side by side.
 */
export function findOverlaps(page: Page, tolerance: OverlapTolerance = DEFAULT_TOLERANCE): Overlap[] {
  const words = pageWords(page).slice().sort((p, q) => p.yMin - q.yMin);
  const found: Overlap[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    for (let j = i + 1; j < words.length && words[j].yMin < a.yMax; j++) {
      const b = words[j];
      if (a.line === b.line) continue;
      const hit = intersect(a, b, tolerance);
      if (hit) found.push({ page: page.number, a, b, lineA: page.lines[a.line], lineB: page.lines[b.line], ...hit });
    }
  }
  return found;
}

const at = (b: Box) => `(${b.xMin.toFixed(1)},${b.yMin.toFixed(1)})–(${b.xMax.toFixed(1)},${b.yMax.toFixed(1)})`;

/** One line for a failure message: where, which two words, and the lines they belong to. */
export function describeOverlap(o: Overlap): string {
  return (
    `p.${o.page}: 「${o.a.text}」 ${at(o.a)} over 「${o.b.text}」 ${at(o.b)} ` +
    `(${o.width.toFixed(1)}×${o.height.toFixed(1)} pt, ${Math.round(o.fraction * 100)}% of the smaller word); ` +
    `lines 「${lineText(o.lineA)}」 / 「${lineText(o.lineB)}」`
  );
}

/**
 * The words printed on the same row as `word` on its page: those whose vertical middle lies within
 * the word's top and bottom (a table row, or a line of text across several cells), left to right.
 */
export function rowOf(page: Page, word: Box): Word[] {
  return pageWords(page)
    .filter((w) => {
      const mid = (w.yMin + w.yMax) / 2;
      return mid >= word.yMin && mid <= word.yMax;
    })
    .sort((p, q) => p.xMin - q.xMin);
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Words that may continue a wrapped cell whose text so far spans [left, right] on `line`: the
 * words of the lines starting just below it (within half a line height) that lie under that span.
 */
function continuations(page: Page, line: Line, left: number, right: number): Array<{ line: Line; word: number }> {
  const h = line.yMax - line.yMin;
  const out: Array<{ line: Line; word: number }> = [];
  for (const l of page.lines) {
    const gap = l.yMin - line.yMax;
    if (l === line || l.yMin <= line.yMin || gap < -h / 2 || gap > h / 2) continue;
    l.words.forEach((w, i) => {
      if (w.xMin < right && w.xMax > left) out.push({ line: l, word: i });
    });
  }
  return out;
}

export interface TokenMatch {
  page: number;
  /** The words the match consists of. */
  words: Word[];
}

/**
 * Where `expected` is printed as a whole token: starting at the beginning of a word and ending at
 * the end of a word, ignoring whitespace; the match may run over the next words of a line and on
 * into the line below (a wrapped cell: a word just below the text matched so far). So
 * '5（暂计）' is not found in a page that prints '15（暂计）', nor '1' in '10', but '第 1 页'
 * is found in 「第1」「页」 and a long note is found across the lines it wrapped into.
 * Each word starts at most one match (matches are counted, not merely found).
 */
export function findToken(pages: Page[], expected: string): TokenMatch[] {
  const target = squeeze(expected);
  if (target === '') return [];
  const found: TokenMatch[] = [];
  for (const page of pages) {
    // Match target[pos..] from word w of line l; `left` is where the text matched so far starts.
    const from = (l: Line, w: number, pos: number, left: number, depth: number): Word[] | null => {
      const word = l.words[w];
      const text = squeeze(word.text);
      const rest = target.slice(pos);
      if (text === rest) return [word];
      if (text === '' || !rest.startsWith(text)) return null;
      const tries =
        depth < 20 ? [...(w + 1 < l.words.length ? [{ line: l, word: w + 1, down: 0 }] : []), ...continuations(page, l, left, word.xMax).map((c) => ({ ...c, down: 1 }))] : [];
      for (const t of tries) {
        const more = from(t.line, t.word, pos + text.length, Math.min(left, t.line.words[t.word].xMin), depth + t.down);
        if (more) return [word, ...more];
      }
      return null;
    };
    for (const line of page.lines) {
      for (let w = 0; w < line.words.length; w++) {
        const words = from(line, w, 0, line.words[w].xMin, 0);
        if (words) found.push({ page: page.number, words });
      }
    }
  }
  return found;
}

/**
 * Pages after the first that show table rows (`rowsOn`) without every heading above their first
 * row and within the top `topShare` of the page: a table that runs onto a page without its column
 * headings. A heading may wrap in its cell (see findToken). One line per missing heading.
 */
export function missingHeadings(pages: Page[], rowsOn: (page: Page) => Box[], headings: string[], topShare = 0.25): string[] {
  const problems: string[] = [];
  pages.forEach((page, i) => {
    const rows = rowsOn(page);
    if (i === 0 || rows.length === 0) return;
    const firstRow = Math.min(...rows.map((w) => w.yMin));
    const limit = Math.min(firstRow, page.height * topShare);
    for (const heading of headings) {
      if (!findToken([page], heading).some((m) => m.words[0].yMax <= limit + 0.5)) {
        problems.push(`p.${page.number}: rows from y=${firstRow.toFixed(0)} pt, but no 「${heading}」 above them in the top ${Math.round(topShare * 100)}% of the page`);
      }
    }
  });
  return problems;
}

/** Whether the page has a row holding all the words (as parts of words), e.g. 制表人 审核人 日期. */
export function hasRowWith(page: Page, parts: string[]): boolean {
  return pageWords(page).some((w) => {
    if (!w.text.includes(parts[0])) return false;
    const row = rowOf(page, w)
      .map((x) => x.text)
      .join(' ');
    return parts.every((p) => row.includes(p));
  });
}

/** A footer's page numbers, read from the text of the page's bottom part: 第 N 页 共 M 页 (or 第N页，共M页). */
export function footerNumbers(page: Page, bottomShare = 0.15): { n: number; m: number; text: string } | null {
  const bottom = page.height * (1 - bottomShare);
  const text = page.lines
    .filter((l) => l.yMin >= bottom)
    .map(lineText)
    .join(' ');
  const m = /第\s*(\d+)\s*页\s*[，,、]?\s*共\s*(\d+)\s*页/.exec(text);
  return m ? { n: Number(m[1]), m: Number(m[2]), text: m[0] } : null;
}

// ---------------------------------------------------------------------------------------------
// What is actually visible. LibreOffice draws a cell's whole text and clips it to the cell, so the
// clipped characters are still in the PDF and pdftotext reports them: a '15（暂计）' printed as
// '5（暂计）' reads as '15（暂计）'. `pdftocairo -svg` (poppler, like pdftotext) resolves the
// clipping: glyphs wholly outside their clip are dropped, glyphs across its edge are drawn inside a
// <g clip-path>. So the SVG tells which of a word's characters are on paper.

/** One glyph drawn on the page, from `pdftocairo -svg`. */
export interface Glyph {
  /** The <symbol> drawn: the same id is the same glyph of the same font on that page. */
  symbol: string;
  /** The glyph's origin (on the baseline). */
  x: number;
  y: number;
  /** The glyph's ink on the page. */
  ink: Box;
  /** Share of the ink inside the clip it is drawn in (1 when not clipped). */
  visible: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

function parseTransform(value: string | undefined): Matrix {
  if (!value) return IDENTITY;
  let m = IDENTITY;
  for (const t of value.matchAll(/(matrix|translate|scale)\(([^)]*)\)/g)) {
    const a = t[2].split(/[\s,]+/).filter(Boolean).map(Number);
    const n: Matrix =
      t[1] === 'matrix' ? [a[0], a[1], a[2], a[3], a[4], a[5]] : t[1] === 'translate' ? [1, 0, 0, 1, a[0], a[1] ?? 0] : [a[0], 0, 0, a[1] ?? a[0], 0, 0];
    m = multiply(m, n);
  }
  return m;
}

/** The bounding box of a path's points (cairo writes absolute M/L/C/Z coordinates), transformed. */
function pathBox(d: string, m: Matrix = IDENTITY): Box | null {
  const nums = (d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
  if (nums.length < 2) return null;
  const b = { xMin: Infinity, yMin: Infinity, xMax: -Infinity, yMax: -Infinity };
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const [x, y] = apply(m, nums[i], nums[i + 1]);
    b.xMin = Math.min(b.xMin, x);
    b.yMin = Math.min(b.yMin, y);
    b.xMax = Math.max(b.xMax, x);
    b.yMax = Math.max(b.yMax, y);
  }
  return b;
}

const boxOf = (points: Array<[number, number]>): Box => ({
  xMin: Math.min(...points.map((p) => p[0])),
  yMin: Math.min(...points.map((p) => p[1])),
  xMax: Math.max(...points.map((p) => p[0])),
  yMax: Math.max(...points.map((p) => p[1])),
});
const union = (a: Box | null, b: Box | null): Box | null =>
  !a ? b : !b ? a : { xMin: Math.min(a.xMin, b.xMin), yMin: Math.min(a.yMin, b.yMin), xMax: Math.max(a.xMax, b.xMax), yMax: Math.max(a.yMax, b.yMax) };
const meet = (a: Box, b: Box): Box => ({ xMin: Math.max(a.xMin, b.xMin), yMin: Math.max(a.yMin, b.yMin), xMax: Math.min(a.xMax, b.xMax), yMax: Math.min(a.yMax, b.yMax) });

/** Share of `ink` inside `clip`, measured along each axis (so a hairline glyph still counts). */
function insideShare(ink: Box, clip: Box): number {
  const share = (lo: number, hi: number, clo: number, chi: number) => (hi - lo <= 1e-6 ? (lo >= clo && hi <= chi ? 1 : 0) : Math.max(0, Math.min(hi, chi) - Math.max(lo, clo)) / (hi - lo));
  return share(ink.xMin, ink.xMax, clip.xMin, clip.xMax) * share(ink.yMin, ink.yMax, clip.yMin, clip.yMax);
}

/** The glyphs of one page of `pdftocairo -svg` output, with how much of each is visible. */
export function parseCairoSvg(svg: string): Glyph[] {
  const symbols = new Map<string, Box | null>();
  const clips = new Map<string, Box | null>();
  const glyphs: Glyph[] = [];
  // Open <g> elements: the transform and clip in force inside each.
  const stack: Array<{ m: Matrix; clip: Box | null; tag: string }> = [{ m: IDENTITY, clip: null, tag: 'svg' }];
  let inSymbol: string | null = null;
  let inClip: string | null = null;
  for (const t of svg.matchAll(/<(\/?)([\w:]+)((?:[^>"]|"[^"]*")*?)(\/?)>/g)) {
    const [, close, tag, rest, selfClose] = t;
    const a = attributes(rest);
    if (close) {
      if (tag === 'symbol') inSymbol = null;
      else if (tag === 'clipPath') inClip = null;
      else if (tag === 'g' && stack.length > 1) stack.pop();
      continue;
    }
    if (tag === 'symbol') {
      inSymbol = a.id ?? null;
      if (inSymbol) symbols.set(inSymbol, null);
    } else if (tag === 'clipPath') {
      inClip = a.id ?? null;
      if (inClip) clips.set(inClip, null);
    } else if (tag === 'path' || tag === 'rect') {
      const b =
        tag === 'rect'
          ? pathBox(`${a.x ?? 0} ${a.y ?? 0} ${Number(a.x ?? 0) + Number(a.width ?? 0)} ${Number(a.y ?? 0) + Number(a.height ?? 0)}`, parseTransform(a.transform))
          : pathBox(a.d ?? '', parseTransform(a.transform));
      if (inSymbol) symbols.set(inSymbol, union(symbols.get(inSymbol) ?? null, b));
      else if (inClip) clips.set(inClip, union(clips.get(inClip) ?? null, b));
    } else if (tag === 'g' && !selfClose) {
      const top = stack[stack.length - 1];
      const m = multiply(top.m, parseTransform(a.transform));
      let clip = top.clip;
      const ref = /url\(#([^)]+)\)/.exec(a['clip-path'] ?? '');
      if (ref) {
        const c = clips.get(ref[1]) ?? null;
        if (c) {
          // The clip path is in the coordinates of the element it is applied to.
          const box = boxOf([apply(m, c.xMin, c.yMin), apply(m, c.xMax, c.yMax), apply(m, c.xMin, c.yMax), apply(m, c.xMax, c.yMin)]);
          clip = clip ? meet(clip, box) : box;
        }
      }
      stack.push({ m, clip, tag });
    } else if (tag === 'use' && !inSymbol && !inClip) {
      const href = (a['xlink:href'] ?? a.href ?? '').replace(/^#/, '');
      const shape = symbols.get(href);
      if (!shape) continue; // a blank glyph (space) or not a glyph
      const top = stack[stack.length - 1];
      const m = multiply(top.m, parseTransform(a.transform));
      const ux = Number(a.x ?? 0);
      const uy = Number(a.y ?? 0);
      const [x, y] = apply(m, ux, uy);
      const ink = boxOf([apply(m, ux + shape.xMin, uy + shape.yMin), apply(m, ux + shape.xMax, uy + shape.yMax)]);
      glyphs.push({ symbol: href, x, y, ink, visible: top.clip ? insideShare(ink, top.clip) : 1 });
    }
  }
  return glyphs;
}

/** A word whose characters are not all on paper. */
export interface ClippedWord {
  page: number;
  word: Word;
  /** What is left on paper: the characters at least half visible. */
  printed: string;
  /** The characters not printed whole (under 90% of the glyph visible), in order. */
  cut: string;
}

/** Visible enough to read as printed whole. */
const WHOLE = 0.9;

/**
 * Pairs a word's characters with glyphs (left to right, order kept), as many as possible: a glyph
 * known to be another character never pairs; a known one pairs before an unknown one. Returns, per
 * character, the glyph's index or -1 (no glyph: clipped away).
 */
function align(word: Word, chars: string[], glyphs: Glyph[], decode: Map<string, string | null>): number[] {
  const n = chars.length;
  const m = glyphs.length;
  // Where each character would start if the word's box were shared out by nominal widths
  // (ideographs and full-width forms 1 em, others about half): breaks ties between unknown glyphs.
  const widths = chars.map((c) => ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55));
  const em = (word.xMax - word.xMin) / widths.reduce((a, b) => a + b, 0);
  const starts = widths.map((_, i) => word.xMin + em * widths.slice(0, i).reduce((a, b) => a + b, 0));
  const score = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const weight = (i: number, j: number) => {
    const d = decode.get(glyphs[j].symbol);
    const near = 0.5 * (1 - Math.min(1, Math.abs(glyphs[j].x - starts[i]) / em));
    return d === chars[i] ? 2 + near : d === undefined || d === null ? 1 + near : -Infinity;
  };
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) score[i][j] = Math.max(score[i - 1][j], score[i][j - 1], score[i - 1][j - 1] + weight(i - 1, j - 1));
  }
  const pick = new Array<number>(n).fill(-1);
  for (let i = n, j = m; i > 0 && j > 0; ) {
    if (score[i][j] === score[i - 1][j]) i--;
    else if (score[i][j] === score[i][j - 1]) j--;
    else {
      pick[i - 1] = j - 1;
      i--;
      j--;
    }
  }
  return pick;
}

/**
 * The page as printed: each word's text reduced to the characters whose glyphs are (at least 90%)
 * visible, and the words that lost characters. Glyphs are matched to a word's characters by
 * position (ink centre inside the word's box, left to right) and by glyph identity, learnt from
 * the words of the page printed whole with glyphs of their own (as many as their characters, in no
 * other word's box); a glyph not learnt may stand for any character.
 */
export function printedPage(page: Page, glyphs: Glyph[]): { page: Page; clipped: ClippedWord[] } {
  const inBox = (g: Glyph, w: Word) => {
    const cx = (g.ink.xMin + g.ink.xMax) / 2;
    const cy = (g.ink.yMin + g.ink.yMax) / 2;
    return cx >= w.xMin - 0.5 && cx <= w.xMax + 0.5 && cy >= w.yMin - 0.5 && cy <= w.yMax + 0.5 && g.y >= w.yMin && g.y <= w.yMax + 0.5;
  };
  const words = pageWords(page);
  const candidates = new Map(words.map((w) => [w, glyphs.filter((g) => inBox(g, w)).sort((p, q) => p.x - q.x)]));
  const owners = new Map<Glyph, number>();
  for (const gs of candidates.values()) for (const g of gs) owners.set(g, (owners.get(g) ?? 0) + 1);
  const decode = new Map<string, string | null>();
  for (const w of words) {
    const chars = [...squeeze(w.text)];
    const gs = candidates.get(w)!;
    if (gs.length !== chars.length || gs.some((g) => owners.get(g) !== 1 || g.visible < 0.99)) continue;
    gs.forEach((g, i) => {
      const known = decode.get(g.symbol);
      if (known === undefined) decode.set(g.symbol, chars[i]);
      else if (known !== chars[i]) decode.set(g.symbol, null);
    });
  }
  const clipped: ClippedWord[] = [];
  const lines = page.lines.map((l) => ({
    ...l,
    words: l.words.map((w) => {
      const chars = [...squeeze(w.text)];
      const gs = candidates.get(w)!;
      const seen = align(w, chars, gs, decode).map((k) => (k < 0 ? 0 : gs[k].visible));
      const text = chars.filter((_, i) => seen[i] >= WHOLE).join('');
      if (text !== chars.join('')) {
        clipped.push({ page: page.number, word: w, printed: chars.filter((_, i) => seen[i] >= 0.5).join(''), cut: chars.filter((_, i) => seen[i] < WHOLE).join('') });
      }
      return { ...w, text };
    }),
  }));
  return { page: { ...page, lines }, clipped };
}

// ---------------------------------------------------------------------------------------------
// Which pages are whose. LibreOffice's PDF export of a Calc document writes one bookmark (outline
// item) per printed sheet, titled with the sheet's name and pointing at its first page; its PDFs
// keep objects uncompressed, so the outline can be read straight from the file.

/** A PDF string object: (literal) or <hex>, UTF-16BE when it starts with a byte order mark. */
function pdfString(raw: string): string {
  let bytes: number[];
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    bytes = (hex.match(/../g) ?? []).map((h) => parseInt(h, 16));
  } else {
    const body = raw.slice(1, -1);
    bytes = [];
    for (let i = 0; i < body.length; i++) {
      const ch = body[i];
      if (ch !== '\\') {
        bytes.push(ch.charCodeAt(0) & 0xff);
        continue;
      }
      const next = body[++i];
      const octal = /^[0-7]{1,3}/.exec(body.slice(i));
      if (octal) {
        bytes.push(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length - 1;
      } else if (next === '\n' || next === '\r') {
        if (next === '\r' && body[i + 1] === '\n') i++;
      } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let s = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return s;
  }
  return String.fromCharCode(...bytes);
}

/** A run of pages printed from one sheet. 1-based page numbers, `last` included. */
export interface SheetPages {
  sheet: string;
  first: number;
  last: number;
}

/**
 * The sheets of a LibreOffice Calc PDF and their pages, from its top-level bookmarks (`pdf` read
 * as latin1). Throws when the file has none or keeps its objects in compressed streams.
 */
export function sheetBookmarks(pdf: string): SheetPages[] {
  const objects = new Map<number, string>();
  for (const m of pdf.matchAll(/(?:^|[\r\n\s])(\d+)\s+0\s+obj\b([\s\S]*?)\bendobj/g)) objects.set(Number(m[1]), m[2]);
  const ref = (body: string | undefined, key: string) => {
    const m = new RegExp(`/${key}\\s*(\\d+)\\s+0\\s+R`).exec(body ?? '');
    return m ? Number(m[1]) : null;
  };
  const catalog = [...objects.values()].find((b) => /\/Type\s*\/Catalog\b/.test(b));
  if (!catalog) throw new Error('PDF: no catalog among uncompressed objects (object streams are not read)');
  const pages: number[] = [];
  const walk = (id: number | null, depth = 0) => {
    const body = id === null ? undefined : objects.get(id);
    if (body === undefined || depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
    } else pages.push(id as number);
  };
  walk(ref(catalog, 'Pages'));
  const sheets: Array<{ sheet: string; first: number }> = [];
  const seen = new Set<number>();
  for (let item = ref(objects.get(ref(catalog, 'Outlines') ?? -1), 'First'); item !== null && !seen.has(item); item = ref(objects.get(item), 'Next')) {
    seen.add(item);
    const body = objects.get(item) ?? '';
    const title = /\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\[\s\S]|[^\\)])*\))/.exec(body)?.[1];
    const dest = /\/Dest\s*\[\s*(\d+)\s+0\s+R/.exec(body)?.[1];
    if (title === undefined || dest === undefined) continue;
    sheets.push({ sheet: pdfString(title), first: pages.indexOf(Number(dest)) + 1 });
  }
  if (sheets.length === 0) throw new Error('PDF: no bookmarks (LibreOffice writes one per sheet)');
  return sheets.map((s, i) => ({ ...s, last: i + 1 < sheets.length ? sheets[i + 1].first - 1 : pages.length }));
}
