import { WorkbookOpenError } from '../workbookOpenError';
import { zipOf } from '../../../test/support/zipOf';
import { readSheetTables } from './readSheetTables';


const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const sheetRels = (...items: Array<[string, string, string]>) =>
  `<Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

// As Excel writes it (with a style), as LibreOffice writes it (none), and without a header row.
const EXCEL_TABLE =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<table xmlns="${MAIN}" id="1" name="表1" displayName="督办台账" ref="B3:D5" totalsRowShown="0">` +
  '<autoFilter ref="B3:D5"/><tableColumns count="3"><tableColumn id="1" name="督办事项"/><tableColumn id="2" name="责任单位"/><tableColumn id="3" name="交办时间"/></tableColumns>' +
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
const LIBREOFFICE_TABLE =
  `<table xmlns="${MAIN}" id="2" name="JianYi2025" displayName="JianYi2025" ref="A2:I9" headerRowCount="1" totalsRowCount="0" totalsRowShown="0">` +
  '<autoFilter ref="A2:I9"/><tableColumns count="1"><tableColumn id="1" name="序号"/></tableColumns></table>';
const HEADERLESS_TABLE = `<x:table xmlns:x='${MAIN}' id='3' name='无表头' displayName='无表头' ref='$F$10:$G$12' headerRowCount='0'/>`;

describe('readSheetTables', () => {
  it('reads the tables a sheet relates to: range, name and header row', () => {
    const zip = zipOf(
      new Map([
        ['xl/worksheets/sheet1.xml', '<worksheet/>'],
        [
          'xl/worksheets/_rels/sheet1.xml.rels',
          sheetRels(
            ['rId1', `${REL}/table`, '../tables/table1.xml'],
            ['rId2', `${REL}/drawing`, '../drawings/drawing1.xml'],
            ['rId3', `${REL}/table`, '/xl/tables/table2.xml'],
            ['rId4', 'http://purl.oclc.org/ooxml/officeDocument/relationships/table', '../tables/table3.xml'],
          ),
        ],
        ['xl/tables/table1.xml', EXCEL_TABLE],
        ['xl/tables/table2.xml', LIBREOFFICE_TABLE],
        ['xl/tables/table3.xml', HEADERLESS_TABLE],
      ]),
    );
    expect(readSheetTables(zip, 'xl/worksheets/sheet1.xml')).toEqual([
      { name: '表1', headerRow: true, top: 3, left: 2, bottom: 5, right: 4 },
      { name: 'JianYi2025', headerRow: true, top: 2, left: 1, bottom: 9, right: 9 },
      { name: '无表头', headerRow: false, top: 10, left: 6, bottom: 12, right: 7 },
    ]);
  });

  it('gives none for a sheet without relationships', () => {
    expect(readSheetTables(zipOf(new Map([['xl/worksheets/sheet1.xml', '<worksheet/>']])), 'xl/worksheets/sheet1.xml')).toEqual([]);
  });

  it('names a table part that is missing or unreadable', () => {
    const rels = sheetRels(['rId1', `${REL}/table`, '../tables/table1.xml']);
    const missing = zipOf(new Map([['xl/worksheets/_rels/sheet1.xml.rels', rels]]));
    expect(() => readSheetTables(missing, 'xl/worksheets/sheet1.xml')).toThrow(
      new WorkbookOpenError('文件缺少表格部件 xl/tables/table1.xml（工作表部件 xl/worksheets/sheet1.xml 引用了它），文件可能已损坏：请在 Excel 中打开后另存为 .xlsx'),
    );
    const badRef = zipOf(new Map([['xl/worksheets/_rels/sheet1.xml.rels', rels], ['xl/tables/table1.xml', `<table xmlns="${MAIN}" name="T" ref="第一列"/>`]]));
    expect(() => readSheetTables(badRef, 'xl/worksheets/sheet1.xml')).toThrow(
      new WorkbookOpenError('表格部件 xl/tables/table1.xml 的区域「第一列」无法识别，文件可能已损坏：请在 Excel 中打开后另存为 .xlsx'),
    );
  });
});
