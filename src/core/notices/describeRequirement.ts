import type { DateOnly } from '../dates/dateOnly';
import type { NoticeColor, RuleSet } from '../rules/ruleSet';
import { formatChineseDate } from './formatChineseDate';

export interface RequirementInput {
  color: NoticeColor;
  /** 1 for blue/yellow and the first red; 2, 3 … for repeated reds. */
  sequence: number;
  deadline: DateOnly;
  /** The deadline in force comes from an approved extension (附件第八条). */
  extended: boolean;
  daysOverdue: number;
  /** Yellow only: the date by which the red would otherwise follow. */
  rectifyBy: DateOnly | null;
}

const ANNEX = '《“蓝、黄、红”三色督办单制度》';

/**
 * The 督办要求 paragraph of a notice (SPEC §4; 附件第四至六条): blue is a reminder restating the
 * deadline and the standard, yellow a warning ordering rectification by the date the red would
 * otherwise follow, red supervision "直至该事项督办完成". Numbers and the office come from the rules.
 *
 * @example
 * describeRequirement({ color: 'yellow', sequence: 1, deadline: '2020-05-11', extended: false, daysOverdue: 7, rectifyBy: '2020-05-28' }, XIANGYIN_2020)
 * // → '该事项规定完成时限为2020年5月11日，已逾期7天仍未完成，现予警告，责令限期整改。请于2020年5月28日前整改到位，并将整改情况书面反馈湘阴县人民政府督查室；届时仍未完成的，将于当日发出红色督办单。（依据《“蓝、黄、红”三色督办单制度》第五条）'
 */
export function describeRequirement(n: RequirementInput, rules: RuleSet): string {
  const office = rules.notices.office;
  const deadline = `${formatChineseDate(n.deadline)}${n.extended ? '（经批准延期）' : ''}`;
  if (n.color === 'blue') {
    return (
      `该事项规定完成时限为${deadline}，现已到期未办结。请按照交办要求和完成标准抓紧办理、尽快办结，并将办理情况书面反馈${office}。` +
      `因客观原因确实不能按期完成的，请按程序申请延期。（依据${ANNEX}第四条）`
    );
  }
  if (n.color === 'yellow') {
    const by = n.rectifyBy === null ? '' : `请于${formatChineseDate(n.rectifyBy)}前整改到位，并将整改情况书面反馈${office}；届时仍未完成的，将于当日发出红色督办单。`;
    return `该事项规定完成时限为${deadline}，已逾期${n.daysOverdue}天仍未完成，现予警告，责令限期整改。${by}（依据${ANNEX}第五条）`;
  }
  const repeat = rules.escalation.redRepeatDays > 0 ? `仍未完成的，每${rules.escalation.redRepeatDays}天再次发出红色督办单。` : '';
  const nth = n.sequence > 1 ? `这是该事项第${n.sequence}次收到红色督办单。` : '';
  const reds = rules.scoring.criticismReds;
  return (
    `该事项规定完成时限为${deadline}，已逾期${n.daysOverdue}天，黄色督办单发出后仍未完成。现发出红色督办单，对该事项持续督办，直至该事项督办完成。` +
    `请单位主要负责人亲自研究部署，立即整改，并书面说明未完成原因。${repeat}${nth}` +
    `年度内累计${reds}次或同一督办事项${reds}次收到红色督办单的，全县通报批评。（依据${ANNEX}第六条、第十条）`
  );
}
