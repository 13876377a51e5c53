import type { CellValue } from '../cells';
import { parseDeadlineCell, type DeadlineContext } from './parseDeadlineCell';
import { dateOnly } from '../../../test/support/dateOnly';
import type { DateOnly } from './dateOnly';

const WORDS = ['长期', '持续推进'];

function read(value: CellValue, assigned: DateOnly | null = dateOnly('2020-03-10'), extra: Partial<DeadlineContext> = {}) {
  return parseDeadlineCell(value, { assigned, longTermWords: WORDS, ...extra });
}
const failure = (reason: string) => ({ ok: false, reason });

describe('parseDeadlineCell: blank and plain dates', () => {
  it('reads a blank cell as blank', () => {
    expect(read(null)).toEqual({ ok: true, value: { kind: 'blank' } });
    expect(read('')).toEqual({ ok: true, value: { kind: 'blank' } });
    expect(read(' \u3000')).toEqual({ ok: true, value: { kind: 'blank' } });
  });

  it('reads serials and JS dates (no text to keep)', () => {
    expect(read(43921)).toEqual({ ok: true, value: { kind: 'date', date: '2020-03-31' } });
    expect(read(new Date('2020-12-31T00:00:00Z'))).toEqual({ ok: true, value: { kind: 'date', date: '2020-12-31' } });
    // A Date's UTC fields are the cell's wall-clock time (as ExcelJS gives it): 16:00Z is that day, at 16:00.
    expect(read(new Date('2020-03-30T16:00:00Z'))).toEqual({ ok: true, value: { kind: 'date', date: '2020-03-30' } });
  });

  it('drops the time of day of a date-time serial', () => {
    // 2020-05-11 is serial 43962; 17:30 is 0.7291…
    expect(read(43962 + 17.5 / 24)).toEqual({ ok: true, value: { kind: 'date', date: '2020-05-11' } });
    expect(read(43962 + 1439 / 1440)).toEqual({ ok: true, value: { kind: 'date', date: '2020-05-11' } });
  });

  it.each([
    '2020-05-11 18:00',
    '2020-05-11T18:00:00',
    '2020/5/11 下午6:00',
    '2020/5/11 上午9:30',
    '2020年5月11日17时',
    '2020年5月11日17时30分',
    '2020年5月11日 17:30',
    '2020年5月11日17时前',
    '2020-05-11 18:00前',
  ])('reads the date-time %p as 2020-05-11', (text) => {
    expect(read(text)).toEqual({ ok: true, value: { kind: 'date', date: '2020-05-11', text } });
  });

  it('drops a time of day before reading prose without a year, so the year still rolls', () => {
    // Assigned 2020-12-20: 1月5日 is the next January, with a time or without.
    expect(read('1月5日17时前', dateOnly('2020-12-20'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2021-01-05'), text: '1月5日17时前' } });
    expect(read('1月5日 17:30', dateOnly('2020-12-20'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2021-01-05'), text: '1月5日 17:30' } });
  });

  it('refuses a time that cannot be', () => {
    expect(read('2020年5月11日25时')).toEqual(failure('无法识别的时限写法'));
    expect(read('5月11日25:00前')).toEqual(failure('无法识别的时限写法'));
  });

  it.each([
    [2958465, undefined],
    [new Date(Date.UTC(9999, 11, 31)), undefined],
    ['9999-12-31', '9999-12-31'],
    ['9999/12/31', '9999/12/31'],
    ['9999年12月31日前', '9999年12月31日前'],
    ['9999-12-31 23:59:59', '9999-12-31 23:59:59'],
  ])('reads the placeholder %p as 长期, marked as the placeholder', (value, text) => {
    const spec = text === undefined ? { kind: 'longTerm', placeholder: true } : { kind: 'longTerm', text, placeholder: true };
    expect(read(value)).toEqual({ ok: true, value: spec });
  });

  it('reads 9999-12-30 as a date: only the last day is the placeholder', () => {
    expect(read('9999-12-30')).toEqual({ ok: true, value: { kind: 'date', date: '9999-12-30', text: '9999-12-30' } });
  });

  it.each([
    ['2020年3月31日', '2020-03-31'],
    ['2020-04-30', '2020-04-30'],
    ['2020/4/30', '2020-04-30'],
    ['2020.4.30', '2020-04-30'],
    ['2020-04-30 17:00', '2020-04-30'],
    ['2020-04-10前', '2020-04-10'],
    ['2020年4月10日前', '2020-04-10'],
    ['20200430', '2020-04-30'],
  ])('reads the date %p, keeping the text', (text, date) => {
    expect(read(text)).toEqual({ ok: true, value: { kind: 'date', date, text } });
  });

  it('keeps an explicit year even when the day is before the assigned date', () => {
    expect(read('2020年3月7日')).toEqual({ ok: true, value: { kind: 'date', date: '2020-03-07', text: '2020年3月7日' } });
  });

  it('keeps the trimmed original text', () => {
    expect(read('  ３月底前 ')).toEqual({ ok: true, value: { kind: 'date', date: '2020-03-31', text: '３月底前' } });
  });

  it('refuses impossible dates and booleans', () => {
    expect(read('2021-02-29')).toEqual(failure('2021年2月29日不存在'));
    expect(read('2020-13-45')).toEqual(failure('2020年13月45日不存在'));
    expect(read(true)).toEqual(failure('逻辑值不是日期'));
    expect(read(60)).toEqual(failure('1900年2月29日不存在（Excel 1900 日期系统的虚构日）'));
  });
});

describe('parseDeadlineCell: working days', () => {
  it.each([
    ['7个工作日', 7],
    ['7个工作日内', 7],
    ['七个工作日内', 7],
    ['７个工作日', 7],
    ['7 个工作日内', 7],
    ['7工作日', 7],
    ['7个工作日之内', 7],
    ['7个工作日以内完成', 7],
    ['十个工作日', 10],
    ['十五个工作日内', 15],
    ['二十个工作日', 20],
    ['三十个工作日内', 30],
    ['两个工作日', 2],
    ['70个工作日', 70],
  ])('%p → %d working days', (text, days) => {
    expect(read(text)).toEqual({ ok: true, value: { kind: 'workingDays', days, text } });
  });

  it('needs no assigned date (counting from it is the caller’s job)', () => {
    expect(read('7个工作日', null)).toEqual({ ok: true, value: { kind: 'workingDays', days: 7, text: '7个工作日' } });
  });

  it('refuses zero working days', () => {
    expect(read('0个工作日')).toEqual(failure('工作日数必须大于0'));
  });
});

describe('parseDeadlineCell: month end and a day before', () => {
  it.each([
    ['3月底前', '2020-03-31'],
    ['3月底', '2020-03-31'],
    ['3月末', '2020-03-31'],
    ['3月底之前', '2020-03-31'],
    ['3月底前完成', '2020-03-31'],
    ['3月份内', '2020-03-31'],
    ['3月内', '2020-03-31'],
    ['9 月底前', '2020-09-30'],
    ['6月底前', '2020-06-30'],
    ['十二月底前', '2020-12-31'],
    ['4月10日前', '2020-04-10'],
    ['4月10日之前', '2020-04-10'],
    ['4月10日以前', '2020-04-10'],
    ['4月10号前', '2020-04-10'],
    ['4月10日前办结', '2020-04-10'],
    ['四月十日前', '2020-04-10'],
    ['4月10日', '2020-04-10'],
    ['3月10日', '2020-03-10'],
    ['2021年3月底前', '2021-03-31'],
  ])('%p with assigned 2020-03-10 → %s', (text, date) => {
    expect(read(text, dateOnly('2020-03-10'))).toEqual({ ok: true, value: { kind: 'date', date, text } });
  });

  it('rolls to the next year when the day would fall before the assigned date', () => {
    expect(read('3月底前', dateOnly('2020-11-20'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2021-03-31'), text: '3月底前' } });
    expect(read('3月7日', dateOnly('2020-03-10'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2021-03-07'), text: '3月7日' } });
    expect(read('3月底前', dateOnly('2020-04-01'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2021-03-31'), text: '3月底前' } });
  });

  it('does not roll when the day is the assigned date', () => {
    expect(read('3月底前', dateOnly('2020-03-31'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2020-03-31'), text: '3月底前' } });
  });

  it('takes February’s last day in the resolved year', () => {
    expect(read('2月底前', dateOnly('2020-01-05'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2020-02-29'), text: '2月底前' } });
    expect(read('2月底前', dateOnly('2021-01-05'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2021-02-28'), text: '2月底前' } });
    expect(read('2月底前', dateOnly('2020-03-10'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2021-02-28'), text: '2月底前' } });
  });

  it('places 2月29日 in the next year, then checks it exists', () => {
    expect(read('2月29日前', dateOnly('2019-03-01'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2020-02-29'), text: '2月29日前' } });
    expect(read('2月29日前', dateOnly('2020-11-20'))).toEqual(failure('2021年2月29日不存在'));
  });

  it('refuses days and months that do not exist', () => {
    expect(read('4月31日前')).toEqual(failure('2020年4月31日不存在'));
    expect(read('13月底前')).toEqual(failure('13月不存在'));
  });
});

describe('parseDeadlineCell: year, half-year and quarter', () => {
  it.each([
    ['年底前', '2020-12-31'],
    ['年底', '2020-12-31'],
    ['年末', '2020-12-31'],
    ['年内', '2020-12-31'],
    ['年度内', '2020-12-31'],
    ['今年底前', '2020-12-31'],
    ['本年度内', '2020-12-31'],
    ['年底前完成', '2020-12-31'],
    ['2020年底前', '2020-12-31'],
    ['2021年底前', '2021-12-31'],
    ['2021年内', '2021-12-31'],
    ['上半年', '2020-06-30'],
    ['上半年内', '2020-06-30'],
    ['上半年底前', '2020-06-30'],
    ['下半年', '2020-12-31'],
    ['2021年上半年', '2021-06-30'],
    ['一季度', '2020-03-31'],
    ['第一季度', '2020-03-31'],
    ['第二季度', '2020-06-30'],
    ['三季度末', '2020-09-30'],
    ['第4季度', '2020-12-31'],
    ['四季度内', '2020-12-31'],
    ['2021年第一季度', '2021-03-31'],
  ])('%p with assigned 2020-03-10 → %s', (text, date) => {
    expect(read(text, dateOnly('2020-03-10'))).toEqual({ ok: true, value: { kind: 'date', date, text } });
  });

  it('rolls a half-year or quarter already past to the next year, unless 今年 says otherwise', () => {
    expect(read('上半年', dateOnly('2020-08-01'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2021-06-30'), text: '上半年' } });
    expect(read('一季度', dateOnly('2020-04-01'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2021-03-31'), text: '一季度' } });
    expect(read('今年上半年', dateOnly('2020-08-01'))).toEqual({ ok: true, value: { kind: 'date', date: dateOnly('2020-06-30'), text: '今年上半年' } });
  });

  it('uses the default year, without rolling, when there is no assigned date', () => {
    expect(read('3月底前', null, { defaultYear: 2020 })).toEqual({ ok: true, value: { kind: 'date', date: '2020-03-31', text: '3月底前' } });
    expect(read('年底前', null, { defaultYear: 2020 })).toEqual({ ok: true, value: { kind: 'date', date: '2020-12-31', text: '年底前' } });
  });

  it('says the year is missing with neither an assigned date nor a default year', () => {
    expect(read('3月底前', null)).toEqual(failure('缺少年份'));
    expect(read('年底前', null, { defaultYear: null })).toEqual(failure('缺少年份'));
    expect(read('4月10日前', null)).toEqual(failure('缺少年份'));
  });
});

describe('parseDeadlineCell: long-term', () => {
  it.each(['长期', '持续推进', '长期坚持', ' 持续推进中 '])('%p means no deadline', (text) => {
    expect(read(text)).toEqual({ ok: true, value: { kind: 'longTerm', text: text.trim() } });
  });

  it('takes the rule set’s own words', () => {
    const ctx = { longTermWords: ['常态化'] };
    expect(read('常态化', dateOnly('2020-03-10'), ctx)).toEqual({ ok: true, value: { kind: 'longTerm', text: '常态化' } });
    expect(read('常态化推进', dateOnly('2020-03-10'), ctx)).toEqual({ ok: true, value: { kind: 'longTerm', text: '常态化推进' } });
  });

  it('always knows 长期 and 持续推进, even with an empty word list', () => {
    expect(read('长期', null, { longTermWords: [] })).toEqual({ ok: true, value: { kind: 'longTerm', text: '长期' } });
  });

  it('ignores an empty word in the list', () => {
    expect(read('尽快', null, { longTermWords: [''] })).toEqual(failure('无法识别的时限写法'));
  });
});

describe('parseDeadlineCell: refused, never guessed', () => {
  it.each(['3月前', '3月', '年前', '尽快', '上半年前', '3月中旬', '7天', '7日内', '十十个工作日', '待定'])('%p', (text) => {
    expect(read(text)).toEqual(failure('无法识别的时限写法'));
  });
});
