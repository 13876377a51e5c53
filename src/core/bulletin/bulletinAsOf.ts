import type { DateOnly } from '../dates/dateOnly';
import type { Period } from './period';

/**
 * The date to escalate the ledger as of for a bulletin made on `today`: the period end for a
 * period that is over (the bulletin shows the period as it stood then, whatever happened since),
 * else today (the numbers to date).
 */
export function bulletinAsOf(period: Period, today: DateOnly): DateOnly {
  return today < period.end ? today : period.end;
}
