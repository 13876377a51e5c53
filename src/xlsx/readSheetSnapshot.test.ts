import ExcelJS from 'exceljs';
import { parseDateCell } from '../core/dates/parseDateCell';
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
        // ExcelJS turns the date-formatted serial into a Date; the snapshot gives the serial back,
        // in the workbook's date system, as the Office adapter does (42435 in the 1904 system is 2020-03-07).
        ['防汛', '县水利局', 42435],
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

describe('readXlsxSnapshot on date-time cells', () => {
  // 2020-05-11 00:00, 11:59, 12:00, 18:00 and 23:59: [hour, minute, serial]. 2020-05-11 is serial
  // 43962; the time of day is the fraction (11:59 = 719/1440 of a day).
  const times: Array<[number, number, number]> = [
    [0, 0, 43962],
    [11, 59, 43962 + 719 / 1440],
    [12, 0, 43962.5],
    [18, 0, 43962.75],
    [23, 59, 43962 + 1439 / 1440],
  ];
  const allMay11 = times.map(() => ({ ok: true, value: '2020-05-11' }));

  async function read(date1904: boolean, value: (hour: number, minute: number, serial: number) => ExcelJS.CellValue) {
    const buffer = await workbookBuffer((wb) => {
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet('台账');
      times.forEach(([hour, minute, serial], i) => {
        const cell = ws.getCell(i + 1, 1);
        cell.value = value(hour, minute, serial);
        cell.numFmt = 'yyyy-mm-dd hh:mm';
      });
    });
    return readXlsxSnapshot(buffer);
  }

  it('hands over the serials Excel stores, which read as 2020-05-11 whatever the time', async () => {
    const sheet = await read(false, (_h, _m, serial) => serial);
    // ExcelJS reads these cells as Dates; the snapshot has the serial again (18:00 is exact in binary).
    expect(sheet.values[3][0]).toBe(43962.75);
    expect(sheet.values.map(([v]) => typeof v)).toEqual(['number', 'number', 'number', 'number', 'number']);
    expect(sheet.values.map(([v]) => parseDateCell(v))).toEqual(allMay11);
  });

  it('reads cells ExcelJS wrote from Dates (UTC fields = wall clock) the same way, in the 1904 system too', async () => {
    for (const date1904 of [false, true]) {
      const sheet = await read(date1904, (hour, minute) => new Date(Date.UTC(2020, 4, 11, hour, minute)));
      expect(sheet.values.map(([v]) => parseDateCell(v, { date1904 }))).toEqual(allMay11);
    }
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
