import { bulletinAsOf } from './bulletinAsOf';
import { parsePeriodArg } from './parsePeriodArg';
import type { Period } from './period';
import { dateOnly } from '../../../test/support/dateOnly';

describe('bulletinAsOf', () => {
  const may = parsePeriodArg('2020-05') as Period;
  it('is the period end once the period is over, else today', () => {
    expect(bulletinAsOf(may, dateOnly('2020-07-01'))).toBe('2020-05-31');
    expect(bulletinAsOf(may, dateOnly('2020-05-31'))).toBe('2020-05-31');
    expect(bulletinAsOf(may, dateOnly('2020-05-20'))).toBe('2020-05-20');
  });
});
