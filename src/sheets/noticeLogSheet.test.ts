import { parseNoticeLog } from '../core/notices/noticeLog';
import type { PlannedNotice } from '../core/notices/planNotices';
import { buildNoticeLogSheet, noticeLogRows } from './noticeLogSheet';
import { dateOnly } from '../../test/support/dateOnly';

const notice: PlannedNotice = {
  number: '督〔2020〕黄1号',
  color: 'yellow',
  sequence: 1,
  itemId: 'A1',
  itemRow: 3,
  title: '=HYPERLINK("http://evil","x")',
  source: '县长批示',
  unit: '县住建局',
  head: '张三',
  dueDate: dateOnly('2020-05-18'),
  issueDate: dateOnly('2020-05-18'),
  deadline: dateOnly('2020-05-11'),
  deadlineExtended: false,
  daysOverdue: 7,
  rectifyBy: dateOnly('2020-05-28'),
  signatory: '常务副县长',
  requirement: '……',
  sms: '……',
};

describe('buildNoticeLogSheet', () => {
  it('has the SPEC §4 columns in order, bold with borders, the header frozen', () => {
    const model = buildNoticeLogSheet();
    expect(model.name).toBe('督办单登记');
    expect(model.rows).toHaveLength(1);
    expect(model.rows[0].map((c) => c.value)).toEqual([
      '督办单编号', '颜色', '事项编号', '督办事项', '被督办单位', '应发日期', '发出日期', '办理时限', '逾期天数', '签发人', '状态', '备注',
    ]);
    expect(model.rows[0].every((c) => c.style?.bold && c.style.border)).toBe(true);
    expect(model.freezeRowsAbove).toBe(2);
    expect(model.columnWidths).toHaveLength(12);
  });

  it('is set in 宋体 (appended rows too) and printed with its margins, the header and footer 0.3"', () => {
    const model = buildNoticeLogSheet();
    expect(model.font).toEqual({ name: '宋体', family: 3, charset: 134 });
    expect(model.page?.margins).toEqual({ top: 0.6, bottom: 0.8, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 });
  });
});

describe('noticeLogRows', () => {
  it('writes one row per notice: dates as Excel serials with a date format, state 有效, text as text', () => {
    const [row] = noticeLogRows([notice]);
    // 2020-05-18 is serial 43969 (2020-01-01 is 43831, + 138 days); 2020-05-11 is 43962.
    expect(row.map((c) => c.value)).toEqual(['督〔2020〕黄1号', '黄', 'A1', '=HYPERLINK("http://evil","x")', '县住建局', 43969, 43969, 43962, 7, '常务副县长', '有效', null]);
    expect(row[5].style?.numberFormat).toBe('yyyy-mm-dd');
  });

  it('writes 1904-system serials for a 1904 workbook', () => {
    expect(noticeLogRows([notice], true)[0][6].value).toBe(43969 - 1462);
  });

  it('reads back as the same notice', () => {
    const rows = [buildNoticeLogSheet().rows[0], ...noticeLogRows([notice])].map((r) => r.map((c) => c.value));
    const parsed = parseNoticeLog({ name: '督办单登记', values: rows, origin: { row: 1, col: 1 } });
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([
      {
        row: 2,
        number: '督〔2020〕黄1号',
        color: 'yellow',
        itemId: 'A1',
        unit: '县住建局',
        issueDate: '2020-05-18',
        voided: false,
        dueDate: '2020-05-18',
        deadline: '2020-05-11',
        daysOverdue: 7,
        signatory: '常务副县长',
        title: '=HYPERLINK("http://evil","x")',
        remark: '',
      },
    ]);
  });
});
