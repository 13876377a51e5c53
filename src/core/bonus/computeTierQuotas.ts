import type { RuleSet } from '../rules/ruleSet';

/** A unit's tier scheme: three tiers, or two (tier 1 and the rest) for units under 30 (§22). */
export type TierScheme = 2 | 3;

export interface TierQuotas {
  /** Most people tier 1 may hold: floor(20 % of headcount). */
  tier1Cap: number;
  /** Fewest people tier 3 must hold: ceil(10 % of headcount); 0 in the two-tier scheme. */
  tier3Minimum: number;
}

// headcount × percent / 100 is exact or at least 1/100 away from a whole number when the percent
// is whole; the margin only absorbs float noise from fractional percents.
const MARGIN = 1e-9;

/**
 * The tier-1 ceiling and tier-3 floor for a unit of `headcount` people.
 *
 * @example
 * computeTierQuotas(12, 3, XIANGYIN_2020) // → { tier1Cap: 2, tier3Minimum: 2 }
 * computeTierQuotas(12, 2, XIANGYIN_2020) // → { tier1Cap: 2, tier3Minimum: 0 }
 */
export function computeTierQuotas(headcount: number, scheme: TierScheme, rules: RuleSet): TierQuotas {
  const { tier1MaxSharePercent, tier3MinSharePercent } = rules.bonus;
  return {
    tier1Cap: Math.max(0, Math.floor((headcount * tier1MaxSharePercent) / 100 + MARGIN)),
    tier3Minimum: scheme === 3 ? Math.max(0, Math.ceil((headcount * tier3MinSharePercent) / 100 - MARGIN)) : 0,
  };
}
