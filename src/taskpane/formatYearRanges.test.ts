import { formatYearRanges } from './formatYearRanges';

describe('formatYearRanges', () => {
  it('joins consecutive years into one run', () => {
    expect(formatYearRanges([2004, 2005, 2006])).toBe('2004–2006年');
  });

  it('keeps gaps visible and sorts', () => {
    expect(formatYearRanges([2023, 2019, 2020, 2021, 2027])).toBe('2019–2021年、2023年、2027年');
  });

  it('shows a single year and no years', () => {
    expect(formatYearRanges([2020])).toBe('2020年');
    expect(formatYearRanges([])).toBe('无');
  });
});
