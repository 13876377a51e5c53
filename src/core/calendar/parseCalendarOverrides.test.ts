import type { CellValue } from '../cells';
import { parseCalendarOverrides } from './parseCalendarOverrides';

const SHEET = '节假日调整';

describe('parseCalendarOverrides', () => {
  it('reads days and declared years under a header found below a title', () => {
    const rows: CellValue[][] = [
      ['2027年节假日调整（据国务院办公厅通知）', null, null],
      [],
      ['日期', '类型', '说明'],
      [2027, '全年已录入', '国务院通知已发布'],
      ['2027-01-01', '节假日', '元旦'],
      ['2027/2/6', '调休上班', ''],
      ['2027年2月7日', '上班', null],
      [new Date(Date.UTC(2027, 1, 9, 18)), '放假', '春节'], // a date-time: Feb 9, 18:00 (UTC fields = the cell's wall clock)
      [46428, '休息', '春节'], // serial of 2027-02-10
      ['2027-02-11', ' 工作日 ', null],
      [null, null, '以下为县里自定'],
      ['2027-03-01', '补班'],
    ];
    const result = parseCalendarOverrides(rows, SHEET);
    expect(result.problems).toEqual([]);
    expect(result.declaredYears).toEqual([2027]);
    expect(result.overrides).toEqual([
      { date: '2027-01-01', workday: false, note: '元旦' },
      { date: '2027-02-06', workday: true },
      { date: '2027-02-07', workday: true },
      { date: '2027-02-09', workday: false, note: '春节' },
      { date: '2027-02-10', workday: false, note: '春节' },
      { date: '2027-02-11', workday: true },
      { date: '2027-03-01', workday: true },
    ]);
  });

  it('finds columns by header in any order, and takes 备注 as the note', () => {
    const rows: CellValue[][] = [
      ['备注', '类型', '日 期'],
      ['国庆', '放假', '2028-10-02'],
      [null, '全年已录入', '2028年'],
    ];
    const result = parseCalendarOverrides(rows, SHEET);
    expect(result.problems).toEqual([]);
    expect(result.overrides).toEqual([{ date: '2028-10-02', workday: false, note: '国庆' }]);
    expect(result.declaredYears).toEqual([2028]);
  });

  it('reports bad rows with the sheet, the A1 cell and a Chinese message, and skips them', () => {
    const rows: CellValue[][] = [
      ['日期', '类型', '说明'],
      ['2027-01-01', '节假日'], // row 2, fine
      ['2027-13-01', '放假'], // row 3
      ['2027-02-10', '加班'], // row 4
      [null, '放假'], // row 5
      ['2027-02-12', null], // row 6
      [2027, '放假'], // row 7: a year typed where a date belongs
      ['2027-05-03', '全年已录入'], // row 8
      ['2027-01-01', '上班'], // row 9: contradicts row 2
      ['2027-01-01', '休息'], // row 10: repeats row 2, harmless
    ];
    const result = parseCalendarOverrides(rows, SHEET);
    expect(result.overrides).toEqual([{ date: '2027-01-01', workday: false }]);
    expect(result.declaredYears).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual([
      '日期无法识别：2027-13-01',
      '类型无法识别：加班（应为 工作日、上班、调休上班、休息、节假日、放假 或 全年已录入）',
      '日期为空',
      '类型为空（应为 工作日、上班、调休上班、休息、节假日、放假 或 全年已录入）',
      '日期无法识别：2027（像是年份；整年已录入请在类型中填“全年已录入”）',
      '“全年已录入”的日期栏应填年份（如 2027），而不是：2027-05-03',
      '2027-01-01 已在第2行定为休息日，本行与之矛盾，已忽略',
    ]);
    expect(result.problems[0]).toEqual({
      severity: 'error',
      code: 'calendar.override',
      message: '日期无法识别：2027-13-01',
      sheet: SHEET,
      cell: 'A3',
      row: 3,
    });
    expect(result.problems.every((p) => p.code === 'calendar.override' && p.sheet === SHEET)).toBe(true);
  });

  it('reports both cells of a row whose date and type are both bad', () => {
    const rows: CellValue[][] = [['日期', '类型'], ['下周一', '调休']];
    const result = parseCalendarOverrides(rows, SHEET);
    expect(result.overrides).toEqual([]);
    expect(result.problems.map((p) => p.cell)).toEqual(['B2', 'A2']);
  });

  it('addresses cells from the origin of the range it was given', () => {
    const rows: CellValue[][] = [
      ['日期', '类型'],
      ['2027-02-30', '放假'],
    ];
    const result = parseCalendarOverrides(rows, '调整', { row: 4, col: 3 });
    expect(result.problems.map((p) => [p.cell, p.row, p.message])).toEqual([
      ['C5', 5, '日期无法识别：2027-02-30'],
    ]);
  });

  it('reports a sheet without a header row, and says nothing about an empty sheet', () => {
    const noHeader = parseCalendarOverrides([['2027-01-01', '放假']], SHEET);
    expect(noHeader.overrides).toEqual([]);
    expect(noHeader.problems).toEqual([
      {
        severity: 'error',
        code: 'calendar.override',
        message: '节假日调整：未找到表头行（需含“日期”和“类型”两列），本表未读取',
        sheet: SHEET,
      },
    ]);
    expect(parseCalendarOverrides([[null, ''], []], SHEET)).toEqual({ overrides: [], declaredYears: [], problems: [] });
  });
});
