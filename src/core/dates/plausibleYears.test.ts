import { isPlausibleYear, PLAUSIBLE_YEARS } from './plausibleYears';

describe('isPlausibleYear', () => {
  it('accepts 1900 through 2099 and nothing else', () => {
    expect(PLAUSIBLE_YEARS).toEqual({ earliest: 1900, latest: 2099 });
    expect([1899, 1900, 2020, 2099, 2100, 2, 0, 2020.5].map(isPlausibleYear)).toEqual([false, true, true, true, false, false, false, false]);
  });
});
