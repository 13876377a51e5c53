import { parseAddress, rectAddress } from './officeAddress';

describe('parseAddress', () => {
  it.each([
    ['A1', { top: 1, left: 1, bottom: 1, right: 1 }],
    ['台账!B3:F12', { top: 3, left: 2, bottom: 12, right: 6 }],
    ['Sheet1!$C$5:$AA$7', { top: 5, left: 3, bottom: 7, right: 27 }],
    ["'My sheet!'!D4", { top: 4, left: 4, bottom: 4, right: 4 }],
    ["'it''s'!a2:b3", { top: 2, left: 1, bottom: 3, right: 2 }],
    ['台账!3:5', { top: 3, left: 1, bottom: 5, right: 16_384 }],
    ['台账!L:L', { top: 1, left: 12, bottom: 1_048_576, right: 12 }],
  ])('%s', (address, rect) => {
    expect(parseAddress(address)).toEqual(rect);
  });

  it('rejects what is not an address', () => {
    expect(() => parseAddress('台账!#REF!')).toThrow('无法识别的单元格地址');
  });
});

describe('rectAddress', () => {
  it('writes one cell without a colon and a block with one', () => {
    expect(rectAddress({ top: 7, left: 28, bottom: 7, right: 28 })).toBe('AB7');
    expect(rectAddress({ top: 2, left: 1, bottom: 40, right: 12 })).toBe('A2:L40');
  });
});
