import { addDays } from '../dates/dateOnly';
import { periodOf } from './periodOf';
import type { Period } from './period';

/**
 * The period of the same kind just before `period` (the bulletin's "上期").
 *
 * @example
 * previousPeriod(makePeriod('month', 2020, 1)!).code // → '2019-12'
 */
export function previousPeriod(period: Period): Period {
  return periodOf(period.kind, addDays(period.start, -1));
}

/**
 * The period of the same kind just after `period` (for "下期到期事项").
 *
 * @example
 * nextPeriod(makePeriod('week', 2020, 53)!).code // → '2021-W01'
 */
export function nextPeriod(period: Period): Period {
  return periodOf(period.kind, addDays(period.end, 1));
}
