import { replySheet, serialOf } from '../../../test/support/feedbackLedger';
import { fingerprintItems } from './unitList';
import { isUnitList, readUnitReply } from './readUnitReply';

const DB01 = '背街小巷提质改造';
const DB03 = '推进县城污水管网改造';

describe('readUnitReply', () => {
  it('reads the list’s own line, every item, and the rows the unit answered', () => {
    const sheet = replySheet('县住建局', [
      ['DB-01', DB01, ['已完成验收', serialOf('2020-05-18'), '验收报告.pdf', '张三 13800000000']],
      ['DB-03', DB03],
    ]);
    const read = readUnitReply(sheet);
    expect(read).toEqual({
      ok: true,
      reply: {
        format: '督办清单1',
        unit: '县住建局',
        asOf: '2020-05-20',
        fingerprint: fingerprintItems([{ key: 'DB-01', title: DB01 }, { key: 'DB-03', title: DB03 }]),
        sheet: '县住建局-督办清单',
        items: [{ key: 'DB-01', title: DB01 }, { key: 'DB-03', title: DB03 }],
        rows: [{ row: 5, key: 'DB-01', title: DB01, progress: '已完成验收', completed: '2020-05-18', evidence: '验收报告.pdf', contact: '张三 13800000000', keyCell: 'A5', completedCell: 'I5' }],
        blank: 1,
        problems: [],
      },
    });
  });

  it('takes a completion date typed as text, as WPS or LibreOffice may keep it', () => {
    const read = readUnitReply(replySheet('县住建局', [['DB-01', DB01, [null, '2020年5月18日', null, null]]]));
    expect(read.ok && read.reply.rows[0].completed).toBe('2020-05-18');
  });

  it('leaves out a row whose 完成时间 is no date, naming the cell', () => {
    const read = readUnitReply(replySheet('县住建局', [['DB-01', DB01, ['基本完成', '下周', null, null]]]));
    expect(read.ok && read.reply.rows).toEqual([]);
    expect(read.ok && read.reply.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([['feedback.bad-date', '县住建局-督办清单', 'I5']]);
    expect(read.ok && read.reply.problems[0].message).toContain('完成时间“下周”无法识别为日期');
  });

  it('leaves out an answer on a row without 事项编号 (a row the unit added)', () => {
    const read = readUnitReply(replySheet('县住建局', [['DB-01', DB01], ['', '', ['另一项工作', null, null, null]]]));
    expect(read.ok && [read.reply.rows, read.reply.problems.map((p) => [p.code, p.cell])]).toEqual([[], [['feedback.no-key', 'H6']]]);
  });

  it('refuses a sheet that is not a list', () => {
    const read = readUnitReply({ name: 'Sheet1', origin: { row: 1, col: 1 }, values: [['事项编号', '进展情况'], ['DB-01', '完成']] });
    expect(read).toEqual({ ok: false, reason: 'not-a-list', message: '「Sheet1」不是督办清单：表中没有“清单标识”' });
  });

  it('refuses a list whose own line was edited', () => {
    const read = readUnitReply(replySheet('县住建局', [['DB-01', DB01]], { mark: '清单标识：督办清单1｜县住建局' }));
    expect(read.ok === false && read.reason).toBe('changed');
  });

  it('refuses a list whose header was edited', () => {
    const sheet = replySheet('县住建局', [['DB-01', DB01]]);
    sheet.values[3][7] = '工作进展';
    expect(readUnitReply(sheet)).toMatchObject({ ok: false, reason: 'changed' });
  });

  it('names a later format instead of misreading it', () => {
    const read = readUnitReply(replySheet('县住建局', [['DB-01', DB01]], { mark: '清单标识：督办清单2｜县住建局｜2020-05-20｜1x2y3z' }));
    expect(read).toEqual({ ok: false, reason: 'newer', message: '「县住建局-督办清单」是督办清单2格式的清单，本版本只能读督办清单1：请更新督办台账助手' });
  });
});

describe('isUnitList', () => {
  it('finds the list’s own line anywhere', () => expect(isUnitList(replySheet('县住建局', [['DB-01', DB01]]))).toBe(true));
  it('is false for any other sheet', () => expect(isUnitList({ name: '台账', origin: { row: 1, col: 1 }, values: [['序号', '督办事项']] })).toBe(false));
});
