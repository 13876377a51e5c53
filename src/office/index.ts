// The only module that touches the Office.js globals: everything else in src/office takes them
// as parameters, so it runs (and is tested) without Excel.
import { OfficeWorkbook, type OfficeWorkbookOptions } from './officeWorkbook';
import type { SettingsStore } from './settings';

export { OfficeWorkbook, DECORATION_ONE_WRITE_ROWS, DECORATION_ROWS_PER_SYNC, SHEET_ROWS_PER_SYNC, MIN_ROWS_PER_SYNC } from './officeWorkbook';
export type { ExcelRun, ExcelRunOptions, OfficeWorkbookOptions } from './officeWorkbook';
export { loadSettings, saveSettings, SETTINGS_KEY, SETTINGS_VERSION } from './settings';
export type { DubanSettings, LoadedSettings, SaveResult, SettingsStore, SheetRole } from './settings';
export { columnWidthToPoints } from './columnWidthToPoints';

/**
 * The workbook the add-in runs in. Batches wait while the user is editing a cell instead of
 * failing; where the host has ExcelApi 1.20 (Excel.RunOptions.mergeUndoGroup), each write is
 * one undo step however many syncs it takes.
 */
export function createOfficeWorkbook(options: Omit<OfficeWorkbookOptions, 'mergeUndoGroup'> = {}): OfficeWorkbook {
  const mergeUndoGroup = Office.context.requirements.isSetSupported('ExcelApi', '1.20');
  return new OfficeWorkbook((batch, runOptions) => Excel.run({ delayForCellEdit: true, ...runOptions }, batch), { ...options, mergeUndoGroup });
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
