import { XIANGYIN_2020 } from '../core/rules';
import type { SettingsPort } from './ports/settingsPort';
import { savedAnalysisOptions } from './savedAnalysisOptions';
import { parseSettings } from './settings';

/** Settings as a workbook would hold them, read the way the document-settings adapter reads them. */
function savedSettings(saved: object | undefined): SettingsPort {
  return {
    load: async () => ({ ...parseSettings(saved === undefined ? undefined : JSON.stringify({ version: 1, ...saved })), source: 'legacy' }),
    save: async () => undefined,
  };
}

describe('savedAnalysisOptions', () => {
  it('detects the ledger with the preset rules when nothing is saved', async () => {
    expect(await savedAnalysisOptions(savedSettings(undefined), '请重试')).toEqual({ rules: XIANGYIN_2020, sheet: undefined, savedColumns: {}, settingsProblems: [] });
  });

  it('uses the saved sheet with its column corrections', async () => {
    const options = await savedAnalysisOptions(savedSettings({ ledgerSheet: '2020年台账', columns: { title: 3 } }), '请重试');
    expect(options.sheet).toBe('2020年台账');
    expect(options.savedColumns).toEqual({ title: 3 });
  });

  it('passes on what reading the settings found, for the analysis to report', async () => {
    const options = await savedAnalysisOptions(savedSettings({ theme: 'dark' }), '请重试');
    expect(options.settingsProblems?.map((p) => p.message)).toEqual(['未知设置 theme，已忽略']);
  });

  it('refuses saved rules in error, with the advice and the setting, rather than run with others', async () => {
    const saved = savedSettings({ rules: { escalation: { yellowAfterDays: -1 } } });
    await expect(savedAnalysisOptions(saved, '请在任务窗格中重新应用三色')).rejects.toThrow(
      '保存的设置有误，请在任务窗格中重新应用三色：设置 escalation.yellowAfterDays 必须是 0 到 365 之间的整数（当前：-1）',
    );
  });
});
