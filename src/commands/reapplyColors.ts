import { analyzeWorkbook } from '../app/analyzeWorkbook';
import { applyLedgerColors } from '../app/applyLedgerColors';
import type { WorkbookPort } from '../app/ports/workbookPort';
import type { Clock } from '../app/ports/clock';
import type { SettingsPort } from '../app/ports/settingsPort';
import { savedAnalysisOptions } from '../app/savedAnalysisOptions';

export interface ReapplyDeps {
  port: WorkbookPort;
  settings: SettingsPort;
  /** Today in China: 重新着色 always colors as of today. */
  today: Clock;
}

/**
 * 重新着色 (ribbon): the ledger sheet and column corrections saved by the pane's last 应用三色,
 * analysed as of today and colored again, without opening the pane. With nothing saved the
 * ledger is detected, as the pane does. Returns the sheet and the number of items colored.
 * Failures are thrown with a message naming the setting, sheet or cell.
 */
export async function reapplyColors(deps: ReapplyDeps): Promise<{ sheet: string; items: number }> {
  const options = await savedAnalysisOptions(deps.settings, '请在任务窗格中重新应用三色');
  const result = await analyzeWorkbook(deps.port, { ...options, asOf: deps.today() });
  if (!result.ok) throw new Error(result.message);
  const { analysis } = result;
  // A failed write comes back naming the status column's cell (applyLedgerColors).
  await applyLedgerColors(deps.port, analysis);
  return { sheet: analysis.sheet.name, items: analysis.escalations.length };
}
