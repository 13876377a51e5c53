import { nextWorkingDay } from './nextWorkingDay';
import { createWorkCalendar } from './workCalendar';
import { dateOnly } from '../../../test/support/dateOnly';

const cal = createWorkCalendar();

describe('nextWorkingDay', () => {
  it('returns a working day itself, makeup days included', () => {
    expect(nextWorkingDay(cal, dateOnly('2020-05-11'))).toBe('2020-05-11');
    expect(nextWorkingDay(cal, dateOnly('2020-06-28'))).toBe('2020-06-28'); // Sun makeup
  });

  it('rolls weekends and holidays forward (SPEC §3 example dates)', () => {
    expect(nextWorkingDay(cal, dateOnly('2020-05-16'))).toBe('2020-05-18'); // Sat
    expect(nextWorkingDay(cal, dateOnly('2020-06-07'))).toBe('2020-06-08'); // Sun
    expect(nextWorkingDay(cal, dateOnly('2020-06-27'))).toBe('2020-06-28'); // Dragon Boat Sat → Sun makeup
    expect(nextWorkingDay(cal, dateOnly('2020-10-01'))).toBe('2020-10-09');
    expect(nextWorkingDay(cal, dateOnly('2020-01-24'))).toBe('2020-02-03'); // COVID-extended Spring Festival
  });

  it('rolls by weekdays outside the known years, and honours overrides', () => {
    expect(nextWorkingDay(cal, dateOnly('2027-01-02'))).toBe('2027-01-04'); // Sat → Mon
    const local = createWorkCalendar({ overrides: [{ date: dateOnly('2027-01-04'), workday: false }] });
    expect(nextWorkingDay(local, dateOnly('2027-01-02'))).toBe('2027-01-05');
  });
});
