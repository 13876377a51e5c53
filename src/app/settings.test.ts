import { XIANGYIN_2020 } from '../core/rules';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY } from './settings';

describe('parseSettings', () => {
  it('gives the defaults, silently, when the workbook has none', () => {
    expect(parseSettings(undefined)).toEqual({ settings: { ledgerSheet: null, columns: {}, rules: XIANGYIN_2020 }, problems: [] });
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('reads sheet, columns and rules, the rules merged into the preset', () => {
    const stored = JSON.stringify({
      version: 1,
      ledgerSheet: '2020年台账',
      columns: { title: 3, units: 5, deadline: 0 },
      rules: { escalation: { yellowAfterDays: 7 } },
    });
    const { settings, problems } = parseSettings(stored);
    expect(problems).toEqual([]);
    expect(settings.ledgerSheet).toBe('2020年台账');
    expect(settings.columns).toEqual({ title: 3, units: 5, deadline: 0 });
    expect(settings.rules.escalation.yellowAfterDays).toBe(7);
    expect(settings.rules.escalation.redAfterYellowDays).toBe(10); // the preset's, not overridden
  });

  it('takes settings stored as an object as well as JSON text', () => {
    expect(parseSettings({ version: 1, ledgerSheet: '台账' }).settings.ledgerSheet).toBe('台账');
  });

  it('falls back to the defaults on corrupt JSON, saying so', () => {
    expect(parseSettings('{"version":1,')).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [{ severity: 'warning', code: 'settings.corrupt', setting: SETTINGS_KEY, message: '工作簿中保存的设置已损坏（不是有效的 JSON），已改用默认设置' }],
    });
    expect(parseSettings('[1,2]').problems.map((p) => p.code)).toEqual(['settings.corrupt']);
  });

  it('falls back to the defaults on another version', () => {
    const { settings, problems } = parseSettings(JSON.stringify({ version: 2, ledgerSheet: '台账' }));
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([
      { severity: 'warning', code: 'settings.version', setting: 'version', message: '工作簿中保存的设置版本为 2，本程序只认版本 1，已改用默认设置' },
    ]);
  });

  it('drops an invalid field alone, naming it', () => {
    const stored = JSON.stringify({
      version: 1,
      ledgerSheet: '台账/2020',
      columns: { title: 3, units: -1, 负责人: 4 },
      theme: 'dark',
    });
    const { settings, problems } = parseSettings(stored);
    expect(settings).toEqual({ ledgerSheet: null, columns: { title: 3 }, rules: XIANGYIN_2020 });
    expect(problems.map((p) => [p.code, p.setting])).toEqual([
      ['settings.unknown', 'theme'],
      ['settings.invalid', 'ledgerSheet'],
      ['settings.invalid', 'columns.units'],
      ['settings.invalid', 'columns.负责人'],
    ]);
    expect(problems[2].message).toBe('设置 columns.units（责任单位）的列号必须是 0 到 16384 之间的整数（当前：-1），已忽略');
  });

  it('loads settings saved with the retired sheetNames field, ignoring it without a word', () => {
    for (const sheetNames of [{ register: '单位名册2020' }, { noticeLog: '督办单登记', bonus: '奖金' }, '不是一组名称']) {
      const stored = JSON.stringify({ version: 1, ledgerSheet: '2020年台账', columns: { title: 3 }, sheetNames });
      expect(parseSettings(stored)).toEqual({ settings: { ledgerSheet: '2020年台账', columns: { title: 3 }, rules: XIANGYIN_2020 }, problems: [] });
    }
  });

  it('uses the preset rules when the stored rules are invalid, naming the rule', () => {
    const { settings, problems } = parseSettings(JSON.stringify({ version: 1, ledgerSheet: '台账', rules: { escalation: { yellowAfterDays: -5 } } }));
    expect(settings).toEqual({ ledgerSheet: '台账', columns: {}, rules: XIANGYIN_2020 });
    expect(problems.map((p) => p.setting)).toEqual(['rules.escalation.yellowAfterDays', 'rules']);
    expect(problems[1]).toEqual({ severity: 'warning', code: 'settings.invalid', setting: 'rules', message: '工作簿中保存的规则设置有误（见上），已改用默认规则（湘阴2020）' });
  });
});
