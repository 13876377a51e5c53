import { parseCalendarOverrides } from '../core/calendar/parseCalendarOverrides';
import type { HolidayNotice } from '../core/calendar/readHolidayNotice';
import { dateOnly } from '../../test/support/dateOnly';
import { buildCalendarSheet } from './calendarSheet';

const notice: HolidayNotice = {
  year: 2027,
  days: [
    { date: dateOnly('2027-01-01'), kind: 'holiday', name: '元旦' },
    { date: dateOnly('2027-02-07'), kind: 'workday', name: '春节' },
  ],
  unread: [],
};

describe('buildCalendarSheet', () => {
  it('writes a day per row and the year as entered, and reads back as the same overrides', () => {
    const model = buildCalendarSheet(notice);
    const values = model.rows.map((r) => r.map((c) => c.value));
    // 2027-01-01 is serial 46388 (1900 system), 2027-02-07 is 46425.
    expect(values).toEqual([
      ['日期', '类型', '说明'],
      [46388, '放假', '元旦'],
      [46425, '上班', '春节'],
      [2027, '全年已录入', '国务院办公厅通知'],
    ]);
    const read = parseCalendarOverrides(values, '节假日调整');
    expect(read.problems).toEqual([]);
    expect(read.overrides).toEqual([
      { date: '2027-01-01', workday: false, note: '元旦' },
      { date: '2027-02-07', workday: true, note: '春节' },
    ]);
    expect(read.declaredYears).toEqual([2027]);
  });

  it('does not declare the year entered when a sentence of the notice was not read', () => {
    const model = buildCalendarSheet({ ...notice, unread: [{ text: '劳动节:5月1日至5日', reason: '没有说放假还是上班' }] });
    expect(model.rows.map((r) => r[1].value)).toEqual(['类型', '放假', '上班']);
  });

  it('writes serials of the 1904 date system for a workbook that uses it', () => {
    expect(buildCalendarSheet(notice, true).rows[1][0].value).toBe(46388 - 1462);
  });
});
