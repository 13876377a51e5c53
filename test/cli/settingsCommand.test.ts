import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { readRuleSettings } from '../../src/core/rules/readRuleSettings';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { dateOnly } from '../support/dateOnly';

/**
 * The SPEC §2–3 worked example, written by ExcelJS (another producer), with a 规则设置 sheet a
 * clerk typed by hand when `settings` is given: a title row, the header, then 设置项 | 值 rows.
 */
async function writeLedger(file: string, settings?: Array<[string, string | number]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.addRow(['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间']);
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  ws.addRow(['A1', '背街小巷提质改造', '县长批示', '县住建局', d('2020-04-28'), null, null]);
  ws.addRow(['A2', '农贸市场改造', '县长批示', '县财政局', d('2020-04-28'), null, d('2020-05-14')]);
  ws.addRow(['A3', '城区停车场建设', '县政府常务会议', '县城管局', d('2020-06-01'), d('2020-12-31'), null]);
  if (settings) {
    const sheet = wb.addWorksheet('规则设置');
    sheet.addRow(['本县督办规则（2027年修订）']);
    sheet.addRow(['设置项', '值', '说明']);
    for (const row of settings) sheet.addRow(row);
  }
  await wb.xlsx.writeFile(file);
}

function capture(today = dateOnly('2020-07-01')): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => today };
  return io;
}

async function settingsOf(file: string) {
  const workbook = await XlsxWorkbook.load(await fs.readFile(file));
  const [sheet] = await workbook.readSheets(['规则设置']);
  return readRuleSettings(sheet);
}

describe('duban run with a 规则设置 sheet typed by hand', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-settings-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('issues by the sheet: no repeated reds and the county’s own number prefix', async () => {
    const plain = path.join(dir, 'plain.xlsx');
    await writeLedger(plain);
    const before = capture();
    expect(await main(['run', plain, '--as-of', '2020-07-01', '--json'], before)).toBe(0);
    // SPEC §3 example: A1 blue 05-11, yellow 05-18, reds 05-28, 06-08, 06-18, 06-28; A2 (done 05-14) blue 05-11.
    expect(JSON.parse(before.out).notices.map((n: { number: string }) => n.number).sort()).toEqual(
      ['督〔2020〕红1号', '督〔2020〕红2号', '督〔2020〕红3号', '督〔2020〕红4号', '督〔2020〕蓝1号', '督〔2020〕蓝2号', '督〔2020〕黄1号'].sort(),
    );

    const edited = path.join(dir, 'edited.xlsx');
    await writeLedger(edited, [['红色督办单重复间隔', 0], ['督办单编号前缀', '湘督']]);
    const after = capture();
    expect(await main(['run', edited, '--as-of', '2020-07-01', '--json'], after)).toBe(0);
    expect(JSON.parse(after.out).notices.map((n: { number: string }) => n.number).sort()).toEqual(['湘督〔2020〕红1号', '湘督〔2020〕蓝1号', '湘督〔2020〕蓝2号', '湘督〔2020〕黄1号'].sort());
  });

  it('reports a bad value on its cell and runs with that setting’s default', async () => {
    const file = path.join(dir, 'bad.xlsx');
    await writeLedger(file, [['红色督办单重复间隔', '十天']]);
    const io = capture();
    expect(await main(['run', file, '--as-of', '2020-07-01', '--out', path.join(dir, 'bad-out.xlsx')], io)).toBe(0);
    expect(io.out).toContain('规则设置!B3 「红色督办单重复间隔」必须是 0 到 365 之间的整数（当前：“十天”），已改用默认值 10');
    expect(io.out).toContain('应发督办单：蓝 2、黄 1、红 4');
  });

  it('lets --rules replace the sheet’s rules for a script', async () => {
    const file = path.join(dir, 'scripted.xlsx');
    await writeLedger(file, [['督办单编号前缀', '湘督']]);
    const rules = path.join(dir, '规则.json');
    await fs.writeFile(rules, JSON.stringify({ escalation: { redRepeatDays: 0 } }));
    const io = capture();
    expect(await main(['run', file, '--as-of', '2020-07-01', '--rules', rules, '--json', '--out', path.join(dir, 'scripted-out.xlsx')], io)).toBe(0);
    expect(JSON.parse(io.out).notices.map((n: { number: string }) => n.number).sort()).toEqual(['督〔2020〕红1号', '督〔2020〕蓝1号', '督〔2020〕蓝2号', '督〔2020〕黄1号'].sort());
  });
});

describe('duban settings', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-settings-cmd-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes a copy with a new 规则设置 sheet holding the preset, leaving the input as it was', async () => {
    const file = path.join(dir, '台账.xlsx');
    await writeLedger(file);
    const bytes = await fs.readFile(file);
    const io = capture();
    expect(await main(['settings', file], io)).toBe(0);
    expect(await fs.readFile(file)).toEqual(bytes);
    const out = path.join(dir, '台账-规则设置.xlsx');
    expect(io.out).toBe(`新建「规则设置」工作表：规则为预设“湘阴2020”，台账与列为自动识别\n各项规则均为预设“湘阴2020”的默认值\n已写出：${out}\n`);
    const read = await settingsOf(out);
    expect(read.rules).toEqual(XIANGYIN_2020);
    expect(read.problems).toEqual([]);
  });

  it('keeps the workbook’s own sheet, setting a refused value to the default in force, and lists what differs', async () => {
    const file = path.join(dir, '有表.xlsx');
    await writeLedger(file, [['黄色督办单：时限后天数', 3], ['升级天数按', '自然日']]);
    const io = capture();
    expect(await main(['settings', file, '--out', path.join(dir, '有表-输出.xlsx')], io)).toBe(0);
    expect(io.out.split('\n')).toEqual([
      '沿用工作簿中的「规则设置」工作表（规则：湘阴2020）',
      '  - 规则设置!B4 「升级天数按」应为 日历日 或 工作日（当前：“自然日”），已改用默认值 日历日（副本中已改为该值）',
      '与预设“湘阴2020”不同的 1 项：',
      '  黄色督办单：时限后天数：3（默认 5）',
      `已写出：${path.join(dir, '有表-输出.xlsx')}`,
      '',
    ]);
    const read = await settingsOf(path.join(dir, '有表-输出.xlsx'));
    expect(read.problems).toEqual([]);
    expect(read.rules.escalation).toMatchObject({ yellowAfterDays: 3, dayKind: 'calendar' });
  });

  it('is in duban’s help', async () => {
    const io = capture();
    await main(['--help'], io);
    expect(io.out).toContain('duban settings 台账.xlsx');
    expect(io.out).toContain('duban calendar 通知.txt');
  });
});
