import { isWorkingDay } from './isWorkingDay';
import { createWorkCalendar } from './workCalendar';
import { dateOnly } from '../../../test/support/dateOnly';

// 2020 days from the State Council notices (国办发明电〔2019〕16号 and the 2020-01-27
// extension of the Spring Festival to Feb 2); weekdays from the 2020 calendar.
const cal = createWorkCalendar();

describe('isWorkingDay, 2020', () => {
  it.each([
    ['2020-01-19', true], // Sun, Spring Festival makeup day
    ['2020-01-23', true], // Thu before the holiday
    ['2020-01-24', false], // Fri, 除夕
    ['2020-01-30', false], // Thu, last day of the original holiday
    ['2020-01-31', false], // Fri, off only through the COVID extension
    ['2020-02-01', false], // Sat, a makeup day in the original notice, cancelled by the extension
    ['2020-02-02', false], // Sun, end of the extension
    ['2020-02-03', true], // Mon, back to work
  ])('Spring Festival: %s → %s', (date, expected) => {
    expect(isWorkingDay(cal, dateOnly(date))).toBe(expected);
  });

  it.each([
    ['2020-04-03', true],
    ['2020-04-04', false],
    ['2020-04-05', false],
    ['2020-04-06', false], // Mon
    ['2020-04-07', true],
  ])('Qingming: %s → %s', (date, expected) => {
    expect(isWorkingDay(cal, dateOnly(date))).toBe(expected);
  });

  it.each([
    ['2020-04-26', true], // Sun makeup
    ['2020-04-30', true],
    ['2020-05-01', false],
    ['2020-05-04', false], // Mon
    ['2020-05-05', false], // Tue
    ['2020-05-06', true],
    ['2020-05-09', true], // Sat makeup
    ['2020-05-10', false], // Sun
  ])('Labour Day: %s → %s', (date, expected) => {
    expect(isWorkingDay(cal, dateOnly(date))).toBe(expected);
  });

  it.each([
    ['2020-06-24', true],
    ['2020-06-25', false], // Thu
    ['2020-06-26', false], // Fri
    ['2020-06-27', false], // Sat
    ['2020-06-28', true], // Sun makeup
  ])('Dragon Boat: %s → %s', (date, expected) => {
    expect(isWorkingDay(cal, dateOnly(date))).toBe(expected);
  });

  it.each([
    ['2020-09-27', true], // Sun makeup
    ['2020-09-30', true],
    ['2020-10-01', false], // Thu
    ['2020-10-05', false], // Mon
    ['2020-10-08', false], // Thu
    ['2020-10-09', true], // Fri
    ['2020-10-10', true], // Sat makeup
    ['2020-10-11', false], // Sun
  ])('National Day: %s → %s', (date, expected) => {
    expect(isWorkingDay(cal, dateOnly(date))).toBe(expected);
  });

  it('treats an ordinary weekend as off and its Monday as working', () => {
    expect(isWorkingDay(cal, dateOnly('2020-03-14'))).toBe(false);
    expect(isWorkingDay(cal, dateOnly('2020-03-15'))).toBe(false);
    expect(isWorkingDay(cal, dateOnly('2020-03-16'))).toBe(true);
  });
});

describe('isWorkingDay outside the known years', () => {
  it('falls back to Monday–Friday', () => {
    expect(isWorkingDay(cal, dateOnly('2027-01-01'))).toBe(true); // a Friday; 元旦, but no notice in the data
    expect(isWorkingDay(cal, dateOnly('2027-01-02'))).toBe(false); // Sat
    expect(isWorkingDay(cal, dateOnly('2003-12-31'))).toBe(true); // Wed
    expect(isWorkingDay(cal, dateOnly('2003-12-28'))).toBe(false); // Sun
  });
});
