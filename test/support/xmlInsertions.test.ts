import { xmlInsertions } from './xmlInsertions';

const part = (sheetData: string, rest = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="m"><dimension ref="A1:B2"/><sheetData>${sheetData}</sheetData>${rest}<pageMargins left="0.7"/></worksheet>`;
const ROWS = '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12</v></c></row><row r="3" spans="1:2"><c r="A3" t="s"><v>1</v></c></row>';
const BEFORE = part(ROWS);

describe('xmlInsertions', () => {
  test('the same text: no changes', () => {
    expect(xmlInsertions(BEFORE, BEFORE)).toEqual([]);
  });

  test('an inserted <c>, before another cell and at a row end', () => {
    const c = '<c r="A2"><v>1</v></c>';
    expect(xmlInsertions(BEFORE, BEFORE.replace('<c r="B1">', '<c r="AA1"/><c r="B1">'))).toEqual([{ kind: 'inserted-element', name: 'c', xml: '<c r="AA1"/>' }]);
    expect(xmlInsertions(BEFORE, BEFORE.replace('<v>1</v></c></row>', `<v>1</v></c>${c}</row>`))).toEqual([{ kind: 'inserted-element', name: 'c', xml: c }]);
    // Two in a row before an existing cell.
    expect(xmlInsertions(BEFORE, BEFORE.replace('<c r="B1">', '<c r="A1"/><c r="A1"><v>2</v></c><c r="B1">'))).toEqual([
      { kind: 'inserted-element', name: 'c', xml: '<c r="A1"/>' },
      { kind: 'inserted-element', name: 'c', xml: '<c r="A1"><v>2</v></c>' },
    ]);
  });

  test('an inserted <row> (prefixed too), between rows and at the end', () => {
    const row = '<row r="2"><c r="A2" t="inlineStr"><is><t>新</t></is></c></row>';
    expect(xmlInsertions(BEFORE, BEFORE.replace('<row r="3"', `${row}<row r="3"`))).toEqual([{ kind: 'inserted-element', name: 'row', xml: row }]);
    expect(xmlInsertions(BEFORE, BEFORE.replace('</sheetData>', `${row}${row}</sheetData>`))).toHaveLength(2);
    const sdk = '<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(xmlInsertions(sdk, sdk.replace('</x:sheetData>', '<x:row r="2"/></x:sheetData>'))).toEqual([{ kind: 'inserted-element', name: 'row', xml: '<x:row r="2"/>' }]);
  });

  test('a child inserted into an element written as an empty-element tag', () => {
    const styles = '<styleSheet xmlns="m"><cellXfs count="1"><xf numFmtId="0"/></cellXfs><dxfs count="0"/><tableStyles count="0"/></styleSheet>';
    const dxf = '<dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>';
    expect(xmlInsertions(styles, styles.replace('<dxfs count="0"/>', `<dxfs count="1">${dxf}</dxfs>`))).toEqual([
      { kind: 'changed-attribute', element: 'dxfs', attribute: 'count', before: '0', after: '1' },
      { kind: 'inserted-element', name: 'dxf', xml: dxf },
    ]);
    // A collection inserted right before one whose count grows.
    const numFmts = '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>';
    expect(xmlInsertions(styles, styles.replace('<cellXfs count="1"><xf numFmtId="0"/>', `${numFmts}<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/>`))).toEqual([
      { kind: 'inserted-element', name: 'numFmts', xml: numFmts },
      { kind: 'changed-attribute', element: 'cellXfs', attribute: 'count', before: '1', after: '2' },
      { kind: 'inserted-element', name: 'xf', xml: '<xf numFmtId="164"/>' },
    ]);
    // Emptied is not inserted: the child of the input is gone.
    expect(xmlInsertions(styles, styles.replace('<xf numFmtId="0"/>', ''))).toBeNull();
  });

  test('an inserted <conditionalFormatting>, also in an indented part', () => {
    const cf = '<conditionalFormatting sqref="A1:B3"><cfRule type="expression" dxfId="1" priority="1"><formula>$B1="红"</formula></cfRule></conditionalFormatting>';
    expect(xmlInsertions(BEFORE, BEFORE.replace('<pageMargins', `${cf}<pageMargins`))).toEqual([{ kind: 'inserted-element', name: 'conditionalFormatting', xml: cf }]);
    const indented = '<worksheet>\n  <sheetData/>\n  <conditionalFormatting sqref="A1"/>\n  <pageMargins/>\n</worksheet>';
    expect(xmlInsertions(indented, indented.replace('<conditionalFormatting sqref="A1"/>', `<conditionalFormatting sqref="A1"/>${cf}`))).toEqual([
      { kind: 'inserted-element', name: 'conditionalFormatting', xml: cf },
    ]);
  });

  test('a changed dimension ref and changed or added spans', () => {
    expect(xmlInsertions(BEFORE, BEFORE.replace('ref="A1:B2"', 'ref="A1:C3"'))).toEqual([
      { kind: 'changed-attribute', element: 'dimension', attribute: 'ref', before: 'A1:B2', after: 'A1:C3' },
    ]);
    const after = BEFORE.replace('<row r="1" spans="1:2">', '<row r="1" spans="1:3">').replace('<v>12</v></c></row>', '<v>12</v></c><c r="C1"/></row>');
    expect(xmlInsertions(BEFORE, after)).toEqual([
      { kind: 'changed-attribute', element: 'row', attribute: 'spans', before: '1:2', after: '1:3' },
      { kind: 'inserted-element', name: 'c', xml: '<c r="C1"/>' },
    ]);
    expect(xmlInsertions(BEFORE, BEFORE.replace('<row r="3" spans="1:2">', '<row r="3" spans="1:2" ht="20">'))).toEqual([
      { kind: 'changed-attribute', element: 'row', attribute: 'ht', before: undefined, after: '20' },
    ]);
  });

  test('a self-closing element that gains children', () => {
    const before = part('<row r="1" spans="1:1"/>');
    const after = part('<row r="1" spans="1:2"><c r="B1"/></row>');
    expect(xmlInsertions(before, after)).toEqual([
      { kind: 'changed-attribute', element: 'row', attribute: 'spans', before: '1:1', after: '1:2' },
      { kind: 'inserted-element', name: 'c', xml: '<c r="B1"/>' },
    ]);
  });

  test('null when a value changed, a cell or attribute was removed, or a character of text changed', () => {
    expect(xmlInsertions(BEFORE, BEFORE.replace('<v>12</v>', '<v>13</v>'))).toBeNull();
    expect(xmlInsertions(BEFORE, BEFORE.replace('<v>12</v>', '<v>123</v>'))).toBeNull();
    expect(xmlInsertions(BEFORE, BEFORE.replace('<c r="B1"><v>12</v></c>', ''))).toBeNull();
    expect(xmlInsertions(BEFORE, BEFORE.replace('<c r="A1" t="s"><v>0</v></c>', ''))).toBeNull();
    expect(xmlInsertions(BEFORE, BEFORE.replace(' t="s"><v>0', '><v>0'))).toBeNull();
    expect(xmlInsertions(BEFORE, BEFORE.replace('<v>12</v>', '<is><t>12</t></is>'))).toBeNull();
    expect(xmlInsertions(BEFORE, BEFORE.replace('UTF-8', 'UTF-16'))).toBeNull();
    expect(xmlInsertions(BEFORE, BEFORE.replace('</sheetData>', 'text</sheetData>'))).toBeNull();
    expect(xmlInsertions(BEFORE, BEFORE.replace('</sheetData>', '<!-- x --></sheetData>'))).toBeNull();
    expect(xmlInsertions(BEFORE, BEFORE.slice(0, -1))).toBeNull();
    expect(xmlInsertions(BEFORE, BEFORE.replace('</sheetData>', '<row r="9"></sheetData>'))).toBeNull();
  });

  test('linear on a large part: 20,000 rows, one cell inserted and spans changed in each', () => {
    const rows: string[] = [];
    const edited: string[] = [];
    for (let r = 1; r <= 20_000; r++) {
      const cells = `<c r="A${r}" t="s"><v>${r}</v></c><c r="B${r}"><v>${r * 2}</v></c>`;
      rows.push(`<row r="${r}" spans="1:2">${cells}</row>`);
      edited.push(`<row r="${r}" spans="1:3">${cells}<c r="C${r}"/></row>`);
    }
    const found = xmlInsertions(part(rows.join('')), part(edited.join('')));
    expect(found).toHaveLength(40_000);
  });
});
