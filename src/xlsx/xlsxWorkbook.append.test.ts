import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { xmlInsertions } from '../../test/support/xmlInsertions';
import type { CellModel, CellStyle, SheetModel } from '../sheets/sheetModel';
import { XlsxWorkbook } from './xlsxWorkbook';

// Appended rows say how tall their wrapped text needs them (Excel and LibreOffice take a file's row
// heights as they are). The heights are measureText's: rowHeightFor(n) = ceil(n × 11 × 1.45 + 4)
// points for n lines of 11-point text, wrappedLines counting a CJK character 2.1 of a column width
// less 1.7 of padding: 16 to a line in a column 36 wide, 7 in 18, 3 in 8.43.

const TEXT: CellStyle = { border: true, vertical: 'middle', wrap: true };
const CENTER: CellStyle = { border: true, vertical: 'middle', horizontal: 'center' };
/** 60 CJK characters: 4 lines of 16 in a column 36 wide. */
const TITLE = '关于加快推进县城区老旧小区改造及配套基础设施建设工作的督办事项请于本月底前报送进展情况和下一步工作计划及存在的问题和措施';
/** 21 CJK characters: 3 lines of 7 in a column 18 wide. */
const UNIT = '湘阴县城市管理和综合执法局及各乡镇人民政府';
const HEADER = ['编号', '颜色', '督办事项', '被督办单位', '发出日期'];

/** A log row: number, colour, title and unit (wrapped), a date (wrapped too, but a number). */
const logRow = (n: number, title: string, unit: string, color: string | null = '红'): CellModel[] => [
  { value: `督〔2020〕红${n}号`, style: CENTER },
  { value: color, style: color === null ? CENTER : TEXT },
  { value: title, style: TEXT },
  { value: unit, style: TEXT },
  { value: 43966, style: { ...TEXT, numberFormat: 'yyyy-mm-dd' } },
];

const ROWS: CellModel[][] = [
  // Title 4 lines (68), unit 1 line (20): 68.
  logRow(1, TITLE, '县水利局'),
  // Title 1 line, unit 3 lines: 52.
  logRow(2, '整治河道', UNIT),
  // No wrapped text: the date is wrapped, but a number; the rest is not wrapped. No height.
  [{ value: '督〔2020〕红3号', style: CENTER }, { value: null }, { value: null }, { value: null }, { value: 43966, style: { ...TEXT, numberFormat: 'yyyy-mm-dd' } }],
  // '督办督办督办' wrapped in column B, which has no <col>: 8.43 wide, 3 to a line, 2 lines: 36.
  logRow(4, '修路', '县交通局', '督办督办督办'),
  // Longer than Excel's tallest row: 409.
  logRow(5, '督'.repeat(2000), '县水利局'),
];

/** The log as a user's copy holds it: header row, one entry, its columns sized (B left at the default). */
async function log(defaultColWidth?: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办单登记', defaultColWidth === undefined ? {} : { properties: { defaultColWidth } });
  ws.addRow(HEADER);
  ws.getColumn(1).width = 21;
  ws.getColumn(3).width = 36;
  ws.getColumn(4).width = 18;
  ws.getColumn(5).width = 14;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const part = async (data: Buffer, name: string): Promise<string> => (await (await JSZip.loadAsync(data)).file(name)?.async('string')) ?? '';
/** Each row's start tag, by row number. */
const rowTags = (xml: string): Record<number, string> => Object.fromEntries([...xml.matchAll(/<row r="(\d+)"[^>]*?\/?>/g)].map((m) => [Number(m[1]), m[0]]));

async function reload(data: Buffer, name = '督办单登记'): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.getWorksheet(name) as ExcelJS.Worksheet;
}

describe('XlsxWorkbook.appendRows: rows tall enough for their wrapped text', () => {
  let input: Buffer;
  let output: Buffer;
  beforeAll(async () => {
    input = await log();
    const book = await XlsxWorkbook.load(input);
    await book.appendRows('督办单登记', ROWS, { name: '督办单登记', rows: [] });
    output = await book.toBuffer();
  });

  it('has texts of the lengths the heights below are worked out for', () => {
    expect([...TITLE]).toHaveLength(60);
    expect([...UNIT]).toHaveLength(21);
  });

  it('writes ht and customHeight="1" on each row with a wrapped string, none on the others', async () => {
    const tags = rowTags(await part(output, 'xl/worksheets/sheet1.xml'));
    expect(tags[2]).toBe('<row r="2" ht="68" customHeight="1">');
    expect(tags[3]).toBe('<row r="3" ht="52" customHeight="1">');
    expect(tags[4]).toBe('<row r="4">');
    expect(tags[5]).toBe('<row r="5" ht="36" customHeight="1">');
    expect(tags[6]).toBe('<row r="6" ht="409" customHeight="1">');
  });

  it('reads back with ExcelJS: the heights, the header row left as it was', async () => {
    const ws = await reload(output);
    expect([2, 3, 4, 5, 6].map((r) => ws.getRow(r).height)).toEqual([68, 52, undefined, 36, 409]);
    expect(ws.getRow(1).height).toBe((await reload(input)).getRow(1).height);
    expect(ws.getCell('C2').value).toBe(TITLE);
    expect(ws.getCell('C2').alignment).toMatchObject({ wrapText: true });
  });

  it('changes the sheet part by insertion only: the new rows', async () => {
    const changes = xmlInsertions(await part(input, 'xl/worksheets/sheet1.xml'), await part(output, 'xl/worksheets/sheet1.xml'));
    expect(changes).not.toBeNull();
    expect((changes ?? []).map((c) => (c.kind === 'inserted-element' ? c.name : `${c.element}@${c.attribute}`))).toEqual(['row', 'row', 'row', 'row', 'row']);
  });

  it('takes a column without a <col> as the sheet’s defaultColWidth', async () => {
    const book = await XlsxWorkbook.load(await log(20));
    await book.appendRows('督办单登记', [ROWS[3]], { name: '督办单登记', rows: [] });
    // '督办督办督办' fits on one line 20 wide: one line of 11-point text, ceil(1 × 11 × 1.45 + 4).
    expect(rowTags(await part(await book.toBuffer(), 'xl/worksheets/sheet1.xml'))[2]).toBe('<row r="2" ht="20" customHeight="1">');
  });

  it('sizes the rows of a sheet it creates by the model’s column widths', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('台账').getCell('A1').value = '督办事项';
    const book = await XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
    const create: SheetModel = {
      name: '督办单登记',
      rows: [HEADER.map((value) => ({ value, style: { ...CENTER, bold: true } }))],
      columnWidths: [21, 7, 36, 18, 14],
      rowHeights: { 1: 20 },
    };
    await book.appendRows('督办单登记', [ROWS[0], ROWS[2], ROWS[3]], create);
    const output = await book.toBuffer();
    const tags = rowTags(await part(output, 'xl/worksheets/sheet2.xml'));
    // The header keeps the model's height; in column B, 7 wide, '督办督办督办' takes 3 lines: 52.
    expect([tags[1], tags[2], tags[3], tags[4]]).toEqual([
      '<row r="1" ht="20" customHeight="1">',
      '<row r="2" ht="68" customHeight="1">',
      '<row r="3">',
      '<row r="4" ht="52" customHeight="1">',
    ]);
    const ws = await reload(output);
    expect([1, 2, 3, 4].map((r) => ws.getRow(r).height)).toEqual([20, 68, undefined, 52]);
  });

  it('sets appended rows in the typeface of the sheet’s model', async () => {
    const book = await XlsxWorkbook.load(await log());
    await book.appendRows('督办单登记', [[{ value: '督〔2020〕红1号', style: { bold: true, fontColor: 'C00000' } }]], { name: '督办单登记', rows: [], font: { name: '仿宋' } });
    const ws = await reload(await book.toBuffer());
    expect(ws.getCell('A2').font).toEqual({ name: '仿宋', bold: true, size: 11, color: { argb: 'FFC00000' } });
  });
});
