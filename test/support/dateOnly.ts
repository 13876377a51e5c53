import { parseDateOnly, type DateOnly } from '../../src/core/dates/dateOnly';

/**
 * A literal date in a test, minted the way the edges mint one (parseDateOnly); a typo in a test
 * date fails the test instead of reaching the core.
 *
 * @example
 * dateOnly('2020-07-01') // '2020-07-01' as a DateOnly
 */
export function dateOnly(text: string): DateOnly {
  const date = parseDateOnly(text);
  if (date === null) throw new RangeError(`not a date: ${text}`);
  return date;
}

/**
 * Text that is no date, typed as a DateOnly anyway: for the tests that the core refuses a malformed
 * value (a programming error) rather than reading it. The one cast in the tests, kept here.
 *
 * @example
 * expect(() => toDayNumber(malformedDate('2020/03/01'))).toThrow(RangeError)
 */
export function malformedDate(text: string): DateOnly {
  return text as DateOnly;
}
