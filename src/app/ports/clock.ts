import { parseDateOnly, type DateOnly } from '../../core/dates/dateOnly';

/** Today's date as the ledgers count days: a parameter of every use case that needs "today", so tests fix it. */
export type Clock = () => DateOnly;

/**
 * Today's date in China (Asia/Shanghai), whatever the machine's zone: the ledgers' own calendar.
 *
 * @example
 * todayInChina(new Date('2020-06-30T17:00:00Z')) // '2020-07-01' (01:00 in Beijing)
 */
export function todayInChina(now: Date = new Date()): DateOnly {
  const text = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const date = parseDateOnly(text);
  // en-CA writes 'YYYY-MM-DD'; anything else is a runtime without that locale's format.
  if (date === null) throw new RangeError(`today is not a date: ${text}`);
  return date;
}

/** The clock of every host: the pane, the ribbon and the command line. */
export const chinaClock: Clock = () => todayInChina();
