import { parseXmlPart } from './parseXmlPart';

/** The number format of a cell style (a cell's s attribute), as the snapshot records it. */
export interface CellFormats {
  /** The format code of cellXfs[styleIndex]; null for General, an unknown built-in id or no such style. */
  formatOf(styleIndex: number): string | null;
}

/**
 * Built-in number formats (ECMA-376 Part 1, 18.8.30), which a style names by id without writing
 * the code. The locale-independent ones read as ExcelJS reads them (the xlsx adapter's previous
 * reader), so snapshots and their fingerprints stay as they were. Ids 27–36 and 50–58 depend on
 * the locale; ExcelJS drops them (General), which hides that the cell is a date: they are given in
 * the zh-CN form Excel shows a Chinese user. Ids 5–8, 23–26 and 41–44 are the locale's currency
 * and accounting formats, which no table can know: none, as with ExcelJS.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/**
 * The number formats of the styles part (xl/styles.xml): each cell style (cellXfs/xf) names a
 * format by id, either a custom one of numFmts (the code kept exactly as stored, backslash
 * escapes included: `0.0\%`, `yyyy\年m\月`) or a built-in one. General is null, as Office reports
 * no format for it. Looked up once per style, since a sheet uses few.
 *
 * @example
 * readCellFormats('<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0\%"/></numFmts>' +
 *   '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>').formatOf(1) // → '0.0\%'
 */
export function readCellFormats(xml: string | undefined): CellFormats {
  const custom = new Map<number, string>();
  const styleFormatIds: number[] = [];
  if (xml !== undefined) {
    parseXmlPart(xml, 'styles.xml', (e, parents) => {
      const parent = parents[parents.length - 1];
      // numFmt also appears in differential formats (dxfs), which are not cell styles.
      if (e.local === 'numFmt' && parent === 'numFmts') custom.set(parseInt(e.attrs.numFmtId ?? '', 10), e.attrs.formatCode ?? '');
      else if (e.local === 'xf' && parent === 'cellXfs') styleFormatIds.push(parseInt(e.attrs.numFmtId ?? '', 10) || 0);
    });
  }
  const cache: Array<string | null> = [];
  return {
    formatOf(styleIndex: number): string | null {
      let format = cache[styleIndex];
      if (format === undefined) {
        const id = styleFormatIds[styleIndex] ?? 0;
        const code = id === 0 ? undefined : custom.get(id) || BUILT_IN[id];
        format = code === undefined || code === '' || code.toLowerCase() === 'general' ? null : code;
        cache[styleIndex] = format;
      }
      return format;
    },
  };
}
