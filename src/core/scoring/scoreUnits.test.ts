import type { ItemEscalation, LoggedNotice } from '../escalation/escalate';
import type { UnitRecord } from '../register/parseUnitRegister';
import { createUnitDirectory } from '../ledger/unitDirectory';
import { XIANGYIN_2020, type RuleSet } from '../rules/ruleSet';
import { isShortlisted, scoreUnits, SHORTLIST_LENGTH } from './scoreUnits';
import { dateOnly } from '../../../test/support/dateOnly';
import type { DateOnly } from '../dates/dateOnly';

let nextRow = 2;
/** An escalated item with just what scoring reads. */
function item(units: string[], assigned: DateOnly, deadline: DateOnly | null, doneOn: DateOnly | null, id = `I${nextRow}`): ItemEscalation {
  const row = nextRow++;
  return {
    item: { row, id, title: id, source: null, units, coUnits: [], leader: null, assigned, deadline: { kind: 'blank' }, deadlineCell: null, completed: doneOn, status: null, doneByStatus: false, rejected: false, extension: null, remark: null },
    deadline: { deadline, longTerm: deadline === null, original: deadline, extension: null, problems: [] },
    done: doneOn !== null,
    doneOn,
    level: null,
    status: doneOn !== null ? '已办结' : '—',
    notices: [],
    dueSoon: null,
  };
}
const notice = (unit: string, color: LoggedNotice['color'], issueDate: DateOnly, itemId = 'X', voided = false): LoggedNotice => ({ number: null, color, itemId, unit, issueDate, voided });
const unitRow = (name: string, category: string, aliases: string[] = []): UnitRecord => ({ row: 0, name, aliases, category, head: null, phone: null, headcount: null, bonusStandard: null, schemeFiled: null, bonusTiers: null });
const run = (escalations: ItemEscalation[], log: LoggedNotice[], register: UnitRecord[] = [], asOf = dateOnly('2021-01-15')) =>
  scoreUnits({ year: 2020, asOf, log, escalations, register, rules: XIANGYIN_2020, units: createUnitDirectory(register) });
const byUnit = (scores: ReturnType<typeof run>) => Object.fromEntries(scores.map((s) => [s.unit, s]));

describe('scoreUnits (SPEC §5)', () => {
  it('counts notices by issue date within the year: 12-31 counts, 01-01 of the next year does not', () => {
    const s = byUnit(run([item(['县住建局'], dateOnly('2020-11-01'), dateOnly('2020-12-01'), null)], [notice('县住建局', 'blue', dateOnly('2020-12-31')), notice('县住建局', 'yellow', dateOnly('2021-01-01'))]));
    expect(s['县住建局'].notices).toEqual({ blue: 1, yellow: 0, red: 0 });
    expect(s['县住建局'].total).toBe(-1);
  });

  it('never counts voided notices', () => {
    const s = byUnit(run([item(['县住建局'], dateOnly('2020-05-01'), dateOnly('2020-05-11'), null)], [notice('县住建局', 'red', dateOnly('2020-06-01'), 'A', true), notice('县住建局', 'blue', dateOnly('2020-05-11'))]));
    expect(s['县住建局'].notices).toEqual({ blue: 1, yellow: 0, red: 0 });
    expect(s['县住建局'].flags.criticism).toBe(false);
  });

  it('counts only notices up to the as-of date and marks bonuses provisional inside the year', () => {
    const items = [1, 2, 3, 4, 5].map(() => item(['县教育局'], dateOnly('2020-03-01'), dateOnly('2020-04-30'), dateOnly('2020-04-20')));
    const mid = byUnit(run(items, [notice('县教育局', 'yellow', dateOnly('2020-09-01'))], [], dateOnly('2020-07-01')))['县教育局'];
    // 5 items, no yellow or red by 07-01: +10 +5, provisional.
    expect(mid).toMatchObject({ total: 15, provisional: true });
    const end = byUnit(run(items, [notice('县教育局', 'yellow', dateOnly('2020-09-01'))], [], dateOnly('2021-01-02')))['县教育局'];
    // The September yellow costs 2 and the no-yellow bonus: −2 + 5, final.
    expect(end).toMatchObject({ total: 3, provisional: false, items: 5, done: 5, doneOnTime: 5, onTimeRate: 1 });
  });

  it('counts items assigned in the year only, and co-units never', () => {
    const items = [
      item(['县财政局'], dateOnly('2019-12-20'), dateOnly('2020-01-10'), null),
      ...[1, 2, 3, 4].map(() => item(['县财政局'], dateOnly('2020-02-01'), dateOnly('2020-03-01'), dateOnly('2020-02-20'))),
    ];
    items[1].item.coUnits = ['县住建局'];
    const s = byUnit(run(items, []));
    // 4 items in 2020: below the 5-item threshold, no bonus.
    expect(s['县财政局']).toMatchObject({ items: 4, total: 0 });
    expect(s['县住建局']).toBeUndefined();
  });

  it('reports done, on time, on-time rate and open overdue items', () => {
    const s = byUnit(
      run(
        [
          item(['县人社局'], dateOnly('2020-03-01'), dateOnly('2020-04-01'), dateOnly('2020-03-30')),
          item(['县人社局'], dateOnly('2020-03-01'), dateOnly('2020-04-01'), dateOnly('2020-04-08')),
          item(['县人社局'], dateOnly('2020-03-01'), dateOnly('2020-04-01'), null),
          item(['县人社局'], dateOnly('2020-03-01'), dateOnly('2021-06-30'), null),
          item(['县人社局'], dateOnly('2020-03-01'), null, null),
        ],
        [],
        [],
        dateOnly('2020-07-01'),
      ),
    )['县人社局'];
    // Due by 07-01: the three with an April deadline (the 2021 and the 长期 items are not due).
    expect(s).toMatchObject({ items: 5, done: 2, doneOnTime: 1, onTimeRate: 1 / 3, openOverdue: 1 });
  });

  it('flags 2 reds in the year and 2 reds on one item (通报批评), and 3 reds (诫勉谈话)', () => {
    const two = byUnit(run([item(['A局'], dateOnly('2020-01-05'), dateOnly('2020-02-01'), null)], [notice('A局', 'red', dateOnly('2020-03-01'), 'a1'), notice('A局', 'red', dateOnly('2020-05-01'), 'a2')]))['A局'];
    expect(two.flags).toEqual({ criticism: true, admonition: false, reasons: ['年度累计2次红色督办单'] });
    const same = byUnit(run([item(['B局'], dateOnly('2020-01-05'), dateOnly('2020-02-01'), null)], [notice('B局', 'red', dateOnly('2020-03-01'), 'b1'), notice('B局', 'red', dateOnly('2020-03-11'), 'b1')]))['B局'];
    expect(same.flags).toEqual({ criticism: true, admonition: false, reasons: ['年度累计2次红色督办单', '同一事项（b1）2次红色督办单'] });
    const three = byUnit(run([item(['C局'], dateOnly('2020-01-05'), dateOnly('2020-02-01'), null)], ['c1', 'c2', 'c3'].map((id, i) => notice('C局', 'red', dateOnly(`2020-0${i + 3}-01`), id))))['C局'];
    expect(three.flags).toMatchObject({ criticism: true, admonition: true, reasons: ['年度累计3次红色督办单'] });
    const one = byUnit(run([item(['D局'], dateOnly('2020-01-05'), dateOnly('2020-02-01'), null)], [notice('D局', 'red', dateOnly('2020-03-01'))]))['D局'];
    expect(one.flags).toEqual({ criticism: false, admonition: false, reasons: [] });
  });

  it('merges alias units into one row', () => {
    const register = [unitRow('县政府办公室', '县直部门', ['县政府办'])];
    const scores = run([item(['县政府办公室'], dateOnly('2020-01-05'), dateOnly('2020-02-01'), null)], [notice('县政府办', 'blue', dateOnly('2020-02-03')), notice('县政府办公室', 'yellow', dateOnly('2020-02-10'))], register);
    expect(scores.map((s) => [s.unit, s.notices])).toEqual([['县政府办公室', { blue: 1, yellow: 1, red: 0 }]]);
  });

  it('ranks within each category by score, then fewer reds, fewer yellows, higher on-time rate; equals share a rank', () => {
    const register = [unitRow('甲镇', '乡镇/街道'), unitRow('乙镇', '乡镇/街道'), unitRow('丙镇', '乡镇/街道'), unitRow('丁镇', '乡镇/街道'), unitRow('县教育局', '县直部门')];
    const log = [
      // 甲镇: one red = −5. 乙镇: one blue + 2 yellows = −5 with no red. 丙镇 and 丁镇: nothing.
      notice('甲镇', 'red', dateOnly('2020-04-01')),
      notice('乙镇', 'blue', dateOnly('2020-04-01')),
      notice('乙镇', 'yellow', dateOnly('2020-04-06')),
      notice('乙镇', 'yellow', dateOnly('2020-05-06')),
      notice('县教育局', 'blue', dateOnly('2020-04-01')),
    ];
    const s = byUnit(run([], log, register));
    expect(['丙镇', '丁镇', '乙镇', '甲镇'].map((u) => [s[u].total, s[u].categoryRank])).toEqual([
      [0, 1],
      [0, 1],
      [-5, 3],
      [-5, 4],
    ]);
    expect(s['县教育局']).toMatchObject({ total: -1, categoryRank: 1, overallRank: 3, category: '县直部门' });
    expect(s['甲镇'].overallRank).toBe(5);
  });

  it('lists register units with nothing to count as 0 and units off the register as 未分类', () => {
    const s = byUnit(run([item(['县文旅广体局'], dateOnly('2020-01-05'), dateOnly('2020-02-01'), null)], [], [unitRow('东塘镇', '乡镇/街道')]));
    expect(s['东塘镇']).toMatchObject({ items: 0, total: 0, category: '乡镇/街道', onTimeRate: null });
    expect(s['县文旅广体局'].category).toBe('未分类');
  });
});

describe('scoreUnits: the 十大效能之星 shortlist (SPEC §9, scoring.shortlistEligibility)', () => {
  const towns = ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇', '己镇', '庚镇', '辛镇', '壬镇', '癸镇', '子镇', '丑镇'];
  const register = [...towns.map((t) => unitRow(t, '乡镇/街道')), unitRow('县教育局', '县直部门')];
  /**
   * 甲镇 nothing: 0. 乙镇 2 reds on two items: −10 and 通报批评 (2 reds, 附件第十条). 丙镇 … 丑镇 11 … 20
   * blues: −11 … −20. 县教育局 1 blue: −1, second overall.
   */
  const log = [
    notice('乙镇', 'red', dateOnly('2020-03-01'), 'y1'),
    notice('乙镇', 'red', dateOnly('2020-04-01'), 'y2'),
    ...towns.slice(2).flatMap((t, i) => Array.from({ length: 11 + i }, () => notice(t, 'blue', dateOnly('2020-05-01')))),
    notice('县教育局', 'blue', dateOnly('2020-05-01')),
  ];
  const standings = (scores: ReturnType<typeof run>) => scores.map((s) => [s.unit, s.total, s.categoryRank, s.overallRank, s.shortlist]);

  it('leaves a unit with 2 reds (通报批评) out and ranks the others among themselves: the 11th by score becomes 10th in its category', () => {
    expect(SHORTLIST_LENGTH).toBe(10);
    const scores = run([], log, register);
    expect(standings(scores)).toEqual([
      ['甲镇', 0, 1, 1, { eligible: true, categoryRank: 1, overallRank: 1 }],
      ['县教育局', -1, 1, 2, { eligible: true, categoryRank: 1, overallRank: 2 }],
      ['乙镇', -10, 2, 3, { eligible: false, reason: '年度内通报批评，不列入效能之星' }],
      ['丙镇', -11, 3, 4, { eligible: true, categoryRank: 2, overallRank: 3 }],
      ['丁镇', -12, 4, 5, { eligible: true, categoryRank: 3, overallRank: 4 }],
      ['戊镇', -13, 5, 6, { eligible: true, categoryRank: 4, overallRank: 5 }],
      ['己镇', -14, 6, 7, { eligible: true, categoryRank: 5, overallRank: 6 }],
      ['庚镇', -15, 7, 8, { eligible: true, categoryRank: 6, overallRank: 7 }],
      ['辛镇', -16, 8, 9, { eligible: true, categoryRank: 7, overallRank: 8 }],
      ['壬镇', -17, 9, 10, { eligible: true, categoryRank: 8, overallRank: 9 }],
      ['癸镇', -18, 10, 11, { eligible: true, categoryRank: 9, overallRank: 10 }],
      ['子镇', -19, 11, 12, { eligible: true, categoryRank: 10, overallRank: 11 }],
      ['丑镇', -20, 12, 13, { eligible: true, categoryRank: 11, overallRank: 12 }],
    ]);
    const s = byUnit(scores);
    expect([isShortlisted(s['子镇'].shortlist, 'category'), isShortlisted(s['子镇'].shortlist, 'overall')]).toEqual([true, false]);
    expect([isShortlisted(s['癸镇'].shortlist, 'overall'), isShortlisted(s['乙镇'].shortlist, 'category')]).toEqual([true, false]);
  });

  it('names the heavier flag: 3 reds (诫勉谈话) implies 通报批评', () => {
    const three = [notice('乙镇', 'red', dateOnly('2020-05-01'), 'y3'), ...log];
    expect(byUnit(run([], three, register))['乙镇']).toMatchObject({
      total: -15,
      flags: { criticism: true, admonition: true },
      shortlist: { eligible: false, reason: '年度内诫勉谈话，不列入效能之星' },
    });
  });

  it('does not rank a unit missing from the register, and leaves its plain ranks alone', () => {
    const s = byUnit(run([item(['县文旅广体局'], dateOnly('2020-01-05'), dateOnly('2020-02-01'), null)], [notice('东塘镇', 'blue', dateOnly('2020-03-01'))], [unitRow('东塘镇', '乡镇/街道')]));
    expect(s['县文旅广体局']).toMatchObject({
      category: '未分类',
      total: 0,
      categoryRank: 1,
      overallRank: 1,
      shortlist: { eligible: false, reason: '未列入单位名册，不参加效能之星排名' },
    });
    expect(s['东塘镇']).toMatchObject({ total: -1, categoryRank: 1, overallRank: 2, shortlist: { eligible: true, categoryRank: 1, overallRank: 1 } });
  });

  it('shortlists both units tied at the 10th place (competition rank), the next one is 12th', () => {
    // The first ten towns with 0 … 9 blues, the 11th with 9 blues too (tied on score, reds, yellows
    // and on-time rate), the 12th with 10 blues.
    const blues = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10];
    const tied = towns.flatMap((t, i) => Array.from({ length: blues[i] }, () => notice(t, 'blue', dateOnly('2020-05-01'))));
    const s = byUnit(run([], tied, register.slice(0, 12)));
    expect(['癸镇', '子镇', '丑镇'].map((u) => [s[u].total, s[u].shortlist])).toEqual([
      [-9, { eligible: true, categoryRank: 10, overallRank: 10 }],
      [-9, { eligible: true, categoryRank: 10, overallRank: 10 }],
      [-10, { eligible: true, categoryRank: 12, overallRank: 12 }],
    ]);
    expect(['癸镇', '子镇', '丑镇'].map((u) => isShortlisted(s[u].shortlist, 'category'))).toEqual([true, true, false]);
  });

  it('with the setting off, every unit is eligible and its shortlist ranks are its plain ranks', () => {
    const rules: RuleSet = { ...XIANGYIN_2020, scoring: { ...XIANGYIN_2020.scoring, shortlistEligibility: false } };
    const withStranger = [...log, notice('县文旅广体局', 'yellow', dateOnly('2020-06-01'))];
    const scores = scoreUnits({ year: 2020, asOf: dateOnly('2021-01-15'), log: withStranger, escalations: [], register, rules, units: createUnitDirectory(register) });
    expect(scores.every((s) => s.shortlist.eligible && s.shortlist.categoryRank === s.categoryRank && s.shortlist.overallRank === s.overallRank)).toBe(true);
    const s = byUnit(scores);
    expect([s['乙镇'].shortlist, s['子镇'].shortlist, s['县文旅广体局'].shortlist]).toEqual([
      { eligible: true, categoryRank: 2, overallRank: 4 },
      { eligible: true, categoryRank: 11, overallRank: 13 },
      { eligible: true, categoryRank: 1, overallRank: 3 },
    ]);
  });
});
