/**
 * Ribbon commands (ExecuteFunction buttons). Loaded by taskpane.html, the shared runtime's
 * page, which the manifest also names as the FunctionFile.
 */
import { postPaneError } from '../taskpane/paneErrors';
import { associateCommands, type CommandHandler } from './associateCommands';

/**
 * Handlers by the <FunctionName> of their manifest button. The ribbon has only the
 * 打开督办台账助手 button so far, a ShowTaskpane action that needs no handler.
 */
const ribbonCommands: Record<string, CommandHandler> = {};

/** A failed command opens the task pane and shows why there. */
function reportCommandError(actionId: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  postPaneError(window, `命令 ${actionId} 执行失败：${reason}`);
  void Office.addin.showAsTaskpane();
}

Office.onReady(() => associateCommands(Office.actions, ribbonCommands, reportCommandError));
