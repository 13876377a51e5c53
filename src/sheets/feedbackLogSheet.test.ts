import { parseFeedbackLog, type FeedbackRecord } from '../core/feedback/feedbackLog';
import { STATUS_COLORS } from './ledgerDecoration';
import { buildFeedbackLogSheet, feedbackLogRows, LEDGER_FILL_MARK } from './feedbackLogSheet';
import { dateOnly } from '../../test/support/dateOnly';

const answered: FeedbackRecord = {
  receivedOn: dateOnly('2020-05-22'),
  unit: '县住建局',
  key: 'DB-01',
  title: '背街小巷提质改造',
  progress: '已完成验收',
  completed: dateOnly('2020-05-18'),
  evidence: '=HYPERLINK("http://evil","x")',
  contact: '张三 13800000000',
  listDate: dateOnly('2020-05-20'),
  source: '县住建局回复.xlsx',
  applied: '督办台账!K5',
};
const progressOnly: FeedbackRecord = { ...answered, key: 'DB-02', title: '城区停车场建设', progress: '正在招标', completed: null, evidence: null, contact: null, applied: '' };

describe('buildFeedbackLogSheet', () => {
  it('has the 反馈登记 columns in order, bold and grey with borders, the header frozen', () => {
    const model = buildFeedbackLogSheet();
    expect(model.name).toBe('反馈登记');
    expect(model.rows).toHaveLength(1);
    expect(model.rows[0].map((c) => c.value)).toEqual(['收到日期', '单位', '事项编号', '事项名称', '进展情况', '报告完成时间', '佐证材料', '联系人', '清单日期', '来源', '填入台账']);
    expect(model.rows[0].every((c) => c.style?.bold && c.style.border && c.style.fill === 'D9D9D9')).toBe(true);
    expect(model.freezeRowsAbove).toBe(2);
  });

  it('gives each column room for its usual entry, never less than its heading on one line', () => {
    // 报告完成时间: six bold characters need 14.9.
    expect(buildFeedbackLogSheet().columnWidths).toEqual([14, 18, 14, 28, 32, 15, 20, 16, 14, 18, 18]);
  });

  it('is set in 宋体 and printed A4 landscape, one page wide, the header on every page, pages numbered', () => {
    const model = buildFeedbackLogSheet();
    expect(model.font).toEqual({ name: '宋体', family: 3, charset: 134 });
    expect(model.page).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: { top: 0.6, bottom: 0.8, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
      printTitleRows: { first: 1, last: 1 },
      footer: { center: '第 &P 页 共 &N 页' },
    });
  });
});

describe('feedbackLogRows', () => {
  it('writes one row per answer: dates as Excel serials with a date format, text as text', () => {
    const [row] = feedbackLogRows([answered]);
    // 2020-05-22 is serial 43973 (2020-01-01 is 43831, + 142 days); 2020-05-18 is 43969, 2020-05-20 43971.
    expect(row.map((c) => c.value)).toEqual([
      43973, '县住建局', 'DB-01', '背街小巷提质改造', '已完成验收', 43969, '=HYPERLINK("http://evil","x")', '张三 13800000000', 43971, '县住建局回复.xlsx', '督办台账!K5',
    ]);
    expect([row[0], row[5], row[8]].map((c) => c.style?.numberFormat)).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd']);
  });

  it('leaves a blank answer and an empty 填入台账 as empty cells', () => {
    expect(feedbackLogRows([progressOnly])[0].map((c) => c.value)).toEqual([43973, '县住建局', 'DB-02', '城区停车场建设', '正在招标', null, null, null, 43971, '县住建局回复.xlsx', null]);
  });

  it('wraps the progress and the evidence', () => {
    const [row] = feedbackLogRows([answered]);
    expect([row[4].style?.wrap, row[6].style?.wrap]).toEqual([true, true]);
  });

  it('fills 填入台账 when it names the ledger cell filled, as that cell was filled', () => {
    const rows = feedbackLogRows([answered, progressOnly, { ...answered, applied: '台账中已有完成时间 2020-05-16，未改动' }]);
    expect(rows.map((r) => r[10].style?.fill)).toEqual(['E4DFEC', undefined, undefined]);
  });

  it('writes 1904-system serials for a 1904 workbook', () => {
    expect(feedbackLogRows([answered], true)[0][0].value).toBe(43973 - 1462);
  });

  it('reads back as the same answers', () => {
    const values = [buildFeedbackLogSheet().rows[0], ...feedbackLogRows([answered, progressOnly])].map((r) => r.map((c) => c.value));
    expect(parseFeedbackLog({ name: '反馈登记', values, origin: { row: 1, col: 1 } })).toEqual([answered, { ...progressOnly, applied: '' }]);
  });
});

describe('LEDGER_FILL_MARK', () => {
  it('is a light fill of its own, apart from every status fill', () => {
    expect(LEDGER_FILL_MARK).toBe('E4DFEC');
    expect(Object.values(STATUS_COLORS).map((c) => c.fill)).not.toContain(LEDGER_FILL_MARK);
  });
});
