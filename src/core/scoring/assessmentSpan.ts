import { dateOf, type DateOnly } from '../dates/dateOnly';

/**
 * The days an assessment year's score counts (SPEC §5): from the year's first day to the as-of
 * date, or to the year's last day once it is over. The items assigned and the notices issued in
 * this span are the ones scored.
 *
 * @example
 * assessmentSpan(2020, '2020-07-01') // → { from: '2020-01-01', to: '2020-07-01' }
 * assessmentSpan(2020, '2021-03-01') // → { from: '2020-01-01', to: '2020-12-31' }
 */
export function assessmentSpan(year: number, asOf: DateOnly): { from: DateOnly; to: DateOnly } {
  const last = dateOf(year, 12, 31);
  return { from: dateOf(year, 1, 1), to: last < asOf ? last : asOf };
}
