import { assessmentSpan } from './assessmentSpan';
import { dateOnly } from '../../../test/support/dateOnly';

describe('assessmentSpan', () => {
  it('runs from January 1 to the as-of date within the year', () => {
    expect(assessmentSpan(2020, dateOnly('2020-07-01'))).toEqual({ from: dateOnly('2020-01-01'), to: dateOnly('2020-07-01') });
    expect(assessmentSpan(2020, dateOnly('2020-12-31'))).toEqual({ from: dateOnly('2020-01-01'), to: dateOnly('2020-12-31') });
  });
  it('covers the whole year once it is over', () => {
    expect(assessmentSpan(2020, dateOnly('2021-03-01'))).toEqual({ from: dateOnly('2020-01-01'), to: dateOnly('2020-12-31') });
  });
});
