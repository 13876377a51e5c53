import { gridSnapshot } from '../../../test/fixtures-support/gridSnapshot';
import { isBlank, numberFormatAt, snapshotBounds, valueAt } from './sheetGrid';

describe('sheetGrid', () => {
  const sheet = gridSnapshot(
    [
      ['a', 'b'],
      ['c'],
    ],
    { origin: { row: 3, col: 2 }, numberFormats: [[null, 'yyyy-mm-dd']] },
  );

  it('gives the rectangle the values cover, ragged rows included', () => {
    expect(snapshotBounds(sheet)).toEqual({ top: 3, left: 2, bottom: 4, right: 3 });
    expect(snapshotBounds(gridSnapshot([]))).toBeNull();
    expect(snapshotBounds(gridSnapshot([[]]))).toBeNull();
  });

  it('reads values by sheet row and column, null outside', () => {
    expect(valueAt(sheet, 3, 3)).toBe('b');
    expect(valueAt(sheet, 4, 2)).toBe('c');
    expect(valueAt(sheet, 4, 3)).toBeNull();
    expect(valueAt(sheet, 1, 1)).toBeNull();
  });

  it('reads number formats where known', () => {
    expect(numberFormatAt(sheet, 3, 3)).toBe('yyyy-mm-dd');
    expect(numberFormatAt(sheet, 4, 2)).toBeNull();
  });

  it('counts null and whitespace-only text as blank, 0 and false as not', () => {
    expect([null, ' \n', '', 0, false, 'x'].map(isBlank)).toEqual([true, true, true, false, false, false]);
  });
});
