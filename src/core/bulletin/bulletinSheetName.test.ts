import { formatBulletinSheetName, parseBulletinSheetName } from './bulletinSheetName';
import { parsePeriodArg } from './parsePeriodArg';
import type { Period } from './period';

const p = (code: string) => parsePeriodArg(code) as Period;

describe('bulletin sheet names', () => {
  it('record kind, period and issue number within 31 characters', () => {
    expect(formatBulletinSheetName(p('2020-05'), 5)).toBe('督办通报 2020年5月（第5期）');
    expect(formatBulletinSheetName(p('2020-W19'), 3)).toBe('督办通报 2020年第19周（第3期）');
    expect(formatBulletinSheetName(p('2020-H1'), 1)).toBe('督办通报 2020年上半年（第1期）');
    expect(formatBulletinSheetName(p('2020'), 1)).toBe('督办通报 2020年（第1期）');
    expect([...formatBulletinSheetName(p('2020-W53'), 9999)].length).toBe(22);
  });

  it('are read back, a " (2)" suffix included; other names are not bulletins', () => {
    expect(parseBulletinSheetName('督办通报 2020年5月（第5期）')).toEqual({ kind: 'month', year: 2020, index: 5, issue: 5 });
    expect(parseBulletinSheetName('督办通报 2020年第19周（第3期） (2)')).toEqual({ kind: 'week', year: 2020, index: 19, issue: 3 });
    expect(parseBulletinSheetName('督办通报 2020年下半年（第2期）')).toEqual({ kind: 'half', year: 2020, index: 2, issue: 2 });
    expect(parseBulletinSheetName('督办通报 2020年（第1期）')).toEqual({ kind: 'year', year: 2020, index: 1, issue: 1 });
    for (const other of ['督办台账', '单位得分 2020', '督办通报 2020年13月（第1期）', '督办通报 2020年5月', '督办通报 2020年5月（第0期）', '月报 2020-05 第5期']) {
      expect([other, parseBulletinSheetName(other)]).toEqual([other, null]);
    }
  });
});
