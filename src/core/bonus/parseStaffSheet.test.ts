import type { SheetSnapshot } from '../ledger/sheetSnapshot';
import { createUnitDirectory } from '../ledger/unitDirectory';
import { parseStaffSheet } from './parseStaffSheet';

const sheet = (values: SheetSnapshot['values'], extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({ name: '人员考核', values, origin: { row: 1, col: 1 }, ...extra });

describe('parseStaffSheet', () => {
  it('reads name, unit, score and grade under a title row, resolving unit aliases', () => {
    const units = createUnitDirectory([{ name: '县政府办公室', aliases: ['县政府办'] }]);
    const { staff, problems } = parseStaffSheet(
      sheet([
        ['2020年度干部职工考核结果', null, null, null],
        ['姓名', '单位', '考核得分', '年度考核等次'],
        ['张 三', '县政府办', 95.5, '优秀'],
        [null, null, null, null],
        ['李四', '县政府办公室', '８８分', '称职'],
        ['王五', '县财政局', '90', ' 不称职 '],
      ]),
      units,
    );
    expect(problems).toEqual([]);
    expect(staff).toEqual([
      { row: 3, name: '张三', unit: '县政府办公室', score: 95.5, rank: null, grade: '优秀' },
      { row: 5, name: '李四', unit: '县政府办公室', score: 88, rank: null, grade: '称职' },
      { row: 6, name: '王五', unit: '县财政局', score: 90, rank: null, grade: '不称职' },
    ]);
  });

  it('reads a rank column (排名/名次) and 事业单位 grades', () => {
    const { staff, problems } = parseStaffSheet(sheet([['姓名', '所在单位', '名次', '考核等次'], ['赵六', '县 住建局', '第2名', '合格'], ['钱七', '县住建局', 1, null]]));
    expect(problems).toEqual([]);
    expect(staff.map((m) => [m.name, m.unit, m.score, m.rank, m.grade])).toEqual([
      ['赵六', '县住建局', null, 2, '合格'],
      ['钱七', '县住建局', null, 1, null],
    ]);
  });

  it('reports bad cells by address and keeps the row with the bad value blank', () => {
    const { staff, problems } = parseStaffSheet(
      sheet([
        ['姓名', '单位', '考核得分', '排名', '年度考核等次'],
        ['甲', '县财政局', '优', 0, '良好'],
        [null, '县财政局', 90, 1, '称职'],
        ['乙', null, 90, 1, '称职'],
      ]),
    );
    expect(staff).toEqual([{ row: 2, name: '甲', unit: '县财政局', score: null, rank: null, grade: '良好' }]);
    expect(problems.map((p) => [p.severity, p.cell, p.message])).toEqual([
      ['error', 'C2', '考核得分不是有效数字：优'],
      ['error', 'D2', '排名必须是正整数：0'],
      ['warning', 'E2', '年度考核等次「良好」不是 优秀、称职、基本称职、不称职、合格、基本合格、不合格、不定等次 之一'],
      ['error', 'A3', '姓名为空，此行未读取'],
      ['error', 'B4', '「乙」的单位为空，此行未读取'],
    ]);
  });

  it('skips hidden rows and keeps text that looks like a formula as text', () => {
    const { staff } = parseStaffSheet(sheet([['姓名', '单位', '得分'], ['=HYPERLINK("x")', '县财政局', 80], ['隐藏', '县财政局', 70]], { hiddenRows: [3] }));
    expect(staff.map((m) => m.name)).toEqual(['=HYPERLINK("x")']);
  });

  it('says which columns are missing', () => {
    expect(parseStaffSheet(sheet([['姓名', '得分'], ['甲', 90]])).problems).toEqual([
      { severity: 'error', code: 'staff.no-header', sheet: '人员考核', message: '「人员考核」表中找不到「单位」列' },
    ]);
    expect(parseStaffSheet(sheet([['姓名', '单位'], ['甲', '县财政局']])).problems).toEqual([
      { severity: 'error', code: 'staff.no-ranking', sheet: '人员考核', message: '「人员考核」表中既没有「考核得分」列，也没有「排名」列，无法划分等次' },
    ]);
  });
});
