import { nextIssueNumber } from './nextIssueNumber';
import { parsePeriodArg } from './parsePeriodArg';
import type { Period } from './period';

const p = (code: string) => parsePeriodArg(code) as Period;

describe('nextIssueNumber', () => {
  it('is 1 when the workbook has no bulletin of that kind', () => {
    expect(nextIssueNumber([], p('2020-05'))).toBe(1);
    expect(nextIssueNumber(['督办台账', '单位名册', '督办通报 2020年第19周（第7期）', '督办通报 2020年上半年（第1期）'], p('2020-05'))).toBe(1);
  });

  it('continues from the last earlier bulletin of the same kind', () => {
    expect(nextIssueNumber(['督办台账', '督办通报 2020年4月（第4期）'], p('2020-05'))).toBe(5);
    expect(nextIssueNumber(['督办通报 2020年3月（第3期）', '督办通报 2020年4月（第4期）'], p('2020-05'))).toBe(5);
    // Months without a bulletin are not counted: the issue follows the last one issued.
    expect(nextIssueNumber(['督办通报 2020年2月（第2期）'], p('2020-05'))).toBe(3);
    expect(nextIssueNumber(['督办通报 2020年第18周（第9期）', '督办通报 2020年第17周（第8期）'], p('2020-W19'))).toBe(10);
  });

  it('keeps the number of a bulletin the period already has (a corrected re-issue)', () => {
    expect(nextIssueNumber(['督办通报 2020年4月（第4期）', '督办通报 2020年5月（第5期）'], p('2020-05'))).toBe(5);
  });

  it('ignores later bulletins and, by default, other years', () => {
    expect(nextIssueNumber(['督办通报 2020年6月（第6期）'], p('2020-05'))).toBe(1);
    expect(nextIssueNumber(['督办通报 2019年12月（第12期）'], p('2020-01'))).toBe(1);
    expect(nextIssueNumber(['督办通报 2019年12月（第12期）'], p('2020-01'), { perYear: false })).toBe(13);
  });
});
