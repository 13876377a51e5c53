import type { UnitScore } from '../core/scoring/scoreUnits';
import { buildScoreSheet } from './scoreSheet';
import { dateOnly } from '../../test/support/dateOnly';

const base: Omit<UnitScore, 'unit' | 'category' | 'categoryRank' | 'overallRank' | 'shortlist'> = {
  items: 5, done: 4, doneOnTime: 3, onTimeRate: 0.75, openOverdue: 1,
  notices: { blue: 1, yellow: 0, red: 0 },
  deductions: { blue: -1, yellow: 0, red: 0 },
  bonuses: [{ label: '承办≥5项且全年无黄色督办单', points: 10, excellenceQuotaPercent: 0 }, { label: '承办≥5项且全年无红色督办单', points: 5, excellenceQuotaPercent: 0 }],
  total: 14, excellenceQuotaPercent: 0, provisional: true,
  flags: { criticism: false, admonition: false, reasons: [] },
};

describe('buildScoreSheet', () => {
  const scores: UnitScore[] = [
    { ...base, unit: '县住建局', category: '县直部门', categoryRank: 2, overallRank: 2,
      notices: { blue: 1, yellow: 1, red: 3 }, deductions: { blue: -1, yellow: -2, red: -15 }, bonuses: [], total: -18,
      flags: { criticism: true, admonition: true, reasons: ['年度累计3次红色督办单'] },
      shortlist: { eligible: false, reason: '年度内诫勉谈话，不列入效能之星' } },
    { ...base, unit: '县教育局', category: '县直部门', categoryRank: 1, overallRank: 1, shortlist: { eligible: true, categoryRank: 1, overallRank: 1 } },
    { ...base, unit: '东塘镇', category: '乡镇/街道', categoryRank: 1, overallRank: 11, shortlist: { eligible: true, categoryRank: 1, overallRank: 11 } },
  ];
  const sheet = buildScoreSheet(scores, 2020, dateOnly('2020-07-01'), '湘阴县人民政府督查室');
  const values = sheet.rows.map((r) => r.map((c) => c.value));

  it('titles the sheet with the year and the provisional note', () => {
    expect(sheet.name).toBe('单位得分 2020');
    expect(values[0][0]).toBe('湘阴县人民政府督查室 2020年度督办工作单位得分');
    expect(values[1][0]).toBe('截至2020年7月1日（年度未结束，“全年无黄/红色督办单”加分为暂计）');
  });

  it('lists units by category (乡镇/街道 first) and rank, with counts, points, total, flags and the shortlist', () => {
    // The total twice: as a number, then for the bar beside it; 东塘镇 is 11th in the county.
    expect(values.slice(3, 6)).toEqual([
      [1, 11, '东塘镇', '乡镇/街道', 5, 4, 3, 0.75, 1, 1, 0, 0, -1, '15（暂计）', 14, 14, '', '', '类内前10'],
      [1, 1, '县教育局', '县直部门', 5, 4, 3, 0.75, 1, 1, 0, 0, -1, '15（暂计）', 14, 14, '', '', '类内前10、全县前10'],
      [2, 2, '县住建局', '县直部门', 5, 4, 3, 0.75, 1, 1, 1, 3, -18, 0, -18, -18, '', '诫勉谈话：年度累计3次红色督办单', '年度内诫勉谈话，不列入效能之星'],
    ]);
  });

  it('breaks headings only between words', () => {
    expect(values[2]).toEqual(['类内\n排名', '全县\n排名', '单位', '类别', '承办\n事项', '已办结', '按时\n办结', '按时\n办结率', '逾期\n未办结', '蓝色\n督办单', '黄色\n督办单', '红色\n督办单', '扣分', '加分', '总分', '总分\n图示', '优岗\n比例', '问责提示', '效能之星']);
  });

  it('highlights flags in black on a light fill, draws the total as a bar beside it, and prints on A4 landscape', () => {
    expect(sheet.rows[5][17].style).toMatchObject({ fill: 'FFC7CE', bold: true, wrap: true });
    expect(sheet.rows[5][17].style?.fontColor).toBeUndefined();
    expect(sheet.rows[4][17].style?.fill).toBeUndefined();
    expect(sheet.dataBars).toEqual([{ range: { top: 4, left: 16, bottom: 6, right: 16 }, color: '5B9BD5', showValue: false }]);
    expect(sheet.page).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, printTitleRows: { first: 1, last: 3 }, footer: { center: '第 &P 页 共 &N 页' } });
    expect(sheet.rows[3][7].style?.numberFormat).toBe('0.0%');
  });

  it('is as wide as its widest entry: "15（暂计）" whole, the 问责提示 wrapped in a taller row', () => {
    // 加分: two digits and four CJK characters, 2 × 1.2 + 4 × 2.1 = 10.8, plus 1.7 padding.
    expect(sheet.columnWidths?.[13]).toBe(12.5);
    expect(sheet.rowHeights?.[6]).toBeGreaterThan(sheet.rowHeights?.[5] ?? 0);
  });

  it('ends with the lines to sign', () => {
    expect(values[values.length - 1][0]).toBe('制表人：____________　　　审核人：____________　　　日期：____________');
  });

  it('says so when there is nothing to score', () => {
    const empty = buildScoreSheet([], 2021, dateOnly('2021-03-01'), '湘阴县人民政府督查室');
    expect(empty.rows[3][0].value).toBe('本年度没有可计分的单位（台账中没有本年度交办的事项，督办单登记中也没有本年度的督办单）');
    expect(empty.dataBars).toEqual([]);
  });
});
