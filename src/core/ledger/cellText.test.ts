import { cellText } from './cellText';

describe('cellText', () => {
  it('trims text and reads blank as null', () => {
    expect(cellText('  县水利局 \n')).toBe('县水利局');
    expect(cellText('　')).toBeNull();
    expect(cellText('')).toBeNull();
    expect(cellText(null)).toBeNull();
  });

  it('writes numbers without a trailing .0', () => {
    expect(cellText(12)).toBe('12');
    expect(cellText(2020001)).toBe('2020001');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(Number.NaN)).toBeNull();
  });

  it('reads a Date as its UTC calendar day and booleans as TRUE/FALSE', () => {
    expect(cellText(new Date(Date.UTC(2020, 2, 7)))).toBe('2020-03-07');
    expect(cellText(true)).toBe('TRUE');
  });
});
