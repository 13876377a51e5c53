import { addYears } from './addYears';
import { dateOnly } from '../../../test/support/dateOnly';

describe('addYears', () => {
  it('keeps the month and day', () => {
    expect(addYears(dateOnly('2020-07-01'), -1)).toBe('2019-07-01');
    expect(addYears(dateOnly('2020-07-01'), 1)).toBe('2021-07-01');
    expect(addYears(dateOnly('2020-12-31'), -2)).toBe('2018-12-31');
    expect(addYears(dateOnly('2020-03-07'), 0)).toBe('2020-03-07');
  });
  it('turns February 29 into February 28 in a year without one', () => {
    expect(addYears(dateOnly('2020-02-29'), -1)).toBe('2019-02-28');
    expect(addYears(dateOnly('2020-02-29'), 1)).toBe('2021-02-28');
    expect(addYears(dateOnly('2020-02-29'), 4)).toBe('2024-02-29');
    expect(addYears(dateOnly('2000-02-29'), 100)).toBe('2100-02-28');
  });
  it('pads years below 1000', () => {
    expect(addYears(dateOnly('1000-01-01'), -1)).toBe('0999-01-01');
  });
  it('refuses to leave the years 1–9999', () => {
    expect(() => addYears(dateOnly('0001-06-01'), -1)).toThrow(RangeError);
    expect(() => addYears(dateOnly('9999-12-31'), 1)).toThrow(RangeError);
  });
});
