/**
 * What DUBAN.SCORE computes for one cell: a unit's points from its notice counts and the number
 * of items it undertakes, by the same scoreFromCounts the 单位得分 sheet uses (附件第九条).
 */
import { ok, type Parsed } from '../core/dates';
import type { RuleSet } from '../core/rules';
import { scoreFromCounts } from '../core/scoring/scoreFromCounts';
import { readCount } from './readArgs';

/**
 * SCORE(blue, yellow, red, items): the unit's total — deductions per notice plus the bonuses
 * for undertaking enough items with no yellow / no red all year. Counts must be whole numbers
 * ≥ 0; an empty count is an error, not 0, since a blank read as 0 would grant a bonus.
 */
export function evaluateScore(rules: RuleSet, blue: unknown, yellow: unknown, red: unknown, items: unknown): Parsed<number> {
  const b = readCount(blue, '蓝色督办单数');
  if (!b.ok) return b;
  const y = readCount(yellow, '黄色督办单数');
  if (!y.ok) return y;
  const r = readCount(red, '红色督办单数');
  if (!r.ok) return r;
  const n = readCount(items, '承办事项数');
  if (!n.ok) return n;
  return ok(scoreFromCounts({ blue: b.value, yellow: y.value, red: r.value }, n.value, rules).total);
}
