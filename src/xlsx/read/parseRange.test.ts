import { parseRange } from './parseRange';

describe('parseRange', () => {
  it('reads ranges, absolute references and single cells', () => {
    expect(parseRange('A3:I8')).toEqual({ top: 3, left: 1, bottom: 8, right: 9 });
    expect(parseRange('$AA$2')).toEqual({ top: 2, left: 27, bottom: 2, right: 27 });
    expect(parseRange(' b2:$XFD$1048576 ')).toEqual({ top: 2, left: 2, bottom: 1_048_576, right: 16_384 });
  });

  it('orders corners written the other way round', () => {
    expect(parseRange('D5:B2')).toEqual({ top: 2, left: 2, bottom: 5, right: 4 });
  });

  it('refuses what is not a range', () => {
    expect(() => parseRange('A1:B')).toThrow(RangeError);
    expect(() => parseRange('Sheet1!A1')).toThrow(RangeError);
  });
});
