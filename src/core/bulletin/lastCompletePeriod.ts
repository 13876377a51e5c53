import type { DateOnly } from '../dates/dateOnly';
import type { Period, PeriodKind } from './period';
import { periodOf } from './periodOf';
import { previousPeriod } from './shiftPeriod';

/**
 * The latest period of `kind` that is over on `today` (today is passed in: the core reads no
 * clock). On 2020-06-01 the last complete month is May; on 2020-05-31 it is April.
 *
 * @example
 * lastCompletePeriod('month', '2020-06-01').code // → '2020-05'
 * lastCompletePeriod('week', '2020-05-06').code // → '2020-W18'
 */
export function lastCompletePeriod(kind: PeriodKind, today: DateOnly): Period {
  return previousPeriod(periodOf(kind, today));
}

/**
 * The ribbon's 生成本月通报: the last complete month.
 *
 * @example
 * lastCompleteMonth('2020-05-31').label // → '2020年4月'
 */
export function lastCompleteMonth(today: DateOnly): Period {
  return lastCompletePeriod('month', today);
}
