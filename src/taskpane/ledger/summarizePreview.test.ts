import type { ItemEscalation, LedgerStatus } from '../../core/escalation/escalate';
import { summarizePreview } from './summarizePreview';

const item = (status: LedgerStatus, units: string[]) => ({ status, item: { units } }) as unknown as ItemEscalation;

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
      byStatus: { 红: 1, 黄: 1, 蓝: 1, 已办结: 1, 长期: 1, '—': 1 },
      units: ['县住建局', '县发改局', '县交通局'],
    });
  });
});
