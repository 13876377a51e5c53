import { addYears } from '../dates/addYears';
import { yearOf, type DateOnly } from '../dates/dateOnly';
import type { NoticeColor, RuleSet } from '../rules/ruleSet';
import type { PlannedNotice } from './planNotices';

/** The rule set's limits on one run's notices (SPEC §9: 200 notices, one year). */
export type NoticeLimits = Pick<RuleSet['notices'], 'maxPerRun' | 'maxAgeYears'>;

/**
 * Why a run's notices want the user's confirmation:
 * - `too-many`: `count` notices, more than `limit` (notices.maxPerRun);
 * - `too-old`: `count` of them issued before `before`, the day `years` years before the as-of
 *   date (notices.maxAgeYears); `oldest` is the earliest issue date among them.
 */
export type NoticeDoubtReason =
  | { kind: 'too-many'; count: number; limit: number }
  | { kind: 'too-old'; count: number; years: number; before: DateOnly; oldest: DateOnly };

/** A doubtful run: why, and what it would issue, counted three ways for the user to judge. */
export interface NoticeDoubt {
  asOf: DateOnly;
  /** Too many first, then too old; never empty. */
  reasons: NoticeDoubtReason[];
  total: number;
  byColor: Record<NoticeColor, number>;
  /** Every unit, most notices first, then by name (code point order, as the plan sorts units). */
  byUnit: Array<{ unit: string; count: number }>;
  /** By the month of the issue date ('YYYY-MM'), earliest first. */
  byMonth: Array<{ month: string; count: number }>;
}

/**
 * Plausibility before the log (SPEC §9): the notices a run is about to append to the append-only
 * 督办单登记 need the user's explicit confirmation when there are more than `limits.maxPerRun` of
 * them, or when any is issued more than `limits.maxAgeYears` years before `asOf`. Returns null when
 * neither holds (issue without asking), else the doubt with its reasons and counts.
 *
 * "N years before" is the same calendar day N years earlier (addYears): as of 2020-07-01, with one
 * year, a notice issued on 2019-07-01 is fine and one issued on 2019-06-30 is too old. As of
 * 2020-02-29 the day is 2019-02-28 (a year without February 29 takes the 28th): a notice of
 * 2019-02-28 is fine, one of 2019-02-27 too old.
 *
 * @example
 * const n = (issueDate: string, color = 'red', unit = '县住建局') => ({ issueDate, color, unit });
 * checkNoticePlausibility([n('2020-06-28')], '2020-07-01', { maxPerRun: 200, maxAgeYears: 1 }) // → null
 * checkNoticePlausibility([n('2019-06-30'), n('2020-06-28', 'blue')], '2020-07-01', { maxPerRun: 200, maxAgeYears: 1 })
 * // → { asOf: '2020-07-01', total: 2,
 * //     reasons: [{ kind: 'too-old', count: 1, years: 1, before: '2019-07-01', oldest: '2019-06-30' }],
 * //     byColor: { red: 1, yellow: 0, blue: 1 }, byUnit: [{ unit: '县住建局', count: 2 }],
 * //     byMonth: [{ month: '2019-06', count: 1 }, { month: '2020-06', count: 1 }] }
 */
export function checkNoticePlausibility(
  notices: ReadonlyArray<Pick<PlannedNotice, 'color' | 'unit' | 'issueDate'>>,
  asOf: DateOnly,
  limits: NoticeLimits,
): NoticeDoubt | null {
  const reasons: NoticeDoubtReason[] = [];
  if (notices.length > limits.maxPerRun) reasons.push({ kind: 'too-many', count: notices.length, limit: limits.maxPerRun });
  // Before year 1 there is no day to be older than.
  if (yearOf(asOf) - limits.maxAgeYears >= 1) {
    const before = addYears(asOf, -limits.maxAgeYears);
    let count = 0;
    let oldest: DateOnly | null = null;
    for (const n of notices) {
      if (n.issueDate >= before) continue;
      count++;
      if (oldest === null || n.issueDate < oldest) oldest = n.issueDate;
    }
    if (oldest !== null) reasons.push({ kind: 'too-old', count, years: limits.maxAgeYears, before, oldest });
  }
  if (reasons.length === 0) return null;

  const byColor: Record<NoticeColor, number> = { red: 0, yellow: 0, blue: 0 };
  const units = new Map<string, number>();
  const months = new Map<string, number>();
  for (const n of notices) {
    byColor[n.color]++;
    units.set(n.unit, (units.get(n.unit) ?? 0) + 1);
    const month = n.issueDate.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
  }
  const byUnit = [...units].map(([unit, count]) => ({ unit, count }));
  byUnit.sort((a, b) => b.count - a.count || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const byMonth = [...months].map(([month, count]) => ({ month, count }));
  byMonth.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return { asOf, reasons, total: notices.length, byColor, byUnit, byMonth };
}
