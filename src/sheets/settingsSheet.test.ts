import { readRuleSettings } from '../core/rules/readRuleSettings';
import { XIANGYIN_2020, type RuleSet } from '../core/rules/ruleSet';
import type { SheetModel } from './sheetModel';
import { buildSettingsSheet } from './settingsSheet';

/** The sheet as a workbook would hand it back. */
const asSnapshot = (model: SheetModel) => ({ name: model.name, origin: { row: 1, col: 1 }, values: model.rows.map((r) => r.map((c) => c.value)) });
const valueOf = (model: SheetModel, label: string) => model.rows.find((r) => r[0].value === label)?.[1].value;

describe('buildSettingsSheet', () => {
  it('writes the preset under the header, and reads back as the preset with nothing to say', () => {
    const model = buildSettingsSheet({ rules: XIANGYIN_2020, ledgerSheet: null, columns: {} });
    expect(model.name).toBe('规则设置');
    expect(model.rows[1].map((c) => c.value)).toEqual(['设置项', '值', '说明', '默认值']);
    expect(model.rows[2][0].value).toBe('一、规则（SPEC 总则）');
    expect(model.rows.find((r) => r[0].value === '黄色督办单：时限后天数')?.map((c) => c.value)).toEqual([
      '黄色督办单：时限后天数',
      5,
      '时限后第几天发黄色督办单（“时限第5天”）（SPEC §3，附件第四至六条）',
      5,
    ]);
    const read = readRuleSettings(asSnapshot(model));
    expect(read.problems).toEqual([]);
    expect(read.rules).toEqual(XIANGYIN_2020);
    expect(read.ledgerSheet).toBeNull();
    expect(read.columns).toEqual({});
  });

  it('round-trips changed rules, sources, tiers, the ledger sheet and the columns', () => {
    const rules: RuleSet = {
      ...XIANGYIN_2020,
      name: '某县2027',
      deadlines: { ...XIANGYIN_2020.deadlines, defaultWorkingDaysBySource: { 县长批示: 5, 社会投资: 54 }, ledgerDefaultSource: '县长批示' },
      escalation: { ...XIANGYIN_2020.escalation, dayKind: 'working', yellowAfterDays: 3 },
      scoring: { ...XIANGYIN_2020.scoring, bonuses: [{ minItems: 3, noColor: 'red', points: 2, excellenceQuotaPercent: 1.5 }] },
    };
    const model = buildSettingsSheet({ rules, ledgerSheet: '2027年台账', columns: { deadline: '完成时限', source: '无' } });
    expect(valueOf(model, '升级天数按')).toBe('工作日');
    expect(valueOf(model, '默认办理时限·社会投资')).toBe(54);
    expect(valueOf(model, '加分档1·全年未收到')).toBe('红');
    const read = readRuleSettings(asSnapshot(model));
    expect(read.problems).toEqual([]);
    expect(read.rules).toEqual(rules);
    expect(read.ledgerSheet).toBe('2027年台账');
    expect(read.columns).toEqual({ deadline: '完成时限', source: '无' });
  });

  it('keeps a value that looks like a formula as that very text (adapters write values, never formulas)', () => {
    const model = buildSettingsSheet({ rules: { ...XIANGYIN_2020, notices: { ...XIANGYIN_2020.notices, office: '=HYPERLINK("x")' } }, ledgerSheet: null, columns: {} });
    expect(valueOf(model, '发文单位')).toBe('=HYPERLINK("x")');
  });
});
