import { parseUnitRegister } from './parseUnitRegister';

const sheet = (values: (string | number | null)[][]) => ({ name: '单位名册', values, origin: { row: 1, col: 1 } });

describe('parseUnitRegister', () => {
  it('reads names, aliases, category, head, headcount, standard and filing', () => {
    const { units, problems } = parseUnitRegister(
      sheet([
        ['单位名称', '别名', '类别', '主要负责人', '联系电话', '人数', '奖金标准', '考核方案报备'],
        ['县政府办公室', '县政府办、政府办', '县直部门', '张三', '0730-1234567', 45, 20000, '是'],
        ['文星街道办事处', '文星街道', '乡镇/街道', '李四', null, 28, '18,000', '未报备'],
      ]),
    );
    expect(problems).toEqual([]);
    expect(units).toEqual([
      { row: 2, name: '县政府办公室', aliases: ['县政府办', '政府办'], category: '县直部门', head: '张三', phone: '0730-1234567', headcount: 45, bonusStandard: 20000, schemeFiled: true, bonusTiers: null },
      { row: 3, name: '文星街道办事处', aliases: ['文星街道'], category: '乡镇/街道', head: '李四', phone: null, headcount: 28, bonusStandard: 18000, schemeFiled: false, bonusTiers: null },
    ]);
  });

  it('reports duplicates, bad numbers and unknown categories by cell', () => {
    const { units, problems } = parseUnitRegister(
      sheet([
        ['单位名称', '别名', '类别', '人数'],
        ['县住建局', '住建局', '县直部门', 'abc'],
        ['住建局', null, '省直单位', 12.5],
        [null, '空', null, null],
      ]),
    );
    expect(units.map((u) => u.name)).toEqual(['县住建局', '住建局']);
    expect(problems.map((p) => [p.cell, p.severity, p.message])).toEqual([
      ['D2', 'error', '人数不是有效数字：abc'],
      ['A3', 'error', '单位名称或别名「住建局」与第2行重复'],
      ['C3', 'warning', '单位类别「省直单位」不在 乡镇/街道、县直部门、驻县单位 之中'],
      ['D3', 'error', '人数必须是整数：12.5'],
      ['A4', 'error', '单位名称为空，此行未读取'],
    ]);
  });

  it('reads 奖金等次数 2 or 3 in figures or words, and warns on anything else by cell', () => {
    const { units, problems } = parseUnitRegister(
      sheet([
        ['单位名称', '奖金等次数'],
        ['县住建局', 2],
        ['县财政局', '两个等次'],
        ['县教育局', '三档'],
        ['县民政局', null],
        ['县水利局', '四'],
      ]),
    );
    expect(units.map((u) => [u.name, u.bonusTiers])).toEqual([
      ['县住建局', 2],
      ['县财政局', 2],
      ['县教育局', 3],
      ['县民政局', null],
      ['县水利局', null],
    ]);
    expect(problems.map((p) => [p.cell, p.severity, p.message])).toEqual([['B6', 'warning', '奖金等次数应为 2 或 3：四，已按三个等次计算']]);
  });

  it('says so when there is no name column', () => {
    expect(parseUnitRegister(sheet([['名单'], ['县住建局']])).problems[0].message).toBe('「单位名册」表中找不到「单位名称」列');
  });
});
