import type { RuleSet } from '../rules/ruleSet';
import { assignTiers, type Tier, type TierReason } from './assignTiers';
import { computeTierAmounts } from './computeTierAmounts';
import type { TierScheme } from './computeTierQuotas';
import type { StaffMember } from './parseStaffSheet';

export interface UnitBonusInput {
  unit: string;
  /** The unit's people as read from the staff sheet, in any order. */
  staff: readonly StaffMember[];
  /** The unit's annual performance bonus total, whole yuan. */
  pool: number;
  scheme: TierScheme;
  /** false = 考核方案未报备: no distribution at all (§22 ƒ). */
  schemeFiled: boolean;
}

export interface PersonBonus {
  name: string;
  row: number;
  rank: number | null;
  grade: string | null;
  tier: Tier;
  reason: TierReason;
  /** 基础奖, yuan. */
  base: number;
  /** 阶梯奖, yuan. */
  tiered: number;
  /** base + tiered. */
  total: number;
}

export interface TierSummary {
  count: number;
  /** count / headcount, as a fraction (0.2 = 20 %). */
  share: number;
  /** Tiered part per person; in the balancing tier, the lower of its two amounts. */
  tiered: number;
  /** Sum of the tier's totals (base + tiered), yuan. */
  total: number;
}

export interface UnitBonusChecks {
  tier1Cap: number;
  tier3Minimum: number;
  tier1WithinCap: boolean;
  tier3AtLeastMinimum: boolean;
  /** Sum of everyone's total, recomputed from the people. */
  allocated: number;
  allocatedEqualsPool: boolean;
  /** Per-person totals do not rise from tier 3 to tier 2 to tier 1 — possible when tier 2 balances a
   * unit with many 不称职; shown as a warning, since the pool still has to be paid out exactly. */
  tiersOrdered: boolean;
}

export type UnitBonus =
  | {
      unit: string;
      ok: true;
      scheme: TierScheme;
      pool: number;
      headcount: number;
      rankedBy: 'score' | 'rank';
      /** 基础奖 per person. */
      base: number;
      balancingTier: Tier;
      /** People of the balancing tier who get one yuan more (the first in ranking order). */
      extraYuan: number;
      /** Everyone in ranking order. */
      people: PersonBonus[];
      tiers: [TierSummary, TierSummary, TierSummary];
      checks: UnitBonusChecks;
    }
  | { unit: string; ok: false; code: string; error: string; headcount: number };

/**
 * One unit's tiered bonus (SPEC §7): ranks and tiers its staff (assignTiers), prices each tier
 * (computeTierAmounts) and pays the balancing tier's extra yuan to its first people in ranking
 * order. The totals add up to the pool to the yuan; the result depends on the people, not on the
 * order they come in.
 *
 * @example
 * const staff = [95, 90, 85, 80, 75].map((score, i) => ({ row: i + 2, name: `干部${i + 1}`, unit: '县住建局', score, rank: null, grade: null }));
 * const bonus = distributeBonus({ unit: '县住建局', staff, pool: 50000, scheme: 3, schemeFiled: true }, XIANGYIN_2020);
 * bonus.ok && bonus.people.map((p) => p.total) // → [10800, 10000, 10000, 10000, 9200]
 */
export function distributeBonus(input: UnitBonusInput, rules: RuleSet): UnitBonus {
  const { unit, staff, pool, scheme } = input;
  const headcount = staff.length;
  const failure = (code: string, error: string): UnitBonus => ({ unit, ok: false, code, error, headcount });
  if (!input.schemeFiled) return failure('bonus.scheme-not-filed', '考核方案未报备县考核委员会，按规定不得发放年终绩效奖金');
  if (headcount === 0) return failure('bonus.no-staff', '人员考核表中没有该单位的人员');
  if (scheme === 2 && headcount >= rules.bonus.twoTierBelowHeadcount) {
    return failure('bonus.two-tier-not-allowed', `${rules.bonus.twoTierBelowHeadcount}人及以上的单位须分三个等次，不能分两个等次`);
  }
  const assigned = assignTiers(staff, scheme, rules);
  if (!assigned.ok) return failure('bonus.unrankable', assigned.reason);
  const { ranking, counts, tier1Cap, tier3Minimum, rankedBy } = assigned.value;
  const priced = computeTierAmounts(pool, headcount, counts, rules);
  if (!priced.ok) return failure('bonus.unbalanced', priced.reason);
  const { base, tiered, balancingTier, extraYuan } = priced.value;

  const summary = (i: number): TierSummary => ({ count: counts[i], share: counts[i] / headcount, tiered: tiered[i], total: 0 });
  const tiers: [TierSummary, TierSummary, TierSummary] = [summary(0), summary(1), summary(2)];
  let extraLeft = extraYuan;
  let allocated = 0;
  const people: PersonBonus[] = ranking.map(({ member, rank, tier, reason }) => {
    let part = tiered[tier - 1];
    if (tier === balancingTier && extraLeft > 0) {
      part++;
      extraLeft--;
    }
    const total = base + part;
    allocated += total;
    tiers[tier - 1].total += total;
    return { name: member.name, row: member.row, rank, grade: member.grade, tier, reason, base, tiered: part, total };
  });

  // Compare the tiers people are actually in; an empty tier has nothing to be out of order with.
  // Tier i's best-paid person must not get more than tier i−1's least-paid one.
  const occupied = [0, 1, 2].filter((i) => counts[i] > 0);
  const highest = (i: number) => tiered[i] + (i === balancingTier - 1 && extraYuan > 0 ? 1 : 0);
  const tiersOrdered = occupied.every((t, k) => k === 0 || highest(t) <= tiered[occupied[k - 1]]);
  return {
    unit,
    ok: true,
    scheme,
    pool,
    headcount,
    rankedBy,
    base,
    balancingTier,
    extraYuan,
    people,
    tiers,
    checks: {
      tier1Cap,
      tier3Minimum,
      tier1WithinCap: counts[0] <= tier1Cap,
      tier3AtLeastMinimum: counts[2] >= tier3Minimum,
      allocated,
      allocatedEqualsPool: allocated === pool,
      tiersOrdered,
    },
  };
}
