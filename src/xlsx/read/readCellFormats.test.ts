import { WorkbookOpenError } from '../workbookOpenError';
import { readCellFormats } from './readCellFormats';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const styles = (numFmts: string, xfs: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${MAIN}"><numFmts>${numFmts}</numFmts>` +
  `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs>${xfs}</cellXfs>` +
  '<dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="0.000"/></dxf></dxfs></styleSheet>';

describe('readCellFormats', () => {
  it('gives custom codes exactly as stored, backslash escapes and quotes included', () => {
    const formats = readCellFormats(
      styles(
        '<numFmt numFmtId="164" formatCode="0.0\\%"/><numFmt numFmtId="165" formatCode="yyyy\\年m\\月d\\日"/><numFmt numFmtId="166" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/>',
        '<xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>',
      ),
    );
    expect([0, 1, 2, 3].map((i) => formats.formatOf(i))).toEqual([null, '0.0\\%', 'yyyy\\年m\\月d\\日', 'yyyy"年"m"月"']);
  });

  it('gives built-in formats as ExcelJS did, and the zh-CN dates for the CJK ids', () => {
    const ids = [1, 9, 14, 22, 27, 28, 30, 31, 32, 34, 36, 49, 50, 55, 57, 58, 5, 42];
    const formats = readCellFormats(styles('', ids.map((id) => `<xf numFmtId="${id}"/>`).join('')));
    expect(ids.map((_, i) => formats.formatOf(i))).toEqual([
      '0',
      '0%',
      'mm-dd-yy',
      'm/d/yy "h":mm',
      'yyyy"年"m"月"',
      'm"月"d"日"',
      'm-d-yy',
      'yyyy"年"m"月"d"日"',
      'h"时"mm"分"',
      '上午/下午 h"时"mm"分"',
      'yyyy"年"m"月"',
      '@',
      'yyyy"年"m"月"',
      '上午/下午 h"时"mm"分"',
      'yyyy"年"m"月"',
      'm"月"d"日"',
      null,
      null,
    ]);
  });

  it('reads General (built-in or a custom code) as null, and a custom code first for its id', () => {
    const formats = readCellFormats(styles('<numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="14" formatCode="yyyy/m/d"/>', '<xf numFmtId="164"/><xf numFmtId="14"/><xf/>'));
    expect([0, 1, 2].map((i) => formats.formatOf(i))).toEqual([null, 'yyyy/m/d', null]);
  });

  it('ignores differential formats and cell style formats, and gives null for a style that does not exist', () => {
    const formats = readCellFormats(styles('', '<xf numFmtId="165"/>'));
    expect(formats.formatOf(0)).toBeNull();
    expect(formats.formatOf(7)).toBeNull();
    expect(readCellFormats(undefined).formatOf(0)).toBeNull();
  });

  it('reads prefixed parts and single quotes', () => {
    const xml = `<s:styleSheet xmlns:s='${MAIN}'><s:numFmts count='1'><s:numFmt formatCode='0.0%' numFmtId='170'/></s:numFmts><s:cellXfs><s:xf numFmtId='0'/><s:xf numFmtId='170'/></s:cellXfs></s:styleSheet>`;
    expect(readCellFormats(xml).formatOf(1)).toBe('0.0%');
  });

  it('names the part when it is not XML', () => {
    expect(() => readCellFormats('<styleSheet><cellXfs></styleSheet>')).toThrow(
      new WorkbookOpenError('文件中的部件 styles.xml 不是有效的 XML，文件可能已损坏：请在 Excel 中打开后另存为 .xlsx'),
    );
  });
});
