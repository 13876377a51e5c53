export type { RuleSet, NoticeColor, EscalationDayKind } from './ruleSet';
export { XIANGYIN_2020 } from './ruleSet';
export type { RuleSetValidation } from './validateRuleSet';
export { validateRuleSet } from './validateRuleSet';
