import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parsePeriodArg, type Period } from '../core/bulletin';
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { NOTICE_LOG_COLUMNS, NOTICE_LOG_SHEET } from '../core/notices/noticeLog';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { excelOf } from '../../test/support/excelOf';
import { analyzeWorkbook } from './analyzeWorkbook';
import { generateBulletin, writeBulletin } from './writeBulletin';
import { dateOnly } from '../../test/support/dateOnly';

const DEMO = path.join(__dirname, '..', '..', 'examples', 'demo-ledger.xlsx');
const may = parsePeriodArg('2020-05') as Period;

/**
 * The notices the demo ledger warrants up to 2020-07-01 (examples/README.md), logged as issued on
 * their dates: [item, unit, color, issue date].
 */
const ISSUED: Array<[string, string, '蓝' | '黄' | '红', string]> = [
  ['DB2020-005', '东塘镇', '蓝', '2020-02-04'],
  ['DB2020-005', '东塘镇', '黄', '2020-02-10'],
  ['DB2020-023', '县城管局', '蓝', '2020-04-30'],
  ['DB2020-023', '县城管局', '黄', '2020-05-06'],
  ['DB2020-025', '县自然资源局', '蓝', '2020-05-11'],
  ['DB2020-026', '县住建局', '蓝', '2020-05-11'],
  ['DB2020-027', '县农业农村局', '蓝', '2020-05-11'],
  ['DB2020-021', '县生态环境局', '蓝', '2020-05-15'],
  ['DB2020-025', '县自然资源局', '黄', '2020-05-18'],
  ['DB2020-023', '县城管局', '红', '2020-05-18'],
  ['DB2020-025', '县自然资源局', '红', '2020-05-28'],
  ['DB2020-030', '县住建局', '蓝', '2020-06-01'],
  ['DB2020-030', '县财政局', '蓝', '2020-06-01'],
  ['DB2020-025', '县自然资源局', '红', '2020-06-08'],
  ['DB2020-030', '县住建局', '黄', '2020-06-08'],
  ['DB2020-030', '县财政局', '黄', '2020-06-08'],
  ['DB2020-038', '县城管局', '蓝', '2020-06-10'],
  ['DB2020-038', '县城管局', '黄', '2020-06-15'],
  ['DB2020-025', '县自然资源局', '红', '2020-06-18'],
  ['DB2020-039', '县税务局', '蓝', '2020-06-22'],
  ['DB2020-025', '县自然资源局', '红', '2020-06-28'],
  ['DB2020-038', '县城管局', '红', '2020-06-28'],
  ['DB2020-039', '县税务局', '黄', '2020-06-28'],
  ['DB2020-029', '文星街道办事处', '蓝', '2020-06-30'],
  ['DB2020-041', '城西镇', '蓝', '2020-06-30'],
  ['DB2020-044', '县发改局', '蓝', '2020-07-01'],
];

/** The demo ledger with its notice log, and optionally earlier bulletin sheets. */
async function demo(extraSheets: string[] = []): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fs.readFile(DEMO)) as unknown as ArrayBuffer);
  const ws = wb.addWorksheet(NOTICE_LOG_SHEET);
  ws.addRow(Object.values(NOTICE_LOG_COLUMNS));
  const seq = { 蓝: 0, 黄: 0, 红: 0 };
  for (const [itemId, unit, color, date] of ISSUED) {
    const day = new Date(`${date}T00:00:00Z`);
    ws.addRow([`督〔2020〕${color}${++seq[color]}号`, color, itemId, '', unit, day, day, null, null, '', '有效', '']);
  }
  for (const name of extraSheets) wb.addWorksheet(name).getCell('A1').value = name;
  return XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
}

const counts = (assigned: number, done: number, doneOnTime: number, open: number, overdue: number, blue: number, yellow: number, red: number) => ({
  assigned, done, doneOnTime, open, overdue, notices: { blue, yellow, red },
});

describe('writeBulletin on the demo ledger (examples/README.md), May 2020', () => {
  it('counts May as it stood on May 31, from an analysis as of May 31 or as of July 1 alike', async () => {
    for (const asOf of [dateOnly('2020-05-31'), dateOnly('2020-07-01')]) {
      const book = await demo();
      const result = await analyzeWorkbook(book, { asOf, rules: XIANGYIN_2020 });
      if (!result.ok) throw new Error(result.message);
      const { data } = await writeBulletin(book, result.analysis, may);
      // Assigned in May: 028–036 (nine). Done in May: 021, 022, 023, 026, 027, 028, 031; on time 022 (05-29),
      // 028 (05-22), 031 (批示 05-13 + 7 working days = 05-22). Open on May 31: 002, 003, 004, 015, 017, 020,
      // 024, 025, 029, 030, 032–036 (fifteen; 012 is done by status). Overdue: 025 only (deadline 05-11).
      // Notices: blue 025, 026, 027, 021; yellow 023, 025; red 023 (05-18), 025 (05-28).
      expect([asOf, data.counts]).toEqual([asOf, counts(9, 7, 3, 15, 1, 4, 2, 2)]);
      // April: assigned 019–027 (nine); done 013, 016, 018, 019, all on time; open on April 30: 002, 003, 004,
      // 015, 017, 020–027 (thirteen), none overdue (023's deadline is April 30 itself); blue 023 on 04-30.
      expect(data.previousCounts).toEqual(counts(9, 4, 4, 13, 0, 1, 0, 0));
      expect(data.change).toEqual(counts(0, 3, -1, 2, 1, 3, 2, 2));
      expect(data.redItems.map((r) => [r.itemId, r.unit, r.count, r.dates])).toEqual([
        ['DB2020-023', '县城管局', 1, ['2020-05-18']],
        ['DB2020-025', '县自然资源局', 1, ['2020-05-28']],
      ]);
      expect(data.redItems[1].title).toBe('关于白泥湖片区非法采砂问题群众来信的批示');
      // One red each by May 31: nobody is due for 通报批评 yet.
      expect(data.criticism).toEqual([]);
      // Falling due in June: 030 (5月底前 = Sun 05-31 → 06-01), 035 (批示 05-25 → 06-03), 032 (06-10),
      // 036 (06-12), 015 (上半年, row 18) and 029 (extended to 06-30, row 32).
      expect(data.dueNext.map((d) => [d.itemId, d.deadline])).toEqual([
        ['DB2020-030', '2020-06-01'],
        ['DB2020-035', '2020-06-03'],
        ['DB2020-032', '2020-06-10'],
        ['DB2020-036', '2020-06-12'],
        ['DB2020-015', '2020-06-30'],
        ['DB2020-029', '2020-06-30'],
      ]);
      // 县自然资源局 and 县城管局 both have −1 −2 −5 = −8 by May 31; 县自然资源局 ranks first on its
      // on-time rate (3 of 4 due against 1 of 2), last two of the 11 county departments.
      const unit = (name: string) => data.units.find((u) => u.unit === name);
      expect(unit('县自然资源局')).toMatchObject({ category: '县直部门', assigned: 0, notices: { blue: 1, yellow: 1, red: 1 }, yearItems: 4, score: -8, categoryRank: 10 });
      expect(unit('县城管局')).toMatchObject({ category: '县直部门', assigned: 0, notices: { blue: 0, yellow: 1, red: 1 }, yearItems: 2, score: -8, categoryRank: 11 });
    }
  });

  it('continues the issue number from an earlier bulletin sheet and adds its own sheet', async () => {
    const book = await demo(['督办通报 2020年3月（第3期）', '督办通报 2020年4月（第4期）']);
    const result = await analyzeWorkbook(book, { asOf: dateOnly('2020-05-31'), rules: XIANGYIN_2020 });
    if (!result.ok) throw new Error(result.message);
    const { sheet, data } = await writeBulletin(book, result.analysis, may);
    expect(sheet).toBe('督办通报 2020年5月（第5期）');
    expect(data.issue).toBe(5);
    expect((await excelOf(book)).getWorksheet(sheet)!.getCell('A1').value).toBe('湘阴县人民政府督查室 2020年5月督办工作通报（第5期）');
    // A second run for the same month is the same issue, on a sheet of its own.
    const again = await writeBulletin(book, result.analysis, may);
    expect([again.sheet, again.data.issue]).toEqual(['督办通报 2020年5月（第5期） (2)', 5]);
  });

  it('starts at 第1期 and escalates as of the period end on the one-click path', async () => {
    const book = await demo();
    const made = await generateBulletin(book, may, dateOnly('2020-07-01'), { rules: XIANGYIN_2020 });
    if (!made.ok) throw new Error(made.message);
    expect([made.sheet, made.analysis.asOf, made.data.partial]).toEqual(['督办通报 2020年5月（第1期）', '2020-05-31', false]);
    expect((await excelOf(book)).getWorksheet(made.sheet)!.getCell('A1').value).toBe('湘阴县人民政府督查室 2020年5月督办工作通报（第1期）');
  });

  it('says so for a month with nothing in it', async () => {
    const book = await demo();
    const made = await generateBulletin(book, parsePeriodArg('2019-12') as Period, dateOnly('2020-07-01'), { rules: XIANGYIN_2020 });
    if (!made.ok) throw new Error(made.message);
    expect(made.data.empty).toBe(true);
    expect(made.data.summary).toBe('本期无新交办事项，无督办单发出；期末无在办事项。');
    const ws = (await excelOf(book)).getWorksheet(made.sheet)!;
    expect(ws.getCell('A5').value).toBe('本期无新交办事项，无督办单发出；期末无在办事项。');
  });
});
