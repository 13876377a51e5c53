import type { ExcelUi } from '../taskpane/excelUi';
import type { ExcelRun } from './officeWorkbook';

/** The pane's ExcelUi over Office.js, one round trip each; Excel.run is passed in (see createExcelUi in ./index). */
export function createOfficeUi(run: ExcelRun): ExcelUi {
  return {
    activeSheet: () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        return sheet.name;
      }),
    selectedCell: () =>
      run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load('rowIndex,rowCount');
        range.worksheet.load('name');
        await context.sync();
        return { sheet: range.worksheet.name, row: range.rowIndex + 1, rowCount: range.rowCount };
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
