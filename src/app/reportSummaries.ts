import type { BonusResult } from '../core/bonus/computeBonuses';
import { isShortlisted, SHORTLIST_LENGTH, type UnitScore, type UnitShortlist } from '../core/scoring/scoreUnits';
import { formatYuan, TIER_NAMES } from '../sheets/bonusSheet';

/** One line of the ranking shown after 生成单位得分. */
export interface ScoreRow {
  rank: number;
  unit: string;
  /** '2（含暂计加分 5）', '-13'. */
  score: string;
  /** '' or '通报批评：年度累计2次红色督办单'. */
  flags: string;
  /**
   * 十大效能之星 (SPEC §9): the unit's place among eligible units (shortlisted = overallRank ≤ 10),
   * or why it is not eligible ('年度内通报批评，不列入效能之星').
   */
  shortlist: UnitShortlist;
}

/** One unit of the bonus result, as the pane lists it. */
export interface BonusLine {
  unit: string;
  text: string;
}

/**
 * The head of the overall ranking, in ranking order (scoreUnits' order): rank, unit, the total
 * with its provisional bonus spelled out while the year runs, the accountability flag, and the
 * unit's 十大效能之星 standing (SPEC §9). At least `count` units (the shortlist's length by
 * default), and on until every unit on the county shortlist is listed: units left out of it (通报批评,
 * 诫勉谈话, not in the register) move the shortlist's 10th place further down the ranking.
 *
 * @example
 * scoreRows(scores)[1] // { rank: 2, unit: '乙镇', score: '-10', flags: '通报批评：…', shortlist: { eligible: false, reason: '年度内通报批评，不列入效能之星' } }
 */
export function scoreRows(scores: readonly UnitScore[], count = SHORTLIST_LENGTH): ScoreRow[] {
  let end = Math.min(count, scores.length);
  scores.forEach((s, i) => {
    if (isShortlisted(s.shortlist, 'overall')) end = Math.max(end, i + 1);
  });
  return scores.slice(0, end).map((s) => {
    const bonus = s.bonuses.reduce((t, b) => t + b.points, 0);
    const flag = s.flags.admonition ? '诫勉谈话' : s.flags.criticism ? '通报批评' : '';
    return {
      rank: s.overallRank,
      unit: s.unit,
      score: s.provisional && bonus > 0 ? `${s.total}（含暂计加分 ${bonus}）` : String(s.total),
      flags: flag === '' ? '' : `${flag}：${s.flags.reasons.join('；')}`,
      shortlist: s.shortlist,
    };
  });
}

/**
 * What the pane says under a unit about the 十大效能之星 shortlist, only where it differs from the
 * ranking shown: why the unit is not eligible, or its own place among eligible units when units
 * above it were left out ('效能之星全县第 10 位', beyond the shortlist '效能之星全县第 12 位（未入围）');
 * '' when that place is the rank.
 *
 * @example
 * shortlistNote({ rank: 11, unit: '子镇', score: '-19', flags: '', shortlist: { eligible: true, categoryRank: 10, overallRank: 10 } }) // '效能之星全县第 10 位'
 */
export function shortlistNote(row: ScoreRow): string {
  const s = row.shortlist;
  if (!s.eligible) return s.reason;
  if (s.overallRank === row.rank) return '';
  return `效能之星全县第 ${s.overallRank} 位${s.overallRank <= SHORTLIST_LENGTH ? '' : '（未入围）'}`;
}

/**
 * One line per unit of the bonus result: distributed units with people and per-person amount per
 * tier (the balancing tier's one-yuan spread shown as a range), and the units left out with why.
 *
 * @example
 * bonusLines(result).units[0] // { unit: '县财政局', text: '10 人，奖金总额 50,000 元：一等 2 人（每人 6,000 元），…' }
 */
export function bonusLines(result: BonusResult): { units: BonusLine[]; errors: BonusLine[] } {
  const units: BonusLine[] = [];
  const errors: BonusLine[] = [];
  for (const u of result.units) {
    if (!u.ok) {
      errors.push({ unit: u.unit, text: `未分配（${u.headcount}人）：${u.error}` });
      continue;
    }
    const tiers = u.tiers
      .map((t, i) => {
        if (t.count === 0) return null;
        const low = u.base + t.tiered;
        const each = i === u.balancingTier - 1 && u.extraYuan > 0 ? `${formatYuan(low)}–${formatYuan(low + 1)}` : formatYuan(low);
        return `${TIER_NAMES[i]} ${t.count} 人（每人 ${each} 元）`;
      })
      .filter((t): t is string => t !== null);
    units.push({ unit: u.unit, text: `${u.headcount} 人，奖金总额 ${formatYuan(u.pool)} 元：${tiers.join('，')}` });
  }
  return { units, errors };
}
