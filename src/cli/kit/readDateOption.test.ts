import { readDateOption } from './readDateOption';
import { UsageError } from './usageError';
import { dateOnly } from '../../../test/support/dateOnly';

const today = () => dateOnly('2020-08-01');

describe('readDateOption', () => {
  it('is the date given, or today when none is', () => {
    expect(readDateOption('as-of', '2020-07-01', today)).toBe('2020-07-01');
    expect(readDateOption('as-of', '2020-02-29', today)).toBe('2020-02-29');
    expect(readDateOption('as-of', undefined, today)).toBe('2020-08-01');
  });

  it('refuses what is not a real YYYY-MM-DD date, naming the option', () => {
    expect(() => readDateOption('as-of', '2020-02-30', today)).toThrow(new UsageError('--as-of 应为 YYYY-MM-DD 格式的有效日期：2020-02-30'));
    expect(() => readDateOption('as-of', '2020-7-1', today)).toThrow(new UsageError('--as-of 应为 YYYY-MM-DD 格式的有效日期：2020-7-1'));
    expect(() => readDateOption('since', '2020年7月1日', today)).toThrow(new UsageError('--since 应为 YYYY-MM-DD 格式的有效日期：2020年7月1日'));
  });
});
