import type { BonusResult } from '../../core/bonus/computeBonuses';
import type { LedgerItem } from '../../core/ledger/ledgerItem';
import { isShortlisted, SHORTLIST_LENGTH, type UnitScore } from '../../core/scoring/scoreUnits';
import { formatYuan, TIER_NAMES } from '../../sheets/bonusSheet';
import type { BonusLine, ScoreRow } from './reportsState';

const byName = new Intl.Collator('zh-CN').compare;

/**
 * The head of the overall ranking, in ranking order (scoreUnits' order): rank, unit, the total
 * with its provisional bonus spelled out while the year runs, the accountability flag, and the
 * unit's 十大效能之星 standing (SPEC §9). At least `count` units (the shortlist's length by
 * default), and on until every unit on the county shortlist is listed: units left out of it (通报批评,
 * 诫勉谈话, not in the register) move the shortlist's 10th place further down the ranking.
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
 */
export function shortlistNote(row: ScoreRow): string {
  const s = row.shortlist;
  if (!s.eligible) return s.reason;
  if (s.overallRank === row.rank) return '';
  return `效能之星全县第 ${s.overallRank} 位${s.overallRank <= SHORTLIST_LENGTH ? '' : '（未入围）'}`;
}

/** Every unit the ledger names, supervised and co-units (a register lists both), sorted by name. */
export function ledgerUnits(items: readonly LedgerItem[]): string[] {
  const names = new Set<string>();
  for (const item of items) for (const name of [...item.units, ...item.coUnits]) names.add(name);
  return [...names].sort(byName);
}

/**
 * Ledger units the register does not list. The ledger parse already mapped every alias the
 * register knows to its register name (and reported the others as unit.unknown), so a name that is
 * not a register name is one the register lacks.
 */
export function unitsMissingFromRegister(items: readonly LedgerItem[], registered: readonly string[]): string[] {
  const known = new Set(registered);
  return ledgerUnits(items).filter((name) => !known.has(name));
}

/**
 * One line per unit of the bonus result: distributed units with people and per-person amount per
 * tier (the balancing tier's one-yuan spread shown as a range), and the units left out with why.
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
