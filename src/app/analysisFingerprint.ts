import { createHasher, snapshotFingerprint } from '../core/ledger/snapshotFingerprint';
import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import type { AnalyzeOptions, NoticeLogRead } from './analyzeWorkbook';

/**
 * What an analysis was worked out from, as three hashes: the settings (sheet asked for, column
 * corrections, as-of date, rules), the ledger sheet as read, the notice log as read. A write that
 * follows a preview compares the fingerprint of a fresh analysis with the preview's, so it never
 * acts on inputs the user did not see.
 */
export interface AnalysisFingerprint {
  settings: string;
  ledger: string;
  log: string;
}

/** Which input of an analysis changed since the one previewed. */
export type ChangedInput = keyof AnalysisFingerprint;

/**
 * The fingerprint of an analysis of `sheet` and `noticeLog` made with `options`.
 *
 * @example
 * fingerprintAnalysis({ asOf: '2020-07-01', rules: XIANGYIN_2020 }, ledgerSnapshot, null)
 * // { settings: '1k9f…', ledger: '3x0a…', log: '5qz2…' }
 */
export function fingerprintAnalysis(options: AnalyzeOptions, sheet: SheetSnapshot, noticeLog: NoticeLogRead | null): AnalysisFingerprint {
  // Sorted, so the same corrections given in another order are the same settings.
  const columns = Object.entries(options.columns ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const settings = createHasher()
    .add(options.asOf)
    .add(options.sheet ?? '')
    .add(JSON.stringify(columns))
    .add(JSON.stringify(options.rules))
    .digest();
  // The whole parsed log, not only its entries: planning also uses its numbers and unreadable rows.
  const log = createHasher().add(JSON.stringify(noticeLog)).digest();
  return { settings, ledger: snapshotFingerprint(sheet), log };
}

/**
 * The first of `inputs` whose hash differs between `now` and `expected` (the previewed
 * analysis'), in the order given; null when none does.
 *
 * @example
 * changedInput({ settings: 'a', ledger: 'b', log: 'c' }, { settings: 'a', ledger: 'B', log: 'C' }, ['settings', 'ledger', 'log']) // 'ledger'
 */
export function changedInput(now: AnalysisFingerprint, expected: AnalysisFingerprint, inputs: readonly ChangedInput[]): ChangedInput | null {
  return inputs.find((k) => now[k] !== expected[k]) ?? null;
}
