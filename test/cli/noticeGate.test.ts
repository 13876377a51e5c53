/**
 * `duban run`'s plausibility gate (SPEC §9): the notice log is append-only, so a run that would
 * append more than 200 notices, or any notice issued more than a year before --as-of, lists what
 * it would issue and stops (exit 2, no output file) until --confirm is given.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { dateOnly } from '../support/dateOnly';

const HEADER = ['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间', '办理状态'];
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function writeLedger(file: string, rows: unknown[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

/** Unit 1 … 12 in turn: 第01镇, 第02镇 … */
const town = (i: number) => `第${String((i % 12) + 1).padStart(2, '0')}镇`;

/**
 * `n` open items due 2020-06-30 (a Tuesday), each with one unit: as of 2020-06-30 each warrants
 * its blue notice (SPEC §3: issued on the deadline day), nothing else.
 */
const dueRows = (n: number) => Array.from({ length: n }, (_, i) => [`B${i + 1}`, `事项${i + 1}`, '会议交办', town(i), d('2020-06-01'), d('2020-06-30'), null, '办理中']);

function capture(today = dateOnly('2020-07-01')): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => today };
  return io;
}

const exists = (file: string) => fs.access(file).then(() => true, () => false);

describe('duban run: confirmation before the log', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-gate-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  describe('more than 200 notices', () => {
    let ledger: string;
    beforeAll(async () => {
      ledger = path.join(dir, '201.xlsx');
      await writeLedger(ledger, dueRows(201));
    });

    it('stops with exit 2, lists the counts by color, unit and month, and writes nothing', async () => {
      const out = path.join(dir, '201-out.xlsx');
      const io = capture();
      expect(await main(['run', ledger, '--as-of', '2020-06-30', '--out', out], io)).toBe(2);
      // 201 = 16 × 12 + 9: the first nine towns have 17 notices, the other three 16.
      expect(io.err.split('\n')).toEqual([
        'duban: 本次将发出的督办单需要确认，已停止，未写出任何文件（「督办单登记」只能追加，登记错了无法撤回）：',
        '  - 本次将发出 201 份督办单，多于每次 200 份的上限（规则设置 notices.maxPerRun）：请核对截止日期和列映射',
        '将发出督办单 201 份：红 0、黄 0、蓝 201',
        '  按单位：第01镇 17、第02镇 17、第03镇 17、第04镇 17、第05镇 17、第06镇 17、第07镇 17、第08镇 17、第09镇 17、第10镇 16 等 12 个单位',
        '  按月份：2020-06 201',
        '确认无误后加 --confirm 重新运行',
        '',
      ]);
      expect(io.out).toBe('');
      expect(await exists(out)).toBe(false);
      // The README shows this very run.
      const readme = await fs.readFile(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
      const example = /```console\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('**发出前的核对 `--confirm`**')))?.[1];
      expect(example).toBe(`$ node bin/duban.js run 台账.xlsx --as-of 2020-06-30\n${io.err}`);
    });

    it('with --confirm, issues and writes them', async () => {
      const out = path.join(dir, '201-confirmed.xlsx');
      const io = capture();
      expect(await main(['run', ledger, '--as-of', '2020-06-30', '--out', out, '--confirm'], io)).toBe(0);
      expect(io.err).toBe('');
      expect(io.out).toContain('本次发出督办单 201 份（红 0、黄 0、蓝 201），已登记到「督办单登记」');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      // Header + 201 rows; a second run on the output issues nothing new, so needs no --confirm.
      expect(wb.getWorksheet('督办单登记')?.rowCount).toBe(202);
      const again = capture();
      expect(await main(['run', out, '--as-of', '2020-06-30', '--out', path.join(dir, '201-again.xlsx')], again)).toBe(0);
      expect(again.out).toContain('本次无新的督办单');
    });

    it('takes the limit from --rules (notices.maxPerRun)', async () => {
      const rules = path.join(dir, 'rules-201.json');
      await fs.writeFile(rules, JSON.stringify({ notices: { maxPerRun: 201 } }));
      const out = path.join(dir, '201-rules.xlsx');
      expect(await main(['run', ledger, '--as-of', '2020-06-30', '--out', out, '--rules', rules], capture())).toBe(0);
      expect(await exists(out)).toBe(true);
      await fs.writeFile(rules, JSON.stringify({ notices: { maxPerRun: 0 } }));
      const io = capture();
      expect(await main(['run', ledger, '--as-of', '2020-06-30', '--out', out, '--force', '--rules', rules], io)).toBe(2);
      expect(io.err).toContain('设置 notices.maxPerRun 必须是 1 到 1000000 之间的整数（当前：0）');
    });
  });

  it('lets exactly 200 through without asking', async () => {
    const ledger = path.join(dir, '200.xlsx');
    await writeLedger(ledger, dueRows(200));
    const io = capture();
    expect(await main(['run', ledger, '--as-of', '2020-06-30'], io)).toBe(0);
    expect(io.out).toContain('本次发出督办单 200 份（红 0、黄 0、蓝 200）');
  });

  it('stops when a notice would be dated more than a year before --as-of', async () => {
    // Due Friday 2019-06-28 and still open: blue 2019-06-28 is before 2019-07-01, one year before
    // 2020-07-01; the yellow (2019-07-03) and the reds after it are within the year.
    const ledger = path.join(dir, 'old.xlsx');
    await writeLedger(ledger, [['C1', '老旧小区改造', '会议交办', '县住建局', d('2019-06-03'), d('2019-06-28'), null, '办理中']]);
    const out = path.join(dir, 'old-out.xlsx');
    const io = capture();
    expect(await main(['run', ledger, '--as-of', '2020-07-01', '--out', out], io)).toBe(2);
    const lines = io.err.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'duban: 本次将发出的督办单需要确认，已停止，未写出任何文件（「督办单登记」只能追加，登记错了无法撤回）：',
      '  - 有 1 份督办单的发出日期早于 2019-07-01（截止日期 2020-07-01 的 1 年前），最早为 2019-06-28（规则设置 notices.maxAgeYears）：请核对台账中的日期',
    ]);
    expect(lines[3]).toBe('  按单位：县住建局 ' + /将发出督办单 (\d+) 份/.exec(lines[2])?.[1]);
    expect(lines[4]).toMatch(/^ {2}按月份：2019-06 1、2019-07 \d+、/);
    expect(lines.at(-2)).toBe('确认无误后加 --confirm 重新运行');
    expect(await exists(out)).toBe(false);

    expect(await main(['run', ledger, '--as-of', '2020-07-01', '--out', out, '--confirm'], capture())).toBe(0);
    expect(await exists(out)).toBe(true);
  });

  it('refuses an --as-of year after 2099 or before 1900', async () => {
    const ledger = path.join(dir, 'asof.xlsx');
    await writeLedger(ledger, dueRows(1));
    for (const [asOf, line] of [
      ['2100-01-01', 'duban: --as-of 的年份应在 1900 至 2099 之间：2100-01-01'],
      ['1899-12-31', 'duban: --as-of 的年份应在 1900 至 2099 之间：1899-12-31'],
    ]) {
      const io = capture();
      expect(await main(['run', ledger, '--as-of', asOf], io)).toBe(2);
      expect(io.err).toBe(`${line}\n`);
    }
    expect(await exists(path.join(dir, 'asof-督办.xlsx'))).toBe(false);
    // The years' edges are taken: 1900-01-01 (nothing due yet), 2099-12-31 (stopped by the gate instead, 80 years of reds).
    expect(await main(['run', ledger, '--as-of', '1900-01-01'], capture())).toBe(0);
    const late = capture();
    expect(await main(['run', ledger, '--as-of', '2099-12-31', '--out', path.join(dir, 'asof-2099.xlsx')], late)).toBe(2);
    expect(late.err).toContain('份督办单的发出日期早于 2098-12-31（截止日期 2099-12-31 的 1 年前），最早为 2020-06-30');
  });

  it('reports a unit cell naming more than 50 units in --json problems, and issues nothing for its row', async () => {
    const ledger = path.join(dir, 'units.xlsx');
    const many = Array.from({ length: 10000 }, (_, i) => `单位${i + 1}`).join('、');
    await writeLedger(ledger, [['D1', '全县通知', '会议交办', many, d('2020-06-01'), d('2020-06-30'), null, '办理中'], ...dueRows(1).map((r) => ['D2', ...r.slice(1)])]);
    const io = capture();
    expect(await main(['run', ledger, '--as-of', '2020-07-01', '--out', path.join(dir, 'units-out.xlsx'), '--json'], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.problems).toEqual([
      {
        cell: 'D2',
        sheet: '督办台账',
        row: 2,
        severity: 'error',
        message: '责任单位列出了 10000 个单位，超过每格 50 个的上限（规则设置 ledger.maxUnitsPerCell），该行不参与督办：请核对该单元格',
      },
    ]);
    expect(report.items.map((i: { id: string; units: string[]; notices: unknown[] }) => [i.id, i.units, i.notices.length])).toEqual([
      ['D1', [], 0],
      ['D2', ['第01镇'], 1],
    ]);
    expect(report.notices.map((n: { itemId: string }) => n.itemId)).toEqual(['D2']);
  });
});
