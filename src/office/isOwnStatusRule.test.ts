import { isOwnStatusRule } from './isOwnStatusRule';

describe('isOwnStatusRule', () => {
  it.each([
    ['=$L5="红"', 12, true],
    ['=$L3="蓝"', 12, true],
    ['$L5="黄"', 12, true], // as the xlsx file stores it, without '='
    ['=$AB10="黄"', 28, true],
    ['=$L5="红"', 11, false], // another column's rule (e.g. before a column was inserted)
    ['=$L5="绿"', 12, false],
    ['=$L5="红"+0', 12, false],
    ['=L5="红"', 12, false], // not anchored on the column: the user's
    ['=$L$5="红"', 12, false],
    ['=AND($L5="红",$A5<>"")', 12, false],
    ['', 12, false],
  ])('%s on column %i → %s', (formula, column, own) => {
    expect(isOwnStatusRule(formula, column)).toBe(own);
  });

  it('is false for a rule with no formula', () => {
    expect(isOwnStatusRule(null, 12)).toBe(false);
    expect(isOwnStatusRule(undefined, 12)).toBe(false);
  });
});
