import { createWorkCalendar, type WorkCalendar } from '../core/calendar';
import { dayOfWeek } from '../core/dates';
import { evaluateIsWorkday, evaluateNetworkdays, evaluateWorkday } from './calendarFunctions';
import type { DateOnly } from '../core/dates/dateOnly';

// Excel 1900-system serials, worked out from 2020-01-01 = 43831 (2020 is a leap year):
// 2020-04-01 = 43831 + 31 + 29 + 31 = 43922, 2020-05-01 = 43922 + 30 = 43952.
const APR_26 = 43947; // Sunday, 调休 makeup workday
const APR_28 = 43949; // Tuesday
const APR_30 = 43951; // Thursday
const MAY_1 = 43952; // Friday, 劳动节
const MAY_6 = 43957; // Wednesday, first workday after the holiday
const MAY_9 = 43960; // Saturday, 调休 makeup workday
const MAY_10 = 43961; // Sunday
const MAY_11 = 43962; // Monday

const cal = createWorkCalendar();

describe('evaluateIsWorkday', () => {
  it('follows the 2020 Labour Day arrangement', () => {
    expect(evaluateIsWorkday(cal, APR_28)).toEqual({ ok: true, value: true });
    expect(evaluateIsWorkday(cal, MAY_1)).toEqual({ ok: true, value: false });
    expect(evaluateIsWorkday(cal, APR_26)).toEqual({ ok: true, value: true });
    expect(evaluateIsWorkday(cal, MAY_9)).toEqual({ ok: true, value: true });
    expect(evaluateIsWorkday(cal, MAY_10)).toEqual({ ok: true, value: false });
  });

  it('reads text dates', () => {
    expect(evaluateIsWorkday(cal, '2020-05-09')).toEqual({ ok: true, value: true });
    expect(evaluateIsWorkday(cal, '2020年5月1日')).toEqual({ ok: true, value: false });
  });
});

describe('evaluateWorkday', () => {
  it('reaches the SPEC worked example: 7 working days after 2020-04-28 is 2020-05-11', () => {
    expect(evaluateWorkday(cal, APR_28, 7)).toEqual({ ok: true, value: MAY_11 });
  });

  it('accepts the start as text and the count as numeric text', () => {
    expect(evaluateWorkday(cal, '2020-04-28', 7)).toEqual({ ok: true, value: MAY_11 });
    expect(evaluateWorkday(cal, '2020-04-28', ' 7 ')).toEqual({ ok: true, value: MAY_11 });
  });

  it('counts backwards for negative days, skipping the holiday', () => {
    // May 9 (makeup), 8, 7, 6, then May 1–5 off, Apr 30, 29, 28.
    expect(evaluateWorkday(cal, MAY_11, -7)).toEqual({ ok: true, value: APR_28 });
    expect(evaluateWorkday(cal, MAY_6, -1)).toEqual({ ok: true, value: APR_30 });
  });

  it('truncates fractional days and returns the start for 0, as Excel does', () => {
    expect(evaluateWorkday(cal, APR_28, 7.9)).toEqual({ ok: true, value: MAY_11 });
    expect(evaluateWorkday(cal, MAY_1, 0)).toEqual({ ok: true, value: MAY_1 });
  });

  it('rejects bad starts and counts with Chinese messages', () => {
    expect(evaluateWorkday(cal, 'abc', 7)).toEqual({ ok: false, reason: '开始日期：不是有效日期' });
    expect(evaluateWorkday(cal, '', 7)).toEqual({ ok: false, reason: '开始日期为空' });
    expect(evaluateWorkday(cal, null, 7)).toEqual({ ok: false, reason: '开始日期为空' });
    expect(evaluateWorkday(cal, true, 7)).toMatchObject({ ok: false });
    expect(evaluateWorkday(cal, APR_28, 'abc')).toEqual({ ok: false, reason: '天数必须是数字' });
    expect(evaluateWorkday(cal, APR_28, null)).toEqual({ ok: false, reason: '天数为空' });
  });

  it('refuses a count that runs past every year the holiday data knows', () => {
    const r = evaluateWorkday(cal, APR_28, 1_000_000);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('1000000');
  });
});

describe('evaluateNetworkdays', () => {
  it('counts both ends', () => {
    // Apr 28 itself plus the 7 working days of the worked example.
    expect(evaluateNetworkdays(cal, APR_28, MAY_11)).toEqual({ ok: true, value: 8 });
    // Apr 26 (makeup), 27, 28, 29, 30, May 6, 7, 8, 9 (makeup).
    expect(evaluateNetworkdays(cal, APR_26, MAY_9)).toEqual({ ok: true, value: 9 });
    expect(evaluateNetworkdays(cal, MAY_1, MAY_1)).toEqual({ ok: true, value: 0 });
  });

  it('is negative when the end is before the start', () => {
    expect(evaluateNetworkdays(cal, MAY_11, APR_28)).toEqual({ ok: true, value: -8 });
  });

  it('mixes text and serial inputs', () => {
    expect(evaluateNetworkdays(cal, '2020/4/28', MAY_11)).toEqual({ ok: true, value: 8 });
  });

  it('names the bad argument', () => {
    expect(evaluateNetworkdays(cal, APR_28, 'abc')).toEqual({ ok: false, reason: '结束日期：不是有效日期' });
    expect(evaluateNetworkdays(cal, '', MAY_11)).toEqual({ ok: false, reason: '开始日期为空' });
  });
});

describe('years the holiday data does not know', () => {
  it('names the year of an input date', () => {
    expect(evaluateIsWorkday(cal, '1999-10-08')).toEqual({ ok: false, reason: '节假日数据不含1999年，无法判断工作日' });
  });

  // A calendar that knows 2020 and 2022 only (weekends off), to reach uncovered years on purpose.
  const weekdays = (d: DateOnly) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6;
  const knows2020And2022: WorkCalendar = {
    knownYears: [2020, 2022],
    covers: (d) => d.startsWith('2020-') || d.startsWith('2022-'),
    isWorkingDay: weekdays,
  };

  it('names the year a WORKDAY result falls in', () => {
    // Wed 2020-12-30 + 5: Dec 31, Jan 1, Jan 4, 5, 6 → 2021-01-06.
    expect(evaluateWorkday(knows2020And2022, '2020-12-30', 5)).toEqual({
      ok: false,
      reason: '节假日数据不含2021年，无法判断工作日',
    });
  });

  it('names an unknown year inside a NETWORKDAYS span', () => {
    expect(evaluateNetworkdays(knows2020And2022, '2020-12-01', '2022-01-05')).toEqual({
      ok: false,
      reason: '节假日数据不含2021年，无法判断工作日',
    });
  });
});

/*
 * Excel's own WORKDAY and NETWORKDAYS (no holidays argument) count Monday–Friday. On a span
 * with no 法定节假日 and no 调休 day, the State Council calendar is exactly that, so the
 * functions must give Excel's answers there. March 2020 is such a span (Qingming starts Apr 4),
 * and so is July–August 2020. Serials: 2020-03-01 (a Sunday) = 43831 + 31 + 29 = 43891.
 */
describe('Excel semantics on spans with no holidays', () => {
  const MAR_2 = 43892; // Mon
  const MAR_4 = 43894; // Wed
  const MAR_5 = 43895; // Thu
  const MAR_6 = 43896; // Fri
  const MAR_7 = 43897; // Sat
  const MAR_8 = 43898; // Sun
  const MAR_9 = 43899; // Mon
  const MAR_13 = 43903; // Fri
  const MAR_16 = 43906; // Mon
  const MAR_31 = 43921; // Tue
  const MAR_1 = 43891; // Sun
  const JUL_1 = 44013; // Wed
  const AUG_31 = 44074; // Mon

  const workday = (start: unknown, days: unknown) => evaluateWorkday(cal, start, days);
  const networkdays = (start: unknown, end: unknown) => evaluateNetworkdays(cal, start, end);

  it.each([
    ['Fri + 1 → Mon', MAR_6, 1, MAR_9],
    ['Sat + 1 → Mon (a weekend start is not counted)', MAR_7, 1, MAR_9],
    ['Sun − 1 → Fri', MAR_8, -1, MAR_6],
    ['Mon − 1 → Fri', MAR_9, -1, MAR_6],
    ['Sat + 0 → Sat itself', MAR_7, 0, MAR_7],
    ['Mon + 5 → next Mon', MAR_2, 5, MAR_9],
    ['Mon + 10 → Mon two weeks on', MAR_2, 10, MAR_16],
    ['Mon − 10 → Mon two weeks back', MAR_16, -10, MAR_2],
    ['2.9 days truncated to 2', MAR_2, 2.9, MAR_4],
    ['−1.5 days truncated to −1', MAR_6, -1.5, MAR_5],
    ['a start with a time of day counts as its day', MAR_6 + 0.75, 1, MAR_9],
  ])('WORKDAY: %s', (_label, start, days, expected) => {
    expect(workday(start, days)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['Mon to the Fri a week later', MAR_2, MAR_13, 10],
    ['backwards', MAR_13, MAR_2, -10],
    ['a weekend only', MAR_7, MAR_8, 0],
    ['one Saturday', MAR_7, MAR_7, 0],
    ['one Monday (both ends counted)', MAR_2, MAR_2, 1],
    ['Fri to Mon', MAR_6, MAR_9, 2],
    ['all of March 2020', MAR_1, MAR_31, 22],
    ['July and August 2020', JUL_1, AUG_31, 44],
  ])('NETWORKDAYS: %s', (_label, start, end, expected) => {
    expect(networkdays(start, end)).toEqual({ ok: true, value: expected });
  });
});

describe('error values for empty, text and out-of-range inputs', () => {
  it('ISWORKDAY', () => {
    expect(evaluateIsWorkday(cal, null)).toEqual({ ok: false, reason: '日期为空' });
    expect(evaluateIsWorkday(cal, '下周一')).toEqual({ ok: false, reason: '日期：不是有效日期' });
    expect(evaluateIsWorkday(cal, -3)).toEqual({ ok: false, reason: '日期：日期序列号必须大于0' });
  });

  it('WORKDAY', () => {
    expect(evaluateWorkday(cal, APR_28, '')).toEqual({ ok: false, reason: '天数为空' });
    expect(evaluateWorkday(cal, 3_000_000, 1)).toEqual({ ok: false, reason: '开始日期：日期序列号超出范围（最晚为9999年12月31日）' });
    // Wed 2026-12-30 + 3 lands in 2027, which the holiday data does not know.
    expect(evaluateWorkday(cal, '2026-12-30', 3)).toEqual({ ok: false, reason: '节假日数据不含2027年，无法判断工作日' });
  });

  it('NETWORKDAYS', () => {
    expect(evaluateNetworkdays(cal, APR_28, null)).toEqual({ ok: false, reason: '结束日期为空' });
    expect(evaluateNetworkdays(cal, APR_28, '2027-01-05')).toEqual({ ok: false, reason: '节假日数据不含2027年，无法判断工作日' });
  });
});
