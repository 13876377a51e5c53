import { ALL_CONCEPTS } from '../ledger/concepts';
import { XIANGYIN_2020 } from './ruleSet';
import { defaultSettingValue, formatSettingValue, normalizeLabel, settingRowByLabel, settingRowsFor, settingValue, valueAt } from './ruleSettings';

/** Every leaf path of an object: a record's or list's entries are leaves of their own. */
function leafPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [path];
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, path === '' ? k : `${path}.${k}`));
}

describe('settingRowsFor', () => {
  const rows = settingRowsFor(XIANGYIN_2020);

  it('has a row for every field of the rule set, sources and tiers included', () => {
    const paths = new Set(rows.map((r) => r.path));
    expect(leafPaths(XIANGYIN_2020).filter((p) => !paths.has(p))).toEqual([]);
  });

  it('has a row per concept of the mapping, after the ledger sheet', () => {
    const at = rows.findIndex((r) => r.path === 'ledgerSheet');
    expect(rows.slice(at + 1, at + 1 + ALL_CONCEPTS.length).map((r) => r.path)).toEqual(ALL_CONCEPTS.map((c) => `columns.${c}`));
    expect(rows.find((r) => r.path === 'columns.title')?.label).toBe('列·督办事项');
  });

  it('gives every row a distinct label that reads back to it', () => {
    expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length);
    for (const r of rows) expect(settingRowByLabel(r.label)?.path).toBe(r.path);
  });

  it('writes one row per source and four per bonus tier', () => {
    const rules = { ...XIANGYIN_2020, deadlines: { ...XIANGYIN_2020.deadlines, defaultWorkingDaysBySource: { 县长批示: 7, 社会投资: 54 } } };
    const labels = settingRowsFor(rules).map((r) => r.label);
    expect(labels.filter((l) => l.startsWith('默认办理时限·'))).toEqual(['默认办理时限·县长批示', '默认办理时限·社会投资']);
    expect(labels.filter((l) => l.startsWith('加分档1·'))).toEqual(['加分档1·承办事项不少于', '加分档1·全年未收到', '加分档1·加分', '加分档1·优岗比例']);
  });
});

describe('settingRowByLabel', () => {
  it('knows the repeating rows by their prefix', () => {
    expect(settingRowByLabel('默认办理时限·社会投资')?.path).toBe('deadlines.defaultWorkingDaysBySource.社会投资');
    expect(settingRowByLabel('加分档12·全年未收到')?.path).toBe('scoring.bonuses.11.noColor');
    expect(settingRowByLabel('列·延期至')?.path).toBe('columns.extendedTo');
  });

  it('knows nothing else', () => {
    expect(settingRowByLabel('默认办理时限·')).toBeNull();
    expect(settingRowByLabel('加分档0·加分')).toBeNull();
    expect(settingRowByLabel('加分档1·扣分')).toBeNull();
    expect(settingRowByLabel('列·负责人')).toBeNull();
  });
});

describe('normalizeLabel', () => {
  it('folds what an input method types differently', () => {
    expect(normalizeLabel(' 加分档１・加分 ')).toBe('加分档1·加分');
    expect(normalizeLabel('黄色督办单：时限后天数')).toBe('黄色督办单:时限后天数');
  });
});

describe('formatSettingValue', () => {
  it('writes the sheet’s words for the rule set’s values', () => {
    expect(formatSettingValue({ kind: 'bool' }, false)).toBe('否');
    expect(formatSettingValue({ kind: 'choice', choices: [['日历日', 'calendar'], ['工作日', 'working']] }, 'working')).toBe('工作日');
    expect(formatSettingValue({ kind: 'words' }, ['长期', '持续推进'])).toBe('长期、持续推进');
    expect(formatSettingValue({ kind: 'optionalText' }, null)).toBeNull();
    expect(formatSettingValue({ kind: 'percent' }, -20)).toBe(-20);
  });
});

describe('valueAt', () => {
  it('follows a dotted path, lists included', () => {
    expect(valueAt(XIANGYIN_2020, 'scoring.bonuses.2.excellenceQuotaPercent')).toBe(3);
    expect(valueAt(XIANGYIN_2020, 'notices.signatory.red')).toBe('县长');
    expect(valueAt(XIANGYIN_2020, 'escalation.nothing.here')).toBeUndefined();
  });
});

describe('settingValue and defaultSettingValue', () => {
  it('give a row’s value in force and its default as the sheet writes them', () => {
    const settings = { rules: XIANGYIN_2020, ledgerSheet: '督办台账', columns: { deadline: '完成时限' } };
    const row = (path: string) => settingRowsFor(XIANGYIN_2020).find((r) => r.path === path)!;
    expect(settingValue(row('ledgerSheet'), settings)).toBe('督办台账');
    expect(settingValue(row('columns.deadline'), settings)).toBe('完成时限');
    expect(settingValue(row('columns.title'), settings)).toBeNull();
    expect(settingValue(row('escalation.dayKind'), settings)).toBe('日历日');
    expect(defaultSettingValue(row('columns.deadline'))).toBe('自动识别');
    expect(defaultSettingValue(row('deadlines.ledgerDefaultSource'))).toBeNull();
    expect(defaultSettingValue(row('scoring.points.red'))).toBe(-5);
  });
});
