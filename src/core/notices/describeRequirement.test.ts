import { XIANGYIN_2020 } from '../rules/ruleSet';
import { describeRequirement } from './describeRequirement';
import { dateOnly } from '../../../test/support/dateOnly';

const rules = XIANGYIN_2020;

describe('describeRequirement', () => {
  it('blue restates the deadline and the standard (附件第四条)', () => {
    expect(describeRequirement({ color: 'blue', sequence: 1, deadline: dateOnly('2020-05-11'), extended: false, daysOverdue: 0, rectifyBy: null }, rules)).toBe(
      '该事项规定完成时限为2020年5月11日，现已到期未办结。请按照交办要求和完成标准抓紧办理、尽快办结，并将办理情况书面反馈湘阴县人民政府督查室。' +
        '因客观原因确实不能按期完成的，请按程序申请延期。（依据《“蓝、黄、红”三色督办单制度》第四条）',
    );
  });

  it('yellow warns and orders rectification by the date the red would follow (附件第五条)', () => {
    expect(describeRequirement({ color: 'yellow', sequence: 1, deadline: dateOnly('2020-05-11'), extended: false, daysOverdue: 7, rectifyBy: dateOnly('2020-05-28') }, rules)).toBe(
      '该事项规定完成时限为2020年5月11日，已逾期7天仍未完成，现予警告，责令限期整改。' +
        '请于2020年5月28日前整改到位，并将整改情况书面反馈湘阴县人民政府督查室；届时仍未完成的，将于当日发出红色督办单。' +
        '（依据《“蓝、黄、红”三色督办单制度》第五条）',
    );
  });

  it('red supervises until done, counts repeated reds and names the criticism threshold (附件第六、十条)', () => {
    expect(describeRequirement({ color: 'red', sequence: 2, deadline: dateOnly('2020-06-30'), extended: true, daysOverdue: 28, rectifyBy: null }, rules)).toBe(
      '该事项规定完成时限为2020年6月30日（经批准延期），已逾期28天，黄色督办单发出后仍未完成。现发出红色督办单，对该事项持续督办，直至该事项督办完成。' +
        '请单位主要负责人亲自研究部署，立即整改，并书面说明未完成原因。仍未完成的，每10天再次发出红色督办单。这是该事项第2次收到红色督办单。' +
        '年度内累计2次或同一督办事项2次收到红色督办单的，全县通报批评。（依据《“蓝、黄、红”三色督办单制度》第六条、第十条）',
    );
  });

  it('takes the office and the numbers from the rules', () => {
    const other = {
      ...rules,
      notices: { ...rules.notices, office: '某某县人民政府督查室' },
      escalation: { ...rules.escalation, redRepeatDays: 0 },
      scoring: { ...rules.scoring, criticismReds: 3 },
    };
    const red = describeRequirement({ color: 'red', sequence: 1, deadline: dateOnly('2020-05-11'), extended: false, daysOverdue: 17, rectifyBy: null }, other);
    expect(red).not.toContain('每10天');
    expect(red).toContain('年度内累计3次或同一督办事项3次');
    expect(describeRequirement({ color: 'blue', sequence: 1, deadline: dateOnly('2020-05-11'), extended: false, daysOverdue: 0, rectifyBy: null }, other)).toContain(
      '书面反馈某某县人民政府督查室',
    );
  });
});
