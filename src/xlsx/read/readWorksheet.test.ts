import { WorkbookOpenError } from '../workbookOpenError';
import { readCellFormats } from './readCellFormats';
import { isoToSerial, readWorksheet, type WorksheetOptions } from './readWorksheet';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

// Style 0 General, 1 a custom date (escaped as LibreOffice writes it), 2 built-in 14, 3 percent.
const FORMATS = readCellFormats(
  `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\年m\\月d\\日"/></numFmts>` +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="10"/></cellXfs></styleSheet>',
);
const STRINGS = ['督办事项', '县水利局', ''];

function read(sheetData: string, options: Partial<WorksheetOptions> = {}, after = '') {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
  return readWorksheet(xml, { name: '台账', sharedStrings: STRINGS, formats: FORMATS, date1904: false, ...options });
}

/** The values of a one-row sheet. */
const rowValues = (cells: string, options: Partial<WorksheetOptions> = {}) => read(`<row r="1">${cells}</row>`, options).values[0];

describe('readWorksheet: cell types', () => {
  it('reads shared strings, numbers, booleans, errors, formula results and inline strings', () => {
    expect(
      rowValues(
        '<c r="A1" t="s"><v>0</v></c>' +
          '<c r="B1" t="n"><v>42.5</v></c>' +
          '<c r="C1"><v>-1.5E+3</v></c>' +
          '<c r="D1" t="b"><v>1</v></c>' +
          '<c r="E1" t="b"><v>0</v></c>' +
          '<c r="F1" t="e"><v>#N/A</v></c>' +
          '<c r="G1" t="str"><f>A1&amp;"（牵头）"</f><v>督办事项&amp;（牵头）</v></c>' +
          '<c r="H1"><f>SUM(B1:C1)</f><v>-1457.5</v></c>' +
          '<c r="I1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
          '<c r="J1" t="inlineStr"><is><t>县住建局 &lt;牵头&gt;</t></is></c>',
      ),
    ).toEqual(['督办事项', 42.5, -1500, true, false, '#N/A', '督办事项&（牵头）', -1457.5, '#DIV/0!', '县住建局 <牵头>']);
  });

  it('joins the runs of a rich inline string and leaves out its phonetic runs', () => {
    const cell =
      '<c r="A1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>县</t></r><r><t xml:space="preserve">水利局 </t></r>' +
      '<rPh sb="0" eb="1"><t>けん</t></rPh><phoneticPr fontId="1"/></is></c>';
    expect(rowValues(cell)).toEqual(['县水利局 ']);
  });

  it('decodes _xHHHH_ escapes and character references, and normalises literal line ends as XML does', () => {
    const values = rowValues(
      '<c r="A1" t="inlineStr"><is><t>第一行_x000D_\n第二行</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><t>a\r\nb&#13;c&#x41;</t></is></c>' +
        '<c r="C1" t="str"><f>X</f><v>_x005F_x000D_</v></c>',
    );
    expect(values).toEqual(['第一行\r\n第二行', 'a\nb\rcA', '_x000D_']);
  });

  it('reads t="d" ISO dates as the serial of the workbook\'s date system, wall-clock', () => {
    const cells = '<c r="A1" t="d" s="1"><v>2020-05-11T18:00:00</v></c><c r="B1" t="d"><v>2020-05-11</v></c><c r="C1" t="d"><v>2020-02-30</v></c>';
    expect(rowValues(cells)).toEqual([43962.75, 43962, '2020-02-30']);
    expect(rowValues(cells, { date1904: true })).toEqual([42500.75, 42500, '2020-02-30']);
  });

  it('counts a formula without a cached result, an empty string and an empty cell as no value', () => {
    const sheet = read(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>A1</f></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="str"><f>""</f><v></v></c>' +
        '<c r="E1" t="inlineStr"><is><t/></is></c><c r="F1" s="2"/><c r="G1"><v></v></c></row>',
    );
    expect(sheet.values).toEqual([['督办事项']]);
  });

  it('keeps a large number in a date-formatted cell as the number (no Date, no NaN)', () => {
    expect(rowValues('<c r="A1" s="1"><v>123456789</v></c><c r="B1" s="2"><v>1E+20</v></c>')).toEqual([123456789, 1e20]);
  });

  it('names the cell when a shared string index points past the table', () => {
    expect(() => read('<row r="3"><c r="B3" t="s"><v>7</v></c></row>')).toThrow(
      new WorkbookOpenError('工作表「台账」的单元格 B3 引用的共享字符串（第 7 项）不存在，文件可能已损坏：请在 Excel 中打开后另存为 .xlsx'),
    );
  });
});

describe('readWorksheet: markup', () => {
  it('reads prefixed elements, single quotes, attributes in any order, comments and CDATA', () => {
    const xml =
      `<x:worksheet xmlns:x='${MAIN}'><!-- <x:sheetData> in a comment --><x:sheetData>` +
      "<x:row spans='1:3' r='2'><x:c t='s' s='0' r='B2'><x:v>1</x:v></x:c><!-- a comment --><x:c s='1' r='C2'><x:v>43983</x:v></x:c></x:row>" +
      "<?pi skipped?><x:row r='3'><x:c r='B3' t='inlineStr'><x:is><x:t><![CDATA[<县>&amp;]]></x:t></x:is></x:c><x:c r='C3' t='str'><x:f>X</x:f><x:v>a<!-- c -->b</x:v></x:c></x:row>" +
      "</x:sheetData><x:mergeCells count='1'><x:mergeCell ref='D5:E5'/></x:mergeCells></x:worksheet>";
    const sheet = readWorksheet(xml, { name: '台账', sharedStrings: STRINGS, formats: FORMATS, date1904: false });
    expect(sheet).toEqual({
      name: '台账',
      origin: { row: 2, col: 2 },
      values: [
        ['县水利局', 43983],
        ['<县>&amp;', 'ab'],
      ],
      numberFormats: [
        [null, 'yyyy\\年m\\月d\\日'],
        [null, null],
      ],
      merges: [{ top: 5, left: 4, bottom: 5, right: 5 }],
      tables: [],
      date1904: false,
      hiddenRows: [],
    });
  });

  it('places rows and cells without r after the previous ones', () => {
    const sheet = read('<row><c t="s"><v>0</v></c><c><v>1</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c/><c><v>6</v></c></row>');
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    // Rows are as wide as their last value (ragged); past the end reads as empty.
    expect(sheet.values).toEqual([['督办事项', 1], [], [], [null, null, 3, 4], [null, 6]]);
  });

  it('takes a row without r from its first cell', () => {
    expect(read('<row><c r="B7"><v>1</v></c></row>').origin).toEqual({ row: 7, col: 2 });
  });

  it('reads a self-closing sheetData as an empty sheet', () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData/><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
    expect(readWorksheet(xml, { name: '空表', sharedStrings: [], formats: FORMATS, date1904: true })).toEqual({
      name: '空表',
      values: [],
      numberFormats: [],
      origin: { row: 1, col: 1 },
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
      tables: [],
      date1904: true,
      hiddenRows: [],
    });
  });

  it('names the sheet when its part is not XML it can follow', () => {
    const whole = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData></worksheet>`;
    for (const cut of [whole.indexOf('t="s') + 4, whole.indexOf('</row><row'), whole.indexOf('</sheetData>')]) {
      expect(() => readWorksheet(whole.slice(0, cut), { name: '台账', sharedStrings: STRINGS, formats: FORMATS, date1904: false })).toThrow(
        new WorkbookOpenError('工作表「台账」的内容不是有效的 XML，文件可能已损坏：请在 Excel 中打开后另存为 .xlsx'),
      );
    }
  });
});

describe('readWorksheet: range, formats, merges, hidden rows, tables', () => {
  it('records number formats of the cells with values, General as null; a cell without s has style 0', () => {
    const sheet = read('<row r="1"><c r="A1" s="1"><v>43983</v></c><c r="B1" s="2"><v>43984</v></c><c r="C1" s="3"><v>0.5</v></c><c r="D1"><v>1</v></c><c r="E1" s="9"><v>2</v></c></row>');
    expect(sheet.numberFormats).toEqual([['yyyy\\年m\\月d\\日', 'mm-dd-yy', '0.00%', null, null]]);
  });

  it('keeps a merge\'s value in its top-left cell only, and the range shrinks to what is left', () => {
    const sheet = read(
      '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2"><v>9</v></c></row><row r="3"><c r="B3"><v>5</v></c></row>',
      {},
      '<mergeCells count="2"><mergeCell ref="B2:D2"/><mergeCell ref="A3:B3"/></mergeCells>',
    );
    expect(sheet.origin).toEqual({ row: 2, col: 2 });
    expect(sheet.values).toEqual([['督办事项']]);
    expect(sheet.merges).toEqual([
      { top: 2, left: 2, bottom: 2, right: 4 },
      { top: 3, left: 1, bottom: 3, right: 2 },
    ]);
  });

  it('clears a merged-away cell\'s format in its own row only (rows share equal formats)', () => {
    const sheet = read(
      '<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>2</v></c></row><row r="3"><c r="A3" s="1"><v>3</v></c><c r="B3" s="1"><v>4</v></c></row>',
      {},
      '<mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells>',
    );
    expect(sheet.values).toEqual([
      [1, 2],
      [3, null],
    ]);
    expect(sheet.numberFormats).toEqual([
      ['yyyy\\年m\\月d\\日', 'yyyy\\年m\\月d\\日'],
      ['yyyy\\年m\\月d\\日', null],
    ]);
  });

  it('lists hidden rows (hidden="1" or "true") among the rows that hold a value', () => {
    const sheet = read(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="3" hidden="true" ht="0"><c r="A3"><v>3</v></c></row>' +
        '<row r="4" hidden="1"><c r="A4" s="2"/></row><row r="5" hidden="0"><c r="A5"><v>5</v></c></row><row r="6" hidden="1"/>',
    );
    expect(sheet.hiddenRows).toEqual([2, 3]);
  });

  it('widens the range to the tables and carries them', () => {
    const tables = [{ name: '表1', headerRow: true, top: 2, left: 1, bottom: 4, right: 3 }];
    const sheet = read('<row r="3"><c r="B3"><v>1</v></c></row>', { tables });
    expect(sheet.origin).toEqual({ row: 2, col: 1 });
    expect(sheet.values).toEqual([[], [null, 1], []]);
    expect(sheet.tables).toEqual(tables);
  });

  it('reads cells out of column order and a row given twice (its last reading)', () => {
    const sheet = read('<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c></row><row r="1"><c r="B1"><v>0</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>');
    expect(sheet.values).toEqual([[0], [2]]);
    expect(sheet.origin).toEqual({ row: 1, col: 2 });
    const shifted = read('<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>');
    expect(shifted.values).toEqual([[1, 2, 3]]);
  });
});

describe('readWorksheet: sparse sheets', () => {
  it('shares one frozen empty row between a ledger and a stray value at row 1,048,576', () => {
    const ledger = Array.from({ length: 100 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c><c r="B${i + 1}" t="s"><v>1</v></c></row>`).join('');
    const sheet = read(`${ledger}<row r="1048576"><c r="A1048576" t="s"><v>0</v></c></row>`);
    expect(sheet.values.length).toBe(1_048_576);
    expect(sheet.values[0]).toEqual([1, '县水利局']);
    expect(sheet.values[99]).toEqual([100, '县水利局']);
    expect(sheet.values[1_048_575]).toEqual(['督办事项']);
    const empty = sheet.values[100];
    expect(empty).toEqual([]);
    expect(Object.isFrozen(empty)).toBe(true);
    expect(sheet.values[500_000]).toBe(empty);
    expect(sheet.values[1_048_574]).toBe(empty);
    expect(sheet.numberFormats![100]).toBe(sheet.numberFormats![1_048_574]);
    expect(Object.isFrozen(sheet.numberFormats![100])).toBe(true);
  });

  it('widens only its own row for a lone value in column XFD beside a 50,000-row ledger', () => {
    const ledger = Array.from({ length: 50_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c><c r="B${i + 1}"><v>2</v></c></row>`).join('');
    const sheet = read(ledger.replace('<row r="50"><c r="A50"><v>50</v></c><c r="B50"><v>2</v></c>', '<row r="50"><c r="A50"><v>50</v></c><c r="B50"><v>2</v></c><c r="XFD50"><v>7</v></c>'));
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.values.length).toBe(50_000);
    expect(sheet.values[49].length).toBe(16_384);
    expect(sheet.values[49][16_383]).toBe(7);
    expect(sheet.values[49][0]).toBe(50);
    expect(sheet.values[0]).toEqual([1, 2]);
    expect(sheet.values[49_999]).toEqual([50_000, 2]);
  });
});

describe('isoToSerial', () => {
  it('gives Excel\'s serials, in either date system', () => {
    expect(isoToSerial('2020-05-11T18:00:00', false)).toBe(43962.75);
    expect(isoToSerial('2020-05-11T18:00:00Z', false)).toBe(43962.75);
    expect(isoToSerial('2020-05-11T18:00:00+08:00', false)).toBe(43962.75);
    expect(isoToSerial('2020-05-11', true)).toBe(42500);
    expect(isoToSerial('1904-01-01', true)).toBe(0);
    expect(isoToSerial('1900-01-01', false)).toBe(1);
    expect(isoToSerial('1900-02-28', false)).toBe(59);
    expect(isoToSerial('1900-03-01', false)).toBe(61);
    expect(isoToSerial('12:00:00', false)).toBe(0.5);
    expect(isoToSerial('T06:00', false)).toBe(0.25);
  });

  it('gives null for what is not an ISO date', () => {
    expect(isoToSerial('2020-02-30', false)).toBeNull();
    expect(isoToSerial('2020/05/11', false)).toBeNull();
    expect(isoToSerial('2020-05-11T25:00', false)).toBeNull();
  });
});
