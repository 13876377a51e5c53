import { errorReason } from '../app/errorReason';
import type { WorkbookPort } from '../app/ports/workbookPort';
import { generateBulletin } from '../app/writeBulletin';
import { lastCompleteMonth, type BulletinData } from '../core/bulletin';
import type { Clock } from '../app/ports/clock';
import type { SettingsPort } from '../app/ports/settingsPort';
import { savedAnalysisOptions } from '../app/savedAnalysisOptions';

export interface MonthlyBulletinDeps {
  port: WorkbookPort;
  settings: SettingsPort;
  /** Today in China: the bulletin is the last month over by then. */
  today: Clock;
  /** Brings the new sheet to the front (inside Excel: activate it and select A1). */
  activate: (sheet: string) => Promise<void>;
}

/**
 * 生成本月通报 (ribbon): the bulletin of the last complete month as of today (on 2020-06-03, May
 * 2020), from the ledger sheet, column corrections and rules the pane saved (the ledger is
 * detected when nothing was saved), added as a new sheet — the issue number continuing from the
 * workbook's bulletin sheets — and shown. Returns the new sheet's name and the bulletin's data.
 * Failures are thrown with a message naming the setting, sheet or cell.
 */
export async function monthlyBulletin(deps: MonthlyBulletinDeps): Promise<{ sheet: string; data: BulletinData }> {
  const options = await savedAnalysisOptions(deps.settings, '请在任务窗格中检查后重试');
  const today = deps.today();
  const period = lastCompleteMonth(today);
  let made: Awaited<ReturnType<typeof generateBulletin>>;
  try {
    made = await generateBulletin(deps.port, period, today, options);
  } catch (e) {
    throw new Error(`无法生成${period.label}通报：${errorReason(e)}`);
  }
  if (!made.ok) throw new Error(made.message);
  try {
    await deps.activate(made.sheet);
  } catch (e) {
    // The sheet is there: say so rather than leave the user to think nothing was made.
    throw new Error(`已生成「${made.sheet}」，但未能切换到该表（${errorReason(e)}），请在工作表标签中打开它`);
  }
  return { sheet: made.sheet, data: made.data };
}
