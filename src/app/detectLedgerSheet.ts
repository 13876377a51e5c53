import { detectLedger, type ColumnMapping } from '../core/ledger/detectLedger';
import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import type { Problem } from '../core/problems';
import type { RuleSet } from '../core/rules/ruleSet';
import { ownStatusColumn } from '../sheets/ledgerDecoration';
import type { WorkbookPort } from './ports/workbookPort';

/** The ledger found on one sheet, as detected (before the user's corrections). */
export interface LedgerDetection {
  sheet: string;
  /** null: no header row found on the sheet. */
  mapping: ColumnMapping | null;
  problems: Problem[];
  /** Column of the add-in's 督办状态 when the sheet already has one (colors applied before). */
  statusColumn: number | null;
}

/**
 * The ledger header of one sheet as read, with the add-in's own 督办状态 column when an earlier
 * 应用三色 left one. The one detection of every host: analyzeWorkbook and the task pane both use it.
 *
 * @example
 * detectSheet(snapshotOf督办台账, XIANGYIN_2020)
 * // { sheet: '督办台账', mapping: { headerRows: [2], columns: { title: 2, … } }, problems: [], statusColumn: 9 }
 */
export function detectSheet(snapshot: SheetSnapshot, rules: RuleSet): LedgerDetection {
  const { mapping, problems } = detectLedger(snapshot, rules);
  return { sheet: snapshot.name, mapping, problems, statusColumn: mapping === null ? null : ownStatusColumn(mapping) };
}

/**
 * The first of `sheets` (in the order given: the likely one first) that has a ledger header; when
 * none has, the first sheet's detection (mapping null), and null when `sheets` is empty. One read
 * for the first sheet; only when it is not a ledger, one more read for all the rest.
 *
 * @example
 * await detectLedgerSheet(port, ['说明', '督办台账'], XIANGYIN_2020)
 * // { sheet: '督办台账', mapping: { … }, problems: [], statusColumn: null }
 */
export async function detectLedgerSheet(port: WorkbookPort, sheets: readonly string[], rules: RuleSet): Promise<LedgerDetection | null> {
  if (sheets.length === 0) return null;
  const [first] = await port.readSheets([sheets[0]]);
  const detection = detectSheet(first, rules);
  if (detection.mapping !== null || sheets.length === 1) return detection;
  const rest = (await port.readSheets(sheets.slice(1))).map((s) => detectSheet(s, rules));
  return rest.find((d) => d.mapping !== null) ?? detection;
}
