import { readSettingsSheet } from '../app/workbookSettings';
import type { WorkbookPort } from '../app/ports/workbookPort';
import type { RuleSet } from '../core/rules/ruleSet';
import { SETTINGS_SHEET } from '../core/rules/ruleSettings';
import type { ExcelRun } from './officeWorkbook';

/**
 * Keeps `onRules` told of the 规则设置 sheet's rules (null: no sheet) for code that cannot wait
 * for a read, the worksheet functions: read once now, then again whenever that sheet changes,
 * is added or is deleted (worksheets.onChanged, ExcelApi 1.9; onAdded and onDeleted, 1.7:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#events). A change to
 * any other sheet costs no read. The watch lasts as long as the runtime (the functions' own).
 *
 * @example
 * await watchSettingsSheet(excelRun, port, (rules) => { current = rules; });
 */
export async function watchSettingsSheet(run: ExcelRun, port: WorkbookPort, onRules: (rules: RuleSet | null) => void): Promise<void> {
  let settingsId: string | null = null;
  const reload = async (): Promise<void> => {
    const [read, id] = await Promise.all([readSettingsSheet(port), sheetId(run)]);
    settingsId = id;
    onRules(read?.rules ?? null);
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

/** The 规则设置 sheet's id, null when there is none. */
function sheetId(run: ExcelRun): Promise<string | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    sheet.load('id');
    await context.sync();
    return sheet.isNullObject ? null : sheet.id;
  });
}
