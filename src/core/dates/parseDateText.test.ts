import { checkDate, dropTimeOfDay, parseDateText } from './parseDateText';

const date = (value: string) => ({ ok: true, value });
const failure = (reason: string) => ({ ok: false, reason });

describe('parseDateText', () => {
  it.each([
    '2020-03-07',
    '2020-3-7',
    '2020/3/7',
    '2020/03/07',
    '2020.3.7',
    '2020年3月7日',
    '2020年03月07日',
    '2020年3月7号',
    '2020年3月7',
    '  2020-03-07 ',
    '2020 年 3 月 7 日',
    '2020 - 3 - 7',
    '２０２０年３月７日',
    '２０２０－０３－０７',
    '2020／3／7',
    '2020．3．7',
    '\u30002020-03-07\u3000',
  ])('reads %p as 2020-03-07', (text) => {
    expect(parseDateText(text)).toEqual(date('2020-03-07'));
  });

  it.each([
    '2020-03-07 10:00',
    '2020-03-07 10:00:59',
    '2020-03-07T10:00:00',
    '2020-03-07T10:00:00.000',
    '2020/3/7 9:05',
    '2020年3月7日 10:00',
    '2020年3月7日10:00',
    '2020-03-07　10：00',
  ])('drops the time in %p', (text) => {
    expect(parseDateText(text)).toEqual(date('2020-03-07'));
  });

  it.each([
    '2020-05-11 00:00',
    '2020-05-11 11:59',
    '2020-05-11 12:00',
    '2020-05-11 18:00',
    '2020-05-11 23:59',
    '2020-05-11T18:00:00',
    '2020/5/11 下午6:00',
    '2020/5/11 上午9:30',
    '2020/5/11下午11:59',
    '2020年5月11日17时',
    '2020年5月11日17时30分',
    '2020年5月11日17时30分15秒',
    '2020年5月11日17点半',
    '2020年5月11日 17:30',
    '2020年5月11日 下午5点',
  ])('reads the date-time %p as its calendar day, never the next one', (text) => {
    expect(parseDateText(text)).toEqual(date('2020-05-11'));
  });

  it.each(['2020-05-11 24:00', '2020/5/11 下午13:00', '2020年5月11日25时', '2020年5月11日17时60分'])(
    'refuses the impossible time in %p',
    (text) => {
      expect(parseDateText(text)).toEqual(failure('不是有效日期'));
    },
  );

  it('takes the default year for 3月7日 / 3月7号', () => {
    expect(parseDateText('3月7日', { defaultYear: 2020 })).toEqual(date('2020-03-07'));
    expect(parseDateText('3月7号', { defaultYear: 2021 })).toEqual(date('2021-03-07'));
    expect(parseDateText('12月31日 18:00', { defaultYear: 2020 })).toEqual(date('2020-12-31'));
  });

  it('says the year is missing when there is no default year', () => {
    expect(parseDateText('3月7日')).toEqual(failure('缺少年份'));
    expect(parseDateText('3月7日', { defaultYear: null })).toEqual(failure('缺少年份'));
  });

  it('names a day that does not exist', () => {
    expect(parseDateText('2020-13-45')).toEqual(failure('2020年13月45日不存在'));
    expect(parseDateText('2021-02-29')).toEqual(failure('2021年2月29日不存在'));
    expect(parseDateText('2020年4月31日')).toEqual(failure('2020年4月31日不存在'));
    expect(parseDateText('2月30日', { defaultYear: 2020 })).toEqual(failure('2020年2月30日不存在'));
    expect(parseDateText('2020-02-29')).toEqual(date('2020-02-29'));
  });

  it('refuses years before 1900', () => {
    expect(parseDateText('1899-12-31')).toEqual(failure('年份超出范围（1900年至9999年）'));
  });

  it.each([
    'abc',
    '2020-3/7',
    '2020年3月',
    '3月7',
    '3-7',
    '20-3-7',
    '2020-03-07 25:00',
    '2020-03-07 10:60',
    '2020-03-07T10:00:00Z',
    '2020-03-07 上午',
    '2020',
    '7',
    '202003',
    '43897.5',
  ])('refuses %p', (text) => {
    expect(parseDateText(text, { defaultYear: 2020 })).toEqual(failure('不是有效日期'));
  });

  it('reads 8 digits as yyyymmdd', () => {
    expect(parseDateText('20200307')).toEqual(date('2020-03-07'));
    expect(parseDateText('２０２００３０７')).toEqual(date('2020-03-07'));
    expect(parseDateText('20201345')).toEqual(failure('2020年13月45日不存在'));
  });

  it('reads 5 digits as an Excel serial, in the workbook date system', () => {
    expect(parseDateText('43897')).toEqual(date('2020-03-07'));
    expect(parseDateText(' 43897 ')).toEqual(date('2020-03-07'));
    expect(parseDateText('42435', { date1904: true })).toEqual(date('2020-03-07'));
  });
});

describe('checkDate', () => {
  it('builds an existing day', () => {
    expect(checkDate(2020, 3, 7)).toEqual(date('2020-03-07'));
  });
  it('names the missing day', () => {
    expect(checkDate(2019, 2, 29)).toEqual(failure('2019年2月29日不存在'));
  });
});

describe('dropTimeOfDay', () => {
  it('drops the time after a date, keeping a trailing 前', () => {
    expect(dropTimeOfDay('2020/5/11 下午6:00')).toBe('2020/5/11');
    expect(dropTimeOfDay('2020年5月11日17时30分')).toBe('2020年5月11日');
    expect(dropTimeOfDay('5月11日17:00前')).toBe('5月11日前');
  });
  it('leaves text without a time as it is, and refuses an impossible time', () => {
    expect(dropTimeOfDay('2020年5月11日')).toBe('2020年5月11日');
    expect(dropTimeOfDay('17时')).toBe('17时');
    expect(dropTimeOfDay('2020-05-11 25:00')).toBeNull();
  });
});
