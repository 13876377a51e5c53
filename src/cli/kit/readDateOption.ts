import { parseDateOnly, type DateOnly } from '../../core/dates/dateOnly';
import type { Clock } from '../../app/ports/clock';
import { UsageError } from './usageError';

/**
 * The date an option such as `--as-of` gives, or today's when it is not given.
 *
 * @example
 * readDateOption('as-of', '2020-07-01', () => '2020-08-01') // '2020-07-01'
 * readDateOption('as-of', undefined, () => '2020-08-01') // '2020-08-01'
 * readDateOption('as-of', '2020-02-30', today) // throws UsageError('--as-of 应为 YYYY-MM-DD 格式的有效日期：2020-02-30')
 */
export function readDateOption(option: string, text: string | undefined, today: Clock): DateOnly {
  if (text === undefined) return today();
  const date = parseDateOnly(text);
  if (date === null) throw new UsageError(`--${option} 应为 YYYY-MM-DD 格式的有效日期：${text}`);
  return date;
}
