import type { DateOnly } from '../dates/dateOnly';
import type { ItemEscalation, LoggedNotice } from '../escalation/escalate';
import type { UnitDirectory } from '../ledger/unitDirectory';
import type { UnitRecord } from '../register/parseUnitRegister';
import type { RuleSet } from '../rules/ruleSet';
import { assessmentSpan } from './assessmentSpan';
import { scoreFromCounts, type NoticeCounts, type ScoreBreakdown } from './scoreFromCounts';

export const UNCATEGORIZED = '未分类';

/** The length of the 十大效能之星 shortlist (SPEC §5, §9): shortlisted = shortlist rank ≤ this. */
export const SHORTLIST_LENGTH = 10;

/** Why a unit is not eligible for the 十大效能之星 shortlist (SPEC §9), in words for a clerk. */
export const SHORTLIST_REASONS = {
  notInRegister: '未列入单位名册，不参加效能之星排名',
  criticism: '年度内通报批评，不列入效能之星',
  admonition: '年度内诫勉谈话，不列入效能之星',
} as const;

/**
 * The unit's standing for the 十大效能之星 shortlist (SPEC §9, setting scoring.shortlistEligibility):
 * eligible, with competition ranks among eligible units only (same order and tie-breaks as
 * categoryRank / overallRank), or not eligible and why.
 */
export type UnitShortlist = { eligible: true; categoryRank: number; overallRank: number } | { eligible: false; reason: string };

export interface AccountabilityFlags {
  /** 全县通报批评 + 书面检讨 (附件第十条). */
  criticism: boolean;
  /** 诫勉谈话 of the unit's 主要负责人. */
  admonition: boolean;
  /** Why, in words: '年度累计3次红色督办单', '同一事项（DB-01）2次红色督办单'. */
  reasons: string[];
}

export interface UnitScore extends ScoreBreakdown {
  unit: string;
  category: string;
  /** Items the unit undertakes (supervised, not co-unit), assigned in the year. */
  items: number;
  done: number;
  doneOnTime: number;
  /** doneOnTime ÷ items that are due (deadline passed, or done); null when none is due. */
  onTimeRate: number | null;
  /** Not done and past the deadline in force on the as-of date. */
  openOverdue: number;
  notices: NoticeCounts;
  /** Before the year is over the no-yellow / no-red bonuses are provisional (暂计). */
  provisional: boolean;
  flags: AccountabilityFlags;
  /** Competition rank (1, 2, 2, 4) within the category and overall, among all units. */
  categoryRank: number;
  overallRank: number;
  /**
   * 十大效能之星 (SPEC §9): a unit flagged 通报批评 or 诫勉谈话 in the year is not eligible, nor is a
   * unit missing from the register; the others are ranked among themselves. With the setting off
   * every unit is eligible and these ranks equal categoryRank / overallRank.
   */
  shortlist: UnitShortlist;
}

export interface ScoreUnitsInput {
  year: number;
  asOf: DateOnly;
  /** The notice log: the single source of notices (voided ones never count). */
  log: readonly LoggedNotice[];
  escalations: readonly ItemEscalation[];
  register: readonly UnitRecord[];
  rules: RuleSet;
  /** Maps aliases in hand-edited log rows to register names. */
  units?: UnitDirectory;
}

interface Tally {
  items: number;
  done: number;
  doneOnTime: number;
  due: number;
  openOverdue: number;
  notices: NoticeCounts;
  redsByItem: Map<string, number>;
}

/**
 * Unit scores for one assessment year (SPEC §5): notices by issue date in the year (valid only,
 * up to the as-of date), items assigned in the year, bonuses, flags and rankings.
 *
 * @example
 * // escalations and log: as in countPeriod's example (one item, one blue and one yellow)
 * const [s] = scoreUnits({ year: 2020, asOf: '2020-06-01', log, escalations, register: [], rules: XIANGYIN_2020 });
 * [s.unit, s.items, s.total] // → ['县住建局', 1, -3]
 */
export function scoreUnits(input: ScoreUnitsInput): UnitScore[] {
  const { year, asOf, rules } = input;
  const { from, to } = assessmentSpan(year, asOf);
  const tallies = new Map<string, Tally>();
  const tally = (unit: string): Tally => {
    let t = tallies.get(unit);
    if (!t) tallies.set(unit, (t = { items: 0, done: 0, doneOnTime: 0, due: 0, openOverdue: 0, notices: { blue: 0, yellow: 0, red: 0 }, redsByItem: new Map() }));
    return t;
  };
  for (const r of input.register) tally(r.name);

  for (const e of input.escalations) {
    const assigned = e.item.assigned;
    if (assigned === null || assigned < from || assigned > to) continue;
    const deadline = e.deadline.deadline;
    const onTime = e.doneOn !== null && deadline !== null && e.doneOn <= deadline;
    const due = deadline !== null && (deadline <= asOf || e.done);
    const overdue = !e.done && deadline !== null && deadline < asOf;
    for (const unit of e.item.units) {
      const t = tally(unit);
      t.items++;
      if (e.done) t.done++;
      if (onTime) t.doneOnTime++;
      if (due) t.due++;
      if (overdue) t.openOverdue++;
    }
  }

  for (const n of input.log) {
    if (n.voided || n.issueDate < from || n.issueDate > to) continue;
    const t = tally(input.units?.resolve(n.unit) ?? n.unit);
    t.notices[n.color]++;
    if (n.color === 'red') t.redsByItem.set(n.itemId, (t.redsByItem.get(n.itemId) ?? 0) + 1);
  }

  const categories = new Map(input.register.map((r) => [r.name, r.category ?? UNCATEGORIZED]));
  const provisional = asOf < `${year + 1}-01-01`;
  const scores: UnitScore[] = [...tallies].map(([unit, t]) => {
    const flags = flagsOf(t, rules);
    const reason = rules.scoring.shortlistEligibility ? ineligibility(flags, categories.has(unit)) : null;
    return {
      unit,
      category: categories.get(unit) ?? UNCATEGORIZED,
      items: t.items,
      done: t.done,
      doneOnTime: t.doneOnTime,
      onTimeRate: t.due === 0 ? null : t.doneOnTime / t.due,
      openOverdue: t.openOverdue,
      notices: t.notices,
      ...scoreFromCounts(t.notices, t.items, rules),
      provisional,
      flags,
      categoryRank: 0,
      overallRank: 0,
      shortlist: reason === null ? { eligible: true, categoryRank: 0, overallRank: 0 } : { eligible: false, reason },
    };
  });
  rankWithinCategoriesAndOverall(scores, (s, r) => (s.categoryRank = r), (s, r) => (s.overallRank = r));
  const eligible = scores.filter((s): s is EligibleScore => s.shortlist.eligible);
  rankWithinCategoriesAndOverall(eligible, (s, r) => (s.shortlist.categoryRank = r), (s, r) => (s.shortlist.overallRank = r));
  return scores.sort((a, b) => compareScores(a, b) || a.unit.localeCompare(b.unit, 'zh-CN'));
}

/**
 * Whether a shortlist standing is within the first SHORTLIST_LENGTH places of the category or overall.
 *
 * @example
 * isShortlisted({ eligible: true, categoryRank: 3, overallRank: 12 }, 'category') // → true
 * isShortlisted({ eligible: true, categoryRank: 3, overallRank: 12 }, 'overall') // → false
 */
export function isShortlisted(shortlist: UnitShortlist, within: 'category' | 'overall'): boolean {
  return shortlist.eligible && (within === 'category' ? shortlist.categoryRank : shortlist.overallRank) <= SHORTLIST_LENGTH;
}

type EligibleScore = UnitScore & { shortlist: Extract<UnitShortlist, { eligible: true }> };

/** Why a unit is not eligible (SPEC §9), the heavier flag first; null when it is. */
function ineligibility(flags: AccountabilityFlags, registered: boolean): string | null {
  if (flags.admonition) return SHORTLIST_REASONS.admonition;
  if (flags.criticism) return SHORTLIST_REASONS.criticism;
  if (!registered) return SHORTLIST_REASONS.notInRegister;
  return null;
}

function rankWithinCategoriesAndOverall<T extends UnitScore>(list: T[], category: (s: T, rank: number) => void, overall: (s: T, rank: number) => void): void {
  assignRanks(list, overall);
  for (const c of new Set(list.map((s) => s.category))) assignRanks(list.filter((s) => s.category === c), category);
}

function flagsOf(t: Tally, rules: RuleSet): AccountabilityFlags {
  const reasons: string[] = [];
  const { criticismReds, admonitionReds } = rules.scoring;
  const worstItem = [...t.redsByItem].reduce<[string, number] | null>((w, e) => (w === null || e[1] > w[1] ? e : w), null);
  if (t.notices.red >= criticismReds) reasons.push(`年度累计${t.notices.red}次红色督办单`);
  if (worstItem && worstItem[1] >= criticismReds) reasons.push(`同一事项（${worstItem[0]}）${worstItem[1]}次红色督办单`);
  const most = Math.max(t.notices.red, worstItem?.[1] ?? 0);
  return { criticism: most >= criticismReds, admonition: most >= admonitionReds, reasons };
}

/** Higher score first; ties broken by fewer reds, fewer yellows, higher on-time rate (SPEC §5). */
function compareScores(a: UnitScore, b: UnitScore): number {
  return b.total - a.total || a.notices.red - b.notices.red || a.notices.yellow - b.notices.yellow || (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1);
}

/** Competition ranking (1, 2, 2, 4): units equal on every tie-break share a rank. */
function assignRanks<T extends UnitScore>(list: T[], set: (s: T, rank: number) => void): void {
  const sorted = [...list].sort(compareScores);
  let rank = 0;
  sorted.forEach((s, i) => {
    if (i === 0 || compareScores(sorted[i - 1], s) !== 0) rank = i + 1;
    set(s, rank);
  });
}
