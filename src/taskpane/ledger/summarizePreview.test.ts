import type { DateOnly } from '../../core/dates/dateOnly';
import type { DueSoon, ItemEscalation, LedgerStatus } from '../../core/escalation/escalate';
import { summarizePreview } from './summarizePreview';
import { dateOnly } from '../../../test/support/dateOnly';

let nextRow = 3;
function item(status: LedgerStatus, units: string[], dueSoon: DueSoon | null = null, title = '事项'): ItemEscalation {
  const row = nextRow++;
  return { status, dueSoon, item: { row, id: `DB-${row}`, title, units } } as unknown as ItemEscalation;
}
const soon = (deadline: DateOnly, workingDaysLeft: number): DueSoon => ({ deadline, workingDaysLeft });

describe('summarizePreview', () => {
  it('counts items per status and lists, once and in ledger order, the units of colored items only', () => {
    const summary = summarizePreview([
      item('红', ['县住建局', '县发改局']),
      item('已办结', ['县财政局']),
      item('蓝', ['县发改局']),
      item('长期', ['县教育局']),
      item('黄', ['县交通局']),
      item('—', ['县水利局']),
    ]);
    expect(summary).toEqual({
      items: 6,
      byStatus: { 红: 1, 黄: 1, 蓝: 1, 临期: 0, 已办结: 1, 长期: 1, '—': 1 },
      units: ['县住建局', '县发改局', '县交通局'],
      dueSoon: [],
    });
  });

  it('lists the 临期 items soonest first with their reminder texts, without counting their units as colored', () => {
    nextRow = 3;
    const summary = summarizePreview(
      [
        item('临期', ['县住建局'], soon(dateOnly('2020-10-09'), 3), '背街小巷提质改造'),
        item('红', ['县发改局']),
        item('临期', ['县住建局', '县财政局'], soon(dateOnly('2020-09-30'), 2), '老旧小区改造'),
      ],
      '湘阴县人民政府督查室',
    );
    expect(summary.byStatus.临期).toBe(2);
    expect(summary.units).toEqual(['县发改局']);
    expect(summary.dueSoon).toEqual([
      { row: 5, id: 'DB-5', title: '老旧小区改造', units: ['县住建局', '县财政局'], deadline: '2020-09-30', workingDaysLeft: 2, sms: '【县督查室】提醒：县住建局、县财政局承办的“老旧小区改造”将于9月30日到期，请抓紧办理。' },
      { row: 3, id: 'DB-3', title: '背街小巷提质改造', units: ['县住建局'], deadline: '2020-10-09', workingDaysLeft: 3, sms: '【县督查室】提醒：县住建局承办的“背街小巷提质改造”将于10月9日到期，请抓紧办理。' },
    ]);
  });

  it('leaves the texts out without the issuing office', () => {
    const summary = summarizePreview([item('临期', ['县住建局'], soon(dateOnly('2020-10-09'), 3))]);
    expect(summary.dueSoon.map((d) => d.sms)).toEqual([null]);
  });
});
