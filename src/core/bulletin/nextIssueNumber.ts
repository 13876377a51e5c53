import { parseBulletinSheetName } from './bulletinSheetName';
import type { Period } from './period';

export interface IssueNumberOptions {
  /**
   * Number the issues of each kind within a year (2020年1月 is 第1期 again in 2021), as a year's
   * bulletins are usually numbered; false = one series across years. Default true.
   */
  perYear?: boolean;
}

/**
 * The issue number (期数) for a bulletin of `period`, from the names of the workbook's sheets:
 * one more than the last earlier bulletin of the same kind (第4期 for April → 第5期 for May,
 * whatever months were skipped); the same number when the period already has a bulletin (a
 * corrected re-issue); 1 when there is none.
 *
 * @example
 * nextIssueNumber(['督办通报 2020年4月（第4期）', '督办台账'], makePeriod('month', 2020, 6)!) // → 5
 */
export function nextIssueNumber(sheetNames: Iterable<string>, period: Period, options: IssueNumberOptions = {}): number {
  const perYear = options.perYear ?? true;
  const target = period.year * 100 + period.index;
  let same = 0;
  let last: { at: number; issue: number } | null = null;
  for (const name of sheetNames) {
    const ref = parseBulletinSheetName(name);
    if (ref === null || ref.kind !== period.kind || (perYear && ref.year !== period.year)) continue;
    const at = ref.year * 100 + ref.index;
    if (at === target) same = Math.max(same, ref.issue);
    else if (at < target && (last === null || at > last.at || (at === last.at && ref.issue > last.issue))) last = { at, issue: ref.issue };
  }
  if (same > 0) return same;
  return last === null ? 1 : last.issue + 1;
}
