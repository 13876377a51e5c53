import { assessmentSpan } from './assessmentSpan';

describe('assessmentSpan', () => {
  it('runs from January 1 to the as-of date within the year', () => {
    expect(assessmentSpan(2020, '2020-07-01')).toEqual({ from: '2020-01-01', to: '2020-07-01' });
    expect(assessmentSpan(2020, '2020-12-31')).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });
  it('covers the whole year once it is over', () => {
    expect(assessmentSpan(2020, '2021-03-01')).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });
});
