import { XIANGYIN_2020 } from '../rules/ruleSet';
import { computeTierQuotas } from './computeTierQuotas';

describe('computeTierQuotas', () => {
  it('caps tier 1 at floor(20 %) and floors tier 3 at ceil(10 %) of the headcount', () => {
    // 1: floor(0.2) = 0, ceil(0.1) = 1; 9: floor(1.8) = 1, ceil(0.9) = 1; 10: 2 and 1;
    // 29: floor(5.8) = 5, ceil(2.9) = 3; 30: 6 and 3; 31: floor(6.2) = 6, ceil(3.1) = 4.
    expect(computeTierQuotas(1, 3, XIANGYIN_2020)).toEqual({ tier1Cap: 0, tier3Minimum: 1 });
    expect(computeTierQuotas(9, 3, XIANGYIN_2020)).toEqual({ tier1Cap: 1, tier3Minimum: 1 });
    expect(computeTierQuotas(10, 3, XIANGYIN_2020)).toEqual({ tier1Cap: 2, tier3Minimum: 1 });
    expect(computeTierQuotas(29, 3, XIANGYIN_2020)).toEqual({ tier1Cap: 5, tier3Minimum: 3 });
    expect(computeTierQuotas(30, 3, XIANGYIN_2020)).toEqual({ tier1Cap: 6, tier3Minimum: 3 });
    expect(computeTierQuotas(31, 3, XIANGYIN_2020)).toEqual({ tier1Cap: 6, tier3Minimum: 4 });
  });

  it('has no tier-3 minimum in the two-tier scheme', () => {
    expect(computeTierQuotas(29, 2, XIANGYIN_2020)).toEqual({ tier1Cap: 5, tier3Minimum: 0 });
  });

  it('takes fractional shares from the settings', () => {
    const rules = { ...XIANGYIN_2020, bonus: { ...XIANGYIN_2020.bonus, tier1MaxSharePercent: 15.5, tier3MinSharePercent: 12.5 } };
    // 100 × 15.5 % = 15.5 → 15; 100 × 12.5 % = 12.5 → 13; 8 × 12.5 % = 1 exactly → 1.
    expect(computeTierQuotas(100, 3, rules)).toEqual({ tier1Cap: 15, tier3Minimum: 13 });
    expect(computeTierQuotas(8, 3, rules).tier3Minimum).toBe(1);
  });
});
