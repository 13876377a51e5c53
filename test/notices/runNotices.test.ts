import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { dateOnly } from '../support/dateOnly';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A1: 县长批示 assigned 04-28, no deadline → 05-11 (SPEC §2). A2: the same, done 05-14 → blue only.
 * A3: written deadline 2020-05-20 (Wed) → blue 05-20, yellow 05-25, red 06-04, 06-14 (Sun) → 06-15,
 * 06-25 (Dragon Boat, off to 06-27) → 06-28 (a makeup workday).
 */
async function writeLedger(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.addRow(['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间']);
  ws.addRow(['A1', '背街小巷提质改造', '县长批示', '县住建局', d('2020-04-28'), null, null]);
  ws.addRow(['A2', '农贸市场改造', '县长批示', '县财政局', d('2020-04-28'), null, d('2020-05-14')]);
  ws.addRow(['A3', '城区停车场建设', '县政府常务会议', '县城管局', d('2020-04-01'), d('2020-05-20'), null]);
  const reg = wb.addWorksheet('单位名册');
  reg.addRow(['单位名称', '类别', '主要负责人']);
  reg.addRow(['县住建局', '县直部门', '张三']);
  reg.addRow(['县财政局', '县直部门', '李四']);
  reg.addRow(['县城管局', '县直部门', '王五']);
  await wb.xlsx.writeFile(file);
}

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => dateOnly('2020-07-01') };
  return io;
}

type Problem = { cell: string | null; sheet: string | null; row?: number | null; message: string };

interface Issued {
  number: string;
  color: string;
  unit: string;
  itemId: string;
  issueDate: string;
  sms: string;
}

async function runJson(input: string, out: string, asOf: string) {
  const io = capture();
  const code = await main(['run', input, '--out', out, '--as-of', asOf, '--json', '--force'], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out) as { notices: Issued[]; noticeSheets: string[]; noticeProblems: Problem[]; problems: Problem[] };
}

const brief = (notices: Issued[]) => notices.map((n) => `${n.issueDate} ${n.number} ${n.itemId}`);

async function logValues(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet('督办单登记')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

/** Edits the log of `from` by hand, as staff would in Excel, and saves it as `to`. */
async function editLog(from: string, to: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  edit(wb.getWorksheet('督办单登记')!);
  await wb.xlsx.writeFile(to);
}

describe('duban run issues notices', () => {
  let dir: string;
  let ledger: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-notices-'));
    ledger = file('台账.xlsx');
    await writeLedger(ledger);
    await runJson(ledger, file('out1.xlsx'), '2020-05-19');
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('issues the notices due up to --as-of, logs them and adds a sheet per issue date', async () => {
    const report = await runJson(ledger, file('first.xlsx'), '2020-05-19');
    expect(report.notices).toEqual([
      { number: '督〔2020〕蓝1号', color: 'blue', unit: '县住建局', itemId: 'A1', issueDate: '2020-05-11', sms: '【县督查室】县住建局：“背街小巷提质改造”已到办理时限（5月11日），现发蓝色督办单，请抓紧办结。' },
      { number: '督〔2020〕蓝2号', color: 'blue', unit: '县财政局', itemId: 'A2', issueDate: '2020-05-11', sms: '【县督查室】县财政局：“农贸市场改造”已到办理时限（5月11日），现发蓝色督办单，请抓紧办结。' },
      { number: '督〔2020〕黄1号', color: 'yellow', unit: '县住建局', itemId: 'A1', issueDate: '2020-05-18', sms: '【县督查室】县住建局：“背街小巷提质改造”已超时限（5月11日），现发黄色督办单，请限期整改。' },
    ]);
    expect(report.noticeSheets).toEqual(['督办单 2020-05-11', '督办单 2020-05-18']);
    expect(report.noticeProblems).toEqual([]);
    expect(await sheetNames(file('first.xlsx'))).toEqual(['督办台账', '单位名册', '督办单登记', '督办单 2020-05-11', '督办单 2020-05-18', '单位得分 2020']);
    // 2020-05-11 and 2020-05-18 read back as dates.
    expect(await logValues(file('first.xlsx'))).toEqual([
      ['督办单编号', '颜色', '事项编号', '督办事项', '被督办单位', '应发日期', '发出日期', '办理时限', '逾期天数', '签发人', '状态', '备注'],
      ['督〔2020〕蓝1号', '蓝', 'A1', '背街小巷提质改造', '县住建局', d('2020-05-11'), d('2020-05-11'), d('2020-05-11'), 0, '县政府督查室', '有效', undefined],
      ['督〔2020〕蓝2号', '蓝', 'A2', '农贸市场改造', '县财政局', d('2020-05-11'), d('2020-05-11'), d('2020-05-11'), 0, '县政府督查室', '有效', undefined],
      ['督〔2020〕黄1号', '黄', 'A1', '背街小巷提质改造', '县住建局', d('2020-05-18'), d('2020-05-18'), d('2020-05-11'), 7, '常务副县长', '有效', undefined],
    ]);
  });

  it('says in the summary how many notices it issued and on which sheets', async () => {
    const io = capture();
    expect(await main(['run', ledger, '--out', file('summary.xlsx'), '--as-of', '2020-05-19'], io)).toBe(0);
    expect(io.out).toContain('本次发出督办单 3 份（红 0、黄 1、蓝 2），已登记到「督办单登记」；督办单表：督办单 2020-05-11、督办单 2020-05-18\n');
  });

  it('issues nothing new when its output is run again for the same date, and keeps the log rows', async () => {
    const report = await runJson(file('out1.xlsx'), file('out2.xlsx'), '2020-05-19');
    expect(report.notices).toEqual([]);
    expect(report.noticeSheets).toEqual([]);
    expect(await logValues(file('out2.xlsx'))).toEqual(await logValues(file('out1.xlsx')));
    // No notice sheet added; only this run's score sheet, beside the one out1 already has.
    expect(await sheetNames(file('out2.xlsx'))).toEqual([...(await sheetNames(file('out1.xlsx'))), '单位得分 2020 (2)']);
    const io = capture();
    expect(await main(['run', file('out1.xlsx'), '--out', file('out2b.xlsx'), '--as-of', '2020-05-19'], io)).toBe(0);
    expect(io.out).toContain('本次无新的督办单（已发的均在「督办单登记」中）');
  });

  it('issues at a later date only what became due since', async () => {
    const report = await runJson(file('out1.xlsx'), file('out3.xlsx'), '2020-06-09');
    expect(brief(report.notices)).toEqual([
      '2020-05-20 督〔2020〕蓝3号 A3',
      '2020-05-25 督〔2020〕黄2号 A3',
      '2020-05-28 督〔2020〕红1号 A1',
      '2020-06-04 督〔2020〕红2号 A3',
      '2020-06-08 督〔2020〕红3号 A1',
    ]);
    expect(report.noticeSheets).toEqual(['督办单 2020-05-20', '督办单 2020-05-25', '督办单 2020-05-28', '督办单 2020-06-04', '督办单 2020-06-08']);
    const log = await logValues(file('out3.xlsx'));
    expect(log.slice(0, 4)).toEqual(await logValues(file('out1.xlsx')));
    expect(log).toHaveLength(9);
  });

  it('times the reds from the yellow actually sent: 3 days late moves them later', async () => {
    // Staff correct 发出日期 of 督〔2020〕黄1号 (G4) from 05-18 to 05-21: A1's reds 05-31 (Sun) → 06-01, 06-11, 06-21 (Sun) → 06-22.
    await editLog(file('out1.xlsx'), file('late.xlsx'), (ws) => void (ws.getCell('G4').value = d('2020-05-21')));
    const report = await runJson(file('late.xlsx'), file('late-out.xlsx'), '2020-07-01');
    expect(brief(report.notices)).toEqual([
      '2020-05-20 督〔2020〕蓝3号 A3',
      '2020-05-25 督〔2020〕黄2号 A3',
      '2020-06-01 督〔2020〕红1号 A1',
      '2020-06-04 督〔2020〕红2号 A3',
      '2020-06-11 督〔2020〕红3号 A1',
      '2020-06-15 督〔2020〕红4号 A3',
      '2020-06-22 督〔2020〕红5号 A1',
      '2020-06-28 督〔2020〕红6号 A3',
    ]);
  });

  it('reports a log edited by hand by cell, never renumbers it, and numbers past every number written', async () => {
    await editLog(file('out1.xlsx'), file('edited.xlsx'), (ws) => {
      ws.getCell('A2').value = null; // 督〔2020〕蓝1号 deleted
      ws.getCell('B3').value = '紫'; // unknown color
      ws.getCell('G4').value = '五月十八'; // not a date
      ws.getRow(5).values = ['督〔2020〕黄1号', '黄', 'A1', '背街小巷提质改造', '县住建局', d('2020-05-18'), d('2020-05-18'), d('2020-05-11'), 7, '常务副县长', '有效'];
    });
    const before = await logValues(file('edited.xlsx'));
    const report = await runJson(file('edited.xlsx'), file('edited-out.xlsx'), '2020-06-09');
    const logProblems = report.problems.filter((p) => p.sheet === '督办单登记');
    expect(logProblems.map((p) => p.cell)).toEqual(['A2', 'B3', 'G4', 'A5']);
    // A number on two rows is a warning naming both (SPEC §9): row 5 is read as a notice, nothing renumbered.
    expect(logProblems[3].message).toBe('第4行与第5行编号相同（督〔2020〕黄1号），请核对后将其中一张作废；新编号从黄2号接着编');
    // A1 (rows 2, 4) and A2 (row 3) are held back until their rows are fixed; A3 gets 蓝3, 黄2: 蓝2 and 黄1 stay used.
    expect(report.noticeProblems.map((p) => [p.sheet, p.row, p.message])).toEqual([
      ['督办单登记', 2, '此行有误（见该行的问题）：事项「A1」对「县住建局」暂不发新的督办单，请先改正该行'],
      ['督办单登记', 3, '此行有误（见该行的问题）：事项「A2」对「县财政局」暂不发新的督办单，请先改正该行'],
    ]);
    expect(brief(report.notices)).toEqual(['2020-05-20 督〔2020〕蓝3号 A3', '2020-05-25 督〔2020〕黄2号 A3', '2020-06-04 督〔2020〕红1号 A3']);
    const after = await logValues(file('edited-out.xlsx'));
    expect(after.slice(0, 5)).toEqual(before);
    expect(after.slice(5).map((r) => r[0])).toEqual(['督〔2020〕蓝3号', '督〔2020〕黄2号', '督〔2020〕红1号']);
  });
});
