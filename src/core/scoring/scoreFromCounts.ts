import type { NoticeColor, RuleSet } from '../rules/ruleSet';

export interface NoticeCounts {
  blue: number;
  yellow: number;
  red: number;
}

export interface ScoreBonus {
  /** e.g. '承办≥5项且全年无黄色督办单'. */
  label: string;
  points: number;
  excellenceQuotaPercent: number;
}

export interface ScoreBreakdown {
  /** Points lost per color (negative or 0). */
  deductions: Record<NoticeColor, number>;
  bonuses: ScoreBonus[];
  total: number;
  /** Extra 优岗比例 for individual 评先评优 (附件第九条). */
  excellenceQuotaPercent: number;
}

const COLOR_LABEL = { yellow: '黄', red: '红' } as const;

/**
 * A unit's points from its notice counts and the number of items it undertakes (附件第九条):
 * the per-notice deductions, and each bonus whose item threshold is met with no notice of its
 * color all year. Used by the score sheet and by DUBAN.SCORE, so the two always agree.
 *
 * @example
 * scoreFromCounts({ blue: 2, yellow: 0, red: 0 }, 6, XIANGYIN_2020).total // → 13 (−2 for the blues, +10 no yellow, +5 no red)
 */
export function scoreFromCounts(counts: NoticeCounts, items: number, rules: RuleSet): ScoreBreakdown {
  const p = rules.scoring.points;
  const deductions = { blue: counts.blue * p.blue, yellow: counts.yellow * p.yellow, red: counts.red * p.red };
  const bonuses: ScoreBonus[] = rules.scoring.bonuses
    .filter((b) => items >= b.minItems && counts[b.noColor] === 0)
    .map((b) => ({ label: `承办≥${b.minItems}项且全年无${COLOR_LABEL[b.noColor]}色督办单`, points: b.points, excellenceQuotaPercent: b.excellenceQuotaPercent }));
  const total = deductions.blue + deductions.yellow + deductions.red + bonuses.reduce((s, b) => s + b.points, 0);
  return { deductions, bonuses, total, excellenceQuotaPercent: bonuses.reduce((s, b) => s + b.excellenceQuotaPercent, 0) };
}
