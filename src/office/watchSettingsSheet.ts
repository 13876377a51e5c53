import type { RuleSet } from '../core/rules/ruleSet';
import { readRuleSettings } from '../core/rules/readRuleSettings';
import { SETTINGS_SHEET } from '../core/rules/ruleSettings';
import type { ExcelRun } from './officeWorkbook';

/**
 * Keeps `onRules` told of the 规则设置 sheet's rules (null: no sheet) for code that cannot wait
 * for a read, the worksheet functions: read once now, then again whenever that sheet changes,
 * is added or is deleted (worksheets.onChanged, ExcelApi 1.9; onAdded and onDeleted, 1.7:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#events). A change to
 * any other sheet costs no read. The sheet is read here, not through OfficeWorkbook, so the
 * functions' bundle stays small. The watch lasts as long as the runtime (the functions' own).
 *
 * @example
 * await watchSettingsSheet((batch) => Excel.run(batch), (rules) => { current = rules; });
 */
export async function watchSettingsSheet(run: ExcelRun, onRules: (rules: RuleSet | null) => void): Promise<void> {
  let settingsId: string | null = null;
  const reload = async (): Promise<void> => {
    const read = await readSettings(run);
    settingsId = read.id;
    onRules(read.rules);
  };
  await reload();
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.onChanged.add(async (event) => {
      if (event.worksheetId === settingsId) await reload();
    });
    sheets.onAdded.add(reload);
    sheets.onDeleted.add(async (event) => {
      if (event.worksheetId === settingsId) await reload();
    });
    await context.sync();
  });
}

/** The 规则设置 sheet's id and rules in two syncs; nulls when there is no such sheet. */
function readSettings(run: ExcelRun): Promise<{ id: string | null; rules: RuleSet | null }> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    sheet.load('id');
    await context.sync();
    if (sheet.isNullObject) return { id: null, rules: null };
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('values,numberFormat,rowIndex,columnIndex');
    await context.sync();
    const snapshot = used.isNullObject
      ? { name: SETTINGS_SHEET, values: [], origin: { row: 1, col: 1 } }
      : { name: SETTINGS_SHEET, values: used.values, numberFormats: used.numberFormat, origin: { row: used.rowIndex + 1, col: used.columnIndex + 1 } };
    return { id: sheet.id, rules: readRuleSettings(snapshot).rules };
  });
}
