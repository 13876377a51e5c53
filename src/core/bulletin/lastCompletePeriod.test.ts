import { lastCompleteMonth, lastCompletePeriod } from './lastCompletePeriod';

describe('lastCompletePeriod', () => {
  it('is the period before the one holding today', () => {
    expect(lastCompleteMonth('2020-06-01').code).toBe('2020-05');
    expect(lastCompleteMonth('2020-05-31').code).toBe('2020-04');
    expect(lastCompleteMonth('2020-01-15').code).toBe('2019-12');
    // 2020-05-11 is a Monday: last week is May 4–10.
    expect(lastCompletePeriod('week', '2020-05-11').code).toBe('2020-W19');
    expect(lastCompletePeriod('half', '2020-07-01').code).toBe('2020-H1');
    expect(lastCompletePeriod('year', '2021-01-01').code).toBe('2020');
  });
});
