import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main, type Io } from '../../src/cli/main';
import { dateOnly } from '../support/dateOnly';

/** SPEC §2–3 worked example and its neighbours, as a staff member would keep them. */
async function writeLedger(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.mergeCells('A1:I1');
  ws.getCell('A1').value = '2020年县长批示件督办台账';
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.addRow([]);
  ws.getRow(2).values = ['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间', '办理状态', '备注'];
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  ws.getRow(3).values = ['A1', '背街小巷提质改造', '县长批示', '县住建局', d('2020-04-28'), null, null, '办理中', '=HYPERLINK("http://x")'];
  ws.getRow(4).values = ['A2', '农贸市场改造', '县长批示', '县财政局', d('2020-04-28'), null, d('2020-05-14'), '已办结', null];
  ws.getRow(5).values = ['A3', '洞庭湖生态环境专项整治', '县政府常务会议', '县生态环境局', d('2020-03-10'), '长期', null, '持续推进', null];
  ws.getRow(6).values = ['A4', '城区停车场建设', '县政府常务会议', '县城管局', d('2020-06-01'), d('2020-12-31'), null, '办理中', null];
  for (const r of [3, 4, 5, 6]) for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  const notes = wb.addWorksheet('说明');
  notes.getCell('A1').value = '本表由督查室维护';
  notes.getCell('B2').value = 42;
  await wb.xlsx.writeFile(file);
}

function capture(today = dateOnly('2020-07-01')): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => today };
  return io;
}

const sha = async (file: string) => createHash('sha256').update(await fs.readFile(file)).digest('hex');

describe('duban run', () => {
  let dir: string;
  let ledger: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-cli-'));
    ledger = path.join(dir, '台账.xlsx');
    await writeLedger(ledger);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes the status column and the color rules beside the input, leaving the input byte-identical', async () => {
    const before = await sha(ledger);
    const io = capture();
    expect(await main(['run', ledger, '--as-of', '2020-07-01'], io)).toBe(0);
    expect(await sha(ledger)).toBe(before);
    const out = path.join(dir, '台账-督办.xlsx');
    expect(io.out).toContain('截止日期：2020-07-01');
    expect(io.out).toContain(`已写出：${out}`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('督办台账')!;
    // The status column goes at the right edge (J), header on the header row.
    expect(ws.getCell('J2').value).toBe('督办状态');
    // A1: deadline 2020-05-11, open → red by 07-01; A2: done 05-14; A3: 长期; A4: not yet due.
    expect(['J3', 'J4', 'J5', 'J6'].map((a) => ws.getCell(a).value)).toEqual(['红', '已办结', '长期', '—']);
    const rules = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings;
    expect(rules.map((r) => [r.ref, r.rules.map((x) => x.formulae[0])])).toEqual([['A3:J6', ['$J3="蓝"', '$J3="黄"', '$J3="红"', '$J3="临期"']]]);
    // The user's cells are untouched: values, a formula-looking text, a fill, the other sheet.
    expect(ws.getCell('I3').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('B3').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } });
    expect(ws.getCell('A1').value).toBe('2020年县长批示件督办台账');
    expect(wb.getWorksheet('说明')!.getCell('A1').value).toBe('本表由督查室维护');
    expect(wb.getWorksheet('说明')!.getCell('B2').value).toBe(42);
  });

  it('prints the JSON report', async () => {
    const io = capture();
    expect(await main(['run', ledger, '--as-of', '2020-07-01', '--out', path.join(dir, 'report.xlsx'), '--json'], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.asOf).toBe('2020-07-01');
    expect(report.items[0]).toMatchObject({
      id: 'A1',
      row: 3,
      title: '背街小巷提质改造',
      units: ['县住建局'],
      deadline: '2020-05-11',
      level: 'red',
      done: null,
    });
    // SPEC §3: blue 05-11; yellow 05-16 is a Saturday → 05-18; red 05-28; 06-07 (Sun) → 06-08; 06-18; 06-28 (makeup workday).
    expect(report.items[0].notices.map((n: { color: string; date: string }) => `${n.color} ${n.date}`)).toEqual([
      'blue 2020-05-11',
      'yellow 2020-05-18',
      'red 2020-05-28',
      'red 2020-06-08',
      'red 2020-06-18',
      'red 2020-06-28',
    ]);
    expect(report.items[1]).toMatchObject({ id: 'A2', deadline: '2020-05-11', level: 'blue', done: '2020-05-14' });
    expect(report.items[2]).toMatchObject({ id: 'A3', deadline: null, level: null, notices: [] });
    expect(report.units).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unit: '县住建局', items: 1, blue: 1, yellow: 1, red: 4 }),
        expect.objectContaining({ unit: '县财政局', items: 1, blue: 1, yellow: 0, red: 0 }),
      ]),
    );
    expect(report.problems).toEqual([]);
    // No register and no staff sheet: scores for the units the ledger names, no bonus sheet.
    expect([report.scoreSheet, report.bonusSheet, report.bonuses]).toEqual(['单位得分 2020', null, []]);
    // 县住建局 (A1): blue −1, yellow −2, four reds −20; one item, so no bonus.
    expect(report.units.find((u: { unit: string }) => u.unit === '县住建局')).toMatchObject({ score: -23, category: '未分类', flags: { criticism: true, admonition: true } });
  });

  it('counts 临期 in the summary and gives its reminder in the JSON report', async () => {
    // As of Thursday 05-07 the working days after are 05-08, Saturday 05-09 (调休) and 05-11: A1 and
    // A2 (completed only on 05-14), both due 05-11, are 临期 with 3 working days left.
    const io = capture();
    expect(await main(['run', ledger, '--as-of', '2020-05-07', '--out', path.join(dir, 'soon.xlsx')], io)).toBe(0);
    expect(io.out.split('\n')[1]).toBe('督办事项 4 项：红 0、黄 0、蓝 0、临期 2、已办结 0、长期 1、未到期 1');
    const json = capture();
    expect(await main(['run', ledger, '--as-of', '2020-05-07', '--out', path.join(dir, 'soon-json.xlsx'), '--json'], json)).toBe(0);
    const report = JSON.parse(json.out);
    expect(report.items[0]).toEqual({
      id: 'A1',
      row: 3,
      title: '背街小巷提质改造',
      units: ['县住建局'],
      deadline: '2020-05-11',
      level: null,
      status: '临期',
      done: null,
      notices: [],
      workingDaysLeft: 3,
      sms: '【县督查室】提醒：县住建局承办的“背街小巷提质改造”将于5月11日到期，请抓紧办理。',
    });
    expect(report.items[2]).toMatchObject({ id: 'A3', status: '长期', workingDaysLeft: null, sms: null });
    // A reminder, not a notice: nothing is issued or logged.
    expect(report.notices).toEqual([]);
  });

  it('says in the summary that there is no staff sheet for the bonus', async () => {
    const io = capture();
    expect(await main(['run', ledger, '--as-of', '2020-07-01', '--out', path.join(dir, 'nostaff.xlsx')], io)).toBe(0);
    expect(io.out.split('\n')).toContain('绩效奖金：工作簿中没有「人员考核」表（或表中没有可读的人员），未计算');
  });

  describe('usage', () => {
    it('duban --help lists both commands; duban run --help too', async () => {
      for (const args of [['--help'], ['run', '--help'], ['help']]) {
        const io = capture();
        expect(await main(args, io)).toBe(0);
        const lines = io.out.split('\n');
        expect(lines[0]).toBe('用法 Usage:');
        expect(lines[1].startsWith('  duban run 台账.xlsx ')).toBe(true);
        expect(lines[2].startsWith('  duban bulletin 台账.xlsx (--month 2020-05 ')).toBe(true);
      }
    });
    it('no command prints the usage and exits 2; an unknown command names those there are', async () => {
      const none = capture();
      expect(await main([], none)).toBe(2);
      expect(none.out.split('\n')[0]).toBe('用法 Usage:');
      const unknown = capture();
      expect(await main(['score', ledger], unknown)).toBe(2);
      expect(unknown.err.split('\n')[0]).toBe('duban: 未知命令「score」（可用：run、bulletin、settings、calendar、split、collect）');
    });
  });

  it('does not overwrite an existing output without --force', async () => {
    const out = path.join(dir, 'exists.xlsx');
    await fs.writeFile(out, 'keep me');
    const io = capture();
    expect(await main(['run', ledger, '--out', out], io)).toBe(2);
    expect(io.err).toBe(`duban: 输出文件已存在：${out}（加 --force 覆盖）\n`);
    expect(await fs.readFile(out, 'utf8')).toBe('keep me');
    expect(await main(['run', ledger, '--out', out, '--force'], capture())).toBe(0);
  });

  it('defaults --as-of to today in China and prints it', async () => {
    const io = capture(dateOnly('2020-06-01'));
    expect(await main(['run', ledger, '--out', path.join(dir, 'today.xlsx')], io)).toBe(0);
    expect(io.out.split('\n')[0]).toBe('截止日期：2020-06-01（台账：督办台账）');
  });

  describe('bad inputs exit 2 with one clear line', () => {
    const expectUsage = async (args: string[], message: string | RegExp) => {
      const io = capture();
      expect(await main(args, io)).toBe(2);
      expect(io.err.trim().split('\n')[0]).toMatch(message);
      expect(io.err).not.toMatch(/\n\s+at /);
    };

    it('not a zip', async () => {
      const file = path.join(dir, 'text.xlsx');
      await fs.writeFile(file, 'this is not a workbook');
      await expectUsage(['run', file], 'duban: 不是 .xlsx 文件（文件内容不是 zip 格式）');
    });
    it('an encrypted workbook (an OLE container)', async () => {
      const file = path.join(dir, 'locked.xlsx');
      await fs.writeFile(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
      await expectUsage(['run', file], 'duban: 文件已加密或为旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx');
    });
    it('an ODS spreadsheet, named as such', async () => {
      const zip = new JSZip();
      zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
      zip.file('content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>');
      const file = path.join(dir, '汇总.xlsx');
      await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
      await expectUsage(['run', file], /^duban: 这是 ODS 文件，请另存为 \.xlsx/);
    });
    it('a ledger with a value in column XFD: no free column for 督办状态', async () => {
      const file = path.join(dir, 'full-width.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(ledger);
      (wb.getWorksheet('督办台账') as ExcelJS.Worksheet).getCell(3, 16_384).value = '备用';
      await wb.xlsx.writeFile(file);
      await expectUsage(['run', file, '--as-of', '2020-07-01'], 'duban: 工作表「督办台账」已用到最后一列（XFD），没有空列可放「督办状态」：请删去台账右侧多余的内容后再试');
    });
    it('an empty workbook', async () => {
      const file = path.join(dir, 'empty.xlsx');
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1');
      await wb.xlsx.writeFile(file);
      await expectUsage(['run', file], 'duban: 没有找到督办台账：找不到含「督办事项」「责任单位」「交办时间」等列的表头');
    });
    it('no ledger-like sheet', async () => {
      const file = path.join(dir, 'other.xlsx');
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('工资表').addRows([['姓名', '工资'], ['张三', 5000]]);
      await wb.xlsx.writeFile(file);
      await expectUsage(['run', file], 'duban: 没有找到督办台账：找不到含「督办事项」「责任单位」「交办时间」等列的表头');
    });
    it('a missing file', async () => {
      await expectUsage(['run', path.join(dir, 'nope.xlsx')], `duban: 找不到文件：${path.join(dir, 'nope.xlsx')}`);
    });
    it('an unwritable output path', async () => {
      const out = path.join(dir, 'no-such-dir', 'out.xlsx');
      await expectUsage(['run', ledger, '--out', out, '--as-of', '2020-07-01'], `duban: 无法写出输出文件：${out}（ENOENT）`);
    });
    it('a malformed --as-of', async () => {
      await expectUsage(['run', ledger, '--as-of', '2020-13-45'], 'duban: --as-of 应为 YYYY-MM-DD 格式的有效日期：2020-13-45');
      await expectUsage(['run', ledger, '--as-of', '7月1日'], 'duban: --as-of 应为 YYYY-MM-DD 格式的有效日期：7月1日');
    });
    it('an unknown option and a missing file argument', async () => {
      await expectUsage(['run', ledger, '--colour'], 'duban: 未知选项 --colour');
      await expectUsage(['run'], 'duban: 需要且只需要一个台账文件');
    });
    it('a named sheet that does not exist', async () => {
      await expectUsage(['run', ledger, '--sheet', '台账2', '--out', path.join(dir, 'sheet2.xlsx')], 'duban: 工作表「台账2」不存在（现有：督办台账、说明）');
    });
  });

  const soffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
  (soffice ? it : it.skip)('opens in LibreOffice: the output converts to PDF', async () => {
    const out = path.join(dir, 'print.xlsx');
    expect(await main(['run', ledger, '--as-of', '2020-07-01', '--out', out], capture())).toBe(0);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore', timeout: 120_000 });
    const pdf = await fs.readFile(path.join(dir, 'print.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 150_000);
});
