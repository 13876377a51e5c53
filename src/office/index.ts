// The only module that touches the Office.js globals: everything else in src/office takes them
// as parameters, so it runs (and is tested) without Excel.
import type { ExcelUi } from '../taskpane/excelUi';
import { createOfficeUi } from './officeUi';
import { OfficeWorkbook, type ExcelRun, type OfficeWorkbookOptions } from './officeWorkbook';
import type { SettingsStore } from './settings';

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
export function createExcelUi(): ExcelUi {
  return createOfficeUi(excelRun);
}

/** The settings stored in the open workbook (Office.context.document.settings). */
export function createDocumentSettingsStore(): SettingsStore {
  const settings = Office.context.document.settings;
  return {
    get: (key) => settings.get(key),
    set: (key, value) => settings.set(key, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(`设置未能保存到工作簿：${result.error?.message ?? '未知原因'}`));
        });
      }),
  };
}
