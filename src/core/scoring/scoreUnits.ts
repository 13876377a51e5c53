import type { DateOnly } from '../dates/dateOnly';
import type { ItemEscalation, LoggedNotice } from '../escalation/escalate';
import type { UnitDirectory } from '../ledger/unitDirectory';
import type { UnitRecord } from '../register/parseUnitRegister';
import type { RuleSet } from '../rules/ruleSet';
import { assessmentSpan } from './assessmentSpan';
import { scoreFromCounts, type NoticeCounts, type ScoreBreakdown } from './scoreFromCounts';

export const UNCATEGORIZED = '未分类';

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
  /** Competition rank (1, 2, 2, 4) within the category and overall. */
  categoryRank: number;
  overallRank: number;
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
  const scores: UnitScore[] = [...tallies].map(([unit, t]) => ({
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
    flags: flagsOf(t, rules),
    categoryRank: 0,
    overallRank: 0,
  }));
  assignRanks(scores, (s, r) => (s.overallRank = r));
  for (const category of new Set(scores.map((s) => s.category))) {
    assignRanks(scores.filter((s) => s.category === category), (s, r) => (s.categoryRank = r));
  }
  return scores.sort((a, b) => compareScores(a, b) || a.unit.localeCompare(b.unit, 'zh-CN'));
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
function assignRanks(list: UnitScore[], set: (s: UnitScore, rank: number) => void): void {
  const sorted = [...list].sort(compareScores);
  let rank = 0;
  sorted.forEach((s, i) => {
    if (i === 0 || compareScores(sorted[i - 1], s) !== 0) rank = i + 1;
    set(s, rank);
  });
}
