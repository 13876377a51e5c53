import { bulletinAsOf, buildBulletin, nextIssueNumber, type BulletinData, type BulletinLogEntry, type Period } from '../core/bulletin';
import type { DateOnly } from '../core/dates/dateOnly';
import type { Problem } from '../core/problems';
import { buildBulletinSheet } from '../sheets/bulletinSheet';
import { analyzeWorkbook, type AnalyzeOptions, type LedgerAnalysis, type LedgerFailure } from './analyzeWorkbook';
import type { WorkbookPort } from './ports/workbookPort';

export interface WriteBulletinOptions {
  /** The notice log to count from; default the one read with the analysis. */
  log?: readonly BulletinLogEntry[];
  /** Issue numbers restart each year (default true); see nextIssueNumber. */
  perYear?: boolean;
}

/**
 * Adds the bulletin of `period` as a new sheet (never replacing one) and returns its actual name
 * and the data. The issue number continues from the bulletin sheets already in the workbook,
 * read from their names (one listSheets round trip, no sheet read).
 */
export async function writeBulletin(port: WorkbookPort, analysis: LedgerAnalysis, period: Period, options: WriteBulletinOptions = {}): Promise<{ sheet: string; data: BulletinData }> {
  const names = (await port.listSheets()).map((s) => s.name);
  const issue = nextIssueNumber(names, period, { perYear: options.perYear });
  const data = buildBulletin(analysis, options.log ?? analysis.log, period, { issue });
  const sheet = await port.addSheet(buildBulletinSheet(data));
  return { sheet, data };
}

export type GenerateBulletinResult =
  | { ok: true; sheet: string; data: BulletinData; analysis: LedgerAnalysis }
  | { ok: false; message: string; problems: Problem[]; failure: LedgerFailure };

/**
 * The one-click path (ribbon 生成本月通报, task pane, CLI): analyse the workbook as of the period
 * end — or today, when the period is not over — and add the bulletin sheet.
 */
export async function generateBulletin(
  port: WorkbookPort,
  period: Period,
  today: DateOnly,
  options: Omit<AnalyzeOptions, 'asOf'> & WriteBulletinOptions,
): Promise<GenerateBulletinResult> {
  const { log, perYear, ...analyze } = options;
  const result = await analyzeWorkbook(port, { ...analyze, asOf: bulletinAsOf(period, today) });
  if (!result.ok) return result;
  const written = await writeBulletin(port, result.analysis, period, { log, perYear });
  return { ok: true, ...written, analysis: result.analysis };
}
