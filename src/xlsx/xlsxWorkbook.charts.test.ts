import ExcelJS from 'exceljs';
import type { SheetModel } from '../sheets/sheetModel';
import { XlsxWorkbook } from './xlsxWorkbook';

// ExcelJS writes no charts: a model's charts are left out of the .xlsx, its data bars stand in.
const MODEL: SheetModel = {
  name: '督办通报',
  rows: [
    [{ value: '单位' }, { value: '蓝色督办单' }, { value: '黄色督办单' }, { value: '红色督办单' }],
    [{ value: '东塘镇' }, { value: 1 }, { value: 0 }, { value: 0 }],
    [{ value: '县住建局' }, { value: 1 }, { value: 1 }, { value: 2 }],
  ],
  dataBars: [{ range: { top: 2, left: 2, bottom: 3, right: 2 }, color: '5B9BD5' }],
  charts: [
    {
      type: 'columnStacked',
      title: '2020年5月各单位督办单（按颜色）',
      data: { top: 2, left: 2, bottom: 3, right: 4 },
      categories: { top: 2, left: 1, bottom: 3, right: 1 },
      series: [
        { name: '蓝色督办单', color: '5B9BD5' },
        { name: '黄色督办单', color: 'FFC000' },
        { name: '红色督办单', color: 'FF0000' },
      ],
      legend: 'bottom',
      placement: { top: 5, left: 1, bottom: 22, right: 4 },
    },
  ],
  page: { orientation: 'portrait', paper: 'A4', printArea: { top: 1, left: 1, bottom: 3, right: 4 } },
};

describe('XlsxWorkbook.addSheet with a chart in the model', () => {
  it('writes the sheet with its data bars and the text print area, and no chart', async () => {
    const seed = new ExcelJS.Workbook();
    seed.addWorksheet('台账').getCell('A1').value = '序号';
    const port = await XlsxWorkbook.load(Buffer.from(await seed.xlsx.writeBuffer()));
    expect(await port.addSheet(MODEL)).toBe('督办通报');

    const file = await port.toBuffer();
    // A chart would be a part xl/charts/chart1.xml, its name in the zip's directory.
    expect(file.includes('xl/charts/')).toBe(false);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(file as unknown as ArrayBuffer);
    const ws = back.getWorksheet('督办通报');
    expect(ws?.getCell('A3').value).toBe('县住建局');
    // ExcelJS reads conditional formats back but does not declare them.
    const formats = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string }> }> }).conditionalFormattings;
    expect(formats.map((cf) => [cf.ref, cf.rules[0].type])).toEqual([['B2:B3', 'dataBar']]);
    expect(ws?.pageSetup.printArea).toBe('A1:D3');
  });
});
