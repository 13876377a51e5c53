import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { xmlInsertions, type XmlChange } from '../../../test/support/xmlInsertions';
import {
  addConditionalFormatting,
  addMergeCells,
  cellStyleAt,
  cellsAt,
  columnWidths,
  coverDimension,
  dimensionBottom,
  elementPrefix,
  maxRulePriority,
  patchCells,
  removeConditionalRules,
  removeMergeCell,
  type CellPatch,
} from './editWorksheet';

/** Patches from [row, col, patch] triples. */
function patches(...cells: Array<[number, number, CellPatch]>): Map<number, Map<number, CellPatch>> {
  const map = new Map<number, Map<number, CellPatch>>();
  for (const [r, c, p] of cells) map.set(r, (map.get(r) ?? new Map<number, CellPatch>()).set(c, p));
  return map;
}

/** `after` is `before` plus insertions and attribute changes only; returns them. */
function changes(before: string, after: string): XmlChange[] {
  const found = xmlInsertions(before, after);
  expect(found).not.toBeNull();
  return found!;
}

const inserted = (xml: string): XmlChange => ({ kind: 'inserted-element', name: /^<(?:\w+:)?(\w+)/.exec(xml)![1], xml });
const changed = (element: string, attribute: string, before: string | undefined, after: string): XmlChange => ({
  kind: 'changed-attribute',
  element,
  attribute,
  before,
  after,
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

// Parts as each producer writes them (shortened, with their quirks kept).

const EXCEL =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  `<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
  '<dimension ref="A1:C3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="C3" sqref="C3"/></sheetView></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols><col min="1" max="1" width="20.625" customWidth="1"/></cols>' +
  '<sheetData>' +
  '<row r="1" spans="1:3" x14ac:dyDescent="0.2"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="C1" s="2" t="s"><v>2</v></c></row>' +
  '<row r="2" spans="1:3" x14ac:dyDescent="0.2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="3"><v>43983</v></c><c r="C2"><f>B2+30</f><v>44013</v></c></row>' +
  '<row r="3" spans="1:3" x14ac:dyDescent="0.2"><c r="A3" t="s"><v>4</v></c><c r="B3" s="3"><v>43990</v></c><c r="C3"><f>B3+30</f><v>44020</v></c></row>' +
  '</sheetData>' +
  '<conditionalFormatting sqref="B2:B3"><cfRule type="cellIs" dxfId="0" priority="2" operator="lessThan"><formula>43985</formula></cfRule></conditionalFormatting>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait" r:id="rId1"/>' +
  '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
  '<x14:cfRule type="dataBar" id="{00000000-000E-0000-0000-000001000000}" priority="7"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule>' +
  '<xm:sqref>C2:C3</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings>' +
  '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Sheet2!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>A2:A3</xm:sqref></x14:dataValidation></x14:dataValidations>' +
  '</ext></extLst></worksheet>';

const LO_ROW = 'customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"';
const LIBREOFFICE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
  '<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:B4"/>' +
  '<sheetViews><sheetView showFormulas="false" showGridLines="true" zoomScale="100" workbookViewId="0"><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews>' +
  '<sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"></sheetFormatPr>' +
  '<cols><col collapsed="false" customWidth="false" hidden="false" outlineLevel="0" max="1025" min="1" style="0" width="11.52"/></cols>' +
  '<sheetData>' +
  `<row r="1" ${LO_ROW}><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="s"><v>1</v></c></row>` +
  `<row r="2" ${LO_ROW}><c r="A2" s="0" t="s"><v>1</v></c><c r="B2" s="0" t="n"><v>1</v></c></row>` +
  `<row r="4" ${LO_ROW}><c r="A4" s="0" t="s"><v>2</v></c><c r="B4" s="0" t="n"><v>2</v></c></row>` +
  '</sheetData>' +
  '<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>' +
  '<printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/>' +
  '<pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/>' +
  '<headerFooter differentFirst="false" differentOddEven="false"><oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12&amp;A</oddHeader></headerFooter>' +
  '</worksheet>';

/** The Open XML SDK: every element prefixed, no r on rows or cells. */
const SDK =
  `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
  '<x:row><x:c t="inlineStr"><x:is><x:t>事项</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>单位</x:t></x:is></x:c></x:row>' +
  '<x:row><x:c t="inlineStr"><x:is><x:t>修路</x:t></x:is></x:c><x:c s="1"><x:v>3</x:v></x:c></x:row>' +
  '</x:sheetData></x:worksheet>';

const EXCELJS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
  '<dimension ref="A1:B3"/><sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>' +
  '<sheetData><row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
  '<row r="2" spans="1:2" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>3</v></c></row>' +
  '<row r="3" spans="1:2" x14ac:dyDescent="0.25"><c r="A3" t="s"><v>3</v></c><c r="B3"/></row></sheetData>' +
  '<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>' +
  '<conditionalFormatting sqref="B2:B3"><cfRule type="expression" dxfId="0" priority="1"><formula>$B2&gt;2</formula></cfRule></conditionalFormatting>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>';

const sheet = (sheetData: string, rest = '') => `<worksheet xmlns="${MAIN}"><dimension ref="A1"/>${sheetData}${rest}<pageMargins left="0.7"/></worksheet>`;

const ruleXml = (column: string, row: number, status: string, priority: number, p = '') =>
  `<${p}cfRule type="expression" dxfId="5" priority="${priority}"><${p}formula>$${column}${row}=&quot;${status}&quot;</${p}formula></${p}cfRule>`;
const ourFormatting = (sqref: string, column: string, row: number, priority: number, p = '') =>
  `<${p}conditionalFormatting sqref="${sqref}">${ruleXml(column, row, '红', priority, p)}${ruleXml(column, row, '黄', priority + 1, p)}</${p}conditionalFormatting>`;
const isOurs = (column: string) => (formula: string) => new RegExp(`^\\$${column}\\d+="(红|黄|蓝)"$`).test(formula);

describe('patchCells', () => {
  test('Excel: a status column at the right edge, header styled like its neighbour; spans widen', () => {
    const style = cellStyleAt(EXCEL, 1, 3);
    expect(style).toBe(2);
    const after = patchCells(EXCEL, patches([1, 4, { value: '督办状态', style }], [2, 4, { value: '红' }], [3, 4, { value: '正常推进' }]));
    expect(after).toBe(
      EXCEL.replace('<row r="1" spans="1:3"', '<row r="1" spans="1:4"')
        .replace('<row r="2" spans="1:3"', '<row r="2" spans="1:4"')
        .replace('<row r="3" spans="1:3"', '<row r="3" spans="1:4"')
        .replace('<v>2</v></c></row>', '<v>2</v></c><c r="D1" s="2" t="inlineStr"><is><t>督办状态</t></is></c></row>')
        .replace('<v>44013</v></c></row>', '<v>44013</v></c><c r="D2" t="inlineStr"><is><t>红</t></is></c></row>')
        .replace('<v>44020</v></c></row>', '<v>44020</v></c><c r="D3" t="inlineStr"><is><t>正常推进</t></is></c></row>'),
    );
    expect(changes(EXCEL, after)).toEqual([
      changed('row', 'spans', '1:3', '1:4'),
      inserted('<c r="D1" s="2" t="inlineStr"><is><t>督办状态</t></is></c>'),
      changed('row', 'spans', '1:3', '1:4'),
      inserted('<c r="D2" t="inlineStr"><is><t>红</t></is></c>'),
      changed('row', 'spans', '1:3', '1:4'),
      inserted('<c r="D3" t="inlineStr"><is><t>正常推进</t></is></c>'),
    ]);
  });

  test('LibreOffice: a missing row is created in order, the last row gets a cell, a new row goes at the end', () => {
    const after = patchCells(LIBREOFFICE, patches([2, 3, { value: '黄' }], [3, 3, { value: '蓝' }], [4, 3, { value: 7 }], [6, 3, { value: true }]));
    expect(after).toBe(
      LIBREOFFICE.replace('<v>1</v></c></row><row r="4"', '<v>1</v></c><c r="C2" t="inlineStr"><is><t>黄</t></is></c></row><row r="3"><c r="C3" t="inlineStr"><is><t>蓝</t></is></c></row><row r="4"').replace(
        '<v>2</v></c></row></sheetData>',
        '<v>2</v></c><c r="C4"><v>7</v></c></row><row r="6"><c r="C6" t="b"><v>1</v></c></row></sheetData>',
      ),
    );
    expect(changes(LIBREOFFICE, after).map((c) => (c.kind === 'inserted-element' ? c.name : c.attribute))).toEqual(['c', 'row', 'c', 'row']);
  });

  test('Open XML SDK: prefixed elements without r; new cells and rows get the prefix and an r, nothing else changes', () => {
    expect(elementPrefix(SDK)).toBe('x:');
    const after = patchCells(SDK, patches([1, 3, { value: '督办状态' }], [2, 3, { value: '红' }], [3, 3, { value: '蓝' }]));
    expect(after).toBe(
      SDK.replace('<x:t>单位</x:t></x:is></x:c></x:row>', '<x:t>单位</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>督办状态</x:t></x:is></x:c></x:row>')
        .replace('<x:v>3</x:v></x:c></x:row>', '<x:v>3</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>红</x:t></x:is></x:c></x:row>')
        .replace('</x:sheetData>', '<x:row r="3"><x:c r="C3" t="inlineStr"><x:is><x:t>蓝</x:t></x:is></x:c></x:row></x:sheetData>'),
    );
    expect(changes(SDK, after)).toHaveLength(3);
    // Counted columns: the second cell of row 2 is B2.
    expect(cellStyleAt(SDK, 2, 2)).toBe(1);
  });

  test('ExcelJS: an empty cell <c r="B3"/> is replaced, spans widened for the new column only', () => {
    const after = patchCells(EXCELJS, patches([3, 2, { value: 12, style: 4 }], [3, 3, { value: '红' }]));
    expect(after).toBe(
      EXCELJS.replace('<row r="3" spans="1:2"', '<row r="3" spans="1:3"').replace(
        '<c r="B3"/></row>',
        '<c r="B3" s="4"><v>12</v></c><c r="C3" t="inlineStr"><is><t>红</t></is></c></row>',
      ),
    );
  });

  test('a replaced cell keeps r and other attributes, loses t, its formula and value (and cm/vm); s kept unless given', () => {
    const before = sheet('<sheetData><row r="1"><c r="A1" s="3" t="str" cm="1" ph="1"><f t="array" ref="A1">SEQUENCE(1)</f><v>1</v></c><c r="B1" s="2" t="s"><v>0</v></c></row></sheetData>');
    expect(patchCells(before, patches([1, 1, { value: 'a' }], [1, 2, { value: false, style: 7 }]))).toBe(
      sheet('<sheetData><row r="1"><c r="A1" s="3" t="inlineStr" ph="1"><is><t>a</t></is></c><c r="B1" s="7" t="b"><v>0</v></c></row></sheetData>'),
    );
    // A number drops t; a cell's extLst stays after the new value.
    const ext = sheet('<sheetData><row r="1"><c r="A1" t="s"><v>0</v><extLst><ext uri="u"/></extLst></c></row></sheetData>');
    expect(patchCells(ext, patches([1, 1, { value: 2.5 }]))).toBe(sheet('<sheetData><row r="1"><c r="A1"><v>2.5</v><extLst><ext uri="u"/></extLst></c></row></sheetData>'));
  });

  test('Apache POI: t before s, no spans; a replaced cell keeps the attribute order it had', () => {
    const poi = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:B2"/><sheetViews><sheetView workbookViewId="0" tabSelected="true"/></sheetViews><sheetFormatPr defaultRowHeight="15.0"/><sheetData><row r="1"><c r="A1" t="s" s="1"><v>0</v></c><c r="B1" t="s" s="1"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="n"><v>3.0</v></c></row></sheetData><pageMargins bottom="0.75" footer="0.3" header="0.3" left="0.7" right="0.7" top="0.75"/></worksheet>`;
    const after = patchCells(poi, patches([1, 2, { value: '时限', style: 2 }], [2, 3, { value: '红' }]));
    expect(after).toBe(
      poi
        .replace('<c r="B1" t="s" s="1"><v>1</v></c>', '<c r="B1" t="inlineStr" s="2"><is><t>时限</t></is></c>')
        .replace('<v>3.0</v></c></row>', '<v>3.0</v></c><c r="C2" t="inlineStr"><is><t>红</t></is></c></row>'),
    );
  });

  test('null removes a cell; a removed cell whose next cell has no r holds its place', () => {
    const before = sheet('<sheetData><row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="2"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData>');
    expect(patchCells(before, patches([1, 2, null]))).toBe(sheet('<sheetData><row r="1"><c r="A1" s="1"><v>1</v></c><c r="C1"><v>3</v></c></row></sheetData>'));
    expect(patchCells(before, patches([1, 3, null], [1, 4, null], [5, 1, null]))).toBe(sheet('<sheetData><row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="2"><v>2</v></c></row></sheetData>'));
    expect(patchCells(SDK, patches([1, 1, null]))).toBe(SDK.replace('<x:c t="inlineStr"><x:is><x:t>事项</x:t></x:is></x:c>', '<x:c/>'));
    expect(patchCells(SDK, patches([1, 2, null]))).toBe(SDK.replace('<x:c t="inlineStr"><x:is><x:t>单位</x:t></x:is></x:c>', ''));
  });

  test('a null value writes an empty cell with its style: new, in a new row, or in place of a cell with a value', () => {
    const after = patchCells(EXCEL, patches([2, 4, { value: null, style: 9 }], [3, 2, { value: null, style: 9 }], [5, 4, { value: null, style: 9 }]));
    expect(after).toBe(
      EXCEL.replace('<row r="2" spans="1:3"', '<row r="2" spans="1:4"')
        .replace('<v>44013</v></c></row>', '<v>44013</v></c><c r="D2" s="9"/></row>')
        .replace('<c r="B3" s="3"><v>43990</v></c>', '<c r="B3" s="9"/>')
        .replace('</sheetData>', '<row r="5"><c r="D5" s="9"/></row></sheetData>'),
    );
    // Prefixed, and a cell's extLst stays inside it.
    expect(patchCells(SDK, patches([2, 2, { value: null, style: 4 }]))).toBe(SDK.replace('<x:c s="1"><x:v>3</x:v></x:c>', '<x:c s="4"/>'));
    const ext = sheet('<sheetData><row r="1"><c r="A1" t="s"><v>0</v><extLst><ext uri="u"/></extLst></c></row></sheetData>');
    expect(patchCells(ext, patches([1, 1, { value: null, style: 2 }]))).toBe(sheet('<sheetData><row r="1"><c r="A1" s="2"><extLst><ext uri="u"/></extLst></c></row></sheetData>'));
  });

  test('cells go in column order, rows in row order, around what is there', () => {
    const before = sheet('<sheetData><row r="2"><c r="B2"><v>1</v></c><c r="D2"><v>2</v></c></row><row r="9"><c r="A9"><v>3</v></c></row></sheetData>');
    const after = patchCells(before, patches([1, 1, { value: 'x' }], [2, 1, { value: 0 }], [2, 3, { value: 0 }], [2, 5, { value: 0 }], [5, 2, { value: 1 }], [9, 1, { value: 4 }]));
    expect(after).toBe(
      sheet(
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' +
          '<row r="2"><c r="A2"><v>0</v></c><c r="B2"><v>1</v></c><c r="C2"><v>0</v></c><c r="D2"><v>2</v></c><c r="E2"><v>0</v></c></row>' +
          '<row r="5"><c r="B5"><v>1</v></c></row><row r="9"><c r="A9"><v>4</v></c></row></sheetData>',
      ),
    );
  });

  test('self-closing rows and sheetData open up; single quotes, comments, PIs and CDATA are read as XML', () => {
    const before = sheet(`<sheetData><row r='1' spans='1:1'/><!-- <row r="2"><c r="A2"/></row> --><?pi <c r="Z1"?><row r='3'><c r='A3' t='inlineStr'><is><t><![CDATA[</row></sheetData>]]></t></is></c></row></sheetData>`);
    const after = patchCells(before, patches([1, 2, { value: 'a' }], [2, 1, { value: 'b' }], [3, 2, { value: 'c' }]));
    expect(after).toBe(
      sheet(
        `<sheetData><row r='1' spans="1:2"><c r="B1" t="inlineStr"><is><t>a</t></is></c></row><!-- <row r="2"><c r="A2"/></row> --><?pi <c r="Z1"?><row r="2"><c r="A2" t="inlineStr"><is><t>b</t></is></c></row>` +
          `<row r='3'><c r='A3' t='inlineStr'><is><t><![CDATA[</row></sheetData>]]></t></is></c><c r="B3" t="inlineStr"><is><t>c</t></is></c></row></sheetData>`,
      ),
    );
    expect(changes(before, after)).toHaveLength(4);
    expect(patchCells(sheet('<sheetData/>'), patches([2, 1, { value: 1 }]))).toBe(sheet('<sheetData><row r="2"><c r="A2"><v>1</v></c></row></sheetData>'));
    expect(patchCells(sheet('<sheetData />'), patches([2, 1, null]))).toBe(sheet('<sheetData />'));
    // A self-closing row without spans gains its end tag.
    const bare = sheet('<sheetData><row r="1" ht="20"/></sheetData>');
    const opened = patchCells(bare, patches([1, 1, { value: 1 }]));
    expect(opened).toBe(sheet('<sheetData><row r="1" ht="20"><c r="A1"><v>1</v></c></row></sheetData>'));
    expect(changes(bare, opened)).toEqual([inserted('<c r="A1"><v>1</v></c>')]);
  });

  test('<c> is told from <col>, <cfvo>, <color> and <condense>; rich text in <is> is skipped whole', () => {
    const rich =
      '<c r="A1" t="inlineStr"><is><r><rPr><color rgb="FFFF0000"/><condense val="0"/><b/></rPr><t>重点</t></r><r><t xml:space="preserve"> 事项</t></r></is></c>';
    const before = sheet(`<sheetData><row r="1">${rich}</row></sheetData>`, '<conditionalFormatting sqref="A1"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FF63BE7B"/><color rgb="FFFFEF9C"/></colorScale></cfRule></conditionalFormatting>');
    const after = patchCells(before, patches([1, 2, { value: 1 }]));
    expect(after).toBe(before.replace(`${rich}</row>`, `${rich}<c r="B1"><v>1</v></c></row>`));
    expect(cellStyleAt(before, 1, 2)).toBeUndefined();
  });

  test('a row extLst stays last; spans listing several ranges is dropped, a covered one kept', () => {
    const before = sheet('<sheetData><row r="1" spans="1:1 3:3"><c r="A1"/><c r="C1"/><extLst><ext uri="u"/></extLst></row><row r="2" spans="1:5"><c r="A2"/></row></sheetData>');
    expect(patchCells(before, patches([1, 4, { value: 1 }], [2, 3, { value: 1 }]))).toBe(
      sheet('<sheetData><row r="1"><c r="A1"/><c r="C1"/><c r="D1"><v>1</v></c><extLst><ext uri="u"/></extLst></row><row r="2" spans="1:5"><c r="A2"/><c r="C2"><v>1</v></c></row></sheetData>'),
    );
  });

  test('text is escaped: markup characters, whitespace kept, CR kept, literal _xHHHH_ escaped', () => {
    const after = patchCells(sheet('<sheetData/>'), patches([1, 1, { value: '<a> & "b"' }], [1, 2, { value: ' 两端 ' }], [1, 3, { value: '一\r\n二' }], [1, 4, { value: '_x0041_' }]));
    expect(after).toBe(
      sheet(
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;a&gt; &amp; "b"</t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> 两端 </t></is></c>' +
          '<c r="C1" t="inlineStr"><is><t xml:space="preserve">一&#13;\n二</t></is></c><c r="D1" t="inlineStr"><is><t>_x005F_x0041_</t></is></c></row></sheetData>',
      ),
    );
  });

  test('no patches give the same text; bad rows, columns, styles and numbers are refused', () => {
    expect(patchCells(EXCEL, new Map())).toBe(EXCEL);
    expect(patchCells(EXCEL, new Map([[1, new Map()]]))).toBe(EXCEL);
    expect(() => patchCells(EXCEL, patches([0, 1, { value: 1 }]))).toThrow(RangeError);
    expect(() => patchCells(EXCEL, patches([1, 16_385, { value: 1 }]))).toThrow(RangeError);
    expect(() => patchCells(EXCEL, patches([1, 1, { value: 1, style: -1 }]))).toThrow(RangeError);
    expect(() => patchCells(EXCEL, patches([1, 1, { value: NaN }]))).toThrow(RangeError);
    expect(() => patchCells('<worksheet><sheetData><row>', patches([1, 1, { value: 1 }]))).toThrow(/malformed/);
  });
});

describe('patchCells: row heights', () => {
  test('a new row is written with ht and customHeight, with or without cells', () => {
    const after = patchCells(EXCEL, patches([4, 1, { value: '很长的督办事项' }]), new Map([[4, 68], [5, 20]]));
    expect(changes(EXCEL, after)).toEqual([
      inserted('<row r="4" ht="68" customHeight="1"><c r="A4" t="inlineStr"><is><t>很长的督办事项</t></is></c></row>'),
      inserted('<row r="5" ht="20" customHeight="1"/>'),
    ]);
  });

  test('an existing row lower than asked gets ht and customHeight="1"; one as tall or taller keeps its own', () => {
    const after = patchCells(LIBREOFFICE, patches([2, 3, { value: '黄' }], [3, 3, { value: '蓝' }], [4, 3, { value: '红' }]), new Map([[2, 36], [3, 52], [4, 12.8]]));
    expect(changes(LIBREOFFICE, after)).toEqual([
      changed('row', 'ht', '12.8', '36'),
      changed('row', 'customHeight', 'false', '1'),
      inserted('<c r="C2" t="inlineStr"><is><t>黄</t></is></c>'),
      inserted('<row r="3" ht="52" customHeight="1"><c r="C3" t="inlineStr"><is><t>蓝</t></is></c></row>'),
      inserted('<c r="C4" t="inlineStr"><is><t>红</t></is></c>'),
    ]);
  });

  test('an empty row element: ht added, and it opens when it gains cells', () => {
    const before = sheet('<sheetData><row r="2"/><row r="3"/></sheetData>');
    const after = patchCells(before, patches([3, 1, { value: 1 }]), new Map([[2, 30], [3, 30]]));
    expect(after).toBe(sheet('<sheetData><row r="2" ht="30" customHeight="1"/><row r="3" ht="30" customHeight="1"><c r="A3"><v>1</v></c></row></sheetData>'));
    expect(changes(before, after)).toHaveLength(5);
  });

  test('refuses a height Excel cannot hold', () => {
    expect(() => patchCells(EXCEL, new Map(), new Map([[4, 409.5]]))).toThrow(RangeError);
    expect(() => patchCells(EXCEL, new Map(), new Map([[4, NaN]]))).toThrow(RangeError);
    expect(() => patchCells(EXCEL, new Map(), new Map([[0, 20]]))).toThrow(RangeError);
  });
});

describe('columnWidths', () => {
  test('a column’s <col width>, else the sheet’s defaultColWidth, else 8.43', () => {
    const excel = columnWidths(EXCEL);
    expect([excel(1), excel(2)]).toEqual([20.625, 8.43]);
    const lo = columnWidths(LIBREOFFICE);
    expect([lo(1), lo(1025), lo(1026)]).toEqual([11.52, 11.52, 11.53515625]);
    expect(columnWidths(EXCELJS)(1)).toBe(8.43);
  });

  test('a hidden column is 0 wide; a <col> without width has the default; prefixes and several <cols> are read', () => {
    const xml =
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetFormatPr defaultColWidth="12" defaultRowHeight="15"/>` +
      '<x:cols><x:col min="1" max="2" width="30" hidden="1"/><x:col min="3" max="3" style="1"/></x:cols>' +
      '<x:cols><!-- 第四列 --><x:col min="4" max="4" width="36" customWidth="1"></x:col></x:cols>' +
      '<x:sheetData/></x:worksheet>';
    const width = columnWidths(xml);
    expect([1, 2, 3, 4, 5].map(width)).toEqual([0, 0, 12, 36, 12]);
  });
});

describe('cellStyleAt', () => {
  test('reads s of a cell, undefined for a cell without s or no cell', () => {
    expect(cellStyleAt(EXCEL, 2, 2)).toBe(3);
    expect(cellStyleAt(EXCEL, 2, 1)).toBeUndefined();
    expect(cellStyleAt(EXCEL, 2, 9)).toBeUndefined();
    expect(cellStyleAt(EXCEL, 9, 1)).toBeUndefined();
    expect(cellStyleAt(LIBREOFFICE, 4, 2)).toBe(0);
    expect(cellStyleAt(LIBREOFFICE, 3, 2)).toBeUndefined();
  });
});

describe('cellsAt', () => {
  // Columns B–C styled 5, D 6; row 2 formatted as a whole (s 7, customFormat), row 3 with an s
  // that does not count (no customFormat); B2 has its own s, C2 a formula with a cached '', D3 a
  // cell without s; row 4 an empty-element row, row 5 holds a cell without r after C5.
  const SHEET =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<x:cols><x:col min="2" max="3" width="12" style="5" customWidth="1"/><x:col min="4" max="4" width="9" style="6"/></x:cols>' +
    '<x:sheetData>' +
    '<x:row r="2" s="7" customFormat="1"><x:c r="B2" s="3"><x:v>1</x:v></x:c><!-- a note --><x:c r="C2" t="str"><x:f>IF(A1="","",1)</x:f><x:v></x:v></x:c></x:row>' +
    '<x:row r="3" s="8"><x:c r="D3"><x:v>2</x:v></x:c></x:row>' +
    '<x:row r="4"/>' +
    '<x:row r="5"><x:c r="C5" s="2"/><x:c s="4"><x:f t="shared" si="0"/></x:c></x:row>' +
    '<x:row r="9"><x:c r="A9"/></x:row>' +
    '</x:sheetData></x:worksheet>';

  test('gives each cell asked for its style and whether it holds a formula, in the order asked', () => {
    const cells = [
      { row: 2, col: 2 },
      { row: 2, col: 3 },
      { row: 2, col: 4 },
      { row: 3, col: 3 },
      { row: 3, col: 4 },
      { row: 4, col: 1 },
      { row: 5, col: 4 },
      { row: 7, col: 2 },
      { row: 2, col: 2 },
    ];
    expect(cellsAt(SHEET, cells)).toEqual([
      { style: 3, formula: false },
      { style: 0, formula: true },
      // Not in the part: the row's format, which has customFormat.
      { style: 7, formula: false },
      // Not in the part, its row's s without customFormat: the column's.
      { style: 5, formula: false },
      { style: 0, formula: false },
      { style: 0, formula: false },
      { style: 4, formula: true },
      { style: 5, formula: false },
      { style: 3, formula: false },
    ]);
  });

  test('answers from the columns alone when sheetData is empty, and refuses a part without it', () => {
    const empty = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="1" style="2"/></cols><sheetData/></worksheet>';
    expect(cellsAt(empty, [{ row: 1, col: 1 }, { row: 1, col: 2 }])).toEqual([{ style: 2, formula: false }, { style: 0, formula: false }]);
    expect(() => cellsAt('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>', [{ row: 1, col: 1 }])).toThrow('no <sheetData>');
  });
});

describe('conditional formatting', () => {
  const ours = ourFormatting('A2:D3', 'D', 2, 8);

  test('Excel: inserted after the last conditionalFormatting, never into the x14 ones in extLst', () => {
    const after = addConditionalFormatting(EXCEL, ours);
    expect(after).toBe(EXCEL.replace('</conditionalFormatting><pageMargins', `</conditionalFormatting>${ours}<pageMargins`));
    expect(changes(EXCEL, after)).toEqual([inserted(ours)]);
    expect(maxRulePriority(EXCEL)).toBe(7); // the x14 data bar's
    expect(maxRulePriority(after)).toBe(9);
    expect(removeConditionalRules(after, isOurs('D'))).toBe(EXCEL);
  });

  test('LibreOffice: no formatting yet, so before printOptions', () => {
    const after = addConditionalFormatting(LIBREOFFICE, ours);
    expect(after).toBe(LIBREOFFICE.replace('<printOptions', `${ours}<printOptions`));
    expect(changes(LIBREOFFICE, after)).toEqual([inserted(ours)]);
    expect(maxRulePriority(LIBREOFFICE)).toBe(0);
  });

  test('only direct children count: x14 conditionalFormatting and dataValidations in extLst are not schema positions', () => {
    const x14Only = EXCEL.replace(/<conditionalFormatting sqref="B2:B3">.*?<\/conditionalFormatting>/, '').replace(/<pageMargins[^>]*\/><pageSetup[^>]*\/>/, '');
    expect(addConditionalFormatting(x14Only, ours)).toBe(x14Only.replace('<extLst>', `${ours}<extLst>`));
    const withValidation = sheet('<sheetData/>', '<dataValidations count="1"><dataValidation sqref="A1" type="list"><formula1>"a,b"</formula1></dataValidation></dataValidations>');
    expect(addConditionalFormatting(withValidation, ours)).toBe(withValidation.replace('<dataValidations', `${ours}<dataValidations`));
  });

  test('before mc:AlternateContent (it wraps controls and oleObjects, which follow)', () => {
    const controls = sheet('<sheetData/>').replace(
      '<pageMargins left="0.7"/>',
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><controls/></mc:Choice></mc:AlternateContent>',
    );
    expect(addConditionalFormatting(controls, ours)).toBe(controls.replace('<mc:AlternateContent', `${ours}<mc:AlternateContent`));
  });

  test('Open XML SDK: with its prefix, before the root end tag when nothing follows', () => {
    const p = elementPrefix(SDK);
    const prefixed = ourFormatting('A2:C3', 'C', 2, 1, p);
    const after = addConditionalFormatting(SDK, prefixed);
    expect(after).toBe(SDK.replace('</x:worksheet>', `${prefixed}</x:worksheet>`));
    expect(changes(SDK, after)).toEqual([inserted(prefixed)]);
    expect(maxRulePriority(after)).toBe(2);
    expect(removeConditionalRules(after, isOurs('C'))).toBe(SDK);
  });

  test('ExcelJS: after its formatting; our rules removed, the user rule kept', () => {
    const after = addConditionalFormatting(EXCELJS, ours);
    expect(changes(EXCELJS, after)).toEqual([inserted(ours)]);
    expect(removeConditionalRules(after, isOurs('D'))).toBe(EXCELJS);
    expect(removeConditionalRules(after, isOurs('E'))).toBe(after);
  });

  test('removing rules: only ours out of a shared element; rules without a formula and x14 rules stay; indentation goes with them', () => {
    const mixed = sheet('<sheetData/>', `<conditionalFormatting sqref="A2:D3">${ruleXml('D', 2, '红', 1)}<cfRule type="expression" priority="2"><formula>$A2&lt;&gt;""</formula></cfRule><cfRule type="dataBar" priority="3"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>`);
    expect(removeConditionalRules(mixed, isOurs('D'))).toBe(mixed.replace(ruleXml('D', 2, '红', 1), ''));
    const formulas: string[] = [];
    removeConditionalRules(mixed, (f) => (formulas.push(f), false));
    expect(formulas).toEqual(['$D2="红"', '$A2<>""']);
    // CDATA formula text and an indented part.
    const indented = `<worksheet xmlns="${MAIN}">\n  <sheetData/>\n  <conditionalFormatting sqref="A1">\n    <cfRule type="expression" priority="1"><formula><![CDATA[$D2="红"]]></formula></cfRule>\n  </conditionalFormatting>\n  <pageMargins left="0.7"/>\n</worksheet>`;
    expect(removeConditionalRules(indented, isOurs('D'))).toBe(`<worksheet xmlns="${MAIN}">\n  <sheetData/>\n  <pageMargins left="0.7"/>\n</worksheet>`);
    // An x14 rule with our formula in extLst is the user's business.
    const x14 = sheet('<sheetData/>', '<extLst><ext uri="x"><x14:conditionalFormattings xmlns:x14="y"><x14:conditionalFormatting><x14:cfRule type="expression" priority="4"><xm:f xmlns:xm="z">$D2="红"</xm:f></x14:cfRule></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>');
    expect(removeConditionalRules(x14, isOurs('D'))).toBe(x14);
    expect(maxRulePriority(x14)).toBe(4);
  });
});

describe('merged cells', () => {
  test('LibreOffice: added to the existing list, count kept right; removed again', () => {
    const after = addMergeCells(LIBREOFFICE, ['C1:C2']);
    expect(after).toBe(LIBREOFFICE.replace('<mergeCells count="1"><mergeCell ref="A1:A2"/>', '<mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="C1:C2"/>'));
    expect(changes(LIBREOFFICE, after)).toEqual([changed('mergeCells', 'count', '1', '2'), inserted('<mergeCell ref="C1:C2"/>')]);
    expect(addMergeCells(after, ['c1:c2'])).toBe(after);
    expect(removeMergeCell(after, 'C1:C2')).toBe(LIBREOFFICE);
    expect(removeMergeCell(LIBREOFFICE, 'A1:A2')).toBe(LIBREOFFICE.replace('<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>', ''));
    expect(removeMergeCell(LIBREOFFICE, 'B1:B2')).toBe(LIBREOFFICE);
  });

  test('Excel: created after sheetData (and after autoFilter), before conditionalFormatting', () => {
    const after = addMergeCells(EXCEL, ['D1:D2']);
    expect(after).toBe(EXCEL.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="D1:D2"/></mergeCells>'));
    expect(changes(EXCEL, after)).toEqual([inserted('<mergeCells count="1"><mergeCell ref="D1:D2"/></mergeCells>')]);
    const filtered = sheet('<sheetData/><sheetProtection sheet="1"/><autoFilter ref="A1:C3"/>', '<phoneticPr fontId="1"/>');
    expect(addMergeCells(filtered, ['A1:A2', 'B1:B2'])).toBe(filtered.replace('<phoneticPr', '<mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/></mergeCells><phoneticPr'));
  });

  test('Open XML SDK and ExcelJS', () => {
    expect(addMergeCells(SDK, ['C1:C2'])).toBe(SDK.replace('</x:sheetData>', '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="C1:C2"/></x:mergeCells>'));
    const after = addMergeCells(EXCELJS, ['C1:C2']);
    expect(changes(EXCELJS, after)).toEqual([changed('mergeCells', 'count', '1', '2'), inserted('<mergeCell ref="C1:C2"/>')]);
    // No count attribute: none added.
    const uncounted = sheet('<sheetData/>', '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>');
    expect(addMergeCells(uncounted, ['A2:B2'])).toBe(sheet('<sheetData/>', '<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A2:B2"/></mergeCells>'));
  });
});

describe('coverDimension', () => {
  test('widened to cover, unchanged when covered, nothing added when absent', () => {
    const after = coverDimension(EXCEL, { top: 1, left: 1, bottom: 3, right: 4 });
    expect(after).toBe(EXCEL.replace('<dimension ref="A1:C3"/>', '<dimension ref="A1:D3"/>'));
    expect(changes(EXCEL, after)).toEqual([changed('dimension', 'ref', 'A1:C3', 'A1:D3')]);
    expect(coverDimension(EXCEL, { top: 2, left: 2, bottom: 3, right: 3 })).toBe(EXCEL);
    expect(coverDimension(SDK, { top: 1, left: 1, bottom: 3, right: 4 })).toBe(SDK);
    expect(coverDimension(sheet('<sheetData/>'), { top: 2, left: 2, bottom: 5, right: 3 })).toBe(sheet('<sheetData/>').replace('ref="A1"', 'ref="A1:C5"'));
    expect(coverDimension(LIBREOFFICE, { top: 1, left: 3, bottom: 6, right: 3 })).toBe(LIBREOFFICE.replace('<dimension ref="A1:B4"/>', '<dimension ref="A1:C6"/>'));
  });
});

describe('dimensionBottom', () => {
  test('the last row of the dimension; 0 without one', () => {
    expect(dimensionBottom(EXCEL)).toBe(3);
    expect(dimensionBottom(LIBREOFFICE)).toBe(4);
    expect(dimensionBottom(sheet('<sheetData/>'))).toBe(1);
    expect(dimensionBottom(sheet('<sheetData/>').replace('ref="A1"', 'ref="B7:C2"'))).toBe(7);
    expect(dimensionBottom(sheet('<sheetData/>').replace('ref="A1"', 'ref="nonsense"'))).toBe(0);
    expect(dimensionBottom(SDK)).toBe(0);
  });
});

describe('round trip through a workbook ExcelJS wrote', () => {
  test('the edited part reopens in ExcelJS with the status column, the merge and the rules', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['事项', '时限']);
    ws.addRow(['', '']);
    ws.mergeCells('A1:A2');
    ws.mergeCells('B1:B2');
    ws.getCell('A1').font = { bold: true };
    ws.getCell('B1').font = { bold: true };
    ws.addRow(['修路', new Date(Date.UTC(2020, 5, 1))]);
    ws.addRow(['修桥', new Date(Date.UTC(2020, 6, 1))]);
    ws.addConditionalFormatting({
      ref: 'B3:B4',
      rules: [{ type: 'expression', priority: 1, formulae: ['$B3<TODAY()'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
    });
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const before = await zip.file('xl/worksheets/sheet1.xml')!.async('string');

    let xml = patchCells(before, patches([1, 3, { value: '督办状态', style: cellStyleAt(before, 1, 2) }], [3, 3, { value: '红' }], [4, 3, { value: '蓝' }]));
    xml = addMergeCells(xml, ['C1:C2']);
    let priority = maxRulePriority(xml);
    const p = elementPrefix(xml);
    const rules = ['红', '蓝'].map((s) => `<${p}cfRule type="expression" dxfId="0" priority="${++priority}"><${p}formula>$C3=&quot;${s}&quot;</${p}formula></${p}cfRule>`).join('');
    xml = addConditionalFormatting(xml, `<${p}conditionalFormatting sqref="A3:C4">${rules}</${p}conditionalFormatting>`);
    xml = coverDimension(xml, { top: 1, left: 1, bottom: 4, right: 3 });
    expect(changes(before, xml).map((c) => (c.kind === 'inserted-element' ? c.name : `${c.element}@${c.attribute}`))).toEqual([
      'dimension@ref',
      'row@spans',
      'c',
      'row@spans',
      'c',
      'row@spans',
      'c',
      'mergeCells@count',
      'mergeCell',
      'conditionalFormatting',
    ]);

    zip.file('xl/worksheets/sheet1.xml', xml);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(await zip.generateAsync({ type: 'arraybuffer' }));
    const sheet2 = reopened.getWorksheet('台账')!;
    expect(sheet2.getCell('C1').value).toBe('督办状态');
    expect(sheet2.getCell('C1').font?.bold).toBe(true);
    expect(sheet2.getCell('C3').value).toBe('红');
    expect(sheet2.getCell('C4').value).toBe('蓝');
    expect(sheet2.getCell('A3').value).toBe('修路');
    expect(sheet2.getCell('C2').isMerged).toBe(true);
    const formattings = (sheet2 as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[]; priority: number }> }> }).conditionalFormattings;
    expect(formattings.map((f) => [f.ref, f.rules.map((r) => [r.formulae?.[0], r.priority])])).toEqual([
      ['B3:B4', [['$B3<TODAY()', 1]]],
      ['A3:C4', [['$C3="红"', 2], ['$C3="蓝"', 3]]],
    ]);

    // And cleared again: the part is the one ExcelJS wrote, but for the cells' spans and the dimension.
    let cleared = removeConditionalRules(xml, (f) => /^\$C3="(红|蓝)"$/.test(f));
    cleared = removeMergeCell(cleared, 'C1:C2');
    cleared = patchCells(cleared, patches([1, 3, null], [3, 3, null], [4, 3, null]));
    expect(changes(before, cleared).every((c) => c.kind === 'changed-attribute')).toBe(true);
  });
});
