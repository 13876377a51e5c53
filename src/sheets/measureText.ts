import { EXCEL_MAX_ROW_HEIGHT, type CellStyle, type ModelValue } from './sheetModel';

/**
 * How wide and tall text prints, estimated without fonts (the core and sheet builders have no
 * DOM). Units are Excel's column-width characters: the width of '0' in an 11-point font, 7 pixels.
 * The estimates err on the generous side — a column a little wide costs nothing on paper, a
 * clipped "15（暂计）" prints as "5（暂计）" — and hold for the fonts the sheets print in:
 * 宋体 in Excel and WPS, Noto Sans CJK where LibreOffice stands in for it.
 */

/** The point size of a cell without one of its own. */
export const BASE_FONT_SIZE = 11;
/** A CJK character (and full-width punctuation) at 11 points: 14.7 px, 2.1 units. */
const WIDE_CHAR = 2.1;
/** Digits and Latin letters at 11 points, in the widest of the fonts above. */
const NARROW_CHAR = 1.2;
/** The cell's inner margins and the gridline, with half a character of slack. */
const CELL_PADDING = 1.7;
/** Points per line: CJK fonts have tall ascenders (Noto Sans CJK's line is 1.45 em). */
const LINE_SPACING = 1.45;
/** Points above and below the lines. */
const ROW_PADDING = 4;

/** East Asian wide characters: CJK ideographs, kana, hangul, full-width forms and punctuation. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

const scale = (style: CellStyle | undefined) => ((style?.fontSize ?? BASE_FONT_SIZE) / BASE_FONT_SIZE) * (style?.bold ? 1.05 : 1);

/**
 * Display width of one line of text, in column units, CJK characters counting about two.
 *
 * @example
 * textWidth('类内排名') // 8.4
 * textWidth('15') // 2.4
 */
export function textWidth(text: string, style?: CellStyle): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0) as number) ? WIDE_CHAR : NARROW_CHAR;
  return w * scale(style);
}

/**
 * The column width a text needs on one line (each '\n' line measured apart), padding included.
 *
 * @example
 * widthToFit('类内\n排名') // 5.9: the longer line, "类内", plus padding
 */
export function widthToFit(text: string, style?: CellStyle): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, textWidth(line, style));
  return widest + CELL_PADDING;
}

/**
 * Lines a wrapped text takes in a column `width` units wide: CJK text breaks between any two
 * characters, a run of Latin letters or digits only at its ends (or where it is longer than a line).
 *
 * @example
 * wrappedLines('并列超出第一等次名额，均未进第一等次', 28) // 2
 */
export function wrappedLines(text: string, width: number, style?: CellStyle): number {
  // Half a character of slack (in CELL_PADDING): a line may not start with '，' or '）', which pushes one over.
  const room = Math.max(1, width - CELL_PADDING);
  let total = 0;
  for (const paragraph of text.split('\n')) {
    let lines = 1;
    let used = 0;
    for (const token of paragraph.match(TOKENS) ?? []) {
      const w = textWidth(token, style);
      if (used + w <= room) {
        used += w;
        continue;
      }
      if (/^\s$/.test(token)) continue; // a space at a break is not carried over
      if (used > 0) lines++;
      let rest = w;
      while (rest > room) {
        lines++;
        rest -= room;
      }
      used = rest;
    }
    total += lines;
  }
  return total;
}

/** One wide character, a run of narrow non-space characters, or one space. */
const TOKENS = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3ffff}]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3ffff}]+|\s/gu;

/**
 * Row height in points for `lines` lines of text, at most Excel's tallest row (a longer text
 * shows its start; the cell still holds all of it).
 *
 * @example
 * rowHeightFor(1) // 20 (11-point text)
 * rowHeightFor(2, { fontSize: 9 }) // 31
 */
export function rowHeightFor(lines: number, style?: CellStyle): number {
  const size = style?.fontSize ?? BASE_FONT_SIZE;
  return Math.min(EXCEL_MAX_ROW_HEIGHT, Math.ceil(lines * size * LINE_SPACING + ROW_PADDING));
}

/**
 * The text a value shows under the number formats the sheets use ('0.0%', '#,##0', '+0;-0;0',
 * 'yyyy-mm-dd'); anything else as String() shows it.
 *
 * @example
 * displayText(0.6667, '0.0%') // '66.7%'
 * displayText(200000, '#,##0') // '200,000'
 */
export function displayText(value: ModelValue, numberFormat?: string): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  switch (numberFormat) {
    case '0.0%':
      return `${(value * 100).toFixed(1)}%`;
    case '#,##0':
      return Math.round(value)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    case '+0;-0;0':
      return value > 0 ? `+${value}` : String(value);
    case 'yyyy-mm-dd':
      return '0000-00-00';
    default:
      return String(value);
  }
}
