import { parseJsDate } from './parseJsDate';

const day = (value: string) => ({ ok: true, value });

describe('parseJsDate', () => {
  // A Date is in the form ExcelJS hands over: its UTC fields are the cell's wall-clock date and time.
  it.each([
    ['00:00', Date.UTC(2020, 4, 11, 0, 0)],
    ['11:59', Date.UTC(2020, 4, 11, 11, 59)],
    ['12:00', Date.UTC(2020, 4, 11, 12, 0)],
    ['18:00', Date.UTC(2020, 4, 11, 18, 0)],
    ['23:59', Date.UTC(2020, 4, 11, 23, 59)],
  ])('drops the time of 2020-05-11 %s, never rounding it to the next day', (_time, ms) => {
    expect(parseJsDate(new Date(ms))).toEqual(day('2020-05-11'));
  });
  it('reads the next UTC midnight as the next day', () => {
    expect(parseJsDate(new Date(Date.UTC(2020, 4, 12)))).toEqual(day('2020-05-12'));
  });
  it('reads a Los Angeles local midnight (08:00Z) as that day, but a Shanghai one (16:00Z the day before) as the day before', () => {
    // Only Dates made with Date.UTC are in the documented form; a local midnight east of UTC is not.
    expect(parseJsDate(new Date('2020-03-07T08:00:00Z'))).toEqual(day('2020-03-07'));
    expect(parseJsDate(new Date('2020-03-06T16:00:00Z'))).toEqual(day('2020-03-06'));
  });
  it('refuses an invalid Date', () => {
    expect(parseJsDate(new Date(NaN))).toEqual({ ok: false, reason: '不是有效日期' });
  });
  it('refuses days before 1900 (ExcelJS turns serial 0 into 1899-12-30)', () => {
    expect(parseJsDate(new Date('1899-12-30T00:00:00Z'))).toEqual({ ok: false, reason: '日期超出范围（1900年至9999年）' });
    expect(parseJsDate(new Date('1899-12-31T23:59:00Z'))).toEqual({ ok: false, reason: '日期超出范围（1900年至9999年）' });
    expect(parseJsDate(new Date('1900-01-01T00:00:00Z'))).toEqual(day('1900-01-01'));
  });
});
