import type { DateOnly } from '../dates/dateOnly';

/**
 * '2020-05-18' → '2020年5月18日', as official documents write dates.
 *
 * @example
 * formatChineseDate('2020-05-08') // → '2020年5月8日'
 */
export function formatChineseDate(date: DateOnly): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/**
 * '2020-05-11' → '5月11日' when in `year`, else the full date (an SMS has no room for the year).
 *
 * @example
 * formatMonthDay('2020-05-11', 2020) // → '5月11日'
 * formatMonthDay('2019-12-31', 2020) // → '2019年12月31日'
 */
export function formatMonthDay(date: DateOnly, year: number): string {
  return Number(date.slice(0, 4)) === year ? `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日` : formatChineseDate(date);
}
