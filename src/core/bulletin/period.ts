import type { DateOnly } from '../dates/dateOnly';

/** SPEC §8 "一周一汇总、一月一通报、半年一讲评、年终一考核". */
export type PeriodKind = 'week' | 'month' | 'half' | 'year';

export const PERIOD_KINDS: readonly PeriodKind[] = ['week', 'month', 'half', 'year'];

/** A bulletin period: an ISO week (Monday–Sunday), a month, a half-year or a year. */
export interface Period {
  kind: PeriodKind;
  /** The calendar year; for a week, its ISO week-year (the year of its Thursday). */
  year: number;
  /** Week 1–53, month 1–12, half 1–2, 1 for a year. */
  index: number;
  /** First and last day, inclusive. */
  start: DateOnly;
  end: DateOnly;
  /** The command line's spelling: '2020-05', '2020-W19', '2020-H1', '2020'. */
  code: string;
  /** '2020年5月', '2020年第19周（5月4日—5月10日）', '2020年上半年', '2020年'. */
  label: string;
  /** The label without a week's dates, short enough for a sheet name: '2020年第19周'. */
  shortLabel: string;
}
