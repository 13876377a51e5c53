import type { CellValue } from '../cells';
import { NOTICE_LOG_COLUMNS, parseNoticeLog } from './noticeLog';

const HEADER = Object.values(NOTICE_LOG_COLUMNS);
const sheet = (rows: CellValue[][]) => ({ name: '督办单登记', values: [HEADER, ...rows], origin: { row: 1, col: 1 } });
// number, color, item, title, unit, due, issue, deadline, overdue, signatory, state, remark
const row = (number: CellValue, color: CellValue, issue: CellValue, state: CellValue = '有效', itemId: CellValue = 'A1'): CellValue[] => [
  number, color, itemId, '背街小巷提质改造', '县住建局', '2020-05-11', issue, '2020-05-11', 0, '县政府督查室', state, null,
];

describe('parseNoticeLog', () => {
  it('reads the rows the add-in wrote, dates as serials or text', () => {
    const parsed = parseNoticeLog(sheet([row('督〔2020〕蓝1号', '蓝', 43962), row('督〔2020〕黄1号', '黄', '2020-05-18')]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => [e.row, e.number, e.color, e.issueDate, e.voided])).toEqual([
      [2, '督〔2020〕蓝1号', 'blue', '2020-05-11', false],
      [3, '督〔2020〕黄1号', 'yellow', '2020-05-18', false],
    ]);
    expect(parsed.headerRow).toBe(1);
    expect(parsed.columns).toEqual({ number: 1, color: 2, itemId: 3, title: 4, unit: 5, dueDate: 6, issueDate: 7, deadline: 8, daysOverdue: 9, signatory: 10, state: 11, remark: 12 });
  });

  it('reports a hand-edited row by cell, leaves it out, keeps its number and holds back its item and unit', () => {
    const parsed = parseNoticeLog(
      sheet([
        row('督〔2020〕蓝1号', '蓝', '2020-05-11'),
        row(null, '黄', '2020-05-18'),
        row('督〔2020〕蓝2号', '蓝', '2020-05-12', '待定', 'A2'),
        row('督〔2020〕红1号', '紫', '2020-05-28'),
        row('督〔2020〕红2号', '红', '五月底'),
        row('督〔2020〕红3号', '红', '2020-06-08', '作废'),
        row('第9号', '红', '2020-06-18'),
        row('督〔2020〕红5号', '红', 'not a date', '作废'),
      ]),
    );
    expect(parsed.problems.map((p) => [p.code, p.cell, p.message])).toEqual([
      ['log.invalid', 'A3', '督办单编号为空，此行不计入'],
      ['log.invalid', 'K4', '状态「待定」应为 有效 或 作废，此行不计入'],
      ['log.invalid', 'B5', '颜色「紫」应为 蓝、黄 或 红，此行不计入'],
      ['log.invalid', 'G6', '发出日期「五月底」不是有效日期，此行不计入'],
      ['log.number-format', 'A8', '督办单编号「第9号」不是「督〔年份〕颜色序号号」的格式，续编号时不计此号'],
      ['log.invalid', 'G9', '发出日期「not a date」不是有效日期，此行不计入'],
    ]);
    expect(parsed.entries.map((e) => [e.row, e.number, e.voided])).toEqual([
      [2, '督〔2020〕蓝1号', false],
      [7, '督〔2020〕红3号', true],
      [8, '第9号', false],
    ]);
    // Every number written stays used, the rows left out included.
    expect(parsed.numbers).toEqual(['督〔2020〕蓝1号', '督〔2020〕蓝2号', '督〔2020〕红1号', '督〔2020〕红2号', '督〔2020〕红3号', '第9号', '督〔2020〕红5号']);
    // The voided row with a bad date holds nothing back.
    expect(parsed.unreadable).toEqual([
      { row: 3, itemId: 'A1', unit: '县住建局' },
      { row: 4, itemId: 'A2', unit: '县住建局' },
      { row: 5, itemId: 'A1', unit: '县住建局' },
      { row: 6, itemId: 'A1', unit: '县住建局' },
    ]);
  });

  it('warns of a number held by two rows, naming both, and counts both rows until one is voided', () => {
    // Two clerks appended 红7 at the same instant (rows 4 and 5); 红9 was issued after; a copied row (6) repeats 黄1.
    const parsed = parseNoticeLog(
      sheet([
        row('督〔2020〕黄1号', '黄', '2020-05-18'),
        row('督〔2020〕红6号', '红', '2020-05-28', '有效', 'A2'),
        row('督〔2020〕红7号', '红', '2020-06-08', '有效', 'A3'),
        row('督〔2020〕红7号', '红', '2020-06-08', '有效', 'A4'),
        row('督〔2020〕黄1号', '黄', '2020-05-18'),
        row('督〔2020〕红9号', '红', '2020-06-18', '作废', 'A5'),
      ]),
    );
    expect(parsed.problems).toEqual([
      {
        severity: 'warning',
        code: 'notice.log-duplicate-number',
        sheet: '督办单登记',
        cell: 'A5',
        row: 5,
        message: '第4行与第5行编号相同（督〔2020〕红7号），请核对后将其中一张作废；新编号从红10号接着编',
      },
      {
        severity: 'warning',
        code: 'notice.log-duplicate-number',
        sheet: '督办单登记',
        cell: 'A6',
        row: 6,
        message: '第2行与第6行编号相同（督〔2020〕黄1号），请核对后将其中一张作废；新编号从黄2号接着编',
      },
    ]);
    // Nothing is left out or held back: each row may be a notice out on paper.
    expect(parsed.entries.map((e) => [e.row, e.number, e.itemId])).toEqual([
      [2, '督〔2020〕黄1号', 'A1'],
      [3, '督〔2020〕红6号', 'A2'],
      [4, '督〔2020〕红7号', 'A3'],
      [5, '督〔2020〕红7号', 'A4'],
      [6, '督〔2020〕黄1号', 'A1'],
      [7, '督〔2020〕红9号', 'A5'],
    ]);
    expect(parsed.unreadable).toEqual([]);
  });

  it('no longer warns once one of the two rows is voided', () => {
    const parsed = parseNoticeLog(sheet([row('督〔2020〕红7号', '红', '2020-06-08', '作废', 'A3'), row('督〔2020〕红7号', '红', '2020-06-08', '有效', 'A4')]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => [e.row, e.voided])).toEqual([
      [2, true],
      [3, false],
    ]);
  });

  it('reports a log whose header is gone', () => {
    const parsed = parseNoticeLog({ name: '督办单登记', values: [['x', 'y'], [1, 2]], origin: { row: 1, col: 1 } });
    expect(parsed.problems.map((p) => p.code)).toEqual(['log.no-header']);
    expect(parsed.headerRow).toBeNull();
    expect(parseNoticeLog({ name: '督办单登记', values: [], origin: { row: 1, col: 1 } })).toMatchObject({ entries: [], problems: [], headerRow: null });
  });
});
