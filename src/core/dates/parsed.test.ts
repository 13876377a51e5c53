import { fail, ok, type Parsed } from './parsed';

describe('ok / fail', () => {
  it('wraps a value', () => {
    expect(ok('2020-03-07')).toEqual({ ok: true, value: '2020-03-07' });
  });
  it('carries a reason and fits any Parsed<T>', () => {
    const r: Parsed<number> = fail('不是有效日期');
    expect(r).toEqual({ ok: false, reason: '不是有效日期' });
  });
});
