import type { PlannedNotice } from '../core/notices/planNotices';
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { buildNoticeSheet, NOTICE_BLOCK_ROWS, noticeSheetName } from './noticeSheet';
import type { SheetModel } from './sheetModel';
import { dateOnly } from '../../test/support/dateOnly';

const base: PlannedNotice = {
  number: '督〔2020〕红1号',
  color: 'red',
  sequence: 1,
  itemId: 'A1',
  itemRow: 3,
  title: '背街小巷提质改造',
  source: '县长批示',
  unit: '县住建局',
  head: '张三',
  dueDate: dateOnly('2020-05-28'),
  issueDate: dateOnly('2020-05-28'),
  deadline: dateOnly('2020-05-11'),
  deadlineExtended: false,
  daysOverdue: 17,
  rectifyBy: null,
  signatory: '县长',
  requirement: '该事项……直至该事项督办完成。',
  sms: '【县督查室】县住建局：“背街小巷提质改造”已超时限（5月11日），现发红色督办单，请立即整改。',
};
const blue: PlannedNotice = { ...base, number: '督〔2020〕蓝3号', color: 'blue', unit: '县财政局', head: null, source: null, daysOverdue: 0, signatory: '县政府督查室' };
const yellow: PlannedNotice = { ...base, number: '督〔2020〕黄2号', color: 'yellow', signatory: '常务副县长', daysOverdue: 7 };

const value = (m: SheetModel, row: number, col: number) => m.rows[row - 1]?.[col - 1]?.value;
const style = (m: SheetModel, row: number, col: number) => m.rows[row - 1]?.[col - 1]?.style;
// A4 portrait is 11.69in tall; less the 0.7in + 0.6in margins that leaves 748pt per page.
const PRINTABLE_HEIGHT = (11.69 - 0.7 - 0.6) * 72;
const blockHeight = (m: SheetModel, block: number) => {
  let sum = 0;
  for (let r = 1; r <= NOTICE_BLOCK_ROWS; r++) sum += m.rowHeights?.[block * NOTICE_BLOCK_ROWS + r] ?? 15;
  return sum;
};

describe('buildNoticeSheet', () => {
  const model = buildNoticeSheet([blue, base, yellow], dateOnly('2020-05-28'), XIANGYIN_2020);

  it('is named after the issue date', () => {
    expect(noticeSheetName(dateOnly('2020-05-18'))).toBe('督办单 2020-05-18');
    expect(model.name).toBe('督办单 2020-05-28');
  });

  it('groups red → yellow → blue, one fixed block of 16 rows each, a page break after each but the last', () => {
    expect([value(model, 3, 1), value(model, 19, 1), value(model, 35, 1)]).toEqual(['督〔2020〕红1号', '督〔2020〕黄2号', '督〔2020〕蓝3号']);
    expect(model.page).toEqual({
      orientation: 'portrait',
      paper: 'A4',
      margins: { top: 0.7, bottom: 0.6, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 },
      fitToWidth: true,
      printArea: { top: 1, left: 1, bottom: 48, right: 4 },
      rowBreaks: [16, 32],
      footer: { center: '第 &P 页 共 &N 页' },
    });
    expect(model.tabColor).toBe('C00000');
    expect(model.font).toEqual({ name: '宋体', family: 3, charset: 134 });
  });

  it('heads each notice with a band in its color, readable text on it', () => {
    expect([value(model, 1, 1), value(model, 2, 1)]).toEqual(['湘阴县人民政府督查室', '红色督办单']);
    expect(style(model, 2, 1)).toMatchObject({ fill: 'C00000', fontColor: 'FFFFFF', bold: true });
    expect(value(model, 18, 1)).toBe('黄色督办单');
    expect(style(model, 18, 1)).toMatchObject({ fill: 'FFD966', fontColor: '000000' });
    expect(value(model, 34, 1)).toBe('蓝色督办单');
    expect(style(model, 34, 1)).toMatchObject({ fill: '2F75B5', fontColor: 'FFFFFF' });
    expect(model.merges).toEqual(expect.arrayContaining([{ top: 1, left: 1, bottom: 1, right: 4 }, { top: 2, left: 1, bottom: 2, right: 4 }]));
  });

  it('gives every notice of a color the same style objects (an adapter renders each style once, not per notice)', () => {
    const twoRed = buildNoticeSheet([base, { ...base, number: '督〔2020〕红4号', itemId: 'A9' }], dateOnly('2020-05-28'), XIANGYIN_2020);
    const next = NOTICE_BLOCK_ROWS;
    for (const [row, col] of [[1, 1], [2, 1], [3, 1], [5, 2], [9, 2], [12, 1], [13, 3], [16, 1]]) {
      expect(style(twoRed, next + row, col)).toBe(style(twoRed, row, col));
    }
  });

  it('fills in the unit, its 主要负责人, the item, the deadline in force, days overdue, the requirement and the SMS', () => {
    const row = (r: number) => model.rows[r - 1].map((c) => c.value);
    expect(row(5)).toEqual(['被督办单位', '县住建局', '主要负责人', '张三']);
    expect(row(6)).toEqual(['事项编号', 'A1', '事项来源', '县长批示']);
    expect(row(7)).toEqual(['督办事项', '背街小巷提质改造', null, null]);
    expect(row(8)).toEqual(['办理时限', '2020年5月11日', '逾期天数', '17天']);
    expect(row(9)).toEqual(['督办要求', '该事项……直至该事项督办完成。', null, null]);
    expect(row(10)).toEqual(['短信（微信）', base.sms, null, null]);
    expect(model.merges).toEqual(expect.arrayContaining([{ top: 7, left: 2, bottom: 7, right: 4 }, { top: 9, left: 2, bottom: 9, right: 4 }]));
    // The blue: no register entry, no source, due today.
    expect(row(37)).toEqual(['被督办单位', '县财政局', '主要负责人', '（单位名册中未登记）']);
    expect(row(38)).toEqual(['事项编号', 'A1', '事项来源', '—']);
    expect(row(40)[3]).toBe('0天（今日到期）');
  });

  it('ends with a blank to sign, the place of the seal, the office and the issue date in Chinese', () => {
    expect([value(model, 12, 1), value(model, 13, 3), value(model, 14, 3), value(model, 15, 3)]).toEqual([
      '签发人（县长）：________________',
      '（盖　章）',
      '湘阴县人民政府督查室',
      '2020年5月28日',
    ]);
    // Room for a 4.2 cm seal over the office's name and the date: 72 + 24 + 24 points.
    expect(model.rowHeights?.[13]).toBe(72);
    expect(value(model, 28, 1)).toBe('签发人（常务副县长）：________________');
    expect(value(model, 44, 1)).toBe('签发人（县政府督查室）：________________');
  });

  it('keeps every notice on one page, however long its texts', () => {
    const long = buildNoticeSheet(
      [{ ...base, title: '督'.repeat(40000), unit: '湘阴县住房和城乡建设局城市管理和综合执法局联合工作专班办公室综合科', head: '张'.repeat(60), source: '县'.repeat(80) }],
      dateOnly('2020-05-28'),
      XIANGYIN_2020,
    );
    const title = value(long, 7, 2) as string;
    expect(title.endsWith('…（全文见台账）')).toBe(true);
    expect(title).toHaveLength(120);
    expect(value(long, 5, 2)).toBe('湘阴县住房和城乡建设局城市管理和综合执法局联合工作专班办公…');
    expect(value(long, 5, 2)).toHaveLength(30);
    expect(blockHeight(long, 0)).toBeLessThanOrEqual(PRINTABLE_HEIGHT);
    expect(blockHeight(model, 0)).toBeLessThanOrEqual(PRINTABLE_HEIGHT);
  });

  it('writes user text that looks like a formula as the text it is', () => {
    const m = buildNoticeSheet([{ ...base, title: '=HYPERLINK("http://evil","x")', unit: '+1+1', head: '@SUM(A1)', itemId: '-2', source: "=cmd|' /C calc'!A0" }], dateOnly('2020-05-28'), XIANGYIN_2020);
    expect([value(m, 7, 2), value(m, 5, 2), value(m, 5, 4), value(m, 6, 2), value(m, 6, 4)]).toEqual([
      '=HYPERLINK("http://evil","x")',
      '+1+1',
      '@SUM(A1)',
      '-2',
      "=cmd|' /C calc'!A0",
    ]);
  });
});
