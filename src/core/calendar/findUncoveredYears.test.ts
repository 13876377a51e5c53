import { findUncoveredYears } from './findUncoveredYears';
import { createWorkCalendar } from './workCalendar';
import { dateOnly } from '../../../test/support/dateOnly';

const cal = createWorkCalendar();

describe('findUncoveredYears', () => {
  it('names 2027 when a date falls there', () => {
    expect(findUncoveredYears(cal, [dateOnly('2020-05-11'), dateOnly('2027-01-04')])).toEqual([2027]);
  });

  it('returns distinct years in ascending order, before and after the data', () => {
    const dates = ['2028-03-01', '2020-01-01', '2027-01-04', '2027-06-30', '2003-05-05', '2026-12-31'].map(dateOnly);
    expect(findUncoveredYears(cal, dates)).toEqual([2003, 2027, 2028]);
  });

  it('drops a year once it is declared as entered', () => {
    const declared = createWorkCalendar({ declaredYears: [2027] });
    expect(findUncoveredYears(declared, [dateOnly('2020-05-11'), dateOnly('2027-01-04')])).toEqual([]);
    expect(findUncoveredYears(declared, [dateOnly('2027-01-04'), dateOnly('2028-03-01')])).toEqual([2028]);
  });

  it('accepts any iterable, including an empty one', () => {
    expect(findUncoveredYears(cal, [])).toEqual([]);
    expect(findUncoveredYears(cal, new Set([dateOnly('2030-01-01'), dateOnly('2029-01-01')]))).toEqual([2029, 2030]);
  });
});
