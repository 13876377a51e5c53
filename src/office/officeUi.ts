import type { HostUi, HostEvents } from '../app/ports/hostUi';
import type { ExcelRun } from './officeWorkbook';

/** The pane's HostUi over Office.js, one round trip each; Excel.run is passed in (see createHostUi in ./index). */
export function createOfficeUi(run: ExcelRun): HostUi {
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

/** Office.addin as the host events use it (SharedRuntime 1.1). */
export interface AddinEvents {
  onVisibilityModeChanged(handler: (message: { visibilityMode: string }) => void): Promise<() => Promise<void>>;
}

/** What the host events need besides Excel.run (see createHostEvents in ./index). */
export interface HostEventsOffice {
  addin: AddinEvents;
  /** Excel.run(context, batch): a batch in the context that registered an event handler. */
  runIn: <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
}

/** The pane's HostEvents over Office.js: the pane being shown, and worksheet activation. */
export function createOfficeHostEvents(run: ExcelRun, office: HostEventsOffice): HostEvents {
  return {
    // The handler gets { visibilityMode: 'Taskpane' | 'Hidden' }
    // (https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in).
    onPaneShown: async (listener) =>
      office.addin.onVisibilityModeChanged((message) => {
        if (message.visibilityMode === 'Taskpane') listener();
      }),
    // Registered once in a batch, and removed in the context that added it
    // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
    onSheetActivated: (listener) =>
      run(async (context) => {
        const handler = context.workbook.worksheets.onActivated.add(async () => listener());
        await context.sync();
        return () =>
          office.runIn(handler.context, async (ctx) => {
            handler.remove();
            await ctx.sync();
          });
      }),
  };
}
