import type { DateOnly } from '../dates/dateOnly';
import type { Period, PeriodKind } from './period';
import { periodOf } from './periodOf';
import { previousPeriod } from './shiftPeriod';

/**
 * The latest period of `kind` that is over on `today` (today is passed in: the core reads no
 * clock). On 2020-06-01 the last complete month is May; on 2020-05-31 it is April.
 */
export function lastCompletePeriod(kind: PeriodKind, today: DateOnly): Period {
  return previousPeriod(periodOf(kind, today));
}

/** The ribbon's 生成本月通报: the last complete month. */
export function lastCompleteMonth(today: DateOnly): Period {
  return lastCompletePeriod('month', today);
}
