import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxWorkbook } from './xlsxWorkbook';

/** A ledger whose cells carry no formatting of their own, as many typed-in ledgers are. */
async function plainLedger(change?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['督办事项', '责任单位', '交办时间', '办结', '分值']);
  ws.addRow(['修缮学校围墙', '县教育局', new Date(Date.UTC(2020, 4, 11)), true, 3]);
  ws.addRow(['整治河道', '县水利局', new Date(Date.UTC(2020, 5, 1)), false, { formula: 'E2+1', result: 4 }]);
  change?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function reload(data: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.getWorksheet('台账') as ExcelJS.Worksheet;
}

const cellFormats = async (data: Buffer) => {
  const xml = (await (await JSZip.loadAsync(data)).file('xl/styles.xml')?.async('string')) ?? '';
  return /<cellXfs count="(\d+)"/.exec(xml)?.[1];
};

describe('XlsxWorkbook.toBuffer, cells without formatting', () => {
  it('keeps each cell’s value and number format: text, dates as dates, numbers, booleans, formulas', async () => {
    // A date put into a cell with no format at all: ExcelJS gives it one only when it writes.
    const book = await XlsxWorkbook.load(await plainLedger((ws) => (ws.getCell('C4').value = new Date(Date.UTC(2020, 6, 1)))));
    const ws = await reload(await book.toBuffer());
    expect(ws.getCell('A2').value).toBe('修缮学校围墙');
    // A date typed into an unformatted cell keeps a date format, so it is still a date, not 43962.
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(2020, 4, 11)));
    expect(ws.getCell('C3').value).toEqual(new Date(Date.UTC(2020, 5, 1)));
    expect(ws.getCell('C4').value).toEqual(new Date(Date.UTC(2020, 6, 1)));
    expect(ws.getCell('D2').value).toBe(true);
    expect(ws.getCell('E2').value).toBe(3);
    expect(ws.getCell('E2').numFmt).toBeUndefined();
    expect(ws.getCell('E3').value).toEqual({ formula: 'E2+1', result: 4 });
  });

  it('writes the same cell formats as ExcelJS alone', async () => {
    const input = await plainLedger();
    const alone = new ExcelJS.Workbook();
    await alone.xlsx.load(input as unknown as ArrayBuffer);
    const book = await XlsxWorkbook.load(input);
    expect(await cellFormats(await book.toBuffer())).toBe(await cellFormats(Buffer.from(await alone.xlsx.writeBuffer())));
  });

  it('keeps a styled empty cell (a merged band) and adds none for an unstyled one', async () => {
    const book = await XlsxWorkbook.load(await plainLedger());
    const name = await book.addSheet({
      name: '督办单',
      rows: [[{ value: null }, { value: '蓝色督办单', style: { fill: '2F75B5' } }, { value: null, style: { fill: '2F75B5' } }]],
    });
    const file = await book.toBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(file as unknown as ArrayBuffer);
    expect((back.getWorksheet(name) as ExcelJS.Worksheet).getCell('C1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F75B5' } });
    const xml = (await (await JSZip.loadAsync(file)).file('xl/worksheets/sheet2.xml')?.async('string')) ?? '';
    expect([...xml.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1])).toEqual(['B1', 'C1']);
  });
});
