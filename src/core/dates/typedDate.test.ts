import { readTypedDate } from './typedDate';

const date = (value: string) => ({ ok: true, value });
const failure = (reason: string) => ({ ok: false, reason });
const UNFINISHED = failure('日期还没输完，请按 2020-07-01、2020/7/1 或 2020年7月1日 输入');
const NOT_A_DATE = failure('不是有效日期，请按 2020-07-01、2020/7/1 或 2020年7月1日 输入');

/** Every prefix of `text`, as a keyboard types it: '2', '20', … */
const prefixes = (text: string) => Array.from(text, (_, i) => text.slice(0, i + 1));

describe('readTypedDate', () => {
  it.each([
    '2020-07-01',
    '2020-7-1',
    '2020/7/1',
    '2020/07/01',
    '2020.7.1',
    '2020年7月1日',
    '2020年07月01日',
    '2020年7月1号',
    '2020年7月1',
    '20200701',
    ' 2020-07-01 ',
    '２０２０－０７－０１',
    '２０２０/７/１',
    '２０２０年７月１日',
    '\u30002020年7月1日\u3000',
  ])('reads %p as 2020-07-01', (text) => {
    expect(readTypedDate(text)).toEqual(date('2020-07-01'));
  });

  it('reads the years 1900 and 2099, and a leap day', () => {
    expect(readTypedDate('1900-01-01')).toEqual(date('1900-01-01'));
    expect(readTypedDate('2099年12月31日')).toEqual(date('2099-12-31'));
    expect(readTypedDate('2020/2/29')).toEqual(date('2020-02-29'));
  });

  it('asks for a date when there is no text', () => {
    expect(readTypedDate('')).toEqual(failure('请输入日期，如 2020-07-01、2020/7/1 或 2020年7月1日'));
    expect(readTypedDate(' \u3000')).toEqual(failure('请输入日期，如 2020-07-01、2020/7/1 或 2020年7月1日'));
  });

  it('says a date on its way is unfinished, keystroke by keystroke, until it is one', () => {
    expect(prefixes('2020-07-01').map(readTypedDate)).toEqual([
      UNFINISHED, // 2
      UNFINISHED, // 20
      UNFINISHED, // 202
      UNFINISHED, // 2020
      UNFINISHED, // 2020-
      UNFINISHED, // 2020-0
      UNFINISHED, // 2020-07
      UNFINISHED, // 2020-07-
      UNFINISHED, // 2020-07-0
      date('2020-07-01'),
    ]);
    expect(prefixes('2020年7月1日').map(readTypedDate)).toEqual([
      UNFINISHED,
      UNFINISHED,
      UNFINISHED,
      UNFINISHED,
      UNFINISHED, // 2020年
      UNFINISHED, // 2020年7
      UNFINISHED, // 2020年7月
      date('2020-07-01'), // 2020年7月1
      date('2020-07-01'),
    ]);
    expect(prefixes('20200701').map(readTypedDate)).toEqual([...Array.from({ length: 7 }, () => UNFINISHED), date('2020-07-01')]);
    expect(prefixes('２０２０／０７／０１').map(readTypedDate).slice(-2)).toEqual([UNFINISHED, date('2020-07-01')]);
  });

  it('refuses a year outside 1900–2099 as soon as its four digits are typed', () => {
    const year = (y: string) => failure(`年份应在 1900 至 2099 之间，现为 ${y}`);
    expect(prefixes('0002-07-01').map(readTypedDate)).toEqual([UNFINISHED, UNFINISHED, UNFINISHED, ...Array.from({ length: 7 }, () => year('0002'))]);
    expect(prefixes('1899-12-31').map(readTypedDate)).toEqual([UNFINISHED, UNFINISHED, UNFINISHED, ...Array.from({ length: 7 }, () => year('1899'))]);
    expect(prefixes('2100-01-01').map(readTypedDate)).toEqual([UNFINISHED, UNFINISHED, UNFINISHED, ...Array.from({ length: 7 }, () => year('2100'))]);
    expect(readTypedDate('２１００年１月１日')).toEqual(year('2100'));
    // A five-digit Excel serial is a year of 4389 here, not 2020-03-07.
    expect(readTypedDate('43897')).toEqual(year('4389'));
  });

  it('names a day that does not exist', () => {
    expect(readTypedDate('2020-02-30')).toEqual(failure('2020年2月30日不存在'));
    expect(readTypedDate('2021/2/29')).toEqual(failure('2021年2月29日不存在'));
    expect(readTypedDate('2020年4月31日')).toEqual(failure('2020年4月31日不存在'));
    expect(readTypedDate('20200230')).toEqual(failure('2020年2月30日不存在'));
    expect(readTypedDate('2020-07-00')).toEqual(failure('2020年7月0日不存在'));
  });

  it('says what is not a date, and what lacks its year', () => {
    for (const text of ['2020-13', '2020-00', '2020-07/01', '2020年13月', '明天', '07/01/2020', '202007011', '2020-07-01x']) {
      expect([text, readTypedDate(text)]).toEqual([text, NOT_A_DATE]);
    }
    expect(readTypedDate('7月1日')).toEqual(failure('缺少年份，如 2020年7月1日'));
  });
});
