import type { ExcelRun } from '../office/officeWorkbook';
import type { ExcelUi } from './excelUi';

/** ExcelUi over Office.js, one round trip each; Excel.run is passed in by the entry (no Office global here). */
export function createOfficeUi(run: ExcelRun): ExcelUi {
  return {
    activeSheet: () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        return sheet.name;
      }),
    selectCell: (sheet, address) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      }),
  };
}
