import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

/**
 * The demo workbook end to end, against the statuses worked out by hand in examples/README.md
 * (as of 2020-07-01, with the 2020 State Council calendar).
 */
describe('duban run on examples/demo-ledger.xlsx', () => {
  let ws: ExcelJS.Worksheet;
  let report: { items: Array<{ row: number; deadline: string | null; status: string; notices: Array<{ color: string; date: string; unit: string }> }>; problems: Array<{ cell: string | null; message: string }> };
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-demo-'));
    const out = path.join(dir, 'demo-督办.xlsx');
    let stdout = '';
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, today: () => '2020-07-01' };
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
});
