import { columnWidthToPoints } from './columnWidthToPoints';

describe('columnWidthToPoints', () => {
  it('counts 8 px per character (Chinese default font) and 0.75 pt per pixel', () => {
    // 12 chars: (3072 + 16) / 256 * 8 = 96.5 → 96 px → 72 pt
    expect(columnWidthToPoints(12)).toBe(72);
    // 8.38 chars, Excel's default column: (2145.28 + 16) / 256 * 8 = 67.54 → 67 px → 50.25 pt
    expect(columnWidthToPoints(8.38)).toBe(50.25);
    // 40 chars: (10240 + 16) / 256 * 8 = 320.5 → 320 px → 240 pt
    expect(columnWidthToPoints(40)).toBe(240);
  });

  it('takes another digit width: Calibri 11 has a 7 px digit', () => {
    // Excel stores its 64 px default column as 9.140625: (2340 + 18) / 256 * 7 = 64.47 → 64 px → 48 pt
    expect(columnWidthToPoints(9.140625, 7)).toBe(48);
  });

  it('gives 0 for a zero or missing width', () => {
    expect(columnWidthToPoints(0)).toBe(0);
    expect(columnWidthToPoints(Number.NaN)).toBe(0);
  });
});
