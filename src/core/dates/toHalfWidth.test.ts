import { toHalfWidth } from './toHalfWidth';

describe('toHalfWidth', () => {
  it('converts full-width digits and punctuation', () => {
    expect(toHalfWidth('２０２０－０３／０７．')).toBe('2020-03/07.');
    expect(toHalfWidth('ａＢ（１）：，')).toBe('aB(1):,');
  });
  it('turns the ideographic space into a space', () => {
    expect(toHalfWidth('2020\u30003')).toBe('2020 3');
  });
  it('leaves Chinese characters and ASCII alone', () => {
    expect(toHalfWidth('2020年3月7日')).toBe('2020年3月7日');
    expect(toHalfWidth('３月底前')).toBe('3月底前');
  });
});
