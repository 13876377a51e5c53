import { fail, ok, type Parsed } from '../dates/parsed';
import type { RuleSet } from '../rules/ruleSet';
import { computeTierQuotas, type TierScheme } from './computeTierQuotas';
import type { StaffMember } from './parseStaffSheet';
import { isUnsatisfactory } from './staffGrades';

export type Tier = 1 | 2 | 3;

/** Why a person is in their tier; the sheet explains the last three in words. */
export type TierReason = 'ranked' | 'unsatisfactory' | 'tiedOutOfTier1' | 'tiedIntoTier3';

export interface RankedMember {
  member: StaffMember;
  /** Competition rank (1, 2, 2, 4 …) by score, or the sheet's own rank; null for an unranked 不称职. */
  rank: number | null;
  tier: Tier;
  reason: TierReason;
}

export interface TierAssignment {
  /** Everyone in ranking order: best first, then name, then sheet row — independent of input order. */
  ranking: RankedMember[];
  rankedBy: 'score' | 'rank';
  counts: [number, number, number];
  tier1Cap: number;
  tier3Minimum: number;
}

interface Keyed {
  member: StaffMember;
  /** Lower is better; Infinity = unranked (only a 不称职 may be). */
  key: number;
  unsatisfactory: boolean;
}

/**
 * Ranks a unit's staff and puts each person in a tier (SPEC §7):
 * - 不称职 (or 不合格) → tier 3, counting toward its minimum, and never tier 1;
 * - tier 1 = the best of the others, at most tier1Cap of them; when people tie across the cap,
 *   all of them stay out of tier 1;
 * - tier 3 gets the worst of the rest until it holds tier3Minimum people; when people tie across
 *   that line, all of them go in;
 * - everyone else is tier 2.
 * The two-tier scheme (units under 30) has no tier-3 minimum, but 不称职 still go to tier 3 at the
 * tier-3 cut rather than share the balance with everyone else.
 * Ranked by score when every person who needs a rank has a score, else by the sheet's rank.
 *
 * @example
 * const staff = [95, 95, 90, 85, 80].map((score, i) => ({ row: i + 2, name: `干部${i + 1}`, unit: '县住建局', score, rank: null, grade: null }));
 * const tiers = assignTiers(staff, 3, XIANGYIN_2020);
 * tiers.ok && tiers.value.ranking.map((r) => r.tier) // → [2, 2, 2, 2, 3] (the two 95s tie across tier 1's cap of one)
 */
export function assignTiers(staff: readonly StaffMember[], scheme: TierScheme, rules: RuleSet): Parsed<TierAssignment> {
  const needed = staff.filter((m) => !isUnsatisfactory(m.grade));
  const rankedBy = needed.every((m) => m.score !== null) ? 'score' : needed.every((m) => m.rank !== null) ? 'rank' : null;
  if (rankedBy === null) {
    const unranked = needed.filter((m) => m.score === null && m.rank === null);
    return fail(
      unranked.length > 0
        ? `${unranked.map((m) => m.name).join('、')} 既无考核得分也无排名，无法划分等次`
        : '部分人员只有考核得分、部分只有排名，无法统一排序',
    );
  }
  const keyed: Keyed[] = staff.map((member) => {
    const value = rankedBy === 'score' ? member.score : member.rank;
    const key = value === null ? Infinity : rankedBy === 'score' ? -value : value;
    return { member, key, unsatisfactory: isUnsatisfactory(member.grade) };
  });
  keyed.sort(compareKeyed);

  const n = staff.length;
  const { tier1Cap, tier3Minimum } = computeTierQuotas(n, scheme, rules);
  const tiers = new Map<Keyed, { tier: Tier; reason: TierReason }>();
  const candidates = keyed.filter((k) => !k.unsatisfactory);
  for (const k of keyed) if (k.unsatisfactory) tiers.set(k, { tier: 3, reason: 'unsatisfactory' });

  // Tier 1: the candidates strictly better than the first one the cap leaves out; if that one
  // ties with people inside the cap, the whole tie group stays out.
  let tier1End = Math.min(tier1Cap, candidates.length);
  let tiedOutKey = NaN;
  if (tier1Cap < candidates.length && tier1End > 0 && candidates[tier1End - 1].key === candidates[tier1Cap].key) {
    tiedOutKey = candidates[tier1Cap].key;
    while (tier1End > 0 && candidates[tier1End - 1].key === tiedOutKey) tier1End--;
  }
  for (let i = 0; i < tier1End; i++) tiers.set(candidates[i], { tier: 1, reason: 'ranked' });

  // Tier 3: the worst of the rest until the minimum is met (不称职 count toward it); if the last
  // one taken ties with people above the line, the whole tie group goes in.
  const rest = candidates.slice(tier1End);
  const need = Math.max(0, tier3Minimum - (keyed.length - candidates.length));
  let tier3Start = Math.max(0, rest.length - need);
  let tiedInKey = NaN;
  if (need > 0 && tier3Start > 0 && rest[tier3Start - 1].key === rest[tier3Start].key) {
    tiedInKey = rest[tier3Start].key;
    while (tier3Start > 0 && rest[tier3Start - 1].key === tiedInKey) tier3Start--;
  }
  rest.forEach((k, i) => {
    if (i >= tier3Start) tiers.set(k, { tier: 3, reason: k.key === tiedInKey ? 'tiedIntoTier3' : 'ranked' });
    else tiers.set(k, { tier: 2, reason: k.key === tiedOutKey ? 'tiedOutOfTier1' : 'ranked' });
  });

  const counts: [number, number, number] = [0, 0, 0];
  const ranking: RankedMember[] = [];
  let previousKey = NaN;
  let rank = 0;
  keyed.forEach((k, i) => {
    const placed = tiers.get(k) as { tier: Tier; reason: TierReason };
    counts[placed.tier - 1]++;
    if (k.key !== previousKey) rank = i + 1;
    previousKey = k.key;
    const shown = k.key === Infinity ? null : rankedBy === 'score' ? rank : k.member.rank;
    ranking.push({ member: k.member, rank: shown, tier: placed.tier, reason: placed.reason });
  });
  return ok({ ranking, rankedBy, counts, tier1Cap, tier3Minimum });
}

/** Better key first; then name and sheet row, so the order never depends on the input's order. */
function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  if (a.member.name !== b.member.name) return a.member.name < b.member.name ? -1 : 1;
  return a.member.row - b.member.row;
}
