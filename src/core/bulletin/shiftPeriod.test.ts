import { periodOf } from './periodOf';
import { nextPeriod, previousPeriod } from './shiftPeriod';
import { dateOnly } from '../../../test/support/dateOnly';

describe('previousPeriod / nextPeriod', () => {
  it('steps across years', () => {
    expect(previousPeriod(periodOf('week', dateOnly('2020-01-01'))).code).toBe('2019-W52');
    expect(previousPeriod(periodOf('week', dateOnly('2020-01-01'))).start).toBe('2019-12-23');
    expect(nextPeriod(periodOf('week', dateOnly('2020-12-31'))).code).toBe('2021-W01');
    expect(nextPeriod(periodOf('week', dateOnly('2020-12-31'))).start).toBe('2021-01-04');
    expect(previousPeriod(periodOf('month', dateOnly('2020-01-15'))).code).toBe('2019-12');
    expect(nextPeriod(periodOf('month', dateOnly('2020-12-15'))).code).toBe('2021-01');
    expect(previousPeriod(periodOf('half', dateOnly('2020-03-01'))).code).toBe('2019-H2');
    expect(nextPeriod(periodOf('half', dateOnly('2020-08-01'))).code).toBe('2021-H1');
    expect(previousPeriod(periodOf('year', dateOnly('2020-03-01'))).code).toBe('2019');
  });
});
