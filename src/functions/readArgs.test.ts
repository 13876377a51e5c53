import { createWorkCalendar } from '../core/calendar';
import { errorCellValueInput, errorInput } from '../../test/functions/excelInputs';
import {
  errorArgumentReason,
  firstUncoveredYear,
  readCount,
  readCoveredDate,
  readDate,
  readDayCount,
  readErrorCell,
  readNumber,
  readOptionalDate,
  readOptionalText,
} from './readArgs';
import { dateOnly } from '../../test/support/dateOnly';

const cal = createWorkCalendar();

describe('readOptionalDate', () => {
  it('reads Excel serials and the text dates of SPEC §1', () => {
    expect(readOptionalDate(43949, '交办时间')).toEqual({ ok: true, value: '2020-04-28' });
    expect(readOptionalDate(43949.75, '交办时间')).toEqual({ ok: true, value: '2020-04-28' }); // time of day dropped
    expect(readOptionalDate('2020/4/28', '交办时间')).toEqual({ ok: true, value: '2020-04-28' });
    expect(readOptionalDate('2020.4.28', '交办时间')).toEqual({ ok: true, value: '2020-04-28' });
    expect(readOptionalDate('2020年4月28日', '交办时间')).toEqual({ ok: true, value: '2020-04-28' });
  });

  it('drops the time of day of a serial or a text date, never rounding to the next day', () => {
    for (const serial of [43949, 43949 + 719 / 1440, 43949.5, 43949 + 1439 / 1440]) {
      expect(readOptionalDate(serial, '完成时间')).toEqual({ ok: true, value: '2020-04-28' });
    }
    for (const text of ['2020-04-28 23:59', '2020/4/28 下午6:00', '2020年4月28日17时30分']) {
      expect(readOptionalDate(text, '完成时间')).toEqual({ ok: true, value: '2020-04-28' });
    }
  });

  it('gives null for an empty cell, whichever way Excel passes it', () => {
    for (const empty of [null, undefined, '', '  ']) expect(readOptionalDate(empty, '完成时间')).toEqual({ ok: true, value: null });
  });

  it('names the argument in the reason', () => {
    expect(readOptionalDate('abc', '完成时间')).toEqual({ ok: false, reason: '完成时间：不是有效日期' });
    expect(readOptionalDate(true, '完成时间')).toEqual({ ok: false, reason: '完成时间：逻辑值不是日期' });
    // A data type (here a linked entity) is no date.
    expect(readOptionalDate({ type: 'LinkedEntity', text: '湘阴县', basicType: 'Error', basicValue: '#VALUE!' }, '完成时间')).toEqual({
      ok: false,
      reason: '完成时间：不是有效日期',
    });
    expect(readOptionalDate(0, '完成时间')).toEqual({ ok: false, reason: '完成时间：日期序列号必须大于0' });
    expect(readOptionalDate(3_000_000, '完成时间')).toEqual({ ok: false, reason: '完成时间：日期序列号超出范围（最晚为9999年12月31日）' });
    expect(readOptionalDate('3月7日', '完成时间')).toEqual({ ok: false, reason: '完成时间：缺少年份' });
  });
});

describe('readDate and readCoveredDate', () => {
  it('require a filled cell', () => {
    expect(readDate('', '统计日期')).toEqual({ ok: false, reason: '统计日期为空' });
    expect(readDate(null, '统计日期')).toEqual({ ok: false, reason: '统计日期为空' });
    expect(readDate(44013, '统计日期')).toEqual({ ok: true, value: '2020-07-01' });
  });

  it('refuse a year the holiday data does not know', () => {
    expect(readCoveredDate(cal, '2027-01-04', '日期')).toEqual({ ok: false, reason: '节假日数据不含2027年，无法判断工作日' });
    expect(readCoveredDate(cal, 1, '日期')).toEqual({ ok: false, reason: '节假日数据不含1900年，无法判断工作日' });
    expect(readCoveredDate(cal, '2026-12-31', '日期')).toEqual({ ok: true, value: '2026-12-31' });
  });
});

describe('number readers', () => {
  it('read numbers and numeric text', () => {
    expect(readNumber(' 7 ', '天数')).toEqual({ ok: true, value: 7 });
    expect(readNumber('-2.5', '天数')).toEqual({ ok: true, value: -2.5 });
    expect(readNumber('7天', '天数')).toEqual({ ok: false, reason: '天数必须是数字' });
    expect(readNumber(true, '天数')).toEqual({ ok: false, reason: '天数必须是数字' });
    expect(readNumber('', '天数')).toEqual({ ok: false, reason: '天数为空' });
  });

  it('truncate day counts toward zero, as Excel does', () => {
    expect(readDayCount(7.9, '天数')).toEqual({ ok: true, value: 7 });
    expect(readDayCount(-1.5, '天数')).toEqual({ ok: true, value: -1 });
  });

  it('accept counts that are whole and not negative', () => {
    expect(readCount(0, '承办事项数')).toEqual({ ok: true, value: 0 });
    expect(readCount('20', '承办事项数')).toEqual({ ok: true, value: 20 });
    expect(readCount(-1, '承办事项数')).toEqual({ ok: false, reason: '承办事项数必须是0或正整数（当前：-1）' });
    expect(readCount(2.5, '承办事项数')).toEqual({ ok: false, reason: '承办事项数必须是0或正整数（当前：2.5）' });
    expect(readCount(null, '承办事项数')).toEqual({ ok: false, reason: '承办事项数为空' });
  });
});

describe('readOptionalText', () => {
  it('trims text and treats an empty cell as none', () => {
    expect(readOptionalText(' 县长批示 ', '来源')).toEqual({ ok: true, value: '县长批示' });
    expect(readOptionalText('', '来源')).toEqual({ ok: true, value: null });
    expect(readOptionalText(null, '来源')).toEqual({ ok: true, value: null });
    expect(readOptionalText(12, '来源')).toEqual({ ok: true, value: '12' });
    expect(readOptionalText(false, '来源')).toEqual({ ok: false, reason: '来源必须是文字' });
  });
});

describe('firstUncoveredYear', () => {
  it('finds the first unknown year between two dates, in either order', () => {
    expect(firstUncoveredYear(cal, dateOnly('2020-01-01'), dateOnly('2026-12-31'))).toBeNull();
    expect(firstUncoveredYear(cal, dateOnly('2028-01-01'), dateOnly('2026-06-01'))).toBe(2027);
    expect(firstUncoveredYear(cal, dateOnly('2003-12-31'), dateOnly('2004-01-02'))).toBe(2003);
  });
});

describe('readErrorCell', () => {
  it('reads the CustomFunctions.Error the runtime passes for an error cell: its code, no message', () => {
    expect(readErrorCell(errorInput('#N/A'))).toEqual({ code: '#N/A', message: null });
    expect(readErrorCell(errorInput('#VALUE!'))).toEqual({ code: '#VALUE!', message: null });
  });

  it('reads the data-types ErrorCellValue, by basicValue or else errorType', () => {
    expect(readErrorCell(errorCellValueInput('#DIV/0!', 'Div0'))).toEqual({ code: '#DIV/0!', message: null });
    expect(readErrorCell({ type: 'Error', errorType: 'NotAvailable' })).toEqual({ code: '#N/A', message: null });
    expect(readErrorCell({ type: 'Error', errorType: 'Spill' })).toEqual({ code: '#SPILL!', message: null });
    expect(readErrorCell({ type: 'Error' })).toEqual({ code: null, message: null });
  });

  it('keeps the reason an error carries (a DUBAN #VALUE! handed on within JavaScript)', () => {
    expect(readErrorCell({ code: '#VALUE!', message: ' 时限为空 ' })).toEqual({ code: '#VALUE!', message: '时限为空' });
  });

  it('finds no error in other values, text that looks like one, or entities', () => {
    for (const value of [null, undefined, '', '#N/A', 43949, true, [[1]], { type: 'Entity', basicType: 'Error', basicValue: '#VALUE!' }, { type: 'String', basicValue: '#N/A' }]) {
      expect(readErrorCell(value)).toBeNull();
    }
  });
});

describe('errorArgumentReason', () => {
  it('names the argument and the error, or passes on the error’s own reason', () => {
    expect(errorArgumentReason('截止日期', { code: '#VALUE!', message: null })).toBe('截止日期为错误值 #VALUE!');
    expect(errorArgumentReason('完成时间', { code: null, message: null })).toBe('完成时间为错误值');
    expect(errorArgumentReason('截止日期', { code: '#VALUE!', message: '办理时限：缺少年份' })).toBe('截止日期有误：办理时限：缺少年份');
  });
});
