import { makeSheetName } from './makeSheetName';

describe('makeSheetName', () => {
  it('keeps a valid free name', () => {
    expect(makeSheetName('督办单 2020-05-18', ['台账'])).toBe('督办单 2020-05-18');
  });
  it('replaces the characters Excel forbids', () => {
    expect(makeSheetName('督办单[5/18]:*?\\', [])).toBe('督办单_5_18_____');
  });
  it('cuts to 31 characters', () => {
    const name = makeSheetName('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三', []);
    expect(name).toBe('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一');
    expect([...name]).toHaveLength(31);
  });
  it('never reuses an existing name, comparing case-insensitively', () => {
    expect(makeSheetName('Notices', ['notices', 'Notices (2)'])).toBe('Notices (3)');
  });
  it('cuts before the suffix so the result still fits', () => {
    const long = 'A'.repeat(31);
    expect(makeSheetName(long, [long])).toBe('A'.repeat(27) + ' (2)');
  });
  it('strips leading and trailing apostrophes and names an empty result', () => {
    expect(makeSheetName("'台账'", [])).toBe('台账');
    expect(makeSheetName('  ', [])).toBe('Sheet');
  });
  it('never gives "History", which Excel reserves', () => {
    expect(makeSheetName('History', [])).toBe('History (2)');
    expect(makeSheetName('history', [])).toBe('history (2)');
  });
});
