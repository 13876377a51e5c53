import type { HolidayNotice } from '../core/calendar/readHolidayNotice';
import { dateOnly } from '../../test/support/dateOnly';
import { addHolidayNotice } from './addHolidayNotice';
import { MemoryWorkbook } from './testing/memoryWorkbook';

/** 2027's 元旦 as a notice would give it (a made-up year the package does not know). */
const notice: HolidayNotice = {
  year: 2027,
  days: [
    { date: dateOnly('2027-01-01'), kind: 'holiday', name: '元旦' },
    { date: dateOnly('2027-01-02'), kind: 'holiday', name: '元旦' },
    { date: dateOnly('2027-01-04'), kind: 'workday', name: '元旦' },
  ],
  unread: [],
};

describe('addHolidayNotice', () => {
  it('creates 节假日调整 with the days and the year entered, in one append', async () => {
    const port = new MemoryWorkbook({ 台账: [] });
    const added = await addHolidayNotice(port, notice);
    expect(added).toMatchObject({ present: [], conflicts: [], declared: true });
    expect(added.added).toHaveLength(3);
    // Serials of the 1900 system: 2027-01-01 is 46388.
    expect(port.values('节假日调整')).toEqual([
      ['日期', '类型', '说明'],
      [46388, '放假', '元旦'],
      [46389, '放假', '元旦'],
      [46391, '上班', '元旦'],
      [2027, '全年已录入', '国务院办公厅通知'],
    ]);
    expect(port.calls).toEqual(['appendRows']);
  });

  it('adds only the days the sheet lacks, and leaves a day it has the other way, reporting it', async () => {
    const port = new MemoryWorkbook({ 节假日调整: [['日期', '类型', '说明'], ['2027-01-01', '放假', '元旦'], ['2027-01-04', '放假', '本地调整']] });
    const added = await addHolidayNotice(port, notice);
    expect(added.added.map((d) => d.date)).toEqual(['2027-01-02']);
    expect(added.present.map((d) => d.date)).toEqual(['2027-01-01']);
    expect(added.conflicts.map((d) => d.date)).toEqual(['2027-01-04']);
    // A conflict left open: the year is not declared entered.
    expect(added.declared).toBe(false);
    expect(port.values('节假日调整').slice(3)).toEqual([[46389, '放假', '元旦']]);
  });

  it('writes nothing when the sheet has it all already', async () => {
    const port = new MemoryWorkbook({ 台账: [] });
    await addHolidayNotice(port, notice);
    const before = port.values('节假日调整');
    const again = await addHolidayNotice(port, notice);
    expect(again).toMatchObject({ added: [], conflicts: [], declared: false });
    expect(again.present).toHaveLength(3);
    expect(port.values('节假日调整')).toEqual(before);
  });
});
