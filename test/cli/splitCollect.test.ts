import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { FEEDBACK_COLUMNS, FEEDBACK_SHEET } from '../../src/core/feedback/feedbackLog';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { dateOnly } from '../support/dateOnly';
import { serialOf } from '../support/feedbackLedger';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A ledger written by ExcelJS (another producer). As of 2020-05-20: DB-01 (县住建局, due 05-11)
 * has had blue 05-11 and yellow 05-18 (05-16 is a Saturday); DB-02 (县财政局) was done 05-14; DB-03
 * (县住建局 and 县发改局) is due 06-30. `titles` renames items (another office's ledger).
 */
async function writeLedger(file: string, titles: Record<string, string> = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.addRow(['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间']);
  ws.addRow(['DB-01', titles['DB-01'] ?? '背街小巷提质改造', '县长批示', '县住建局', utc('2020-04-28'), utc('2020-05-11'), null]);
  ws.addRow(['DB-02', titles['DB-02'] ?? '落实春耕生产资金', '县长批示', '县财政局', utc('2020-04-28'), utc('2020-05-11'), utc('2020-05-14')]);
  ws.addRow(['DB-03', titles['DB-03'] ?? '推进县城污水管网改造', '会议交办', '县住建局、县发改局', utc('2020-05-06'), utc('2020-06-30'), null]);
  ws.getColumn(7).numFmt = 'yyyy"年"m"月"d"日"';
  await wb.xlsx.writeFile(file);
}

function capture(today = dateOnly('2020-05-22')): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => today };
  return io;
}

async function run(args: string[], today?: string): Promise<{ code: number; out: string; err: string }> {
  const io = capture(today === undefined ? undefined : dateOnly(today));
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

/** What a unit does in Excel: opens its list, types into the answer columns (H–K) of an item's row, saves. */
async function fillList(list: string, out: string, answers: Record<string, [string | null, Date | string | null, string | null, string | null]>, edit?: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(list);
  const ws = wb.worksheets[0];
  ws.eachRow((row) => {
    const key = row.getCell(1).value;
    const a = typeof key === 'string' ? answers[key] : undefined;
    if (a !== undefined) a.forEach((v, i) => (row.getCell(8 + i).value = v));
  });
  edit?.(ws);
  await wb.xlsx.writeFile(out);
}

const sheetValues = async (file: string, sheet: string) => (await (await XlsxWorkbook.load(await fs.readFile(file))).readSheets([sheet]))[0].values;

describe('duban split and duban collect', () => {
  let dir: string;
  let ledger: string;
  let lists: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-split-'));
    const plain = path.join(dir, '台账.xlsx');
    await writeLedger(plain);
    // The clerk's ledger after `duban run`: its notice log holds 督〔2020〕蓝1号 and 黄1号 for DB-01.
    expect((await run(['run', plain, '--as-of', '2020-05-20'])).code).toBe(0);
    ledger = path.join(dir, '台账-督办.xlsx');
    lists = path.join(dir, '清单');
    const split = await run(['split', ledger, '--as-of', '2020-05-20', '--out-dir', lists]);
    expect(split).toEqual({
      code: 0,
      err: '',
      out: [
        '截止日期：2020-05-20（台账：督办台账）',
        `已生成 2 个单位的督办清单，共 3 项，在 ${lists}：`,
        '  县发改局-督办清单-2020-05-20.xlsx（1 项）',
        '  县住建局-督办清单-2020-05-20.xlsx（2 项）',
        '没有在办事项、未生成清单的单位 1 个：县财政局',
        '',
      ].join('\n'),
    });
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes one list per unit: its open items, the notices with their numbers, locked but for the answers', async () => {
    expect((await fs.readdir(lists)).sort()).toEqual(['县住建局-督办清单-2020-05-20.xlsx', '县发改局-督办清单-2020-05-20.xlsx'].sort());
    const values = await sheetValues(path.join(lists, '县住建局-督办清单-2020-05-20.xlsx'), '县住建局-督办清单');
    const header = values.findIndex((r) => r[0] === '事项编号');
    expect(values[header]).toEqual(['事项编号', '事项名称', '来源', '办理时限', '督办状态', '已收督办单', '逾期天数', '进展情况', '完成时间', '佐证材料', '联系人']);
    const db01 = values[header + 1];
    expect(db01.slice(0, 5)).toEqual(['DB-01', '背街小巷提质改造', '县长批示', serialOf('2020-05-11'), '黄']);
    expect(db01[5]).toContain('督〔2020〕蓝1号');
    expect(db01[5]).toContain('督〔2020〕黄1号');
    expect(db01[6]).toBe(9);
    expect(values[header + 2].slice(0, 2)).toEqual(['DB-03', '推进县城污水管网改造']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(lists, '县住建局-督办清单-2020-05-20.xlsx'));
    const ws = wb.worksheets[0];
    const row = header + 2; // 1-based row of DB-01
    expect(ws.getCell(row, 1).protection?.locked).not.toBe(false);
    expect(ws.getCell(row, 8).protection).toMatchObject({ locked: false });
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection).toMatchObject({ sheet: true });
    expect(ws.getCell(row, 9).dataValidation).toMatchObject({ type: 'date', operator: 'between' });
  });

  it('registers a unit’s answers, fills the empty 完成时间 with --apply, and the next run takes it as done', async () => {
    const reply = path.join(dir, '住建局回复.xlsx');
    await fillList(path.join(lists, '县住建局-督办清单-2020-05-20.xlsx'), reply, {
      'DB-01': ['已完成验收', utc('2020-05-18'), '验收报告.pdf', '张三 13800000000'],
      'DB-03': ['管网已开挖 60%', null, null, '李四'],
    });
    const out = path.join(dir, '汇总.xlsx');
    const collected = await run(['collect', ledger, reply, '--as-of', '2020-05-22', '--apply', '--out', out]);
    expect(collected.code).toBe(0);
    expect(collected.out).toContain('新登记反馈 2 条，已登记过 0 条，未填写 0 项');
    expect(collected.out).toContain('填入台账完成时间 1 处：督办台账!G2');

    const register = await sheetValues(out, FEEDBACK_SHEET);
    expect(register[0]).toEqual(Object.values(FEEDBACK_COLUMNS));
    expect(register[1]).toEqual([serialOf('2020-05-22'), '县住建局', 'DB-01', '背街小巷提质改造', '已完成验收', serialOf('2020-05-18'), '验收报告.pdf', '张三 13800000000', serialOf('2020-05-20'), '住建局回复.xlsx', '督办台账!G2']);
    // The ledger's own cell: the date, in the column's own format, marked.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cell = wb.getWorksheet('督办台账')!.getCell('G2');
    expect(cell.value).toEqual(utc('2020-05-18'));
    expect(cell.numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4DFEC' } });

    const next = await run(['run', out, '--as-of', '2020-05-22', '--json', '--out', path.join(dir, '汇总-督办.xlsx')]);
    expect(next.code).toBe(0);
    const items = JSON.parse(next.out).items as Array<{ id: string; status: string; done: string | null }>;
    expect(items.find((i) => i.id === 'DB-01')).toMatchObject({ status: '已办结', done: '2020-05-18' });

    // The same file again: nothing new, no file written.
    const again = await run(['collect', out, reply, '--as-of', '2020-05-22', '--apply', '--out', path.join(dir, '再次.xlsx')]);
    expect(again.out).toContain('新登记反馈 0 条，已登记过 2 条');
    expect(again.out).toContain('没有新的反馈，未写出文件');
    await expect(fs.access(path.join(dir, '再次.xlsx'))).rejects.toThrow();
  });

  it('reads a list LibreOffice filled in and saved', async () => {
    const reply = path.resolve(__dirname, '../fixtures/replies/lo-县住建局-督办清单-2020-05-20.xlsx');
    const out = path.join(dir, 'lo.xlsx');
    const result = await run(['collect', ledger, reply, '--as-of', '2020-05-22', '--apply', '--json', '--out', out]);
    const report = JSON.parse(result.out);
    expect(report.registered.map((r: { key: string; progress: string; completed: string | null; contact: string }) => [r.key, r.progress, r.completed, r.contact])).toEqual([
      ['DB-01', '已完成验收', '2020-05-18', '张三 13800000000'],
      ['DB-03', '管网已开挖 60%', null, '李四'],
    ]);
    expect([report.filled, report.refused, report.problems]).toEqual([['督办台账!G2'], [], []]);
  });

  it('lists a unit answering for another unit’s item and a date in the future, registering neither', async () => {
    const reply = path.join(dir, '发改局回复.xlsx');
    await fillList(path.join(lists, '县发改局-督办清单-2020-05-20.xlsx'), reply, { 'DB-03': ['已完成', utc('2020-05-30'), null, null] }, (ws) => {
      // A unit that lifted the protection and typed another unit's item under its own.
      ws.getCell('A6').value = 'DB-01';
      ws.getCell('B6').value = '背街小巷提质改造';
      ws.getCell('H6').value = '已协助完成';
    });
    const result = await run(['collect', ledger, reply, '--as-of', '2020-05-22', '--out', path.join(dir, '发改.xlsx')]);
    expect(result.out).toContain('[发改局回复.xlsx]县发改局-督办清单!I5 报告的完成时间 2020-05-30 晚于收到日期 2020-05-22，这一行未导入');
    expect(result.out).toContain('事项“DB-01”的承办单位是县住建局，不是县发改局，这一行未导入');
    expect(result.out).toContain('没有新的反馈，未写出文件');
  });

  it('refuses a list from another ledger, a file that is no list, and one that is no workbook, writing nothing', async () => {
    const other = path.join(dir, '别的台账.xlsx');
    await writeLedger(other, { 'DB-01': '农村公路提质改造', 'DB-03': '老旧小区改造' });
    const otherLists = path.join(dir, '别的清单');
    expect((await run(['split', other, '--as-of', '2020-05-20', '--out-dir', otherLists])).code).toBe(0);
    const foreign = path.join(dir, '别处回复.xlsx');
    await fillList(path.join(otherLists, '县住建局-督办清单-2020-05-20.xlsx'), foreign, { 'DB-01': ['已完成', utc('2020-05-18'), null, null] });
    const notList = path.join(dir, '随便.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['事项编号', '进展情况']);
    await wb.xlsx.writeFile(notList);
    const text = path.join(dir, '说明.xlsx');
    await fs.writeFile(text, '这不是工作簿');

    const result = await run(['collect', ledger, foreign, notList, text, '--as-of', '2020-05-22', '--out', path.join(dir, '拒收.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('未导入：「别处回复.xlsx」来自另一份台账：清单中的 2 项没有一项与本台账的编号和名称相符，未导入');
    expect(result.out).toContain('未导入：「随便.xlsx」不是督办清单：没有一张工作表带“清单标识”（请交回督办台账助手生成的清单文件）');
    expect(result.out).toContain('未导入：「说明.xlsx」无法打开：');
    expect(result.out).toContain('没有新的反馈，未写出文件');
  });

  it('refuses a list older than one the unit has returned', async () => {
    const newer = path.join(dir, '清单-0521');
    expect((await run(['split', ledger, '--as-of', '2020-05-21', '--out-dir', newer])).code).toBe(0);
    const oldReply = path.join(dir, '旧回复.xlsx');
    const newReply = path.join(dir, '新回复.xlsx');
    await fillList(path.join(lists, '县住建局-督办清单-2020-05-20.xlsx'), oldReply, { 'DB-03': ['刚开始', null, null, null] });
    await fillList(path.join(newer, '县住建局-督办清单-2020-05-21.xlsx'), newReply, { 'DB-03': ['已开挖 30%', null, null, null] });
    const result = await run(['collect', ledger, oldReply, newReply, '--as-of', '2020-05-22', '--json', '--out', path.join(dir, '新旧.xlsx')]);
    const report = JSON.parse(result.out);
    expect(report.registered.map((r: { progress: string; listDate: string }) => [r.progress, r.listDate])).toEqual([['已开挖 30%', '2020-05-21']]);
    expect(report.refused).toEqual([{ source: '旧回复.xlsx', message: '「旧回复.xlsx」是县住建局 2020-05-20 的旧清单，该单位已交回 2020-05-21 的清单，旧清单未导入（以免旧进展记在新进展之后）' }]);
  });

  it('says how to call it', async () => {
    const result = await run(['collect', ledger]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('需要台账文件和至少一个交回的清单文件');
    expect((await run(['--help'])).out).toContain('duban split 台账.xlsx');
    expect((await run(['split', '--help'])).out).toContain('--out-dir');
  });
});
