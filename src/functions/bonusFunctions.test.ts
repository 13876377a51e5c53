import { computeBonuses } from '../core/bonus/computeBonuses';
import type { StaffMember } from '../core/bonus/parseStaffSheet';
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { buildBonusSheet } from '../sheets/bonusSheet';
import { evaluateBonus, evaluateTier } from './bonusFunctions';

const rules = XIANGYIN_2020;
const value = (n: number) => ({ ok: true, value: n });

describe('evaluateTier (DUBAN.TIER)', () => {
  it('gives tier 1 to the first floor(20 %), tier 3 to the last ceil(10 %)', () => {
    // 10 people: ranks 1–2 tier 1, 3–9 tier 2, 10 tier 3.
    expect([1, 2, 3, 9, 10].map((r) => evaluateTier(rules, r, 10))).toEqual([value(1), value(1), value(2), value(2), value(3)]);
    // 31 people: cap floor(6.2) = 6, minimum ceil(3.1) = 4 → ranks 28–31 tier 3.
    expect([6, 7, 27, 28].map((r) => evaluateTier(rules, r, 31))).toEqual([value(1), value(2), value(2), value(3)]);
    // One person: no tier 1 (floor 0.2 = 0), tier 3 needs ceil(0.1) = 1.
    expect(evaluateTier(rules, 1, 1)).toEqual(value(3));
  });

  it('has no tier 3 in the two-tier scheme, which needs fewer than 30 people', () => {
    expect([5, 6, 29].map((r) => evaluateTier(rules, r, 29, 2))).toEqual([value(1), value(2), value(2)]);
    expect(evaluateTier(rules, 1, 30, 2)).toEqual({ ok: false, reason: '30人及以上的单位须分三个等次，不能分两个等次' });
  });

  it('reads text numbers and reports bad arguments in Chinese', () => {
    expect(evaluateTier(rules, '3', '10', '3')).toEqual(value(2));
    expect(evaluateTier(rules, 11, 10)).toEqual({ ok: false, reason: '排名 11 超出人数 10' });
    expect(evaluateTier(rules, 0, 10)).toEqual({ ok: false, reason: '排名必须是正整数：0' });
    expect(evaluateTier(rules, 1, null)).toEqual({ ok: false, reason: '人数为空' });
    expect(evaluateTier(rules, 1, '十')).toEqual({ ok: false, reason: '人数必须是数字' });
    expect(evaluateTier(rules, 1, 10, 4)).toEqual({ ok: false, reason: '等次数只能是 2 或 3' });
  });
});

describe('evaluateBonus (DUBAN.BONUS)', () => {
  it('prices the 10-person example (standard 20,000, 2 in tier 1, 1 in tier 3)', () => {
    // Tier 1: 12,000 + 9,600; tier 3: 12,000 + 6,400; tier 2: 12,000 + 7,771 (54,400 / 7 = 7,771 r 3),
    // and 7,772 for the first 3 of tier 2.
    expect(evaluateBonus(rules, 20_000, 1, 10, 2, 1)).toEqual(value(21_600));
    expect(evaluateBonus(rules, 20_000, 3, 10, 2, 1)).toEqual(value(18_400));
    expect(evaluateBonus(rules, 20_000, 2, 10, 2, 1)).toEqual(value(19_771));
    expect([1, 3, 4, 7].map((order) => evaluateBonus(rules, 20_000, 2, 10, 2, 1, order))).toEqual([value(19_772), value(19_772), value(19_771), value(19_771)]);
  });

  it('lets tier 3 balance when tier 2 is empty', () => {
    // One person in tier 3 takes the pool: 12,000 + 8,000.
    expect(evaluateBonus(rules, 20_000, 3, 1, 0, 1)).toEqual(value(20_000));
  });

  it('reports bad arguments in Chinese', () => {
    expect(evaluateBonus(rules, 20_000, 1, 10, 0, 1)).toEqual({ ok: false, reason: '第一等次人数为 0，没有人在该等次' });
    expect(evaluateBonus(rules, 20_000, 2, 10, 6, 5)).toEqual({ ok: false, reason: '第一、三等次人数之和（11）超出人数 10' });
    expect(evaluateBonus(rules, 20_000, 4, 10, 2, 1)).toEqual({ ok: false, reason: '等次只能是 1、2 或 3' });
    expect(evaluateBonus(rules, -1, 1, 10, 2, 1)).toEqual({ ok: false, reason: '奖金标准不能为负数' });
    expect(evaluateBonus(rules, 20_000, 2, 10, 2, 1, 8)).toEqual({ ok: false, reason: '等次内名次 8 超出该等次人数 7' });
    expect(evaluateBonus(rules, 20_000, 2, 10, 2.5, 1)).toEqual({ ok: false, reason: '第一等次人数必须是不小于 0 的整数：2.5' });
  });
});

describe('TIER and BONUS agree with the 绩效奖金 sheet', () => {
  it('for every person of the 10-person example', () => {
    const staff: StaffMember[] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'].map((name, i) => ({
      row: i + 2,
      name,
      unit: '县财政局',
      score: 100 - i,
      rank: null,
      grade: '称职',
    }));
    const register = [{ row: 2, name: '县财政局', aliases: [], category: null, head: null, phone: null, headcount: 10, bonusStandard: 20_000, schemeFiled: true, bonusTiers: null }];
    const sheet = buildBonusSheet(computeBonuses(staff, register, rules), 2020);
    const people = sheet.rows.slice(4, 14).map((r) => r.map((c) => c.value));
    const tierNumber = { 第一等次: 1, 第二等次: 2, 第三等次: 3 } as Record<string, number>;
    const seen = [0, 0, 0];
    for (const [, , rank, tierName, , , total] of people) {
      const tier = tierNumber[tierName as string];
      expect(evaluateTier(rules, rank, 10)).toEqual(value(tier));
      seen[tier - 1]++;
      expect(evaluateBonus(rules, 20_000, tier, 10, 2, 1, seen[tier - 1])).toEqual(value(total as number));
    }
    expect(seen).toEqual([2, 7, 1]);
  });
});
