import type { RuleSet } from '../core/rules/ruleSet';
import { buildLedgerDecoration, statusHeaderAddress, type LedgerDecoration } from '../sheets/ledgerDecoration';
import type { AnalysisFingerprint } from './analysisFingerprint';
import type { LedgerAnalysis } from './analyzeWorkbook';
import { detectSheet, type LedgerDetection } from './detectLedgerSheet';
import { errorReason } from './errorReason';
import type { WorkbookPort } from './ports/workbookPort';

/** 应用三色 after a preview: written, or refused because the ledger changed since the preview. */
export type ApplyColorsResult = { stale: false; decoration: LedgerDecoration; statusCell: string } | { stale: true };

/**
 * 应用三色: writes the status column and the color rules for an analysed ledger. A failed write
 * is rethrown naming the status column's header cell (the task pane and the ribbon show it as is).
 *
 * With `expect` (the fingerprint of the analysis the user previewed), nothing is written when the
 * ledger sheet as `analysis` read it differs from the previewed one: the answer is `{ stale: true }`,
 * so rows edited since the preview are never colored unseen. Otherwise `statusCell` is the status
 * column's header cell (A1, e.g. 'I2').
 *
 * @example
 * const decoration = await applyLedgerColors(port, analysis); // { sheet: '督办台账', column: 9, headerRows: [2], … }
 * await applyLedgerColors(port, fresh, { expect: previewed.fingerprint() }); // { stale: true } after an edit
 */
export async function applyLedgerColors(port: WorkbookPort, analysis: LedgerAnalysis): Promise<LedgerDecoration>;
export async function applyLedgerColors(port: WorkbookPort, analysis: LedgerAnalysis, options: { expect: AnalysisFingerprint }): Promise<ApplyColorsResult>;
export async function applyLedgerColors(
  port: WorkbookPort,
  analysis: LedgerAnalysis,
  options?: { expect: AnalysisFingerprint },
): Promise<LedgerDecoration | ApplyColorsResult> {
  // Only the ledger counts: the colors are written on its rows as they are now.
  if (options !== undefined && analysis.fingerprint().ledger !== options.expect.ledger) return { stale: true };
  const decoration = buildLedgerDecoration(analysis.sheet, analysis.mapping, analysis.escalations);
  try {
    await port.writeLedgerDecoration(decoration);
  } catch (e) {
    throw new Error(`无法写入「${decoration.sheet}」!${statusHeaderAddress(decoration)}的督办状态列：${errorReason(e)}`);
  }
  return options === undefined ? decoration : { stale: false, decoration, statusCell: statusHeaderAddress(decoration) };
}

/**
 * 清除着色: removes the add-in's status column (`column`) and its color rules from `sheet`, then
 * detects the sheet again (its header without the status column). Rejects when Excel refuses
 * either step.
 *
 * @example
 * await clearLedgerColors(port, '督办台账', 9, XIANGYIN_2020)
 * // { sheet: '督办台账', mapping: { headerRows: [2], … }, problems: [], statusColumn: null }
 */
export async function clearLedgerColors(port: WorkbookPort, sheet: string, column: number, rules: RuleSet): Promise<LedgerDetection> {
  await port.clearLedgerDecoration(sheet, column);
  const [snapshot] = await port.readSheets([sheet]);
  return detectSheet(snapshot, rules);
}
