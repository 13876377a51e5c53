import { formatChineseDate, formatMonthDay } from './formatChineseDate';
import { dateOnly } from '../../../test/support/dateOnly';

describe('formatChineseDate', () => {
  it('drops leading zeros', () => {
    expect(formatChineseDate(dateOnly('2020-05-18'))).toBe('2020年5月18日');
    expect(formatChineseDate(dateOnly('2021-01-04'))).toBe('2021年1月4日');
    expect(formatChineseDate(dateOnly('2020-12-31'))).toBe('2020年12月31日');
  });
});

describe('formatMonthDay', () => {
  it('omits the year when it is the given one', () => {
    expect(formatMonthDay(dateOnly('2020-05-11'), 2020)).toBe('5月11日');
    expect(formatMonthDay(dateOnly('2020-12-31'), 2021)).toBe('2020年12月31日');
  });
});
