import { buildLedgerDecoration, statusHeaderAddress, type LedgerDecoration } from '../sheets/ledgerDecoration';
import type { LedgerAnalysis } from './analyzeWorkbook';
import { errorReason } from './errorReason';
import type { WorkbookPort } from './ports/workbookPort';

/**
 * 应用三色: writes the status column and the color rules for an analysed ledger. A failed write
 * is rethrown naming the status column's header cell (the task pane and the ribbon show it as is).
 */
export async function applyLedgerColors(port: WorkbookPort, analysis: LedgerAnalysis): Promise<LedgerDecoration> {
  const decoration = buildLedgerDecoration(analysis.sheet, analysis.mapping, analysis.escalations);
  try {
    await port.writeLedgerDecoration(decoration);
  } catch (e) {
    throw new Error(`无法写入「${decoration.sheet}」!${statusHeaderAddress(decoration)}的督办状态列：${errorReason(e)}`);
  }
  return decoration;
}
