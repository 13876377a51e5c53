import type { AnalyzeOptions } from '../../app/analyzeWorkbook';
import type { WorkbookPort } from '../../app/ports/workbookPort';
import { readSettingsSheet } from '../../app/workbookSettings';
import type { RuleSet } from '../../core/rules/ruleSet';
import { XIANGYIN_2020 } from '../../core/rules/ruleSet';
import type { MapOptions } from './mapOption';

/**
 * What a command analyses: the workbook's 规则设置 sheet, under the options. `--rules` replaces the
 * sheet's rules (and its problems about them); `--sheet` and `--map` win over the sheet's ledger
 * and columns, whose mapping applies only to the ledger it names (or, naming none, to any).
 *
 * @example
 * await settingsInForce(workbook, { fileRules: undefined, sheet: undefined }, readMapOptions(undefined))
 * // { rules: <the sheet's, else 湘阴2020>, sheet: <its 台账工作表>, columns: {}, savedColumns: { deadline: '完成时限' }, settingsProblems: [] }
 */
export async function settingsInForce(
  port: WorkbookPort,
  options: { fileRules: RuleSet | undefined; sheet: string | undefined },
  map: MapOptions,
): Promise<Omit<AnalyzeOptions, 'asOf'>> {
  const read = await readSettingsSheet(port);
  const ledgerSheet = options.sheet ?? read?.ledgerSheet ?? undefined;
  const mappingApplies = read !== null && (read.ledgerSheet === null || read.ledgerSheet === ledgerSheet);
  const problems = (read?.problems ?? []).filter((p) => options.fileRules === undefined || /^(columns\.|ledgerSheet$)/.test(p.setting ?? ''));
  return {
    rules: options.fileRules ?? read?.rules ?? XIANGYIN_2020,
    sheet: ledgerSheet,
    columns: map.choices,
    savedColumns: mappingApplies ? read.columns : undefined,
    settingsProblems: problems,
  };
}
