import type { DateOnly } from '../dates/dateOnly';
import type { ItemEscalation, LoggedNotice } from '../escalation/escalate';
import { deadlineDueWithin } from '../escalation/findDueSoon';
import { createUnitDirectory } from '../ledger/unitDirectory';
import { formatChineseDate } from '../notices/formatChineseDate';
import { UNIT_CATEGORIES, type UnitRecord } from '../register/parseUnitRegister';
import type { RuleSet } from '../rules/ruleSet';
import type { NoticeCounts } from '../scoring/scoreFromCounts';
import { scoreUnits, UNCATEGORIZED } from '../scoring/scoreUnits';
import { formatBulletinSheetName } from './bulletinSheetName';
import { countPeriod, type BulletinCounts } from './countPeriod';
import { escalationsOn } from './itemStateOn';
import type { Period } from './period';
import { nextPeriod, previousPeriod } from './shiftPeriod';

/** What a bulletin reads: a LedgerAnalysis has all of it. */
export interface BulletinInput {
  /** The date the escalations were worked out for; the bulletin counts up to min(this, period end). */
  asOf: DateOnly;
  rules: RuleSet;
  escalations: readonly ItemEscalation[];
  register: readonly UnitRecord[];
}

/** A notice log row; the log's own 督办事项 text names an item the ledger no longer has. */
export type BulletinLogEntry = LoggedNotice & { title?: string };

export interface BuildBulletinOptions {
  /** The issue number (期数), from nextIssueNumber. */
  issue: number;
}

export interface BulletinUnitRow {
  unit: string;
  category: string;
  /** Items naming the unit as supervised (co-units excluded) assigned in the period. */
  assigned: number;
  /** Valid notices the unit received in the period, by color. */
  notices: NoticeCounts;
  /** From the unit scores of the bulletin's year as of its date; null when the unit has none that year. */
  yearItems: number | null;
  score: number | null;
  categoryRank: number | null;
  overallRank: number | null;
}

export interface BulletinRedItem {
  itemId: string;
  title: string;
  unit: string;
  /** Red notices to this unit on this item issued in the period. */
  count: number;
  dates: DateOnly[];
}

export interface BulletinCriticism {
  unit: string;
  category: string;
  /** Red notices in the year to date. */
  reds: number;
  /** ≥ 3 reds: 诫勉谈话 as well. */
  admonition: boolean;
  reasons: string[];
}

export interface BulletinDueItem {
  itemId: string | null;
  /** Ledger row. */
  row: number;
  title: string;
  units: string[];
  deadline: DateOnly;
}

export interface BulletinData {
  /** '湘阴县人民政府督查室 2020年5月督办工作通报（第5期）'. */
  title: string;
  office: string;
  issue: number;
  /** The wanted sheet name, which records kind, period and issue: '督办通报 2020年5月（第5期）'. */
  sheetName: string;
  period: Period;
  previous: Period;
  next: Period;
  /** The day the numbers stand on: the period end, or the as-of date when that is earlier. */
  asOf: DateOnly;
  /** The period is not over on the as-of date: the numbers are to date. */
  partial: boolean;
  /** The unit scores are this year's, as of `asOf`; provisional until the year is over (暂计). */
  scoreYear: number;
  provisional: boolean;
  counts: BulletinCounts;
  /** The previous period's counts (as of its end, or the as-of date) and the change from them. */
  previousCounts: BulletinCounts;
  change: BulletinCounts;
  /** The headline in one sentence; says so when nothing happened. */
  summary: string;
  /** Nothing was assigned, completed or issued in the period. */
  empty: boolean;
  units: BulletinUnitRow[];
  redItems: BulletinRedItem[];
  /** Units due for 通报批评 (and 诫勉谈话) on their reds in the year to date (附件第十条). */
  criticism: BulletinCriticism[];
  /** Items not done whose deadline in force falls in the next period. */
  dueNext: BulletinDueItem[];
}

// One collator for every sort: localeCompare with a locale builds one per call.
const byName = new Intl.Collator('zh-CN').compare;
/** Units without a score this year sort after the ranked ones. */
const UNRANKED = Number.MAX_SAFE_INTEGER;
const noNotices = (): NoticeCounts => ({ blue: 0, yellow: 0, red: 0 });
const categoryOrder = (c: string) => {
  const i = (UNIT_CATEGORIES as readonly string[]).indexOf(c);
  return i === -1 ? UNIT_CATEGORIES.length : i;
};

/**
 * The bulletin of one period (SPEC §8), from escalations worked out as of a date on or after the
 * period end (a date inside the period gives the numbers to date, marked partial) and the notice
 * log, the single source of notices: counts, notices by color, the per-unit table with the score
 * to date and rank, red-notice items, units due for 通报批评, items falling due next period, and
 * the change against the previous period.
 *
 * @example
 * // escalations and log: as in countPeriod's example
 * const b = buildBulletin({ asOf: '2020-06-01', rules: XIANGYIN_2020, escalations, register: [] }, log, makePeriod('month', 2020, 5)!, { issue: 5 });
 * b.sheetName // → '督办通报 2020年5月（第5期）'
 * b.summary // → '本期无新交办事项，发出督办单2份（蓝色1份、黄色1份、红色0份）；期末在办1项，其中逾期未办结1项。'
 */
export function buildBulletin(input: BulletinInput, log: readonly BulletinLogEntry[], period: Period, options: BuildBulletinOptions): BulletinData {
  const office = input.rules.notices.office;
  const to = input.asOf < period.end ? input.asOf : period.end;
  const partial = input.asOf < period.end;
  const previous = previousPeriod(period);
  const next = nextPeriod(period);
  const escalations = input.escalations;

  const counts = countPeriod(escalations, log, period.start, to);
  const previousCounts = countPeriod(escalations, log, previous.start, input.asOf < previous.end ? input.asOf : previous.end);

  const directory = input.register.length > 0 ? createUnitDirectory(input.register) : undefined;
  const resolve = (unit: string) => directory?.resolve(unit) ?? unit;
  const scoreYear = period.year;
  const scores = scoreUnits({
    year: scoreYear,
    asOf: to,
    log,
    escalations: to < input.asOf ? escalationsOn(escalations, to) : escalations,
    register: input.register,
    rules: input.rules,
    units: directory,
  });

  const rows = new Map<string, BulletinUnitRow>();
  for (const s of scores) {
    rows.set(s.unit, { unit: s.unit, category: s.category, assigned: 0, notices: noNotices(), yearItems: s.items, score: s.total, categoryRank: s.categoryRank, overallRank: s.overallRank });
  }
  const row = (unit: string): BulletinUnitRow => {
    let r = rows.get(unit);
    if (!r) rows.set(unit, (r = { unit, category: UNCATEGORIZED, assigned: 0, notices: noNotices(), yearItems: null, score: null, categoryRank: null, overallRank: null }));
    return r;
  };

  const dueNext: BulletinDueItem[] = [];
  for (const e of escalations) {
    const assigned = e.item.assigned;
    if (assigned !== null && assigned > to) continue;
    if (assigned !== null && assigned >= period.start) for (const unit of e.item.units) row(unit).assigned++;
    // Open at the period end and due in the next period: the same reading as 临期's (deadlineDueWithin).
    const deadline = deadlineDueWithin(e, to, next.start, next.end);
    if (deadline !== null) dueNext.push({ itemId: e.item.id, row: e.item.row, title: e.item.title, units: e.item.units, deadline });
  }
  dueNext.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.row - b.row));

  const reds = new Map<string, BulletinRedItem>();
  const logTitles = new Map<string, string>();
  for (const n of log) {
    if (n.voided || n.issueDate < period.start || n.issueDate > to) continue;
    const unit = resolve(n.unit);
    row(unit).notices[n.color]++;
    if (n.color !== 'red') continue;
    const key = `${n.itemId}\u0000${unit}`;
    let red = reds.get(key);
    if (!red) reds.set(key, (red = { itemId: n.itemId, title: '', unit, count: 0, dates: [] }));
    red.count++;
    red.dates.push(n.issueDate);
    if (n.title && !logTitles.has(n.itemId)) logTitles.set(n.itemId, n.title);
  }
  const redItems = [...reds.values()];
  if (redItems.length > 0) {
    const ledgerTitles = new Map<string, string>();
    const wanted = new Set(redItems.map((r) => r.itemId));
    for (const e of escalations) {
      const id = e.item.id;
      if (id !== null && wanted.has(id) && !ledgerTitles.has(id)) ledgerTitles.set(id, e.item.title);
    }
    for (const r of redItems) {
      r.title = ledgerTitles.get(r.itemId) ?? logTitles.get(r.itemId) ?? '';
      r.dates.sort();
    }
    redItems.sort((a, b) => b.count - a.count || byName(a.itemId, b.itemId) || byName(a.unit, b.unit));
  }

  const units = [...rows.values()].sort(
    (a, b) =>
      categoryOrder(a.category) - categoryOrder(b.category) ||
      byName(a.category, b.category) ||
      (a.categoryRank ?? UNRANKED) - (b.categoryRank ?? UNRANKED) ||
      byName(a.unit, b.unit),
  );
  const criticism = scores
    .filter((s) => s.flags.criticism)
    .map((s) => ({ unit: s.unit, category: s.category, reds: s.notices.red, admonition: s.flags.admonition, reasons: s.flags.reasons }));

  const noticeTotal = counts.notices.blue + counts.notices.yellow + counts.notices.red;
  return {
    title: `${office} ${period.label}督办工作通报（第${options.issue}期）`,
    office,
    issue: options.issue,
    sheetName: formatBulletinSheetName(period, options.issue),
    period,
    previous,
    next,
    asOf: to,
    partial,
    scoreYear,
    provisional: to < `${scoreYear + 1}-01-01`,
    counts,
    previousCounts,
    change: difference(counts, previousCounts),
    summary: summarize(counts, partial ? `截至${formatChineseDate(to)}` : '期末'),
    empty: counts.assigned === 0 && counts.done === 0 && noticeTotal === 0,
    units,
    redItems,
    criticism,
    dueNext,
  };
}

function difference(a: BulletinCounts, b: BulletinCounts): BulletinCounts {
  return {
    assigned: a.assigned - b.assigned,
    done: a.done - b.done,
    doneOnTime: a.doneOnTime - b.doneOnTime,
    open: a.open - b.open,
    overdue: a.overdue - b.overdue,
    notices: { blue: a.notices.blue - b.notices.blue, yellow: a.notices.yellow - b.notices.yellow, red: a.notices.red - b.notices.red },
  };
}

/** '本期新交办督办事项3项，办结2项（其中按时办结1项），发出督办单5份（…）；期末在办6项，其中逾期未办结2项。' */
function summarize(c: BulletinCounts, end: string): string {
  const { blue, yellow, red } = c.notices;
  const notices = blue + yellow + red;
  const parts = [c.assigned > 0 ? `本期新交办督办事项${c.assigned}项` : '本期无新交办事项'];
  if (c.done > 0) parts.push(`办结${c.done}项（其中按时办结${c.doneOnTime}项）`);
  parts.push(notices > 0 ? `发出督办单${notices}份（蓝色${blue}份、黄色${yellow}份、红色${red}份）` : '无督办单发出');
  const open = c.open === 0 ? `${end}无在办事项` : `${end}在办${c.open}项，${c.overdue > 0 ? `其中逾期未办结${c.overdue}项` : '无逾期未办结事项'}`;
  return `${parts.join('，')}；${open}。`;
}
