import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readPackageExtras } from './readPackageExtras';
import { XlsxWorkbook } from './xlsxWorkbook';

/** A workbook with a notice sheet broken after rows 12 and 24 (one notice a page), and a ledger. */
async function noticeWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const notices = wb.addWorksheet('督办单 2020-05-11 & 蓝');
  notices.getCell('A1').value = '湘阴县人民政府督查室';
  notices.getRow(12).addPageBreak();
  notices.getRow(24).addPageBreak();
  wb.addWorksheet('督办台账').getCell('A1').value = '督办事项';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The <brk id> rows of each sheet of a saved package, read straight from its XML. */
async function savedBreaks(data: Buffer): Promise<Record<string, number[]>> {
  return Object.fromEntries((await readPackageExtras(data)).rowBreaks);
}

describe('readPackageExtras', () => {
  it('reads each sheet’s manual page breaks, by the sheet’s name', async () => {
    expect(await savedBreaks(await noticeWorkbook())).toEqual({ '督办单 2020-05-11 & 蓝': [12, 24] });
  });

  it('takes no column breaks for row breaks, nor an empty <rowBreaks/>', async () => {
    const zip = await JSZip.loadAsync(await noticeWorkbook());
    const sheet = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(sheet)?.async('string')) ?? '';
    const rowBreaks = /<rowBreaks\b[\s\S]*?<\/rowBreaks>/;
    expect(xml).toMatch(rowBreaks);
    zip.file(sheet, xml.replace(rowBreaks, '<rowBreaks count="0"/><colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks>'));
    const data = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await savedBreaks(data)).toEqual({});
  });

  it('names the parts ExcelJS cannot keep', async () => {
    const zip = await JSZip.loadAsync(await noticeWorkbook());
    zip.file('xl/drawings/drawing1.xml', '<xdr:wsDr/>');
    zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
    const data = Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
    expect((await readPackageExtras(data)).dropped).toEqual(['图表', '图片、图形或图表']);
  });
});

describe('XlsxWorkbook round trip', () => {
  it('keeps the page breaks of the sheets it read (ExcelJS alone drops them)', async () => {
    const input = await noticeWorkbook();
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(input as unknown as ArrayBuffer);
    expect(await savedBreaks(Buffer.from(await plain.xlsx.writeBuffer()))).toEqual({});

    const book = await XlsxWorkbook.load(input);
    expect(await savedBreaks(await book.toBuffer())).toEqual({ '督办单 2020-05-11 & 蓝': [12, 24] });
    expect(book.losses).toEqual([]);
  });

  it('warns, as a problem, that charts and pictures of the input are not in the output', async () => {
    const zip = await JSZip.loadAsync(await noticeWorkbook());
    zip.file('xl/drawings/drawing1.xml', '<xdr:wsDr/>');
    const book = await XlsxWorkbook.load(Buffer.from(await zip.generateAsync({ type: 'nodebuffer' })));
    expect(book.losses).toEqual([
      {
        severity: 'warning',
        code: 'xlsx.part-dropped',
        message: '输入文件中有图片、图形或图表，命令行无法把它们写进输出文件（输入文件不变）：需要保留时，请在 Excel 中用加载项完成同样的操作',
      },
    ]);
  });
});
