import { analyzeWorkbook } from '../app/analyzeWorkbook';
import { applyLedgerColors } from '../app/applyLedgerColors';
import type { WorkbookPort } from '../app/workbookPort';
import { cellAddress } from '../core/cells';
import type { DateOnly } from '../core/dates/dateOnly';
import { findStatusColumn } from '../sheets/ledgerDecoration';
import type { PanelSettingsPort } from '../taskpane/panelSettings';

export interface ReapplyDeps {
  port: WorkbookPort;
  settings: PanelSettingsPort;
  /** Today in China: 重新着色 always colors as of today. */
  today: () => DateOnly;
}

/** A failure of 重新着色 the user can act on; its message names the setting, sheet or cell. */
export class ReapplyError extends Error {}

/**
 * 重新着色 (ribbon): the ledger sheet and column corrections saved by the pane's last 应用三色,
 * analysed as of today and colored again, without opening the pane. With nothing saved the
 * ledger is detected, as the pane does. Returns the sheet and the number of items colored.
 */
export async function reapplyColors(deps: ReapplyDeps): Promise<{ sheet: string; items: number }> {
  const { settings, problems } = await deps.settings.load();
  const broken = problems.find((p) => p.severity === 'error');
  if (broken) throw new ReapplyError(`保存的设置有误，请在任务窗格中重新应用三色：${broken.message}`);
  const result = await analyzeWorkbook(deps.port, {
    asOf: deps.today(),
    rules: settings.rules,
    sheet: settings.ledgerSheet ?? undefined,
    columns: settings.ledgerSheet === null ? undefined : settings.columns,
  });
  if (!result.ok) throw new ReapplyError(result.message);
  const { analysis } = result;
  const sheet = analysis.sheet.name;
  const address = cellAddress(analysis.mapping.headerRows[0], findStatusColumn(analysis.sheet, analysis.mapping));
  try {
    await applyLedgerColors(deps.port, analysis);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new ReapplyError(`无法写入「${sheet}」!${address}的督办状态列：${reason}`);
  }
  return { sheet, items: analysis.escalations.length };
}
