import ExcelJS from 'exceljs';
import { XlsxWorkbook } from './xlsxWorkbook';

async function emptyWorkbook(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('台账').getCell('A1').value = '督办事项';
  return XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('XlsxWorkbook.addSheet merges', () => {
  it('writes every merged area of the model, read back from the file', async () => {
    const book = await emptyWorkbook();
    const row = [{ value: '标题' }, { value: null }, { value: null }, { value: null }];
    const name = await book.addSheet({
      name: '督办单 2020-05-11',
      rows: [row, row, row, row],
      merges: [
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 3, left: 1, bottom: 4, right: 2 },
        { top: 3, left: 3, bottom: 3, right: 4 },
      ],
    });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    const ws = back.getWorksheet(name) as ExcelJS.Worksheet;
    expect([...ws.model.merges].sort()).toEqual(['A1:D1', 'A3:B4', 'C3:D3']);
    expect(ws.getCell('B4').isMerged).toBe(true);
    expect(ws.getCell('A2').isMerged).toBe(false);
  });

  it('refuses a model whose merged areas overlap, naming the sheet and the area', async () => {
    const book = await emptyWorkbook();
    await expect(
      book.addSheet({
        name: '督办单',
        rows: [[{ value: 'x' }]],
        merges: [
          { top: 1, left: 1, bottom: 2, right: 2 },
          { top: 2, left: 2, bottom: 3, right: 3 },
        ],
      }),
    ).rejects.toThrow('工作表「督办单」的合并区域重叠：B2:C3');
  });
});
