import { buildRegisterSheet } from './registerSheet';
import { parseUnitRegister } from '../core/register/parseUnitRegister';

describe('buildRegisterSheet', () => {
  it('lists each ledger unit once, sorted, under the register header, and reads back as a register', () => {
    const model = buildRegisterSheet(['县住建局', '县财政局', '县住建局', '东塘镇']);
    expect(model.name).toBe('单位名册');
    expect(model.rows.slice(1, 5).map((r) => r.map((c) => c.value))).toEqual([
      ['单位名称', '别名', '类别', '主要负责人', '联系电话', '人数', '奖金标准', '考核方案报备', '奖金等次数'],
      ['东塘镇', null, null, null, null, null, null, null, null],
      ['县财政局', null, null, null, null, null, null, null, null],
      ['县住建局', null, null, null, null, null, null, null, null],
    ]);
    const values = model.rows.map((r) => r.map((c) => c.value));
    const { units, problems } = parseUnitRegister({ name: '单位名册', values, origin: { row: 1, col: 1 } });
    expect(units.map((u) => u.name)).toEqual(['东塘镇', '县财政局', '县住建局']);
    expect(problems).toEqual([]);
  });

  it('is set in 宋体 and printed with its margins, the header and footer 0.3"', () => {
    const model = buildRegisterSheet(['县住建局']);
    expect(model.font).toEqual({ name: '宋体', family: 3, charset: 134 });
    expect(model.page?.margins).toEqual({ top: 0.6, bottom: 0.7, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 });
  });
});
