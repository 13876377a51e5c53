import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { dateOnly } from '../support/dateOnly';

/**
 * The demo workbook end to end, against the statuses worked out by hand in examples/README.md
 * (as of 2020-07-01, with the 2020 State Council calendar).
 */
describe('duban run on examples/demo-ledger.xlsx', () => {
  let ws: ExcelJS.Worksheet;
  let report: {
    items: Array<{ row: number; deadline: string | null; status: string; notices: Array<{ color: string; date: string; unit: string }> }>;
    problems: Array<{ cell: string | null; message: string }>;
    units: Array<{ unit: string; score: number | null; flags: { criticism: boolean; admonition: boolean; reasons: string[] } }>;
    bonuses: Array<{ unit: string; headcount: number; pool: number | null; paid: number | null; error: string | null }>;
  };
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-demo-'));
    const out = path.join(dir, 'demo-督办.xlsx');
    let stdout = '';
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, today: () => dateOnly('2020-07-01') };
    expect(await main(['run', path.join(__dirname, '..', '..', 'examples', 'demo-ledger.xlsx'), '--as-of', '2020-07-01', '--out', out, '--json'], io)).toBe(0);
    report = JSON.parse(stdout);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    ws = wb.getWorksheet('督办台账')!;
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const status = (row: number) => ws.getCell(row, 15).value;
  const notices = (row: number) => report.items.find((i) => i.row === row)!.notices.map((n) => `${n.color} ${n.date.slice(5)}`);

  it('puts 督办状态 in the first free column, O', () => {
    expect(ws.getCell('O2').value).toBe('督办状态');
  });

  it.each([
    [28, '红', '2020-05-11', ['blue 05-11', 'yellow 05-18', 'red 05-28', 'red 06-08', 'red 06-18', 'red 06-28']],
    [29, '已办结', '2020-05-11', ['blue 05-11']],
    [30, '已办结', '2020-05-11', ['blue 05-11']],
    [7, '已办结', '2020-02-04', ['blue 02-04', 'yellow 02-10']],
    [17, '已办结', '2020-03-25', []],
    [24, '已办结', '2020-05-15', ['blue 05-15']],
    [26, '已办结', '2020-04-30', ['blue 04-30', 'yellow 05-06', 'red 05-18']],
    [32, '蓝', '2020-06-30', ['blue 06-30']],
    [41, '红', '2020-06-10', ['blue 06-10', 'yellow 06-15', 'red 06-28']],
    [42, '黄', '2020-06-22', ['blue 06-22', 'yellow 06-28']],
    [47, '蓝', '2020-07-01', ['blue 07-01']],
    [44, '蓝', '2020-06-30', ['blue 06-30']],
    [14, '已办结', '2020-03-31', []],
    [23, '长期', null, []],
    [50, '长期', null, []],
    [37, '—', '2020-11-30', []],
  ])('row %i: %s, deadline %s', (row, expected, deadline, dates) => {
    expect(status(row)).toBe(expected);
    const item = report.items.find((i) => i.row === row)!;
    expect(item.deadline).toBe(deadline);
    expect(notices(row)).toEqual(dates);
  });

  it('gives each unit of a multi-unit item its own notices (row 33: 县住建局、县财政局)', () => {
    const item = report.items.find((i) => i.row === 33)!;
    expect(item.notices.map((n) => `${n.unit} ${n.color} ${n.date.slice(5)}`)).toEqual([
      '县住建局 blue 06-01',
      '县住建局 yellow 06-08',
      '县财政局 blue 06-01',
      '县财政局 yellow 06-08',
    ]);
  });

  it('reports the unreadable deadline, the unknown unit and the id problems by cell', () => {
    const cells = report.problems.map((p) => p.cell);
    expect(cells).toEqual(expect.arrayContaining(['H20', 'D36', 'A16', 'A49']));
    expect(report.problems.find((p) => p.cell === 'H20')!.message).toBe('办理时限无法识别：2020-13-45');
    // Skipped for escalation, never guessed (SPEC §1): no deadline, no notices.
    expect(report.items.find((i) => i.row === 20)).toMatchObject({ deadline: null, notices: [], status: '—' });
  });

  it('scores the units as worked out by hand in examples/README.md (单位得分, to 2020-07-01)', () => {
    const scores = Object.fromEntries(report.units.map((u) => [u.unit, u.score]));
    expect(scores).toEqual({
      县教育局: 15,
      县发改局: 14,
      县自然资源局: -23,
      县城管局: -16,
      县住建局: -4,
      县财政局: -3,
      县税务局: -3,
      东塘镇: -3,
      县农业农村局: -1,
      县生态环境局: -1,
      城西镇: -1,
      文星街道办事处: -1,
      县人社局: 0,
      县行政审批服务局: 0,
      县政府办公室: 0,
      // Not in the register (reported), scored all the same: one item, no notice.
      县文旅广体局: 0,
    });
    const flagged = report.units.filter((u) => u.flags.criticism).map((u) => [u.unit, u.flags.admonition, u.flags.reasons]);
    expect(flagged).toEqual([
      ['县城管局', false, ['年度累计2次红色督办单']],
      ['县自然资源局', true, ['年度累计4次红色督办单', '同一事项（DB2020-025）4次红色督办单']],
    ]);
  });

  it('pays the three filed units their pool (standard × headcount) and leaves 城西镇 (未报备) unpaid', () => {
    expect(report.bonuses).toEqual([
      { unit: '县发改局', headcount: 10, pool: 10 * 24000, paid: 10 * 24000, error: null },
      { unit: '县教育局', headcount: 35, pool: 35 * 22000, paid: 35 * 22000, error: null },
      { unit: '县住建局', headcount: 29, pool: 29 * 24000, paid: 29 * 24000, error: null },
      { unit: '城西镇', headcount: 68, pool: null, paid: null, error: '考核方案未报备县考核委员会，按规定不得发放年终绩效奖金' },
    ]);
  });
});

describe('the command line examples in README.md', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-readme-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('show what duban run and duban bulletin print for the demo ledger (lines with … are abridged)', async () => {
    const readme = await fs.readFile(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const start = readme.indexOf('## 命令行 / Command line');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const examples = [...section.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1].split('\n').filter((l) => l !== '' && !l.includes('…')));
    // The run summary's 7 unabridged lines, the bulletin's first 3.
    expect(examples.map((e) => e.length)).toEqual([7, 3]);

    const printed = async (args: string[]) => {
      let stdout = '';
      const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, today: () => dateOnly('2020-07-01') };
      expect(await main(args, io)).toBe(0);
      return stdout.split('\n');
    };
    const out = path.join(dir, 'demo-督办.xlsx');
    const run = await printed(['run', path.join(__dirname, '..', '..', 'examples', 'demo-ledger.xlsx'), '--as-of', '2020-07-01', '--out', out]);
    const bulletin = await printed(['bulletin', out, '--month', '2020-05', '--out', path.join(dir, 'demo-通报.xlsx')]);
    expect(examples[0].filter((l) => !run.includes(l))).toEqual([]);
    expect(examples[1].filter((l) => !bulletin.includes(l))).toEqual([]);
  });
});
