import type { LoggedNotice } from '../core/escalation/escalate';
import { createUnitDirectory } from '../core/ledger/unitDirectory';
import type { UnitRecord } from '../core/register/parseUnitRegister';
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { scoreUnits } from '../core/scoring/scoreUnits';
import { scoreRows, shortlistNote } from './reportSummaries';
import { dateOnly } from '../../test/support/dateOnly';

const towns = ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇', '己镇', '庚镇', '辛镇', '壬镇', '癸镇', '子镇', '丑镇'];
const register: UnitRecord[] = towns.map((name) => ({ row: 0, name, aliases: [], category: '乡镇/街道', head: null, phone: null, headcount: null, bonusStandard: null, schemeFiled: null, bonusTiers: null }));
const notice = (unit: string, color: LoggedNotice['color'], itemId = 'X'): LoggedNotice => ({ number: null, color, itemId, unit, issueDate: dateOnly('2020-05-01'), voided: false });
/** 甲镇 0; 乙镇 2 reds: −10 and 通报批评; 丙镇 … 丑镇 11 … 20 blues: −11 … −20. */
const log = [
  notice('乙镇', 'red', 'y1'),
  notice('乙镇', 'red', 'y2'),
  ...towns.slice(2).flatMap((t, i) => Array.from({ length: 11 + i }, () => notice(t, 'blue'))),
];
const scores = scoreUnits({ year: 2020, asOf: dateOnly('2020-07-01'), log, escalations: [], register, rules: XIANGYIN_2020, units: createUnitDirectory(register) });

describe('scoreRows and the 十大效能之星 shortlist (SPEC §9)', () => {
  it('lists the first 10 units and on to the 10th of the shortlist: 乙镇 (通报批评) pushes it to 子镇, 11th by score', () => {
    const rows = scoreRows(scores);
    expect(rows.map((r) => [r.rank, r.unit, shortlistNote(r)])).toEqual([
      [1, '甲镇', ''],
      [2, '乙镇', '年度内通报批评，不列入效能之星'],
      [3, '丙镇', '效能之星全县第 2 位'],
      [4, '丁镇', '效能之星全县第 3 位'],
      [5, '戊镇', '效能之星全县第 4 位'],
      [6, '己镇', '效能之星全县第 5 位'],
      [7, '庚镇', '效能之星全县第 6 位'],
      [8, '辛镇', '效能之星全县第 7 位'],
      [9, '壬镇', '效能之星全县第 8 位'],
      [10, '癸镇', '效能之星全县第 9 位'],
      [11, '子镇', '效能之星全县第 10 位'],
    ]);
  });

  it('says beyond the shortlist that a unit is not on it', () => {
    const last = scoreRows(scores, 12)[11];
    expect([last.rank, last.unit, last.shortlist, shortlistNote(last)]).toEqual([12, '丑镇', { eligible: true, categoryRank: 11, overallRank: 11 }, '效能之星全县第 11 位（未入围）']);
  });

  it('lists just the first 10 when no unit is left out', () => {
    const off = scoreUnits({ year: 2020, asOf: dateOnly('2020-07-01'), log, escalations: [], register, rules: { ...XIANGYIN_2020, scoring: { ...XIANGYIN_2020.scoring, shortlistEligibility: false } } });
    const rows = scoreRows(off);
    expect(rows.map((r) => r.unit)).toEqual(towns.slice(0, 10));
    expect(rows.map(shortlistNote)).toEqual(Array(10).fill(''));
  });
});
