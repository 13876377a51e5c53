import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { dateOnly } from '../support/dateOnly';

const FIXTURES = path.join(__dirname, '../fixtures/holiday-notices');

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => dateOnly('2026-12-06') };
  return io;
}

/** The 2026 notice (国办发明电〔2025〕7号) day by day, as its seven items say. */
const DAYS_2026 = [
  ['2026-01-01', 'holiday', '元旦'], ['2026-01-02', 'holiday', '元旦'], ['2026-01-03', 'holiday', '元旦'], ['2026-01-04', 'workday', '元旦'],
  ['2026-02-14', 'workday', '春节'],
  ...[15, 16, 17, 18, 19, 20, 21, 22, 23].map((d) => [`2026-02-${d}`, 'holiday', '春节']),
  ['2026-02-28', 'workday', '春节'],
  ['2026-04-04', 'holiday', '清明节'], ['2026-04-05', 'holiday', '清明节'], ['2026-04-06', 'holiday', '清明节'],
  ...[1, 2, 3, 4, 5].map((d) => [`2026-05-0${d}`, 'holiday', '劳动节']), ['2026-05-09', 'workday', '劳动节'],
  ['2026-06-19', 'holiday', '端午节'], ['2026-06-20', 'holiday', '端午节'], ['2026-06-21', 'holiday', '端午节'],
  ['2026-09-20', 'workday', '国庆节'],
  ['2026-09-25', 'holiday', '中秋节'], ['2026-09-26', 'holiday', '中秋节'], ['2026-09-27', 'holiday', '中秋节'],
  ...[1, 2, 3, 4, 5, 6, 7].map((d) => [`2026-10-0${d}`, 'holiday', '国庆节']), ['2026-10-10', 'workday', '国庆节'],
].map(([date, kind, name]) => ({ date, kind, name }));

describe('duban calendar', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-calendar-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('prints the year and every day of the notice as JSON, from a page pasted with its clutter', async () => {
    const io = capture();
    expect(await main(['calendar', path.join(FIXTURES, '2026.txt'), '--json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ year: 2026, days: DAYS_2026 });
    expect(io.err).toBe('');
  });

  it('reads a notice saved in GBK, as Notepad on a Chinese Windows saves it', async () => {
    const gbk = path.join(dir, 'gbk.txt');
    // 国务院办公厅关于2027年部分节假日安排的通知 / 一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。 in GB18030.
    const text = '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。\n';
    const { execFileSync } = await import('node:child_process');
    await fs.writeFile(gbk, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }));
    const io = capture();
    expect(await main(['calendar', gbk, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out).days.map((d: { date: string }) => d.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
  });

  it('writes a 节假日调整 sheet with the year entered, that another producer reads', async () => {
    const out = path.join(dir, '2026.xlsx');
    const io = capture();
    expect(await main(['calendar', path.join(FIXTURES, '2026.txt'), '--out', out], io)).toBe(0);
    expect(io.out.split('\n')[0]).toBe('2026年节假日安排：放假 33 天，调休上班 6 天');
    expect(io.out).toContain('通知已全部读懂：2026年可登记为“全年已录入”');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('节假日调整')!;
    expect([1, 2].map((c) => ws.getCell(1, c).value)).toEqual(['日期', '类型']);
    expect(ws.getCell('B2').value).toBe('放假');
    expect(ws.getCell('C2').value).toBe('元旦');
    expect(ws.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.rowCount).toBe(1 + DAYS_2026.length + 1);
    expect([ws.getCell(ws.rowCount, 1).value, ws.getCell(ws.rowCount, 2).value]).toEqual([2026, '全年已录入']);
  });

  it('lists every sentence it cannot read, and does not enter the year', async () => {
    const file = path.join(dir, 'partial.txt');
    await fs.writeFile(file, '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）放假，共1天。\n二、春节：2月30日放假。\n');
    const io = capture();
    expect(await main(['calendar', file], io)).toBe(0);
    expect(io.err).toBe('duban: 未读懂：2月30日放假。——2027年2月30日不存在\n');
    expect(io.out).toContain('有 1 句未读懂（见上），不登记“全年已录入”');
  });

  it('refuses a file with no day in it, naming it', async () => {
    const file = path.join(dir, 'empty.txt');
    await fs.writeFile(file, '今天天气很好。\n');
    const io = capture();
    expect(await main(['calendar', file], io)).toBe(2);
    expect(io.err.split('\n')[0]).toBe('duban: 未能从 empty.txt 中读出任何放假或上班日期：请确认文件是国务院办公厅节假日安排通知的全文');
  });
});
