import { XIANGYIN_2020 } from './ruleSet';
import { validateRuleSet } from './validateRuleSet';

function problemsOf(input: unknown) {
  const r = validateRuleSet(input);
  return r.problems;
}

describe('validateRuleSet', () => {
  it('accepts the preset itself unchanged, with no problems', () => {
    const r = validateRuleSet(XIANGYIN_2020);
    expect(r).toEqual({ ok: true, rules: XIANGYIN_2020, problems: [] });
  });

  it('takes undefined, null and {} as the 湘阴2020 preset', () => {
    for (const input of [undefined, null, {}]) {
      const r = validateRuleSet(input);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.rules).toEqual(XIANGYIN_2020);
    }
  });

  it('returns a copy: changing the result leaves the preset alone', () => {
    const r = validateRuleSet({});
    if (!r.ok) throw new Error('expected ok');
    r.rules.ledger.doneStatuses.push('好了');
    r.rules.deadlines.defaultWorkingDaysBySource['会议交办'] = 5;
    expect(XIANGYIN_2020.ledger.doneStatuses).toEqual(['已办结', '办结', '已完成', '完成', '已销号', '销号']);
    expect(XIANGYIN_2020.deadlines.defaultWorkingDaysBySource).toEqual({ 县长批示: 7 });
  });

  it('merges partial input deeply over the preset', () => {
    const r = validateRuleSet({ name: '某县2021', escalation: { yellowAfterDays: 3, dayKind: 'working' }, notices: { signatory: { red: '县长（代）' } } });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.rules.name).toBe('某县2021');
    expect(r.rules.escalation).toEqual({ yellowAfterDays: 3, redAfterYellowDays: 10, redRepeatDays: 10, dayKind: 'working', rollIssueToWorkingDay: true, dueSoonWorkingDays: 3 });
    expect(r.rules.notices.signatory).toEqual({ blue: '县政府督查室', yellow: '常务副县长', red: '县长（代）' });
    expect(r.rules.bonus).toEqual(XIANGYIN_2020.bonus);
  });

  it('replaces arrays and the source table instead of merging them', () => {
    const r = validateRuleSet({
      deadlines: { defaultWorkingDaysBySource: { 会议交办: 10, 政府投资房屋建筑类: 70 } },
      ledger: { doneStatuses: ['已办结'] },
      scoring: { bonuses: [{ minItems: 5, noColor: 'red', points: 8, excellenceQuotaPercent: 0 }] },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.rules.deadlines.defaultWorkingDaysBySource).toEqual({ 会议交办: 10, 政府投资房屋建筑类: 70 });
    expect(r.rules.ledger.doneStatuses).toEqual(['已办结']);
    expect(r.rules.scoring.bonuses).toEqual([{ minItems: 5, noColor: 'red', points: 8, excellenceQuotaPercent: 0 }]);
  });

  it('names an out-of-range integer by its dotted path, in Chinese', () => {
    expect(validateRuleSet({ escalation: { yellowAfterDays: -3 } })).toEqual({
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'rules.invalid',
          setting: 'escalation.yellowAfterDays',
          message: '设置 escalation.yellowAfterDays 必须是 0 到 365 之间的整数（当前：-3）',
        },
      ],
    });
  });

  it('rejects a fractional day count and a numeric string', () => {
    const p = problemsOf({ escalation: { redAfterYellowDays: 2.5, redRepeatDays: '10' } });
    expect(p.map((x) => [x.setting, x.message])).toEqual([
      ['escalation.redAfterYellowDays', '设置 escalation.redAfterYellowDays 必须是 0 到 365 之间的整数（当前：2.5）'],
      ['escalation.redRepeatDays', '设置 escalation.redRepeatDays 必须是 0 到 365 之间的整数（当前：“10”）'],
    ]);
  });

  it('takes 0 to 30 working days for 临期, and the preset’s 3 for rules written before the setting existed', () => {
    for (const days of [0, 30]) {
      const r = validateRuleSet({ escalation: { dueSoonWorkingDays: days } });
      expect(r.ok && r.rules.escalation.dueSoonWorkingDays).toBe(days);
    }
    // Rules saved before 临期 existed list every other escalation field, not this one.
    const old = validateRuleSet({ escalation: { yellowAfterDays: 5, redAfterYellowDays: 10, redRepeatDays: 10, dayKind: 'calendar', rollIssueToWorkingDay: true } });
    expect(old.ok && old.rules.escalation.dueSoonWorkingDays).toBe(3);
    expect(old.problems).toEqual([]);
    expect(problemsOf({ escalation: { dueSoonWorkingDays: 31 } }).map((x) => [x.setting, x.message])).toEqual([
      ['escalation.dueSoonWorkingDays', '设置 escalation.dueSoonWorkingDays 必须是 0 到 30 之间的整数（当前：31）'],
    ]);
    expect(problemsOf({ escalation: { dueSoonWorkingDays: 1.5 } })[0].message).toBe('设置 escalation.dueSoonWorkingDays 必须是 0 到 30 之间的整数（当前：1.5）');
    expect(problemsOf({ escalation: { dueSoonWorkingDays: -1 } })[0].message).toBe('设置 escalation.dueSoonWorkingDays 必须是 0 到 30 之间的整数（当前：-1）');
  });

  it('keeps bonus.tier3CutPercent within [-30, -20]', () => {
    expect(validateRuleSet({ bonus: { tier3CutPercent: -30 } }).ok).toBe(true);
    expect(validateRuleSet({ bonus: { tier3CutPercent: -20 } }).ok).toBe(true);
    expect(validateRuleSet({ bonus: { tier3CutPercent: -25.5 } }).ok).toBe(true);
    expect(problemsOf({ bonus: { tier3CutPercent: -10 } })).toEqual([
      {
        severity: 'error',
        code: 'rules.invalid',
        setting: 'bonus.tier3CutPercent',
        message: '设置 bonus.tier3CutPercent 必须是 -30 到 -20 之间的数（当前：-10）',
      },
    ]);
    expect(problemsOf({ bonus: { tier3CutPercent: 20 } })[0].setting).toBe('bonus.tier3CutPercent');
  });

  it('checks enums, booleans, texts and the nullable default source', () => {
    const p = problemsOf({
      escalation: { dayKind: 'weekdays', rollIssueToWorkingDay: 'yes' },
      notices: { office: '  ' },
      deadlines: { ledgerDefaultSource: 5 },
    });
    expect(p.map((x) => x.message)).toEqual([
      '设置 deadlines.ledgerDefaultSource 必须是非空文字或 null（当前：5）',
      '设置 escalation.dayKind 必须是 calendar 或 working（当前：“weekdays”）',
      '设置 escalation.rollIssueToWorkingDay 必须是 true 或 false（当前：“yes”）',
      '设置 notices.office 必须是非空文字（当前：“  ”）',
    ]);
    expect(p.every((x) => x.severity === 'error')).toBe(true);
  });

  it('reports a bad entry of the source table by its key', () => {
    expect(problemsOf({ deadlines: { defaultWorkingDaysBySource: { 县长批示: 7, 会议交办: 0 } } })).toEqual([
      {
        severity: 'error',
        code: 'rules.invalid',
        setting: 'deadlines.defaultWorkingDaysBySource.会议交办',
        message: '设置 deadlines.defaultWorkingDaysBySource.会议交办 必须是 1 到 365 之间的整数（当前：0）',
      },
    ]);
  });

  it('reports bad list elements by index, including a missing field', () => {
    const p = problemsOf({ scoring: { bonuses: [{ minItems: 5, noColor: 'blue', points: 10, excellenceQuotaPercent: 0 }, { minItems: 20, noColor: 'red', points: 10 }] } });
    expect(p.map((x) => [x.setting, x.message])).toEqual([
      ['scoring.bonuses.0.noColor', '设置 scoring.bonuses.0.noColor 必须是 yellow 或 red（当前：“blue”）'],
      ['scoring.bonuses.1.excellenceQuotaPercent', '设置 scoring.bonuses.1.excellenceQuotaPercent 缺失'],
    ]);
  });

  it('reports a status word list that is not a list of words', () => {
    expect(problemsOf({ ledger: { doneStatuses: '已办结' } })[0].message).toBe('设置 ledger.doneStatuses 必须是文字列表（当前：“已办结”）');
    expect(problemsOf({ ledger: { longTermWords: ['长期', ''] } })[0]).toMatchObject({ setting: 'ledger.longTermWords.1' });
  });

  it('warns about an unknown field, suggests the near name, and still returns the rules', () => {
    const r = validateRuleSet({ escalation: { yellowAfterDay: 3 } });
    expect(r).toEqual({
      ok: true,
      rules: XIANGYIN_2020,
      problems: [
        {
          severity: 'warning',
          code: 'rules.unknown-setting',
          setting: 'escalation.yellowAfterDay',
          message: '未知设置 escalation.yellowAfterDay（已忽略，请检查拼写）：是否应为 escalation.yellowAfterDays？',
        },
      ],
    });
    expect(problemsOf({ colour: 'red' })).toEqual([
      { severity: 'warning', code: 'rules.unknown-setting', setting: 'colour', message: '未知设置 colour（已忽略，请检查拼写）' },
    ]);
  });

  it('rejects a non-object at the root and at a group', () => {
    expect(problemsOf(42)).toEqual([{ severity: 'error', code: 'rules.invalid', message: '规则设置必须是一组设置（对象）（当前：42）' }]);
    expect(problemsOf({ bonus: [1, 2] })).toEqual([
      { severity: 'error', code: 'rules.invalid', setting: 'bonus', message: '设置 bonus 必须是一组设置（对象）（当前：[1,2]）' },
    ]);
  });

  it('checks combinations of fields', () => {
    expect(problemsOf({ ledger: { rejectedStatuses: ['退回', '办结'] } })).toEqual([
      {
        severity: 'error',
        code: 'rules.invalid',
        setting: 'ledger.rejectedStatuses',
        message: '设置 ledger.rejectedStatuses 与 ledger.doneStatuses 不能含相同的词（重复：办结）',
      },
    ]);
    expect(problemsOf({ scoring: { criticismReds: 3, admonitionReds: 2 } })[0]).toMatchObject({
      setting: 'scoring.admonitionReds',
      message: '设置 scoring.admonitionReds 不能小于 scoring.criticismReds（当前：2 < 3）',
    });
    expect(problemsOf({ bonus: { tier1MaxSharePercent: 60, tier3MinSharePercent: 50 } })[0]).toMatchObject({
      setting: 'bonus.tier3MinSharePercent',
    });
  });

  it('keeps the plausible years (SPEC §9) within 1900–9998 and in order', () => {
    const r = validateRuleSet({ ledger: { earliestYear: 1990, latestYear: 2050 } });
    expect(r.ok && [r.rules.ledger.earliestYear, r.rules.ledger.latestYear]).toEqual([1990, 2050]);
    expect(problemsOf({ ledger: { latestYear: 9999 } })[0]).toMatchObject({
      setting: 'ledger.latestYear',
      message: '设置 ledger.latestYear 必须是 1900 到 9998 之间的整数（当前：9999）',
    });
    expect(problemsOf({ ledger: { earliestYear: 2030, latestYear: 2020 } })[0]).toMatchObject({
      setting: 'ledger.latestYear',
      message: '设置 ledger.latestYear 不能小于 ledger.earliestYear（当前：2020 < 2030）',
    });
  });

  it('takes the plausibility limits (SPEC §9) as positive integers: 200 notices a run, one year, 50 units a cell by default', () => {
    expect([XIANGYIN_2020.notices.maxPerRun, XIANGYIN_2020.notices.maxAgeYears, XIANGYIN_2020.ledger.maxUnitsPerCell]).toEqual([200, 1, 50]);
    const r = validateRuleSet({ notices: { maxPerRun: 2000, maxAgeYears: 2 }, ledger: { maxUnitsPerCell: 80 } });
    expect(r.ok && [r.rules.notices.maxPerRun, r.rules.notices.maxAgeYears, r.rules.ledger.maxUnitsPerCell]).toEqual([2000, 2, 80]);
    const p = problemsOf({ notices: { maxPerRun: 0, maxAgeYears: 0.5 }, ledger: { maxUnitsPerCell: '50' } });
    expect(p.map((x) => [x.setting, x.message])).toEqual([
      ['ledger.maxUnitsPerCell', '设置 ledger.maxUnitsPerCell 必须是 1 到 10000 之间的整数（当前：“50”）'],
      ['notices.maxPerRun', '设置 notices.maxPerRun 必须是 1 到 1000000 之间的整数（当前：0）'],
      ['notices.maxAgeYears', '设置 notices.maxAgeYears 必须是 1 到 100 之间的整数（当前：0.5）'],
    ]);
  });

  it('takes the 十大效能之星 shortlist eligibility (SPEC §9) as true or false, true by default', () => {
    expect(XIANGYIN_2020.scoring.shortlistEligibility).toBe(true);
    const r = validateRuleSet({ scoring: { shortlistEligibility: false } });
    expect(r.ok && r.rules.scoring).toEqual({ ...XIANGYIN_2020.scoring, shortlistEligibility: false });
    expect(validateRuleSet({ scoring: { shortlistEligibility: '否' } })).toEqual({
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'rules.invalid',
          setting: 'scoring.shortlistEligibility',
          message: '设置 scoring.shortlistEligibility 必须是 true 或 false（当前：“否”）',
        },
      ],
    });
    expect(problemsOf({ scoring: { shortlistEligibility: 1 } }).map((x) => x.message)).toEqual(['设置 scoring.shortlistEligibility 必须是 true 或 false（当前：1）']);
  });

  it('warns when the ledger-wide default source has no default working days', () => {
    const r = validateRuleSet({ deadlines: { ledgerDefaultSource: '会议交办' } });
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        code: 'rules.default-source-without-days',
        setting: 'deadlines.ledgerDefaultSource',
        message:
          '设置 deadlines.ledgerDefaultSource 为“会议交办”，但 deadlines.defaultWorkingDaysBySource 中没有该来源的默认工作日数：未写时限的事项将无法推算时限',
      },
    ]);
    expect(validateRuleSet({ deadlines: { ledgerDefaultSource: '县长批示' } }).problems).toEqual([]);
  });
});
