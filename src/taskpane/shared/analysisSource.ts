import type { AnalyzeOptions } from '../../app/analyzeWorkbook';

/**
 * What the pane's other panels (督办单, 得分与奖金, 通报) analyse: the ledger panel's current sheet,
 * column corrections, as-of date and rules, so every panel works on the ledger the user mapped.
 * Not ok while the ledger panel has no usable ledger; the message says what to fix, naming the setting.
 */
export type AnalysisInputs = { ok: true; options: AnalyzeOptions } | { ok: false; message: string };

/**
 * Read at the moment a panel acts, so it always sees the mapping as the user left it. Never read
 * during render: a panel shows the inputs it is given as a prop (subscribed in the pane).
 */
export type AnalysisSource = () => AnalysisInputs;
