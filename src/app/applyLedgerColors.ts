import { buildLedgerDecoration, type LedgerDecoration } from '../sheets/ledgerDecoration';
import type { LedgerAnalysis } from './analyzeWorkbook';
import type { WorkbookPort } from './workbookPort';

/** 应用三色: writes the status column and the color rules for an analysed ledger. */
export async function applyLedgerColors(port: WorkbookPort, analysis: LedgerAnalysis): Promise<LedgerDecoration> {
  const decoration = buildLedgerDecoration(analysis.sheet, analysis.mapping, analysis.escalations);
  await port.writeLedgerDecoration(decoration);
  return decoration;
}
