// The only module that touches the Office.js globals: everything else in src/office takes them
// as parameters, so it runs (and is tested) without Excel.
import type { HostUi, HostEvents } from '../app/ports/hostUi';
import { createOfficeHostEvents, createOfficeUi } from './officeUi';
import { OfficeWorkbook, type ExcelRun, type OfficeWorkbookOptions } from './officeWorkbook';
import type { LegacySettingsStore } from '../app/ports/settingsPort';
import { createLegacySettings } from './documentSettings';

/**
 * The ExcelApi version the add-in uses without a feature check (getMergedAreasOrNullObject):
 * manifest.xml declares it and `npm run validate` checks the code against the manifest.
 */
export const REQUIRED_EXCEL_API = '1.13';

/**
 * What the pane shows and a ribbon command reports on an Excel without that API. ExcelApi 1.13 is
 * in Excel 2021 and later, Microsoft 365 and Excel on the web
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 */
export const OLD_EXCEL_MESSAGE = `此 Excel 版本过旧，督办台账助手需要 Excel 2021 或更高版本、Microsoft 365 或网页版 Excel（ExcelApi ${REQUIRED_EXCEL_API}）。`;

/** Whether this Excel has the API the add-in uses. */
export function isExcelSupported(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API);
}

/** Excel.run for every batch of the add-in: a batch waits while the user is editing a cell instead of failing. */
const excelRun: ExcelRun = (batch, runOptions) => Excel.run({ delayForCellEdit: true, ...runOptions }, batch);

/**
 * The workbook the add-in runs in. Where the host has ExcelApi 1.20
 * (Excel.RunOptions.mergeUndoGroup), each write is one undo step however many syncs it takes.
 */
export function createOfficeWorkbook(options: Omit<OfficeWorkbookOptions, 'mergeUndoGroup'> = {}): OfficeWorkbook {
  const mergeUndoGroup = Office.context.requirements.isSetSupported('ExcelApi', '1.20');
  return new OfficeWorkbook(excelRun, { ...options, mergeUndoGroup });
}

/** Excel's UI as the pane and the ribbon commands use it (active sheet, selection, going to a cell). */
export function createHostUi(): HostUi {
  return createOfficeUi(excelRun);
}

/** The pane being shown (Office.addin, SharedRuntime 1.1) and worksheet activation (ExcelApi 1.7). */
export function createHostEvents(): HostEvents {
  return createOfficeHostEvents(excelRun, { addin: Office.addin, runIn: (context, batch) => Excel.run(context, batch) });
}

/**
 * The document settings where versions before the 规则设置 sheet kept theirs: read once to move
 * them into the sheet (createWorkbookSettings), then removed.
 */
export function createLegacyDocumentSettings(): LegacySettingsStore {
  const settings = Office.context.document.settings;
  return createLegacySettings({
    get: (key) => settings.get(key),
    remove: (key) => settings.remove(key),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(`设置未能保存到工作簿：${result.error?.message ?? '未知原因'}`));
        });
      }),
  });
}

