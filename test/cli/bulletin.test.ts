import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { BULLETIN_USAGE, runBulletin } from '../../src/cli/commands/bulletin';
import { main, type Io } from '../../src/cli/main';
import { dateOnly } from '../support/dateOnly';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A small ledger with its notice log. A1/A2: 县长批示 of 04-28 with no deadline → 05-11 (SPEC §2);
 * A1 stays open, A2 is done 05-14. A3 is 长期. A4 is due 06-15 and open. A5's title looks like a formula.
 */
async function writeLedger(file: string, extraSheets: string[] = [], withLog = true): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = '2020年督办事项台账';
  ws.getRow(2).values = ['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间', '办理状态'];
  ws.getRow(3).values = ['A1', '背街小巷提质改造', '县长批示', '县住建局', d('2020-04-28'), null, null, '办理中'];
  ws.getRow(4).values = ['A2', '农贸市场改造', '县长批示', '县财政局', d('2020-04-28'), null, d('2020-05-14'), '已办结'];
  ws.getRow(5).values = ['A3', '洞庭湖生态环境专项整治', '县政府常务会议', '县生态环境局', d('2020-03-10'), '长期', null, '持续推进'];
  ws.getRow(6).values = ['A4', '城区停车场建设', '县政府常务会议', '县城管局', d('2020-05-20'), d('2020-06-15'), null, '办理中'];
  ws.getRow(7).values = ['A5', '=“三供一业”分离移交', '县政府常务会议', '县住建局', d('2020-05-06'), d('2020-05-29'), d('2020-05-28'), '已办结'];
  for (let r = 3; r <= 7; r++) for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = 'yyyy"年"m"月"d"日"';
  if (withLog) writeLog(wb);
  for (const name of extraSheets) wb.addWorksheet(name).getCell('A1').value = '上期通报';
  await wb.xlsx.writeFile(file);
}

function writeLog(wb: ExcelJS.Workbook): void {
  const log = wb.addWorksheet('督办单登记');
  log.addRow(['督办单编号', '颜色', '事项编号', '督办事项', '被督办单位', '应发日期', '发出日期', '办理时限', '逾期天数', '签发人', '状态', '备注']);
  const issued: Array<[string, string, string, string, string]> = [
    ['督〔2020〕蓝1号', '蓝', 'A1', '县住建局', '2020-05-11'],
    ['督〔2020〕蓝2号', '蓝', 'A2', '县财政局', '2020-05-11'],
    ['督〔2020〕黄1号', '黄', 'A1', '县住建局', '2020-05-18'],
    ['督〔2020〕红1号', '红', 'A1', '县住建局', '2020-05-28'],
    ['督〔2020〕红2号', '红', 'A1', '县住建局', '2020-06-08'],
  ];
  for (const [number, color, item, unit, date] of issued) log.addRow([number, color, item, '', unit, d(date), d(date), d('2020-05-11'), null, '', '有效', '']);
}

function capture(today = dateOnly('2020-07-01')): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => today };
  return io;
}

const sha = async (file: string) => createHash('sha256').update(await fs.readFile(file)).digest('hex');
const counts = (assigned: number, done: number, doneOnTime: number, open: number, overdue: number, blue: number, yellow: number, red: number) => ({
  assigned, done, doneOnTime, open, overdue, notices: { blue, yellow, red },
});

describe('duban bulletin', () => {
  let dir: string;
  let ledger: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-bulletin-'));
    ledger = path.join(dir, '台账.xlsx');
    await writeLedger(ledger);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('adds the month\'s bulletin to a copy of the workbook, leaving the input byte-identical', async () => {
    const before = await sha(ledger);
    const io = capture();
    expect(await runBulletin([ledger, '--month', '2020-05'], io)).toBe(0);
    expect(await sha(ledger)).toBe(before);
    const out = path.join(dir, '台账-通报.xlsx');
    expect(io.err).toBe('');
    expect(io.out.split('\n').slice(0, 3)).toEqual([
      '督办通报：湘阴县人民政府督查室 2020年5月督办工作通报（第1期）',
      '统计期间：2020-05-01 至 2020-05-31，数据截至 2020-05-31（台账：督办台账）',
      // Assigned A4, A5; done A2 (late) and A5 (on time); open A1, A3, A4, A1 overdue; notices blue A1, A2, yellow A1, red A1 (05-28).
      '本期新交办督办事项2项，办结2项（其中按时办结1项），发出督办单4份（蓝色2份、黄色1份、红色1份）；期末在办3项，其中逾期未办结1项。',
    ]);
    expect(io.out).toContain(`已写出：${out}（新增工作表「督办通报 2020年5月（第1期）」）`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['督办台账', '督办单登记', '督办通报 2020年5月（第1期）']);
    const sheet = wb.getWorksheet('督办通报 2020年5月（第1期）')!;
    expect(sheet.getCell('A1').value).toBe('湘阴县人民政府督查室 2020年5月督办工作通报（第1期）');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    // The ledger is copied as it was: no status column is added by a bulletin.
    const ledgerSheet = wb.getWorksheet('督办台账')!;
    expect(ledgerSheet.getCell('I2').value).toBeNull();
    expect(ledgerSheet.getCell('B7').value).toBe('=“三供一业”分离移交');
  });

  it('continues the issue number from the last bulletin in the workbook', async () => {
    const file = path.join(dir, '续期.xlsx');
    await writeLedger(file, ['督办通报 2020年4月（第4期）']);
    const io = capture();
    expect(await runBulletin([file, '--month', '2020-05', '--json'], io)).toBe(0);
    const data = JSON.parse(io.out);
    expect([data.sheet, data.issue, data.title]).toEqual(['督办通报 2020年5月（第5期）', 5, '湘阴县人民政府督查室 2020年5月督办工作通报（第5期）']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '续期-通报.xlsx'));
    expect(wb.getWorksheet('督办通报 2020年5月（第5期）')!.getCell('A1').value).toBe('湘阴县人民政府督查室 2020年5月督办工作通报（第5期）');
  });

  it('prints the bulletin data as JSON: a week given by one of its days', async () => {
    const io = capture();
    expect(await runBulletin([ledger, '--week', '2020-05-06', '--out', path.join(dir, 'week.xlsx'), '--json'], io)).toBe(0);
    const data = JSON.parse(io.out);
    expect(data.title).toBe('湘阴县人民政府督查室 2020年第19周（5月4日—5月10日）督办工作通报（第1期）');
    expect([data.period.start, data.period.end, data.asOf, data.partial]).toEqual(['2020-05-04', '2020-05-10', '2020-05-10', false]);
    // Assigned A5; nothing done; open on 05-10: A1, A2, A3, A5 (none overdue yet); no notice that week.
    expect(data.counts).toEqual(counts(1, 0, 0, 4, 0, 0, 0, 0));
    // Next week (05-11 … 05-17): A1 and A2 fall due on 05-11.
    expect(data.dueNext.map((x: { itemId: string; deadline: string }) => [x.itemId, x.deadline])).toEqual([['A1', '2020-05-11'], ['A2', '2020-05-11']]);
  });

  it('a half-year: reds, and the unit due for 通报批评', async () => {
    const io = capture();
    expect(await runBulletin([ledger, '--half', '2020-H1', '--out', path.join(dir, 'half.xlsx'), '--json'], io)).toBe(0);
    const data = JSON.parse(io.out);
    // All five assigned; done A2, A5 (A5 on time); open on 06-30: A1, A3, A4; overdue A1 (05-11) and A4 (06-15).
    expect(data.counts).toEqual(counts(5, 2, 1, 3, 2, 2, 1, 2));
    expect(data.redItems).toEqual([{ itemId: 'A1', title: '背街小巷提质改造', unit: '县住建局', count: 2, dates: ['2020-05-28', '2020-06-08'] }]);
    expect(data.criticism.map((c: { unit: string; admonition: boolean }) => [c.unit, c.admonition])).toEqual([['县住建局', false]]);
  });

  it('a period not over on the as-of date is counted to date and says so', async () => {
    const io = capture();
    expect(await runBulletin([ledger, '--month', '2020-05', '--as-of', '2020-05-20', '--out', path.join(dir, 'partial.xlsx')], io)).toBe(0);
    expect(io.out.split('\n')[1]).toBe('统计期间：2020-05-01 至 2020-05-31，数据截至 2020-05-20（本期尚未结束）（台账：督办台账）');
  });

  it('a year with nothing in it gives a bulletin that says so', async () => {
    const io = capture();
    expect(await runBulletin([ledger, '--year', '2019', '--out', path.join(dir, 'y2019.xlsx')], io)).toBe(0);
    expect(io.out.split('\n')[2]).toBe('本期无新交办事项，无督办单发出；期末无在办事项。');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'y2019.xlsx'));
    const sheet = wb.getWorksheet('督办通报 2019年（第1期）')!;
    expect(sheet.getCell('A1').value).toBe('湘阴县人民政府督查室 2019年督办工作通报（第1期）');
    expect(sheet.getCell('A5').value).toBe('本期无新交办事项，无督办单发出；期末无在办事项。');
  });

  it('warns that notices count 0 when the workbook has no notice log', async () => {
    const file = path.join(dir, '无登记.xlsx');
    await writeLedger(file, [], false);
    const io = capture();
    expect(await runBulletin([file, '--month', '2020-05'], io)).toBe(0);
    expect(io.out.split('\n').slice(2, 4)).toEqual([
      '本期新交办督办事项2项，办结2项（其中按时办结1项），无督办单发出；期末在办3项，其中逾期未办结1项。',
      '注意：工作簿中没有「督办单登记」表，督办单以登记为准，本通报中督办单均按 0 计',
    ]);
  });

  describe('bad inputs exit 2 with one clear line', () => {
    const expectUsage = async (args: string[], message: string) => {
      const io = capture();
      expect(await runBulletin(args, io)).toBe(2);
      expect(io.err.split('\n')[0]).toBe(message);
      expect(io.err).not.toMatch(/\n\s+at /);
    };

    it('no period, two periods, a malformed period', async () => {
      await expectUsage([ledger], 'duban: 需要指定统计期间：--month、--week、--half、--year 四者之一');
      await expectUsage([ledger, '--month', '2020-05', '--week', '2020-W19'], 'duban: 只能指定一个统计期间，却同时给出了 --week、--month');
      await expectUsage([ledger, '--month', '2020-13'], 'duban: --month 应为 YYYY-MM（如 2020-05）：2020-13');
      await expectUsage([ledger, '--month', '2020-H1'], 'duban: --month 应为 YYYY-MM（如 2020-05）：2020-H1');
      await expectUsage([ledger, '--week', '2021-W53'], 'duban: --week 应为 YYYY-Www（如 2020-W19）或该周内的日期 YYYY-MM-DD：2021-W53');
      await expectUsage([ledger, '--half', '2020-H3'], 'duban: --half 应为 YYYY-H1 或 YYYY-H2（如 2020-H1）：2020-H3');
      await expectUsage([ledger, '--year', '20'], 'duban: --year 应为 YYYY（如 2020）：20');
      await expectUsage([ledger, '--month'], 'duban: 选项 --month 缺少取值');
    });

    it('a period that has not begun on the as-of date', async () => {
      await expectUsage([ledger, '--month', '2020-08'], 'duban: 统计期间「2020年8月」尚未开始（截止日期 2020-07-01）');
    });

    it('an existing output without --force, an unknown option, no file, a missing file', async () => {
      const out = path.join(dir, 'exists.xlsx');
      await fs.writeFile(out, 'keep me');
      await expectUsage([ledger, '--month', '2020-05', '--out', out], `duban: 输出文件已存在：${out}（加 --force 覆盖）`);
      expect(await fs.readFile(out, 'utf8')).toBe('keep me');
      expect(await runBulletin([ledger, '--month', '2020-05', '--out', out, '--force'], capture())).toBe(0);
      await expectUsage([ledger, '--month', '2020-05', '--colour'], 'duban: 未知选项 --colour');
      await expectUsage(['--month', '2020-05'], 'duban: 需要且只需要一个台账文件');
      await expectUsage([path.join(dir, 'nope.xlsx'), '--month', '2020-05'], `duban: 找不到文件：${path.join(dir, 'nope.xlsx')}`);
      await expectUsage([ledger, '--month', '2020-05', '--out', ledger], 'duban: 输出文件不能与输入文件相同：输入文件从不改写');
    });
  });

  it('prints its usage on --help', async () => {
    const io = capture();
    expect(await runBulletin(['--help'], io)).toBe(0);
    expect(io.out.split('\n')[0]).toBe('用法 Usage:');
  });

  describe('dispatched by duban (main)', () => {
    it('duban bulletin writes the month\'s bulletin and exits 0', async () => {
      const out = path.join(dir, 'main-month.xlsx');
      const io = capture();
      expect(await main(['bulletin', ledger, '--month', '2020-05', '--out', out], io)).toBe(0);
      expect(io.err).toBe('');
      expect(io.out.split('\n')[0]).toBe('督办通报：湘阴县人民政府督查室 2020年5月督办工作通报（第1期）');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.getWorksheet('督办通报 2020年5月（第1期）')!.getCell('A1').value).toBe('湘阴县人民政府督查室 2020年5月督办工作通报（第1期）');
    });

    it('a bad period exits 2 with one Chinese line and no stack trace', async () => {
      const io = capture();
      expect(await main(['bulletin', ledger, '--month', '2020-13', '--out', path.join(dir, 'bad.xlsx')], io)).toBe(2);
      expect(io.err.split('\n')[0]).toBe('duban: --month 应为 YYYY-MM（如 2020-05）：2020-13');
      expect(io.err).not.toMatch(/\n\s+at /);
      expect(io.out).toBe('');
      await expect(fs.access(path.join(dir, 'bad.xlsx'))).rejects.toThrow();
    });

    it('duban bulletin --help and duban help bulletin print the bulletin usage', async () => {
      for (const args of [['bulletin', '--help'], ['help', 'bulletin']]) {
        const io = capture();
        expect(await main(args, io)).toBe(0);
        expect(io.out).toBe(`${BULLETIN_USAGE}\n`);
      }
    });
  });
});
