import { computeBonuses } from '../core/bonus/computeBonuses';
import type { StaffMember } from '../core/bonus/parseStaffSheet';
import type { UnitRecord } from '../core/register/parseUnitRegister';
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { buildBonusSheet } from './bonusSheet';
import type { SheetModel } from './sheetModel';

const record = (name: string, headcount: number, schemeFiled: boolean): UnitRecord => ({
  row: 2,
  name,
  aliases: [],
  category: '县直部门',
  head: null,
  phone: null,
  headcount,
  bonusStandard: 20_000,
  schemeFiled,
  bonusTiers: null,
});

const names = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '=癸'];
const staff: StaffMember[] = [
  ...names.map((name, i) => ({ row: i + 2, name, unit: '县财政局', score: 100 - i, rank: null, grade: '称职' })),
  { row: 12, name: '子', unit: '县水利局', score: 90, rank: null, grade: '称职' },
  { row: 13, name: '丑', unit: '县水利局', score: 80, rank: null, grade: '称职' },
];
const result = computeBonuses(staff, [record('县财政局', 10, true), record('县水利局', 2, false)], XIANGYIN_2020);
const sheet = buildBonusSheet(result, 2020);
const values = (model: SheetModel, from: number, to: number) => model.rows.slice(from - 1, to).map((r) => r.map((c) => c.value));

describe('buildBonusSheet', () => {
  it('is named by year, with a title and the settings in words', () => {
    expect(sheet.name).toBe('绩效奖金 2020');
    // Each merged across the sheet's eight columns.
    expect(values(sheet, 1, 2).map((r) => [r[0], r.length])).toEqual([
      ['2020年度绩效奖金阶梯分配表', 8],
      [
        '基础奖 60% 普发，阶梯奖 40%；第一等次不超过总人数 20%，阶梯奖上浮 20%；第三等次不低于 10%（年度考核不称职者列入），阶梯奖下调 20%；第二等次平衡奖金总额。' +
          '并列者同进同出；金额取整到元，尾差计入平衡等次（通常为第二等次）。单位：元',
        8,
      ],
    ]);
  });

  it('lists every person of the 10-person example, then the unfiled unit as an error row', () => {
    // 54,400 / 7 = 7,771 r 3: ranks 3–5 get 7,772, ranks 6–9 get 7,771 (see distributeBonus.test.ts).
    expect(values(sheet, 4, 15)).toEqual([
      ['单位', '姓名', '排名', '等次', '基础奖', '阶梯奖', '合计', '备注'],
      ['县财政局', '甲', 1, '第一等次', 12_000, 9_600, 21_600, ''],
      ['县财政局', '乙', 2, '第一等次', 12_000, 9_600, 21_600, ''],
      ['县财政局', '丙', 3, '第二等次', 12_000, 7_772, 19_772, ''],
      ['县财政局', '丁', 4, '第二等次', 12_000, 7_772, 19_772, ''],
      ['县财政局', '戊', 5, '第二等次', 12_000, 7_772, 19_772, ''],
      ['县财政局', '己', 6, '第二等次', 12_000, 7_771, 19_771, ''],
      ['县财政局', '庚', 7, '第二等次', 12_000, 7_771, 19_771, ''],
      ['县财政局', '辛', 8, '第二等次', 12_000, 7_771, 19_771, ''],
      ['县财政局', '壬', 9, '第二等次', 12_000, 7_771, 19_771, ''],
      // A name that starts with '=' stays literal text.
      ['县财政局', '=癸', 10, '第三等次', 12_000, 6_400, 18_400, ''],
      ['县水利局', '未分配（2人）：考核方案未报备县考核委员会，按规定不得发放年终绩效奖金', null, null, null, null, null, null],
    ]);
    expect(sheet.merges).toContainEqual({ top: 15, left: 2, bottom: 15, right: 8 });
  });

  it('shows the checks per unit: people and share per tier, and the sum against the pool', () => {
    expect(values(sheet, 17, 17)[0][0]).toBe('各单位汇总与核对');
    expect(values(sheet, 18, 23)).toEqual([
      ['单位', '等次', '人数', '占比', '每人阶梯奖', '小计', '核对', '说明'],
      ['县财政局', '第一等次', 2, 0.2, 9_600, 43_200, '✓', '不超过 20%（至多 2 人）'],
      [null, '第二等次', 7, 0.7, 7_771, 138_400, '✓', '平衡奖金总额；其中 3 人各多 1 元（尾差）'],
      [null, '第三等次', 1, 0.1, 6_400, 18_400, '✓', '不低于 10%（至少 1 人）'],
      [null, '合计', 10, 1, null, 200_000, '✓', '合计 = 奖金总额 200,000 元'],
      ['县水利局', '未分配（2人）：考核方案未报备县考核委员会，按规定不得发放年终绩效奖金', null, null, null, null, null, null],
    ]);
    expect(sheet.merges).toContainEqual({ top: 19, left: 1, bottom: 22, right: 1 });
  });

  it('marks a sum that misses the pool with ✗', () => {
    const unit = result.units[0];
    if (!unit.ok) throw new Error(unit.error);
    const tampered = { ...result, units: [{ ...unit, people: unit.people.slice(1) }] };
    const rows = buildBonusSheet(tampered, 2020).rows;
    const total = rows.filter((r) => r[1]?.value === '合计').map((r) => r.map((c) => c.value))[0];
    expect(total.slice(5)).toEqual([178_400, '✗', '合计 ≠ 奖金总额 200,000 元']);
  });

  it('formats money as #,##0 and shares as percent, and prints on A4 portrait, numbered and signed', () => {
    expect(sheet.rows[4][6].style?.numberFormat).toBe('#,##0');
    expect(sheet.rows[18][3].style?.numberFormat).toBe('0.0%');
    expect(sheet.page).toEqual({
      orientation: 'portrait',
      paper: 'A4',
      margins: { top: 0.6, bottom: 0.7, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
      fitToWidth: true,
      printArea: { top: 1, left: 1, bottom: 25, right: 8 },
      printTitleRows: { first: 1, last: 1 },
      footer: { center: '第 &P 页 共 &N 页' },
    });
    expect(sheet.freezeRowsAbove).toBe(5);
    expect(sheet.rows[24][0].value).toBe('制表人：____________　　　审核人：____________　　　日期：____________');
  });

  it('starts the summary on a new page with its own headings when the people fill the first', () => {
    const many: StaffMember[] = Array.from({ length: 60 }, (_, i) => ({ row: i + 2, name: `员工${i + 1}`, unit: '县财政局', score: 100 - i, rank: null, grade: '称职' }));
    const model = buildBonusSheet(computeBonuses(many, [record('县财政局', 60, true)], XIANGYIN_2020), 2020);
    const firstColumn = model.rows.map((r) => r[0]?.value);
    const breaks = model.page?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    // Every page after the first starts with a table's headings, or the summary's heading right
    // above its headings (the title repeats as the print title).
    for (const b of breaks) expect(firstColumn[b] === '单位' || (firstColumn[b] === '各单位汇总与核对' && firstColumn[b + 1] === '单位')).toBe(true);
    // A unit's summary is never split across pages: its merged name cell stays whole.
    const merged = model.merges?.find((m) => m.bottom > m.top);
    expect(merged && breaks.some((b) => b >= merged.top && b < merged.bottom)).toBe(false);
  });

  it('explains 不称职 and a tier 3 that balances the pool', () => {
    const tied = computeBonuses(
      [
        { row: 2, name: '甲', unit: '县民政局', score: 85, rank: null, grade: '称职' },
        { row: 3, name: '乙', unit: '县民政局', score: 85, rank: null, grade: '不称职' },
      ],
      [record('县民政局', 2, true)],
      XIANGYIN_2020,
    );
    // 2 people, 40,000, tied at 85: 乙 is 不称职 and meets the tier-3 minimum of ceil(0.2) = 1, so
    // 甲 is tier 2 and balances: 40,000 − 2 × 12,000 − 6,400 = 9,600. Tied people are listed by
    // name in code-point order: 乙 (U+4E59) before 甲 (U+7532).
    const model = buildBonusSheet(tied, 2020);
    expect(values(model, 5, 6)).toEqual([
      ['县民政局', '乙', 1, '第三等次', 12_000, 6_400, 18_400, '年度考核不称职，列第三等次'],
      ['县民政局', '甲', 1, '第二等次', 12_000, 9_600, 21_600, ''],
    ]);
    const alone = buildBonusSheet(
      computeBonuses([{ row: 2, name: '丙', unit: '县民政局', score: 85, rank: null, grade: '称职' }], [record('县民政局', 1, true)], XIANGYIN_2020),
      2020,
    );
    // One person: tier 3 (ceil 0.1 = 1), which balances: 12,000 + 8,000.
    expect(values(alone, 5, 5)).toEqual([['县民政局', '丙', 1, '第三等次', 12_000, 8_000, 20_000, '第二等次空缺，平衡奖金总额']]);
    expect(values(alone, 10, 11).map((r) => r.slice(1, 8))).toEqual([
      ['第二等次', 0, 0, '—', 0, null, ''],
      ['第三等次', 1, 1, 8_000, 20_000, '✓', '不低于 10%（至少 1 人）；第二等次空缺，由第三等次平衡奖金总额'],
    ]);
  });
});
