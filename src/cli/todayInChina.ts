import type { DateOnly } from '../core/dates/dateOnly';

/** Today's date in China (Asia/Shanghai), whatever the machine's zone: the ledgers' own calendar. */
export function todayInChina(now: Date = new Date()): DateOnly {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
