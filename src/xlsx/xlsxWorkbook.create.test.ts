import ExcelJS from 'exceljs';
import { XlsxWorkbook } from './xlsxWorkbook';

describe('XlsxWorkbook.create', () => {
  it('makes a workbook holding only the sheets added, readable by another producer', async () => {
    const workbook = XlsxWorkbook.create();
    expect(await workbook.listSheets()).toEqual([]);
    const name = await workbook.addSheet({ name: '节假日调整', rows: [[{ value: '日期' }, { value: '类型' }], [{ value: 46388, style: { numberFormat: 'yyyy-mm-dd' } }, { value: '放假' }]] });
    expect(name).toBe('节假日调整');
    const bytes = await workbook.toBuffer();

    const again = await XlsxWorkbook.load(bytes);
    const [sheet] = await again.readSheets(['节假日调整']);
    expect(sheet.values).toEqual([['日期', '类型'], [46388, '放假']]);

    const other = new ExcelJS.Workbook();
    await other.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(other.worksheets.map((w) => w.name)).toEqual(['节假日调整']);
    expect(other.getWorksheet('节假日调整')?.getCell('A2').numFmt).toBe('yyyy-mm-dd');
  });
});
