import { findUncoveredYears } from './findUncoveredYears';
import { createWorkCalendar } from './workCalendar';

const cal = createWorkCalendar();

describe('findUncoveredYears', () => {
  it('names 2027 when a date falls there', () => {
    expect(findUncoveredYears(cal, ['2020-05-11', '2027-01-04'])).toEqual([2027]);
  });

  it('returns distinct years in ascending order, before and after the data', () => {
    const dates = ['2028-03-01', '2020-01-01', '2027-01-04', '2027-06-30', '2003-05-05', '2026-12-31'];
    expect(findUncoveredYears(cal, dates)).toEqual([2003, 2027, 2028]);
  });

  it('drops a year once it is declared as entered', () => {
    const declared = createWorkCalendar({ declaredYears: [2027] });
    expect(findUncoveredYears(declared, ['2020-05-11', '2027-01-04'])).toEqual([]);
    expect(findUncoveredYears(declared, ['2027-01-04', '2028-03-01'])).toEqual([2028]);
  });

  it('accepts any iterable, including an empty one', () => {
    expect(findUncoveredYears(cal, [])).toEqual([]);
    expect(findUncoveredYears(cal, new Set(['2030-01-01', '2029-01-01']))).toEqual([2029, 2030]);
  });
});
