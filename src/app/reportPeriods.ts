import { bulletinAsOf, lastCompletePeriod, periodOf, previousPeriod, type Period, type PeriodKind } from '../core/bulletin';
import { yearOf, type DateOnly } from '../core/dates/dateOnly';

/** The day a bulletin's numbers stand on: the period's end, or today while the period runs. */
export { bulletinAsOf };

/** Years offered for 考核年度: the 截止日期's year first, then the four before it. */
export const YEARS_OFFERED = 5;

/**
 * The 考核年度 offered on `reference` (the 截止日期), newest first.
 *
 * @example
 * yearChoices('2020-07-01') // [2020, 2019, 2018, 2017, 2016]
 */
export function yearChoices(reference: DateOnly): number[] {
  const year = yearOf(reference);
  return Array.from({ length: YEARS_OFFERED }, (_, i) => year - i);
}

/**
 * The 考核年度 in force: the one chosen, else the 截止日期's year.
 *
 * @example
 * assessmentYear(null, '2020-07-01') // 2020
 */
export function assessmentYear(chosen: number | null, reference: DateOnly): number {
  return chosen ?? yearOf(reference);
}

/** How many complete periods the 期次 list offers before the one under way. */
const PERIODS_OFFERED: Record<PeriodKind, number> = { week: 12, month: 12, half: 4, year: 4 };

/** A 期次 offered; `underWay`: the period `reference` falls in, its numbers to date. */
export interface OfferedPeriod {
  period: Period;
  underWay: boolean;
}

/**
 * The 期次 offered for `kind` on `reference` (the 截止日期): the period under way, then the complete
 * ones, newest first. The chosen period is kept in the list even when the 截止日期 has moved away
 * from it, so a list always shows what will be generated.
 *
 * @example
 * offeredPeriods('month', '2020-07-01').slice(0, 2).map((p) => p.period.label) // ['2020年7月', '2020年6月']
 */
export function offeredPeriods(kind: PeriodKind, reference: DateOnly, chosen: Period | null = null): OfferedPeriod[] {
  const current = periodOf(kind, reference);
  const offered: OfferedPeriod[] = [{ period: current, underWay: true }];
  let p = current;
  for (let i = 0; i < PERIODS_OFFERED[kind]; i++) {
    p = previousPeriod(p);
    offered.push({ period: p, underWay: false });
  }
  if (chosen !== null && chosen.kind === kind && !offered.some((c) => c.period.code === chosen.code)) offered.push({ period: chosen, underWay: false });
  return offered;
}

/**
 * The period a bulletin covers: the chosen one, else the last complete one of `kind` before the 截止日期.
 *
 * @example
 * bulletinPeriod(null, 'month', '2020-07-01').label // '2020年6月'
 */
export function bulletinPeriod(chosen: Period | null, kind: PeriodKind, reference: DateOnly): Period {
  return chosen ?? lastCompletePeriod(kind, reference);
}
