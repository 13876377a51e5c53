import { fail, ok, type Parsed } from '../dates/parsed';
import type { RuleSet } from '../rules/ruleSet';
import type { Tier } from './assignTiers';

/**
 * What each person of a unit gets, per tier, in whole yuan (SPEC §7). With s = pool / headcount:
 * - base (基础奖) = 60 % of s, for everyone;
 * - tiered part (阶梯奖) = 40 % of s, raised 20 % in tier 1 and cut 20 % (… 30 %) in tier 3 — of the
 *   tiered part, or of s when adjustmentBase is 'whole';
 * - the balancing tier (tier 2, or tier 3 when tier 2 is empty, or tier 1 when both are) shares
 *   whatever the others leave, so the amounts add up to the pool exactly.
 * Fixed amounts are cut down to the yuan (a raise "up to 20 %" is never exceeded by rounding up); the
 * balancing tier gets `balancingAmount` each and its first `extraYuan` people (in ranking order)
 * one yuan more, which absorbs every fen cut off elsewhere.
 */
export interface TierAmounts {
  base: number;
  /** Tiered part per person for tiers 1, 2, 3; for the balancing tier, the lower of its two amounts. */
  tiered: [number, number, number];
  balancingTier: Tier;
  /** How many people of the balancing tier get one yuan more than tiered[balancingTier − 1]. */
  extraYuan: number;
}

// Rates are whole numbers over RATE_DENOMINATOR when the percents are whole, so
// pool × rate / (headcount × RATE_DENOMINATOR) divides exact integers and a whole-yuan result comes
// out exact; the margin only absorbs float noise from fractional percents.
const RATE_DENOMINATOR = 10_000;
const MARGIN = 1e-9;

/**
 * The amounts for a unit of `headcount` people with `counts` = [n1, n2, n3] people per tier and an
 * integer pool. Fails (with a Chinese reason) when the settings leave the balancing tier less than
 * nothing: then no distribution within the pool exists.
 *
 * @example
 * computeTierAmounts(100000, 10, [2, 7, 1], XIANGYIN_2020)
 * // → ok({ base: 6000, tiered: [4800, 3885, 3200], balancingTier: 2, extraYuan: 5 }) (6000 × 10 + 4800 × 2 + 3885 × 7 + 5 + 3200 = 100000)
 */
export function computeTierAmounts(
  pool: number,
  headcount: number,
  counts: readonly [number, number, number],
  rules: RuleSet,
): Parsed<TierAmounts> {
  if (!Number.isInteger(pool) || pool < 0) return fail(`奖金总额必须是不小于 0 的整数元：${pool}`);
  if (!Number.isInteger(headcount) || headcount < 1) return fail(`人数必须是正整数：${headcount}`);
  if (counts[0] + counts[1] + counts[2] !== headcount || counts.some((c) => !Number.isInteger(c) || c < 0)) {
    return fail(`各等次人数（${counts.join('、')}）之和与总人数 ${headcount} 不符`);
  }
  const { basePercent, tier1UpliftPercent, tier3CutPercent, adjustmentBase } = rules.bonus;
  const tieredPercent = 100 - basePercent;
  const adjusted = (percent: number) =>
    adjustmentBase === 'tiered' ? tieredPercent * (100 + percent) : (tieredPercent + percent) * 100;
  const share = (rate: number) => Math.floor((pool * rate) / (headcount * RATE_DENOMINATOR) + MARGIN);

  const base = share(basePercent * 100);
  const tiered: [number, number, number] = [share(adjusted(tier1UpliftPercent)), share(tieredPercent * 100), share(adjusted(tier3CutPercent))];
  if (tiered[2] < 0) return fail(`按当前设置（第三等次下调 ${-tier3CutPercent}%），第三等次的阶梯奖为负数，请检查奖金设置`);
  const balancingTier: Tier = counts[1] > 0 ? 2 : counts[2] > 0 ? 3 : 1;
  const b = balancingTier - 1;
  let left = pool - headcount * base;
  for (let t = 0; t < 3; t++) if (t !== b) left -= counts[t] * tiered[t];
  if (left < 0) {
    return fail(`按当前设置，基础奖与第一、三等次已超出奖金总额，第${'一二三'[b]}等次无法平衡（差 ${-left} 元）`);
  }
  const people = counts[b];
  tiered[b] = Math.floor(left / people);
  return ok({ base, tiered, balancingTier, extraYuan: left - tiered[b] * people });
}
