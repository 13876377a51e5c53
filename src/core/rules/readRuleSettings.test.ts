import type { CellValue } from '../cells';
import type { SheetSnapshot } from '../ledger/sheetSnapshot';
import { readRuleSettings } from './readRuleSettings';
import { XIANGYIN_2020 } from './ruleSet';

/** A 规则设置 sheet from its rows, header first, at A1 unless said otherwise. */
function settingsSheet(rows: CellValue[][], origin = { row: 1, col: 1 }, numberFormats?: (string | null)[][]): SheetSnapshot {
  return { name: '规则设置', origin, values: [['设置项', '值', '说明', '默认值'], ...rows], numberFormats };
}

describe('readRuleSettings', () => {
  it('is the preset, silently, for a sheet with only its header', () => {
    const read = readRuleSettings(settingsSheet([]));
    expect(read.rules).toEqual(XIANGYIN_2020);
    expect(read.problems).toEqual([]);
    expect(read.headerRow).toBe(1);
  });

  it('reads numbers, 是/否, the Chinese choices and word lists', () => {
    const read = readRuleSettings(
      settingsSheet([
        ['黄色督办单：时限后天数', 3],
        ['红色督办单重复间隔', '０'], // full-width digit, as an IME types it
        ['升级天数按', '工作日'],
        ['签发日逢休息日顺延', '否'],
        ['临期预警：到期前工作日数', 5],
        ['办结状态用语', '已办结，销号；完成'],
        ['上浮下调的基数', '全部奖金'],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.rules.escalation).toEqual({ yellowAfterDays: 3, redAfterYellowDays: 10, redRepeatDays: 0, dayKind: 'working', rollIssueToWorkingDay: false, dueSoonWorkingDays: 5 });
    expect(read.rules.ledger.doneStatuses).toEqual(['已办结', '销号', '完成']);
    expect(read.rules.bonus.adjustmentBase).toBe('whole');
  });

  it('keeps the default for a blank value, and records every row’s value cell', () => {
    const read = readRuleSettings(settingsSheet([['黄色督办单：时限后天数', null], ['督办单编号前缀', '湘督']], { row: 3, col: 2 }));
    expect(read.rules.escalation.yellowAfterDays).toBe(5);
    expect(read.rules.notices.numberPrefix).toBe('湘督');
    expect(read.cells['escalation.yellowAfterDays']).toEqual({ row: 4, col: 3 });
    expect(read.cells['notices.numberPrefix']).toEqual({ row: 5, col: 3 });
    expect(read.headerRow).toBe(3);
  });

  it('refuses a value out of range on its cell, keeping that one default and everything else', () => {
    const read = readRuleSettings(settingsSheet([['黄色督办单：时限后天数', 400], ['红色督办单：黄色后天数', 7]]));
    expect(read.rules.escalation.yellowAfterDays).toBe(5);
    expect(read.rules.escalation.redAfterYellowDays).toBe(7);
    expect(read.problems).toEqual([
      {
        severity: 'warning',
        code: 'settings.invalid',
        message: '「黄色督办单：时限后天数」必须是 0 到 365 之间的整数（当前：400），已改用默认值 5',
        sheet: '规则设置',
        cell: 'B2',
        row: 2,
        setting: 'escalation.yellowAfterDays',
      },
    ]);
  });

  it('names what a 是/否 or a choice may be', () => {
    const read = readRuleSettings(settingsSheet([['时限逢休息日顺延', '也许'], ['升级天数按', '自然日']]));
    expect(read.problems.map((p) => [p.cell, p.message])).toEqual([
      ['B2', '「时限逢休息日顺延」应为 是 或 否（当前：“也许”），已改用默认值 是'],
      ['B3', '「升级天数按」应为 日历日 或 工作日（当前：“自然日”），已改用默认值 日历日'],
    ]);
    expect(read.rules.deadlines.rollDeadlineToWorkingDay).toBe(true);
    expect(read.rules.escalation.dayKind).toBe('calendar');
  });

  it('reads text where a number belongs as a bad value, not as zero', () => {
    const read = readRuleSettings(settingsSheet([['红色督办单：黄色后天数', '十天']]));
    expect(read.rules.escalation.redAfterYellowDays).toBe(10);
    expect(read.problems[0].message).toBe('「红色督办单：黄色后天数」必须是 0 到 365 之间的整数（当前：“十天”），已改用默认值 10');
  });

  it('reads a percentage cell formatted as % as the percentage it shows', () => {
    const read = readRuleSettings(settingsSheet([['基础奖比例', 0.55], ['一档上浮', 25]], undefined, [[null, null], [null, '0%'], [null, 'General']]));
    expect(read.rules.bonus.basePercent).toBe(55);
    expect(read.rules.bonus.tier1UpliftPercent).toBe(25);
  });

  it('takes the sources listed as the whole table of default time limits', () => {
    const read = readRuleSettings(settingsSheet([['默认办理时限·县长批示', 5], ['默认办理时限·政府投资房屋建筑类', 70]]));
    expect(read.rules.deadlines.defaultWorkingDaysBySource).toEqual({ 县长批示: 5, 政府投资房屋建筑类: 70 });
  });

  it('leaves out a new source whose days are bad, saying it has no default', () => {
    const read = readRuleSettings(settingsSheet([['默认办理时限·县长批示', 7], ['默认办理时限·会议交办', 0]]));
    expect(read.rules.deadlines.defaultWorkingDaysBySource).toEqual({ 县长批示: 7 });
    expect(read.problems.map((p) => [p.cell, p.message])).toEqual([
      ['B3', '「默认办理时限·会议交办」必须是 1 到 365 之间的整数（当前：0），此项未使用'],
    ]);
  });

  it('reads bonus tiers, a field left out taken from the preset’s tier of that number', () => {
    const read = readRuleSettings(
      settingsSheet([
        ['加分档1·承办事项不少于', 6],
        ['加分档1·全年未收到', '黄'],
        ['加分档1·加分', 8],
        ['加分档2·承办事项不少于', 6],
        ['加分档2·全年未收到', '红'],
        ['加分档2·加分', 4],
        ['加分档2·优岗比例', 1],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.rules.scoring.bonuses).toEqual([
      { minItems: 6, noColor: 'yellow', points: 8, excellenceQuotaPercent: 0 },
      { minItems: 6, noColor: 'red', points: 4, excellenceQuotaPercent: 1 },
    ]);
  });

  it('leaves out a fifth tier missing a field, as the preset has no fifth', () => {
    const read = readRuleSettings(settingsSheet([['加分档5·承办事项不少于', 50], ['加分档5·加分', 30]]));
    expect(read.rules.scoring.bonuses).toEqual([]);
    expect(read.problems.map((p) => [p.cell, p.message])).toEqual([['B2', '加分档5缺少 全年未收到、优岗比例，预设中也没有这一档，此档未使用']]);
  });

  it('replaces a refused tier field by the preset tier’s', () => {
    const read = readRuleSettings(settingsSheet([['加分档1·加分', 200]]));
    expect(read.rules.scoring.bonuses).toEqual([{ minItems: 5, noColor: 'yellow', points: 10, excellenceQuotaPercent: 0 }]);
    expect(read.problems.map((p) => p.message)).toEqual(['「加分档1·加分」必须是 0 到 100 之间的数（当前：200），已改用默认值 10']);
  });

  it('drops the written one of two rules that contradict each other', () => {
    const read = readRuleSettings(settingsSheet([['日期最早年份', 2100]]));
    expect(read.rules.ledger.earliestYear).toBe(2000);
    expect(read.rules.ledger.latestYear).toBe(2099);
    expect(read.problems.map((p) => [p.cell, p.message])).toEqual([
      ['B2', '「日期最晚年份」不能小于「日期最早年份」（当前：2099 < 2100），已改用默认值 2000'],
    ]);
  });

  it('reads the ledger sheet and the column mapping as written', () => {
    const read = readRuleSettings(settingsSheet([['台账工作表', '2027年台账'], ['列·办理时限', '完成时限'], ['列·事项来源', '无'], ['列·督办编号', null]]));
    expect(read.ledgerSheet).toBe('2027年台账');
    expect(read.columns).toEqual({ deadline: '完成时限', source: '无' });
    expect(read.rules).toEqual(XIANGYIN_2020);
  });

  it('warns about an unknown or repeated label and skips group headings', () => {
    const read = readRuleSettings(settingsSheet([['一、三色升级', null], ['黄牌天数', 3], ['督办单编号前缀', '湘督'], ['督办单编号前缀', '督']]));
    expect(read.rules.notices.numberPrefix).toBe('湘督');
    expect(read.problems.map((p) => [p.cell, p.message])).toEqual([
      ['A3', '设置项「黄牌天数」不认识，已忽略'],
      ['B5', '设置项「督办单编号前缀」重复，只用第 4 行的'],
    ]);
  });

  it('uses the preset, saying so, for a sheet without the header', () => {
    const read = readRuleSettings({ name: '规则设置', origin: { row: 1, col: 1 }, values: [['黄色督办单：时限后天数', 3]] });
    expect(read.rules).toEqual(XIANGYIN_2020);
    expect(read.headerRow).toBeNull();
    expect(read.problems.map((p) => p.message)).toEqual(['工作表「规则设置」没有“设置项 | 值”表头，其中的设置都未使用，规则按预设“湘阴2020”']);
  });
});

describe('readRuleSettings, labels as typed', () => {
  it('reads labels with half-width colons, full-width digits, other middle dots and spaces', () => {
    const read = readRuleSettings(settingsSheet([['黄色督办单: 时限后天数', 4], ['加分档１・加分', 9], [' 默认办理时限 · 县长批示', 6]]));
    expect(read.problems).toEqual([]);
    expect(read.rules.escalation.yellowAfterDays).toBe(4);
    expect(read.rules.scoring.bonuses[0].points).toBe(9);
    expect(read.rules.deadlines.defaultWorkingDaysBySource).toEqual({ 县长批示: 6 });
  });
});
