/**
 * Ribbon commands (ExecuteFunction buttons). Loaded by taskpane.html, the shared runtime's
 * page, which the manifest also names as the FunctionFile.
 */
import { errorReason } from '../app/errorReason';
import { chinaClock } from '../app/ports/clock';
import { createWorkbookSettings } from '../app/workbookSettings';
import { OLD_EXCEL_MESSAGE, createLegacyDocumentSettings, createHostUi, createOfficeWorkbook, isExcelSupported } from '../office';
import { postPaneError } from '../office/paneErrors';
import { associateCommands, type CommandHandler } from './associateCommands';
import { COMMAND_LABELS } from './commandLabels';
import { monthlyBulletin } from './monthlyBulletin';
import { reapplyColors } from './reapplyColors';

/** On an Excel too old for the add-in a command says so, instead of failing at its first read. */
function requireSupportedExcel(): void {
  if (!isExcelSupported()) throw new Error(OLD_EXCEL_MESSAGE);
}

/** Handlers by the <FunctionName> of their manifest button (打开督办台账助手 is a ShowTaskpane action). */
const ribbonCommands: Record<string, CommandHandler> = {
  // 重新着色: the pane's last 应用三色 again, as of today, with the 规则设置 sheet's ledger, columns and rules.
  applyColors: async () => {
    requireSupportedExcel();
    const port = createOfficeWorkbook();
    await reapplyColors({
      port,
      settings: createWorkbookSettings(port, createLegacyDocumentSettings()),
      today: chinaClock,
    });
  },
  // 生成本月通报: last month's bulletin as a new sheet, with the 规则设置 sheet's ledger, columns and rules; shown at A1.
  monthlyBulletin: async () => {
    requireSupportedExcel();
    const port = createOfficeWorkbook();
    await monthlyBulletin({
      port,
      settings: createWorkbookSettings(port, createLegacyDocumentSettings()),
      today: chinaClock,
      activate: (sheet) => createHostUi().selectCell(sheet, 'A1'),
    });
  },
};

/**
 * An ExecuteFunction command has no UI of its own: a failure opens the task pane (same runtime,
 * same window) and shows there, in the pane's message bar.
 */
function reportCommandError(actionId: string, error: unknown): void {
  postPaneError(window, `${COMMAND_LABELS[actionId] ?? actionId}失败：${errorReason(error)}`);
  void Office.addin.showAsTaskpane();
}

// At the top level of the module, not in Office.onReady: a button clicked before onReady's
// callback ran would find no handler and the click would be lost
// (https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands,
// https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime;
// office-js issues #5176, #3378).
associateCommands(Office.actions, ribbonCommands, reportCommandError);
