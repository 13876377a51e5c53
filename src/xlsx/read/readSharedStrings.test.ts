import { WorkbookOpenError } from '../workbookOpenError';
import { readSharedStrings } from './readSharedStrings';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

describe('readSharedStrings', () => {
  it('reads plain and rich text, leaving out phonetic runs', () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${MAIN}" count="4" uniqueCount="4">` +
      '<si><t>督办事项</t></si>' +
      '<si><r><rPr><rFont val="宋体"/><charset val="134"/></rPr><t>4</t></r><r><rPr><sz val="11"/></rPr><t>月10日前</t></r></si>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>' +
      '<si><r><t xml:space="preserve">县 </t></r><rPh sb="0" eb="1"><t>けん</t></rPh><r><t>水利局</t></r></si>' +
      '</sst>';
    expect(readSharedStrings(xml)).toEqual(['督办事项', '4月10日前', '東京', '县 水利局']);
  });

  it('decodes references, _xHHHH_ escapes (an escaped underscore too) and keeps empty items in place', () => {
    const xml =
      `<sst xmlns="${MAIN}"><si><t>A&amp;B &lt;C&gt; &#x4E2D;&#25991;</t></si><si><t>第一行_x000D_\n第二行</t></si>` +
      '<si><t>_x005F_x000D_</t></si><si><t/></si><si/><si><t>a\r\nb</t></si></sst>';
    expect(readSharedStrings(xml)).toEqual(['A&B <C> 中文', '第一行\r\n第二行', '_x000D_', '', '', 'a\nb']);
  });

  it('reads prefixed elements and CDATA', () => {
    const xml = `<x:sst xmlns:x="${MAIN}"><x:si><x:t><![CDATA[<县>]]></x:t></x:si><x:si><x:r><x:t>县</x:t></x:r><x:r><x:t>农业局</x:t></x:r></x:si></x:sst>`;
    expect(readSharedStrings(xml)).toEqual(['<县>', '县农业局']);
  });

  it('gives an empty table for a workbook without the part', () => {
    expect(readSharedStrings(undefined)).toEqual([]);
  });

  it('names the part when it is cut short', () => {
    for (const cut of [`<sst xmlns="${MAIN}"><si><t>督办</t></si><si><t>县水`, `<sst xmlns="${MAIN}"><si><t>督办</t></si>`]) {
      expect(() => readSharedStrings(cut)).toThrow(new WorkbookOpenError('文件中的共享字符串表（sharedStrings.xml）已损坏，无法读取：请在 Excel 中打开后另存为 .xlsx'));
    }
    expect(readSharedStrings(`<sst xmlns="${MAIN}"/>`)).toEqual([]);
  });
});
