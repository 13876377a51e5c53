import { dateToSerial, serialToDate } from './excelSerial';
import { dateOnly } from '../../../test/support/dateOnly';

describe('serialToDate, 1900 system', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [43897, '2020-03-07'],
    [44197, '2021-01-01'],
    [2958465, '9999-12-31'],
  ])('%d → %s', (serial, date) => {
    expect(serialToDate(serial)).toEqual({ ok: true, value: date });
  });
  it('keeps the day of a fractional serial', () => {
    expect(serialToDate(43900.75)).toEqual({ ok: true, value: '2020-03-10' });
    expect(serialToDate(43900.9999999999)).toEqual({ ok: true, value: '2020-03-11' });
  });
  it.each([
    ['00:00', 43962],
    ['11:59', 43962 + 719 / 1440],
    ['12:00', 43962.5],
    ['18:00', 43962.75],
    ['23:59', 43962 + 1439 / 1440],
    ['23:59:59.999', 43962 + 86_399_999 / 86_400_000],
  ])('floors 2020-05-11 %s (serial %d) to 2020-05-11', (_time, serial) => {
    expect(serialToDate(serial)).toEqual({ ok: true, value: '2020-05-11' });
  });
  it('keeps a stored 24:00 that binary rounding left just under the next day on that next day', () => {
    expect(serialToDate(43962.99999999999)).toEqual({ ok: true, value: '2020-05-12' });
  });
  it('refuses the fictitious 1900-02-29', () => {
    expect(serialToDate(60)).toEqual({ ok: false, reason: '1900年2月29日不存在（Excel 1900 日期系统的虚构日）' });
    expect(serialToDate(60.5).ok).toBe(false);
  });
  it.each([0, -1, 0.5, 2958466, NaN, Infinity, -Infinity])('refuses %p', (serial) => {
    expect(serialToDate(serial).ok).toBe(false);
  });
  it('says why', () => {
    expect(serialToDate(0)).toEqual({ ok: false, reason: '日期序列号必须大于0' });
    expect(serialToDate(2958466)).toEqual({ ok: false, reason: '日期序列号超出范围（最晚为9999年12月31日）' });
    expect(serialToDate(NaN)).toEqual({ ok: false, reason: '不是有效数字' });
  });
});

describe('serialToDate, 1904 system', () => {
  it('counts from 1904-01-01 = 0', () => {
    expect(serialToDate(0, true)).toEqual({ ok: true, value: '1904-01-01' });
    expect(serialToDate(1, true)).toEqual({ ok: true, value: '1904-01-02' });
    // 43897 − 1462
    expect(serialToDate(42435, true)).toEqual({ ok: true, value: '2020-03-07' });
    expect(serialToDate(2957003, true)).toEqual({ ok: true, value: '9999-12-31' });
  });
  it('refuses negatives and values past 9999-12-31', () => {
    expect(serialToDate(-1, true)).toEqual({ ok: false, reason: '日期序列号不能为负数' });
    expect(serialToDate(2957004, true).ok).toBe(false);
  });
});

describe('dateToSerial', () => {
  it.each([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['2020-03-07', 43897],
    ['9999-12-31', 2958465],
  ])('%s → %d', (date, serial) => {
    expect(dateToSerial(dateOnly(date))).toBe(serial);
  });
  it('uses the 1904 system when asked', () => {
    expect(dateToSerial(dateOnly('1904-01-01'), true)).toBe(0);
    expect(dateToSerial(dateOnly('2020-03-07'), true)).toBe(42435);
  });
  it('throws for days before the system starts', () => {
    expect(() => dateToSerial(dateOnly('1899-12-31'))).toThrow(RangeError);
    expect(() => dateToSerial(dateOnly('1903-12-31'), true)).toThrow(RangeError);
  });
});
