import { XIANGYIN_2020, type RuleSet } from '../rules/ruleSet';
import { computeTierAmounts } from './computeTierAmounts';

const withBonus = (bonus: Partial<RuleSet['bonus']>): RuleSet => ({ ...XIANGYIN_2020, bonus: { ...XIANGYIN_2020.bonus, ...bonus } });

describe('computeTierAmounts', () => {
  it('prices the 10-person example: tier 2 balances 54,400 yuan over 7 people', () => {
    // s = 200,000 / 10 = 20,000: base 12,000, tiered 8,000; tier 1 8,000 × 1.2 = 9,600;
    // tier 3 8,000 × 0.8 = 6,400; left for tier 2 = 200,000 − 120,000 − 2 × 9,600 − 6,400 = 54,400;
    // 54,400 / 7 = 7,771 r 3.
    expect(computeTierAmounts(200_000, 10, [2, 7, 1], XIANGYIN_2020)).toEqual({
      ok: true,
      value: { base: 12_000, tiered: [9_600, 7_771, 6_400], balancingTier: 2, extraYuan: 3 },
    });
  });

  it('applies the ±20 % to the whole bonus when adjustmentBase is whole', () => {
    // tier 1 8,000 + 20 % × 20,000 = 12,000; tier 3 8,000 − 4,000 = 4,000;
    // left = 200,000 − 120,000 − 24,000 − 4,000 = 52,000; / 7 = 7,428 r 4.
    expect(computeTierAmounts(200_000, 10, [2, 7, 1], withBonus({ adjustmentBase: 'whole' }))).toEqual({
      ok: true,
      value: { base: 12_000, tiered: [12_000, 7_428, 4_000], balancingTier: 2, extraYuan: 4 },
    });
  });

  it('cuts tier 3 by the configured −30 %', () => {
    // tier 3 8,000 × 0.7 = 5,600; left = 200,000 − 120,000 − 19,200 − 5,600 = 55,200; / 7 = 7,885 r 5.
    expect(computeTierAmounts(200_000, 10, [2, 7, 1], withBonus({ tier3CutPercent: -30 }))).toEqual({
      ok: true,
      value: { base: 12_000, tiered: [9_600, 7_885, 5_600], balancingTier: 2, extraYuan: 5 },
    });
  });

  it('drops the fen of fixed amounts and lets the balancing tier absorb them', () => {
    // 100,001 / 10 = 10,000.1: base 6,000.06 → 6,000; tier 1 4,000.04 × 1.2 = 4,800.048 → 4,800;
    // tier 3 × 0.8 = 3,200.032 → 3,200; left = 100,001 − 60,000 − 9,600 − 3,200 = 27,201; / 7 = 3,885 r 6.
    expect(computeTierAmounts(100_001, 10, [2, 7, 1], XIANGYIN_2020)).toEqual({
      ok: true,
      value: { base: 6_000, tiered: [4_800, 3_885, 3_200], balancingTier: 2, extraYuan: 6 },
    });
  });

  it('balances with tier 3 when tier 2 is empty', () => {
    // One person: base 12,000 and the whole 8,000 left. Five tied people in tier 3:
    // base 12,000 each, left 100,000 − 60,000 = 40,000 → 8,000 each.
    expect(computeTierAmounts(20_000, 1, [0, 0, 1], XIANGYIN_2020)).toEqual({
      ok: true,
      value: { base: 12_000, tiered: [9_600, 8_000, 8_000], balancingTier: 3, extraYuan: 0 },
    });
    expect(computeTierAmounts(100_000, 5, [0, 0, 5], XIANGYIN_2020)).toEqual({
      ok: true,
      value: { base: 12_000, tiered: [9_600, 8_000, 8_000], balancingTier: 3, extraYuan: 0 },
    });
  });

  it('fails when the settings leave the balancing tier less than nothing', () => {
    // tier 1 may hold 80 % at +100 %: 8 × 16,000 = 128,000 on top of 120,000 base > 200,000.
    const greedy = withBonus({ tier1MaxSharePercent: 80, tier1UpliftPercent: 100, tier3MinSharePercent: 10 });
    expect(computeTierAmounts(200_000, 10, [8, 1, 1], greedy)).toEqual({
      ok: false,
      reason: '按当前设置，基础奖与第一、三等次已超出奖金总额，第二等次无法平衡（差 54400 元）',
    });
  });

  it('rejects a pool that is not whole yuan and counts that do not add up', () => {
    expect(computeTierAmounts(100.5, 10, [2, 7, 1], XIANGYIN_2020)).toEqual({ ok: false, reason: '奖金总额必须是不小于 0 的整数元：100.5' });
    expect(computeTierAmounts(100, 10, [2, 7, 2], XIANGYIN_2020)).toEqual({ ok: false, reason: '各等次人数（2、7、2）之和与总人数 10 不符' });
  });
});
