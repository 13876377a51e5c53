import { previewHolidayNotice } from './previewHolidayNotice';

describe('previewHolidayNotice', () => {
  it('reads the days and agrees with the package for a year it knows', () => {
    const preview = previewHolidayNotice('国务院办公厅关于2020年部分节假日安排的通知\n一、元旦：1月1日放假，共1天。');
    expect(preview.days).toEqual([{ date: '2020-01-01', kind: 'holiday', name: '元旦', doubt: null }]);
    expect(preview.entireYear).toBe(2020);
  });

  it('flags a day the package has the other way', () => {
    // 2020-01-02 was a working Thursday.
    const preview = previewHolidayNotice('国务院办公厅关于2020年部分节假日安排的通知\n一、元旦：1月1日至2日放假，共2天。');
    expect(preview.days.map((d) => [d.date, d.doubt])).toEqual([
      ['2020-01-01', null],
      ['2020-01-02', '与内置节假日数据不符：该数据中此日为工作日'],
    ]);
  });

  it('declares no year entered when a sentence was not read', () => {
    const preview = previewHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日放假，共1天。\n二、春节：2月30日放假。');
    expect(preview.notice.unread).toHaveLength(1);
    expect(preview.entireYear).toBeNull();
  });
});
