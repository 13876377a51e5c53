import type { AnalyzeOptions } from './analyzeWorkbook';
import type { SettingsPort } from './ports/settingsPort';

/**
 * What a ribbon command analyses, from the 规则设置 sheet: the rules, the ledger sheet (absent:
 * detected) and its column mapping, with what reading them found. Settings an earlier version
 * saved with an error are refused rather than run with other rules; the message says what to do
 * (`advice`) and names the setting.
 */
export async function savedAnalysisOptions(settings: SettingsPort, advice: string): Promise<Omit<AnalyzeOptions, 'asOf'>> {
  const { settings: saved, problems } = await settings.load();
  const broken = problems.find((p) => p.severity === 'error');
  if (broken) throw new Error(`保存的设置有误，${advice}：${broken.message}`);
  return {
    rules: saved.rules,
    sheet: saved.ledgerSheet ?? undefined,
    savedColumns: saved.columns,
    settingsProblems: problems,
  };
}
