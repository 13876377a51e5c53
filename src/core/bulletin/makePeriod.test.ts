import { isoWeeksInYear, makePeriod } from './makePeriod';

describe('makePeriod', () => {
  it('knows 52- and 53-week years', () => {
    expect([2015, 2019, 2020, 2021, 2026].map(isoWeeksInYear)).toEqual([53, 52, 53, 52, 53]);
    expect(makePeriod('week', 2021, 53)).toBeNull();
    expect(makePeriod('week', 2020, 0)).toBeNull();
    expect(makePeriod('month', 2020, 13)).toBeNull();
    expect(makePeriod('half', 2020, 3)).toBeNull();
    expect(makePeriod('year', 2020, 2)).toBeNull();
  });
});
