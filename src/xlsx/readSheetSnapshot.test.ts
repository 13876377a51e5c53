import ExcelJS from 'exceljs';
import { parseRange, plainValue, readXlsxSnapshot } from './readSheetSnapshot';

async function workbookBuffer(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('parseRange', () => {
  it('reads ranges and single cells', () => {
    expect(parseRange('A3:I8')).toEqual({ top: 3, left: 1, bottom: 8, right: 9 });
    expect(parseRange('$AA$2')).toEqual({ top: 2, left: 27, bottom: 2, right: 27 });
  });
});

describe('plainValue', () => {
  it('unwraps rich text, formula results, hyperlinks and errors', () => {
    expect(plainValue({ richText: [{ text: '责任' }, { text: '单位' }] })).toBe('责任单位');
    expect(plainValue({ formula: 'A1+1', result: 43897 })).toBe(43897);
    expect(plainValue({ formula: 'A1' })).toBeNull();
    expect(plainValue({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(plainValue({ text: '县政府网', hyperlink: 'http://example.invalid' })).toBe('县政府网');
    expect(plainValue({ error: '#N/A' })).toBe('#N/A');
  });
});

describe('readXlsxSnapshot', () => {
  it('snapshots the used range with merges, tables, number formats and hidden rows', async () => {
    const buffer = await workbookBuffer((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('台账');
      ws.getCell('B2').value = '标题';
      ws.mergeCells('B2:D2');
      ws.addTable({
        name: 'T1',
        ref: 'B3',
        headerRow: true,
        columns: [{ name: '督办事项' }, { name: '责任单位' }, { name: '交办时间' }],
        rows: [
          ['防汛', { richText: [{ text: '县水' }, { text: '利局' }] }, 42435],
          ['抗旱', '县农业农村局', 42436],
        ],
      });
      ws.getCell('D4').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getRow(5).hidden = true;
    });
    const sheet = await readXlsxSnapshot(buffer, '台账');
    expect(sheet).toEqual({
      name: '台账',
      origin: { row: 2, col: 2 },
      values: [
        ['标题', null, null],
        ['督办事项', '责任单位', '交办时间'],
        // ExcelJS turns a date-formatted serial into a UTC-midnight Date, in the workbook's date
        // system: 42435 in the 1904 system is 2020-03-07.
        ['防汛', '县水利局', new Date(Date.UTC(2020, 2, 7))],
        ['抗旱', '县农业农村局', 42436],
      ],
      numberFormats: [
        [null, null, null],
        [null, null, null],
        [null, null, 'yyyy"年"m"月"d"日"'],
        [null, null, null],
      ],
      merges: [{ top: 2, left: 2, bottom: 2, right: 4 }],
      tables: [{ name: 'T1', headerRow: true, top: 3, left: 2, bottom: 5, right: 4 }],
      date1904: true,
      hiddenRows: [5],
    });
  });
});

describe('readXlsxSnapshot on formatting without values', () => {
  it('reads only cells that hold something, however far the formatting reaches', async () => {
    const buffer = await workbookBuffer((wb) => {
      const ws = wb.addWorksheet('台账');
      ws.getCell('A1').value = '督办事项';
      ws.getCell('B2').value = '县住建局';
      // A fill far down the sheet: Excel's used range would reach it, the snapshot must not.
      ws.getCell('Z60000').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const sheet = await readXlsxSnapshot(buffer);
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.values).toEqual([
      ['督办事项', null],
      [null, '县住建局'],
    ]);
  });
});
