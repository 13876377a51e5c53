import { yearOf } from '../core/dates/dateOnly';
import type { LoggedNotice } from '../core/escalation/escalate';
import { createUnitDirectory } from '../core/ledger/unitDirectory';
import { scoreUnits, type UnitScore } from '../core/scoring/scoreUnits';
import { buildScoreSheet } from '../sheets/scoreSheet';
import type { LedgerAnalysis } from './analyzeWorkbook';
import type { WorkbookPort } from './ports/workbookPort';

/** Scores for the as-of date's year (or `year`), counted from the notice log `log`. */
export function computeUnitScores(analysis: LedgerAnalysis, log: readonly LoggedNotice[], year = yearOf(analysis.asOf)): UnitScore[] {
  return scoreUnits({
    year,
    asOf: analysis.asOf,
    log,
    escalations: analysis.escalations,
    register: analysis.register,
    rules: analysis.rules,
    units: analysis.register.length > 0 ? createUnitDirectory(analysis.register) : undefined,
  });
}

/** 单位得分 <year>: computes the scores and adds their sheet; returns the sheet's actual name. */
export async function writeUnitScores(port: WorkbookPort, analysis: LedgerAnalysis, log: readonly LoggedNotice[], year = yearOf(analysis.asOf)): Promise<{ sheet: string; scores: UnitScore[] }> {
  const scores = computeUnitScores(analysis, log, year);
  const sheet = await port.addSheet(buildScoreSheet(scores, year, analysis.asOf, analysis.rules.notices.office));
  return { sheet, scores };
}
