/**
 * What the DUBAN.TIER and DUBAN.BONUS worksheet functions compute, without the CustomFunctions
 * global, so it is tested without Excel. Each returns Parsed<number>: the value, or the Chinese
 * reason the wrapper in functions.ts shows as a #VALUE! error (as calendarFunctions does). Both use the same core as the
 * 绩效奖金 sheet (computeTierQuotas, computeTierAmounts), so they agree with it.
 *
 * Inputs are what Excel hands a custom function: a number, text holding a number, or null /
 * undefined for an empty cell or an omitted optional argument.
 */
import { computeTierAmounts } from '../core/bonus/computeTierAmounts';
import { computeTierQuotas } from '../core/bonus/computeTierQuotas';
import { fail, ok, type Parsed } from '../core/dates/parsed';
import type { RuleSet } from '../core/rules/ruleSet';

/**
 * DUBAN.TIER(rank, headcount, [tiers = 3]): the tier (1, 2 or 3) of the person ranked `rank`
 * (1 = best) in a unit of `headcount` people: tier 1 for the first floor(20 %) ranks, tier 3 for
 * the last ceil(10 %) (none in the two-tier scheme), tier 2 between.
 * Limitation: a rank says nothing about ties or 不称职, so for people tied across a tier line and
 * for anyone rated 不称职 (always tier 3) the sheet, which knows both, is the authority.
 */
export function evaluateTier(rules: RuleSet, rank: unknown, headcount: unknown, tiers?: unknown): Parsed<number> {
  const count = readWhole(headcount, '人数', 1);
  if (!count.ok) return count;
  const position = readWhole(rank, '排名', 1);
  if (!position.ok) return position;
  const [n, r] = [count.value, position.value];
  if (r > n) return fail(`排名 ${r} 超出人数 ${n}`);
  const tierCount = isOmitted(tiers) ? ok(3) : readWhole(tiers, '等次数', 2);
  if (!tierCount.ok) return tierCount;
  const scheme = tierCount.value;
  if (scheme !== 2 && scheme !== 3) return fail('等次数只能是 2 或 3');
  if (scheme === 2 && n >= rules.bonus.twoTierBelowHeadcount) {
    return fail(`${rules.bonus.twoTierBelowHeadcount}人及以上的单位须分三个等次，不能分两个等次`);
  }
  const { tier1Cap, tier3Minimum } = computeTierQuotas(n, scheme, rules);
  return ok(r <= tier1Cap ? 1 : r > n - tier3Minimum ? 3 : 2);
}

/**
 * DUBAN.BONUS(standard, tier, headcount, n1, n3, [order]): a person's total bonus (基础奖 + 阶梯奖)
 * in whole yuan, for a unit whose pool is standard × headcount (cut down to the yuan, as the sheet
 * does for register pools), with n1 people in tier 1 and n3 in tier 3; tier 2 (or tier 3 when tier 2
 * is empty) balances the pool. `standard` is the pool divided by the people assessed — the register's
 * standard when the register headcount equals the staff count.
 *
 * The balancing tier's amount does not always divide evenly: the sheet gives its first r people
 * (in ranking order) one yuan more. `order` is the person's position within their tier by rank
 * (1 = best); with it the result equals the sheet to the yuan. Without it the result is the lower
 * of the two amounts, which the sheet may exceed by 1 yuan for those first r people.
 */
export function evaluateBonus(
  rules: RuleSet,
  standard: unknown,
  tier: unknown,
  headcount: unknown,
  n1: unknown,
  n3: unknown,
  order?: unknown,
): Parsed<number> {
  const read = [
    readNumber(standard, '奖金标准'),
    readWhole(tier, '等次', 1),
    readWhole(headcount, '人数', 1),
    readWhole(n1, '第一等次人数', 0),
    readWhole(n3, '第三等次人数', 0),
    isOmitted(order) ? ok(0) : readWhole(order, '等次内名次', 1),
  ];
  for (const arg of read) if (!arg.ok) return arg;
  const [s, t, n, first, third, position] = read.map((arg) => (arg.ok ? arg.value : NaN));
  if (s < 0) return fail('奖金标准不能为负数');
  if (t > 3) return fail('等次只能是 1、2 或 3');
  if (first + third > n) return fail(`第一、三等次人数之和（${first + third}）超出人数 ${n}`);
  const counts: [number, number, number] = [first, n - first - third, third];
  if (counts[t - 1] === 0) return fail(`第${'一二三'[t - 1]}等次人数为 0，没有人在该等次`);
  if (position > counts[t - 1]) return fail(`等次内名次 ${position} 超出该等次人数 ${counts[t - 1]}`);

  const amounts = computeTierAmounts(Math.floor(s * n + 1e-6), n, counts, rules);
  if (!amounts.ok) return amounts;
  const { base, tiered, balancingTier, extraYuan } = amounts.value;
  // position 0 = no order given: the lower amount.
  const extra = t === balancingTier && position >= 1 && position <= extraYuan ? 1 : 0;
  return ok(base + tiered[t - 1] + extra);
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function readNumber(value: unknown, label: string): Parsed<number> {
  if (isOmitted(value)) return fail(`${label}为空`);
  const n = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(n) ? ok(n) : fail(`${label}必须是数字`);
}

function readWhole(value: unknown, label: string, min: number): Parsed<number> {
  const n = readNumber(value, label);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value) || n.value < min) return fail(`${label}必须是${min === 0 ? '不小于 0 的' : '正'}整数：${n.value}`);
  return n;
}
