import type { DateOnly } from '../dates/dateOnly';
import type { Period } from './period';

/**
 * The date to escalate the ledger as of for a bulletin made on `today`: the period end for a
 * period that is over (the bulletin shows the period as it stood then, whatever happened since),
 * else today (the numbers to date).
 *
 * @example
 * bulletinAsOf(makePeriod('month', 2020, 5)!, '2020-06-03') // → '2020-05-31'
 * bulletinAsOf(makePeriod('month', 2020, 6)!, '2020-06-03') // → '2020-06-03'
 */
export function bulletinAsOf(period: Period, today: DateOnly): DateOnly {
  return today < period.end ? today : period.end;
}
