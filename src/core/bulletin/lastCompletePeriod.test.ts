import { lastCompleteMonth, lastCompletePeriod } from './lastCompletePeriod';
import { dateOnly } from '../../../test/support/dateOnly';

describe('lastCompletePeriod', () => {
  it('is the period before the one holding today', () => {
    expect(lastCompleteMonth(dateOnly('2020-06-01')).code).toBe('2020-05');
    expect(lastCompleteMonth(dateOnly('2020-05-31')).code).toBe('2020-04');
    expect(lastCompleteMonth(dateOnly('2020-01-15')).code).toBe('2019-12');
    // 2020-05-11 is a Monday: last week is May 4–10.
    expect(lastCompletePeriod('week', dateOnly('2020-05-11')).code).toBe('2020-W19');
    expect(lastCompletePeriod('half', dateOnly('2020-07-01')).code).toBe('2020-H1');
    expect(lastCompletePeriod('year', dateOnly('2021-01-01')).code).toBe('2020');
  });
});
