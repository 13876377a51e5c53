import { readDeclaredYear, readOverrideDate } from './readOverrideDate';

describe('readOverrideDate', () => {
  it.each([
    ['2027-01-01', '2027-01-01'],
    ['2027/1/1', '2027-01-01'],
    ['2027.2.6', '2027-02-06'],
    ['2027年1月1日', '2027-01-01'],
    ['2027年2月6号', '2027-02-06'],
    ['２０２７／２／６', '2027-02-06'], // full-width
    [' 2027 - 02 - 06 ', '2027-02-06'],
  ])('reads text %p as %s', (text, expected) => {
    expect(readOverrideDate(text)).toBe(expected);
  });

  it.each(['2027-13-01', '2027-02-29', '2/6', '2月6日', '明年元旦', ''])('rejects text %p', (text) => {
    expect(readOverrideDate(text)).toBeNull();
  });

  it.each([
    [43962, '2020-05-11'], // 2020-01-01 is serial 43831, + 131 days
    [46388, '2027-01-01'],
    [46427.75, '2027-02-09'], // the time of day is dropped
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'], // Excel counts a nonexistent 1900-02-29 as 60
  ])('reads Excel serial %d as %s', (serial, expected) => {
    expect(readOverrideDate(serial)).toBe(expected);
  });

  it.each([60, 0, -5, Number.NaN, Infinity])('rejects serial %d', (serial) => {
    expect(readOverrideDate(serial)).toBeNull();
  });

  it('reads a Date by its UTC day, the time dropped, as the ledger does', () => {
    // A Date's UTC fields are the cell's wall-clock date and time (the form ExcelJS gives).
    expect(readOverrideDate(new Date(Date.UTC(2027, 1, 9)))).toBe('2027-02-09');
    expect(readOverrideDate(new Date(Date.UTC(2027, 1, 9, 12)))).toBe('2027-02-09');
    expect(readOverrideDate(new Date(Date.UTC(2027, 1, 9, 23, 59)))).toBe('2027-02-09');
    expect(readOverrideDate(new Date(Number.NaN))).toBeNull();
  });

  it('reads nothing from blanks and booleans', () => {
    expect(readOverrideDate(null)).toBeNull();
    expect(readOverrideDate(true)).toBeNull();
  });
});

describe('readDeclaredYear', () => {
  it.each([
    [2027, 2027],
    ['2027', 2027],
    ['2027年', 2027],
    [' ２０２７ 年 ', 2027],
  ])('reads %p as %i', (value, expected) => {
    expect(readDeclaredYear(value)).toBe(expected);
  });

  it.each([2027.5, 1899, '2027-01-01', '二〇二七年', null, true])('rejects %p', (value) => {
    expect(readDeclaredYear(value)).toBeNull();
  });

  it('rejects a Date', () => {
    expect(readDeclaredYear(new Date(Date.UTC(2027, 0, 1)))).toBeNull();
  });
});
