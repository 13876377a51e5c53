import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { settingsView } from './settingsView';

describe('settingsView', () => {
  const view = settingsView({ ledgerSheet: '督办台账', columns: { deadline: '完成时限' }, rules: { ...XIANGYIN_2020, escalation: { ...XIANGYIN_2020.escalation, yellowAfterDays: 3 } } });

  it('groups the settings as SPEC does, in the sheet’s order', () => {
    expect(view.map((g) => `${g.title}（${g.clause}）`)).toEqual([
      '规则（SPEC 总则）',
      '台账与列（SPEC §1）',
      '办理时限（SPEC §2，附件第三条）',
      '三色升级（SPEC §3，附件第四至六条）',
      '督办单（SPEC §4，附件第四至八条）',
      '单位得分（SPEC §5，附件第九、十条）',
      '阶梯奖金（SPEC §7，方案第22条）',
      '合理性检查（SPEC §9）',
    ]);
  });

  it('shows each value in force beside its default, as the sheet writes them', () => {
    const all = view.flatMap((g) => g.settings);
    const at = (path: string) => all.find((s) => s.path === path);
    expect(at('escalation.yellowAfterDays')).toMatchObject({ label: '黄色督办单：时限后天数', value: '3', defaultValue: '5', numeric: true });
    expect(at('escalation.dayKind')).toMatchObject({ value: '日历日', choices: ['日历日', '工作日'], numeric: false });
    expect(at('deadlines.rollDeadlineToWorkingDay')).toMatchObject({ value: '是', choices: ['是', '否'] });
    expect(at('ledgerSheet')).toMatchObject({ value: '督办台账', defaultValue: '自动识别' });
    expect(at('columns.deadline')).toMatchObject({ label: '列·办理时限', value: '完成时限' });
    expect(at('columns.title')?.value).toBe('');
    expect(at('deadlines.defaultWorkingDaysBySource.县长批示')?.value).toBe('7');
  });
});
