import { truncate } from '../core/text/truncate';

/** Excel holds at most this many characters (UTF-16 code units) in one cell. */
export const MAX_CELL_TEXT = 32767;
/** What a cut cell ends with, so nobody takes the cut text for the whole. */
export const CUT_MARKER = '…（超出单元格上限，已截断）';

/**
 * Text as a cell can hold it: beyond Excel's 32,767 characters it is cut, the visible marker
 * ending it within the limit (a surrogate pair is never split).
 */
export function limitCellText(text: string): string {
  return truncate(text, MAX_CELL_TEXT, CUT_MARKER);
}

/**
 * User text (titles, units, remarks) for a generated cell: line breaks as Excel stores them (a
 * lone CR cannot survive the .xlsx file format — XML reads it back as LF — so both adapters get
 * LF and write the same value), then limitCellText. Text starting with = + - @ stays text: the
 * adapters write strings as values, never as formulas.
 */
export function toCellText(text: string): string {
  return limitCellText(text.replace(/\r\n?/g, '\n'));
}
