import { listUnitItems } from '../core/feedback/unitList';
import type { DateOnly } from '../core/dates/dateOnly';
import type { SheetModel } from '../sheets/sheetModel';
import { buildUnitListSheet } from '../sheets/unitListSheet';
import type { LedgerAnalysis } from './analyzeWorkbook';
import type { WorkbookPort } from './ports/workbookPort';

/** One unit's 督办清单, ready to be written as a file of its own or as a sheet. */
export interface UnitListOut {
  unit: string;
  /** `<单位>-督办清单-<日期>.xlsx`, with what a file name may not hold replaced. */
  fileName: string;
  items: number;
  model: SheetModel;
}

export interface SplitPlan {
  asOf: DateOnly;
  lists: UnitListOut[];
  /** Units of the ledger with nothing open: they get no list. */
  idle: string[];
}

/**
 * A unit name as part of a file name: Windows refuses \ / : * ? " < > | and control characters
 * (and a name ending in a dot or space), so those become '_'.
 *
 * @example
 * unitFileName('县住建局/县人防办') // → '县住建局_县人防办'
 */
export function unitFileName(unit: string): string {
  let name = '';
  for (const ch of unit) name += ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch;
  return name.replace(/[. ]+$/, '_');
}

/**
 * 分发 (issue 21): one 督办清单 per supervised unit with open items as of the analysis's date,
 * each carrying the ledger's fingerprint; the units with nothing open are listed apart.
 *
 * @example
 * const plan = planUnitLists(analysis); // the SPEC example as of 2020-07-01
 * plan.lists.map((l) => l.fileName) // → ['县住建局-督办清单-2020-07-01.xlsx', …]
 */
export function planUnitLists(analysis: LedgerAnalysis): SplitPlan {
  const { asOf, rules } = analysis;
  const { lists, idle } = listUnitItems(analysis.escalations, analysis.log, asOf);
  const options = { office: rules.notices.office, earliestYear: rules.ledger.earliestYear, latestYear: rules.ledger.latestYear, date1904: analysis.sheet.date1904 === true };
  return {
    asOf,
    idle,
    lists: lists.map((list) => ({
      unit: list.unit,
      fileName: `${unitFileName(list.unit)}-督办清单-${asOf}.xlsx`,
      items: list.items.length,
      model: buildUnitListSheet(list, options),
    })),
  };
}

/**
 * The task pane's 生成各单位督办清单: an add-in cannot write files, so each list becomes a sheet of
 * the open workbook, for the clerk to move into a workbook of its own and send (移动或复制 → 新工作簿).
 * Returns the sheets' names, in the plan's order.
 *
 * @example
 * await addUnitListSheets(port, planUnitLists(analysis)) // → ['县住建局-督办清单', …]
 */
export async function addUnitListSheets(port: WorkbookPort, plan: SplitPlan): Promise<string[]> {
  const names: string[] = [];
  for (const list of plan.lists) names.push(await port.addSheet(list.model));
  return names;
}
