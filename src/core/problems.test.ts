import { describeProblem } from './problems';

describe('describeProblem', () => {
  it('puts the cell, the row, the setting or the sheet first', () => {
    expect(describeProblem({ severity: 'error', code: 'x', message: '办理时限无法识别：2020-13-45', sheet: '督办台账', cell: 'H20', row: 20 })).toBe('督办台账!H20 办理时限无法识别：2020-13-45');
    expect(describeProblem({ severity: 'warning', code: 'x', message: '状态为已办结但未填完成时间', sheet: '督办台账', row: 14 })).toBe('督办台账第14行 状态为已办结但未填完成时间');
    expect(describeProblem({ severity: 'error', code: 'x', message: '必须是整数', setting: 'escalation.yellowAfterDays' })).toBe('设置 escalation.yellowAfterDays 必须是整数');
    expect(describeProblem({ severity: 'error', code: 'x', message: '没有找到表头', sheet: '单位名册' })).toBe('单位名册 没有找到表头');
    expect(describeProblem({ severity: 'error', code: 'x', message: '无法读取' })).toBe('无法读取');
  });
});
