import { parseJsDate } from './parseJsDate';

describe('parseJsDate', () => {
  it('reads UTC midnight (ExcelJS)', () => {
    expect(parseJsDate(new Date('2020-03-07T00:00:00Z'))).toEqual({ ok: true, value: '2020-03-07' });
  });
  it('reads Shanghai local midnight as that day', () => {
    expect(parseJsDate(new Date('2020-03-06T16:00:00Z'))).toEqual({ ok: true, value: '2020-03-07' });
  });
  it('reads Los Angeles local midnight as that day', () => {
    expect(parseJsDate(new Date('2020-03-07T08:00:00Z'))).toEqual({ ok: true, value: '2020-03-07' });
  });
  it('rounds to the nearest UTC midnight', () => {
    expect(parseJsDate(new Date('2020-03-07T11:59:00Z'))).toEqual({ ok: true, value: '2020-03-07' });
    expect(parseJsDate(new Date('2020-03-07T12:01:00Z'))).toEqual({ ok: true, value: '2020-03-08' });
  });
  it('refuses an invalid Date', () => {
    expect(parseJsDate(new Date(NaN))).toEqual({ ok: false, reason: '不是有效日期' });
  });
  it('refuses days before 1900 (ExcelJS turns serial 0 into 1899-12-30)', () => {
    expect(parseJsDate(new Date('1899-12-30T00:00:00Z'))).toEqual({ ok: false, reason: '日期超出范围（1900年至9999年）' });
    expect(parseJsDate(new Date('1900-01-01T00:00:00Z'))).toEqual({ ok: true, value: '1900-01-01' });
  });
});
