import { XIANGYIN_2020 } from '../core/rules';
import { loadSettings, saveSettings, SETTINGS_KEY, type SettingsStore } from './settings';

/** Office document settings in memory: a key → value map and a count of saves. */
function memoryStore(initial?: unknown): SettingsStore & { data: Map<string, unknown>; saves: number } {
  const data = new Map<string, unknown>();
  if (initial !== undefined) data.set(SETTINGS_KEY, initial);
  return {
    data,
    saves: 0,
    get: (key) => (data.has(key) ? data.get(key) : null),
    set: (key, value) => void data.set(key, value),
    async save() {
      this.saves++;
    },
  };
}

describe('loadSettings', () => {
  it('gives the defaults, silently, when the workbook has none', () => {
    expect(loadSettings(memoryStore())).toEqual({ settings: { version: 1 }, rules: XIANGYIN_2020, problems: [] });
  });

  it('reads sheet, columns and rules', () => {
    const stored = JSON.stringify({
      version: 1,
      ledgerSheet: '2020年台账',
      columns: { title: 3, units: 5, deadline: 0 },
      rules: { escalation: { yellowAfterDays: 7 } },
    });
    const { settings, rules, problems } = loadSettings(memoryStore(stored));
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      version: 1,
      ledgerSheet: '2020年台账',
      columns: { title: 3, units: 5, deadline: 0 },
      rules: { escalation: { yellowAfterDays: 7 } },
    });
    expect(rules.escalation.yellowAfterDays).toBe(7);
    expect(rules.escalation.redAfterYellowDays).toBe(10); // the preset's, not overridden
  });

  it('takes settings stored as an object as well as JSON text', () => {
    expect(loadSettings(memoryStore({ version: 1, ledgerSheet: '台账' })).settings).toEqual({ version: 1, ledgerSheet: '台账' });
  });

  it('falls back to the defaults on corrupt JSON, saying so', () => {
    expect(loadSettings(memoryStore('{"version":1,'))).toEqual({
      settings: { version: 1 },
      rules: XIANGYIN_2020,
      problems: [{ severity: 'warning', code: 'settings.corrupt', setting: SETTINGS_KEY, message: '工作簿中保存的设置已损坏（不是有效的 JSON），已改用默认设置' }],
    });
    expect(loadSettings(memoryStore('[1,2]')).problems.map((p) => p.code)).toEqual(['settings.corrupt']);
  });

  it('falls back to the defaults on another version', () => {
    const { settings, problems } = loadSettings(memoryStore(JSON.stringify({ version: 2, ledgerSheet: '台账' })));
    expect(settings).toEqual({ version: 1 });
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
    const { settings, problems } = loadSettings(memoryStore(stored));
    expect(settings).toEqual({ version: 1, columns: { title: 3 } });
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
      expect(loadSettings(memoryStore(stored))).toEqual({
        settings: { version: 1, ledgerSheet: '2020年台账', columns: { title: 3 } },
        rules: XIANGYIN_2020,
        problems: [],
      });
    }
  });

  it('uses the preset rules when the stored rules are invalid, naming the rule', () => {
    const { settings, rules, problems } = loadSettings(memoryStore(JSON.stringify({ version: 1, ledgerSheet: '台账', rules: { escalation: { yellowAfterDays: -5 } } })));
    expect(settings).toEqual({ version: 1, ledgerSheet: '台账' });
    expect(rules).toEqual(XIANGYIN_2020);
    expect(problems.map((p) => p.setting)).toEqual(['rules.escalation.yellowAfterDays', 'rules']);
    expect(problems[1]).toEqual({ severity: 'warning', code: 'settings.invalid', setting: 'rules', message: '工作簿中保存的规则设置有误（见上），已改用默认规则（湘阴2020）' });
  });
});

describe('saveSettings', () => {
  it('stores JSON under one key and saves the document settings; loadSettings reads it back', async () => {
    const store = memoryStore();
    const result = await saveSettings(store, { version: 1, ledgerSheet: '台账', columns: { assigned: 4 } });
    expect(result).toEqual({ saved: true, problems: [] });
    expect(store.data.get(SETTINGS_KEY)).toBe('{"version":1,"ledgerSheet":"台账","columns":{"assigned":4}}');
    expect(store.saves).toBe(1);
    expect(loadSettings(store).settings).toEqual({ version: 1, ledgerSheet: '台账', columns: { assigned: 4 } });
  });

  it('does not save settings that would be read back in part, and keeps what was stored', async () => {
    const store = memoryStore('{"version":1,"ledgerSheet":"台账"}');
    const result = await saveSettings(store, { version: 1, ledgerSheet: '台账', rules: { escalation: { dayKind: 'lunar' } } });
    expect(result.saved).toBe(false);
    expect(result.problems.map((p) => p.setting)).toEqual(['rules.escalation.dayKind', 'rules']);
    expect(store.data.get(SETTINGS_KEY)).toBe('{"version":1,"ledgerSheet":"台账"}');
    expect(store.saves).toBe(0);
  });

  it('stores only the known fields', async () => {
    const store = memoryStore();
    await saveSettings(store, { version: 1, ledgerSheet: '台账', extra: '张三' } as never);
    expect(store.data.get(SETTINGS_KEY)).toBe('{"version":1,"ledgerSheet":"台账"}');
  });
});
