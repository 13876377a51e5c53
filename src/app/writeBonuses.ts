import { yearOf } from '../core/dates/dateOnly';
import { computeBonuses, type BonusResult } from '../core/bonus/computeBonuses';
import { buildBonusSheet } from '../sheets/bonusSheet';
import type { LedgerAnalysis } from './analyzeWorkbook';
import type { WorkbookPort } from './ports/workbookPort';

/**
 * 绩效奖金 <year>: the tiered staff bonus from the staff sheet (人员考核) and the unit register;
 * null when the workbook has no staff sheet. Returns the sheet's actual name and the result.
 */
export async function writeBonuses(port: WorkbookPort, analysis: LedgerAnalysis, year = yearOf(analysis.asOf)): Promise<{ sheet: string; result: BonusResult } | null> {
  if (analysis.staff.length === 0) return null;
  const result = computeBonuses(analysis.staff, analysis.register, analysis.rules);
  const sheet = await port.addSheet(buildBonusSheet(result, year));
  return { sheet, result };
}
