import { createUnitDirectory, normalizeUnitName, splitUnits } from './unitDirectory';

describe('normalizeUnitName', () => {
  it('trims, drops inner spaces and turns full-width characters half-width', () => {
    expect(normalizeUnitName(' 县 住建局　')).toBe('县住建局');
    expect(normalizeUnitName('ＸＹ公司（筹）')).toBe('XY公司(筹)');
  });
});

describe('splitUnits', () => {
  it('splits on 、，,；;/ and whitespace, keeping cell order', () => {
    expect(splitUnits('县住建局、县财政局')).toEqual(['县住建局', '县财政局']);
    expect(splitUnits('县自然资源局，县税务局')).toEqual(['县自然资源局', '县税务局']);
    expect(splitUnits('甲,乙；丙;丁/戊 己\n庚')).toEqual(['甲', '乙', '丙', '丁', '戊', '己', '庚']);
  });

  it('drops empty parts', () => {
    expect(splitUnits('、县住建局、、 ，')).toEqual(['县住建局']);
    expect(splitUnits('   ')).toEqual([]);
  });
});

describe('createUnitDirectory', () => {
  const directory = createUnitDirectory([
    { name: '县政府办公室', aliases: ['县政府办', '政府办'] },
    { name: '县住房和城乡建设局', aliases: ['县住建局'] },
    { name: '县财政局' },
    { name: '县政务中心', aliases: ['政府办'] },
  ]);

  it('resolves names and aliases to the canonical name', () => {
    expect(directory.resolve('县政府办')).toBe('县政府办公室');
    expect(directory.resolve('县政府办公室')).toBe('县政府办公室');
    expect(directory.resolve('县住建局')).toBe('县住房和城乡建设局');
    expect(directory.resolve('县财政局')).toBe('县财政局');
  });

  it('compares normalised names', () => {
    expect(directory.resolve(' 县 政府办 ')).toBe('县政府办公室');
  });

  it('gives null for an unknown unit', () => {
    expect(directory.resolve('县气象局')).toBeNull();
  });

  it('resolves an alias claimed twice to the first entry', () => {
    expect(directory.resolve('政府办')).toBe('县政府办公室');
  });
});
