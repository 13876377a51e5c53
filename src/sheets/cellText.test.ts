import { CUT_MARKER, limitCellText, MAX_CELL_TEXT, toCellText } from './cellText';

describe('limitCellText', () => {
  it('keeps text up to 32,767 characters as it is', () => {
    const text = '督'.repeat(32767);
    expect(limitCellText(text)).toBe(text);
    expect(limitCellText('=1+1')).toBe('=1+1');
  });

  it('cuts longer text with a visible marker, within the limit', () => {
    const cut = limitCellText('督'.repeat(40000));
    expect(cut).toHaveLength(32767);
    expect(cut.endsWith('…（超出单元格上限，已截断）')).toBe(true);
    expect(cut).toBe('督'.repeat(32767 - CUT_MARKER.length) + CUT_MARKER);
    expect(limitCellText('a'.repeat(32768))).toHaveLength(MAX_CELL_TEXT);
  });

  it('never splits a character outside the BMP', () => {
    const cut = limitCellText('𠀀'.repeat(20000));
    expect(cut.length).toBeLessThanOrEqual(32767);
    expect(cut.endsWith(`𠀀${CUT_MARKER}`)).toBe(true);
  });
});

describe('toCellText', () => {
  it('stores line breaks as LF (a lone CR does not survive .xlsx) and keeps formula-looking text as it is', () => {
    expect(toCellText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(toCellText('\r=1')).toBe('\n=1');
    expect(toCellText('\t=1')).toBe('\t=1');
    expect(toCellText('@SUM(A1)')).toBe('@SUM(A1)');
  });
});
