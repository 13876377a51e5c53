import { parseSmallNumber } from './parseSmallNumber';

describe('parseSmallNumber', () => {
  it.each([
    ['7', 7], ['15', 15], ['070', 70], ['0', 0],
    ['七', 7], ['两', 2], ['十', 10], ['十五', 15], ['二十', 20], ['三十', 30], ['二十五', 25], ['九十九', 99],
  ])('%s → %d', (text, n) => {
    expect(parseSmallNumber(text)).toBe(n);
  });
  it.each(['', 'a', '1000', '十十', '两十', '一十', '五五', '1.5', '-3'])('refuses %p', (text) => {
    expect(parseSmallNumber(text)).toBeNull();
  });
});
