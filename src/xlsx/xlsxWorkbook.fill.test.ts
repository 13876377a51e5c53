import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dateOnly } from '../../test/support/dateOnly';
import { xmlInsertions } from '../../test/support/xmlInsertions';
import { XlsxWorkbook } from './xlsxWorkbook';

// WorkbookPort.fillEmptyCells on a ledger the user keeps: reported completion dates go into the
// 完成时间 cells that are still empty, marked with a fill, each keeping its look; nothing else moves.

const SHEET = '督办台账';
const PART = 'xl/worksheets/sheet1.xml';
const MARK = 'E2EFDA';
const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/**
 * The ledger as ExcelJS writes it. 完成时间 (column C): C2 empty with the user's Chinese date
 * format, bold and bordered; C3 empty, General, bordered and centred; C4 a date already; C5 a
 * formula giving ""; C6 not in the file, its row formatted as a whole (a red font); C7 two spaces;
 * C8 empty as text ('@').
 */
async function ledger(date1904 = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['序号', '督办事项', '完成时间', '备注']);
  ['修路', '修桥', '清淤', '绿化', '亮化', '改厕', '供水'].forEach((title, i) => ws.addRow([i + 1, title]));
  const c = (address: string) => ws.getCell(address);
  Object.assign(c('C2'), { numFmt: 'yyyy"年"m"月"d"日"', font: { bold: true, name: '宋体', size: 12 }, border: BORDER });
  Object.assign(c('C3'), { border: BORDER, alignment: { horizontal: 'center' } });
  Object.assign(c('C4'), { value: 43900, numFmt: 'yyyy-mm-dd' });
  c('C5').value = { formula: 'IF(A5>9,1,"")', result: '' } as ExcelJS.CellFormulaValue;
  ws.getRow(6).font = { color: { argb: 'FFC00000' } };
  c('C7').value = '  ';
  Object.assign(c('C8'), { numFmt: '@', border: BORDER });
  c('D9').value = '末行';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const part = async (data: Buffer, name: string): Promise<string> => (await (await JSZip.loadAsync(data)).file(name)?.async('string')) ?? '';

const ASKED = [
  { row: 2, col: 3, date: dateOnly('2020-06-01') },
  { row: 3, col: 3, date: dateOnly('2020-06-02') },
  { row: 4, col: 3, date: dateOnly('2020-06-03') },
  { row: 5, col: 3, date: dateOnly('2020-06-04') },
  { row: 6, col: 3, date: dateOnly('2020-06-05') },
  { row: 7, col: 3, date: dateOnly('2020-06-06') },
  { row: 8, col: 3, date: dateOnly('2020-06-07') },
  // Asked twice: the second is no longer empty.
  { row: 2, col: 3, date: dateOnly('2020-07-01') },
  // Beyond the sheet's extent: the dimension grows.
  { row: 12, col: 5, date: dateOnly('2020-06-08') },
];
const WRITTEN = [
  { row: 2, col: 3 },
  { row: 3, col: 3 },
  { row: 6, col: 3 },
  { row: 7, col: 3 },
  { row: 8, col: 3 },
  { row: 12, col: 5 },
];

describe('XlsxWorkbook.fillEmptyCells', () => {
  let input: Buffer;
  let output: Buffer;
  let written: Array<{ row: number; col: number }>;
  let port: XlsxWorkbook;
  beforeAll(async () => {
    input = await ledger();
    port = await XlsxWorkbook.load(input);
    written = await port.fillEmptyCells(SHEET, ASKED, MARK);
    output = await port.toBuffer();
  });

  it('writes the empty cells, in the order given, and leaves a value, a formula and a cell asked twice alone', () => {
    expect(written).toEqual(WRITTEN);
  });

  it('writes serials, read back as dates: the user\'s date format kept, yyyy-mm-dd where the format was not a date', async () => {
    const [sheet] = await port.readSheets([SHEET]);
    const at = (row: number, col: number) => [sheet.values[row - 1]?.[col - 1] ?? null, sheet.numberFormats?.[row - 1]?.[col - 1] ?? null];
    expect(at(2, 3)).toEqual([43983, 'yyyy"年"m"月"d"日"']);
    expect(at(3, 3)).toEqual([43984, 'yyyy-mm-dd']);
    expect(at(4, 3)).toEqual([43900, 'yyyy-mm-dd']);
    // The formula's cached "" reads as no value, yet the cell holds a formula: not written.
    expect(at(5, 3)).toEqual([null, null]);
    expect(at(6, 3)).toEqual([43987, 'yyyy-mm-dd']);
    expect(at(7, 3)).toEqual([43988, 'yyyy-mm-dd']);
    expect(at(8, 3)).toEqual([43989, 'yyyy-mm-dd']);
    expect(at(12, 5)).toEqual([43990, 'yyyy-mm-dd']);
    // The same from the saved file.
    const [again] = await (await XlsxWorkbook.load(output)).readSheets([SHEET]);
    expect(again.values).toEqual(sheet.values);
    expect(again.numberFormats).toEqual(sheet.numberFormats);
  });

  it('keeps the rest of each cell\'s look and adds the fill (ExcelJS reads the output)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
    const fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${MARK}` }, bgColor: { indexed: 64 } };
    expect(ws.getCell('C2').fill).toEqual(fill);
    expect(ws.getCell('C2').font).toEqual({ bold: true, name: '宋体', size: 12 });
    expect(ws.getCell('C2').border).toEqual(BORDER);
    expect(ws.getCell('C3').alignment).toEqual({ horizontal: 'center' });
    expect(ws.getCell('C3').border).toEqual(BORDER);
    expect(ws.getCell('C3').numFmt).toBe('yyyy-mm-dd');
    // The row's own format (its red font) is the look of a cell typed into that row.
    expect(ws.getCell('C6').font).toMatchObject({ color: { argb: 'FFC00000' } });
    expect(ws.getCell('C6').fill).toEqual(fill);
    expect(ws.getCell('C8').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('C8').border).toEqual(BORDER);
    // Untouched: the date already there, the formula, the note.
    expect(ws.getCell('C4').fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(ws.getCell('C5').formula).toBe('IF(A5>9,1,"")');
    expect(ws.getCell('D9').value).toBe('末行');
  });

  it('changes the sheet part only by insertions and attribute values, but for the spaces replaced', async () => {
    const before = await part(input, PART);
    const after = await part(output, PART);
    // C7's two spaces (a shared string) give way to the date: its t and value go.
    const spaces = /<c r="C7" t="s"><v>\d+<\/v><\/c>/.exec(before)?.[0] as string;
    expect(after).toContain('<c r="C7" s="9"><v>43988</v></c>');
    const changes = xmlInsertions(before.replace(spaces, '<c r="C7"/>'), after.replace('<c r="C7" s="9"><v>43988</v></c>', '<c r="C7" s="9"/>'));
    expect(changes).toEqual([
      { kind: 'changed-attribute', element: 'dimension', attribute: 'ref', before: 'A1:D9', after: 'A1:E12' },
      { kind: 'changed-attribute', element: 'c', attribute: 's', before: '1', after: '6' },
      { kind: 'inserted-element', name: 'v', xml: '<v>43983</v>' },
      { kind: 'changed-attribute', element: 'c', attribute: 's', before: '2', after: '7' },
      { kind: 'inserted-element', name: 'v', xml: '<v>43984</v>' },
      // The new cell widens its row's spans hint.
      { kind: 'changed-attribute', element: 'row', attribute: 'spans', before: '1:2', after: '1:3' },
      { kind: 'inserted-element', name: 'c', xml: '<c r="C6" s="8"><v>43987</v></c>' },
      { kind: 'changed-attribute', element: 'c', attribute: 's', before: undefined, after: '9' },
      { kind: 'changed-attribute', element: 'c', attribute: 's', before: '5', after: '10' },
      { kind: 'inserted-element', name: 'v', xml: '<v>43989</v>' },
      { kind: 'inserted-element', name: 'row', xml: '<row r="12"><c r="E12" s="9"><v>43990</v></c></row>' },
    ]);
  });

  it('writes serials of the 1904 date system in a 1904 workbook', async () => {
    const port1904 = await XlsxWorkbook.load(await ledger(true));
    expect(await port1904.fillEmptyCells(SHEET, [{ row: 3, col: 3, date: dateOnly('2020-06-02') }], MARK)).toEqual([{ row: 3, col: 3 }]);
    const [sheet] = await port1904.readSheets([SHEET]);
    expect(sheet.values[2][2]).toBe(42522);
    expect(sheet.date1904).toBe(true);
  });

  it('writes nothing when no cell is empty, or none is asked for; refuses a bad colour and an unknown sheet', async () => {
    const again = await XlsxWorkbook.load(output);
    expect(await again.fillEmptyCells(SHEET, [{ row: 4, col: 3, date: dateOnly('2020-06-03') }], MARK)).toEqual([]);
    expect(await again.fillEmptyCells(SHEET, [], MARK)).toEqual([]);
    expect(await again.toBuffer()).toEqual(await (await XlsxWorkbook.load(output)).toBuffer());
    await expect(again.fillEmptyCells(SHEET, [{ row: 9, col: 3, date: dateOnly('2020-06-03') }], 'green')).rejects.toThrow('颜色值无效：「green」（应为 6 位十六进制 RRGGBB）');
    await expect(again.fillEmptyCells('无此表', [{ row: 9, col: 3, date: dateOnly('2020-06-03') }], MARK)).rejects.toThrow('工作表「无此表」不存在');
  });
});
