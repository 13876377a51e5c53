import { dateOf, dayOfWeek, fromDayNumber, monthOf, toDayNumber, yearOf, type DateOnly } from '../dates/dateOnly';
import { makePeriod } from './makePeriod';
import type { Period, PeriodKind } from './period';

/**
 * The period of `kind` that contains `anchor` (a week runs Monday–Sunday, ISO numbering).
 *
 * @example
 * periodOf('week', '2021-01-01').code // → '2020-W53'
 * periodOf('half', '2020-07-01').label // → '2020年下半年'
 */
export function periodOf(kind: PeriodKind, anchor: DateOnly): Period {
  let year = yearOf(anchor);
  let index: number;
  if (kind === 'week') {
    const day = toDayNumber(anchor);
    const thursday = day - ((dayOfWeek(anchor) + 6) % 7) + 3;
    year = yearOf(fromDayNumber(thursday));
    index = Math.floor((thursday - toDayNumber(dateOf(year, 1, 1))) / 7) + 1;
  } else {
    index = kind === 'month' ? monthOf(anchor) : kind === 'half' ? (monthOf(anchor) <= 6 ? 1 : 2) : 1;
  }
  const period = makePeriod(kind, year, index);
  if (period === null) throw new RangeError(`no ${kind} period around ${anchor}`);
  return period;
}
