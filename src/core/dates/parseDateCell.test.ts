import { parseDateCell } from './parseDateCell';

const date = (value: string | null) => ({ ok: true, value });
const failure = (reason: string) => ({ ok: false, reason });

describe('parseDateCell', () => {
  it('reads a blank cell as null', () => {
    expect(parseDateCell(null)).toEqual(date(null));
    expect(parseDateCell('')).toEqual(date(null));
    expect(parseDateCell('  \u3000 ')).toEqual(date(null));
  });

  it('reads a number as an Excel serial, whatever its format', () => {
    expect(parseDateCell(43897)).toEqual(date('2020-03-07'));
    expect(parseDateCell(43897, { numberFormat: 'General' })).toEqual(date('2020-03-07'));
    expect(parseDateCell(43897, { numberFormat: 'yyyy"年"m"月"d"日"' })).toEqual(date('2020-03-07'));
    expect(parseDateCell(43900.75)).toEqual(date('2020-03-10'));
    expect(parseDateCell(42435, { date1904: true })).toEqual(date('2020-03-07'));
  });

  it('refuses serials that are no day', () => {
    expect(parseDateCell(60)).toEqual(failure('1900年2月29日不存在（Excel 1900 日期系统的虚构日）'));
    expect(parseDateCell(0)).toEqual(failure('日期序列号必须大于0'));
    expect(parseDateCell(-5).ok).toBe(false);
    expect(parseDateCell(NaN).ok).toBe(false);
    expect(parseDateCell(3000000).ok).toBe(false);
  });

  it('reads an 8-digit number as yyyymmdd', () => {
    expect(parseDateCell(20200307)).toEqual(date('2020-03-07'));
    expect(parseDateCell(20201301)).toEqual(failure('2020年13月1日不存在'));
  });

  it('reads a serial with a time of day as its day: 00:00, 11:59, 12:00 and 23:59 are all 2020-05-11', () => {
    // 2020-05-11 is serial 43962; a time is the fraction of the day (11:59 = 719/1440).
    expect(parseDateCell(43962)).toEqual(date('2020-05-11'));
    expect(parseDateCell(43962 + 719 / 1440)).toEqual(date('2020-05-11'));
    expect(parseDateCell(43962.5)).toEqual(date('2020-05-11'));
    expect(parseDateCell(43962.75)).toEqual(date('2020-05-11'));
    expect(parseDateCell(43962 + 1439 / 1440)).toEqual(date('2020-05-11'));
  });

  it('reads JS dates by their UTC day, the time dropped', () => {
    // Dates come as ExcelJS makes them: the UTC fields are the cell's wall-clock time.
    expect(parseDateCell(new Date('2020-03-07T00:00:00Z'))).toEqual(date('2020-03-07'));
    expect(parseDateCell(new Date('2020-03-07T18:00:00Z'))).toEqual(date('2020-03-07'));
    expect(parseDateCell(new Date('2020-03-07T23:59:00Z'))).toEqual(date('2020-03-07'));
    expect(parseDateCell(new Date(NaN))).toEqual(failure('不是有效日期'));
  });

  it('reads text with a time of day as its day', () => {
    expect(parseDateCell('2020-05-11 18:00')).toEqual(date('2020-05-11'));
    expect(parseDateCell('2020年5月11日17时30分')).toEqual(date('2020-05-11'));
  });

  it('reads text dates', () => {
    expect(parseDateCell('2020年3月10日')).toEqual(date('2020-03-10'));
    expect(parseDateCell('2020/3/7')).toEqual(date('2020-03-07'));
    expect(parseDateCell('3月7日', { defaultYear: 2020 })).toEqual(date('2020-03-07'));
    expect(parseDateCell('3月7日')).toEqual(failure('缺少年份'));
    expect(parseDateCell('2021-02-29')).toEqual(failure('2021年2月29日不存在'));
    expect(parseDateCell('办理中')).toEqual(failure('不是有效日期'));
  });

  it('refuses booleans', () => {
    expect(parseDateCell(true)).toEqual(failure('逻辑值不是日期'));
    expect(parseDateCell(false)).toEqual(failure('逻辑值不是日期'));
  });
});
