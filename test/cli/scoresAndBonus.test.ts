import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { dateOnly } from '../support/dateOnly';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A ledger of 2020 with its register, staff sheet and a notice log kept so far.
 *
 * 县住建局 A1: 县长批示 of 04-28, no deadline → 05-11 (SPEC §2), open on 07-01 → blue 05-11,
 *   yellow 05-18, reds 05-28, 06-08, 06-18, 06-28 (SPEC §3). The log already holds the blue and the
 *   yellow; this run issues the four reds. Plus H1–H4, done on time.
 * 县财政局 A2: the same, done 05-14 → blue 05-11 only, not in the log yet (this run issues it). The
 *   log holds a yellow to 县财政局 that was voided (作废): it never counts. Plus F1–F4, done on time.
 * 县教育局 E01–E20: twenty items, all done on time → no notice.
 * 东塘镇: in the register, no item.
 */
async function writeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = '2020年督办事项台账';
  ws.getRow(2).values = ['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间', '办理状态'];
  const rows: unknown[][] = [
    ['A1', '背街小巷提质改造', '县长批示', '县住建局', d('2020-04-28'), null, null, '办理中'],
    ['A2', '农贸市场改造', '县长批示', '县财政局', d('2020-04-28'), null, d('2020-05-14'), '已办结'],
  ];
  const onTime = (id: string, unit: string, title: string) => [id, title, '县政府常务会议', unit, d('2020-03-02'), d('2020-03-31'), d('2020-03-20'), '已办结'];
  for (let i = 1; i <= 4; i++) rows.push(onTime(`H${i}`, '县住建局', `城区道路维修第${i}批`));
  for (let i = 1; i <= 4; i++) rows.push(onTime(`F${i}`, '县财政局', `专项资金拨付第${i}批`));
  for (let i = 1; i <= 20; i++) rows.push(onTime(`E${String(i).padStart(2, '0')}`, '县教育局', `校舍安全排查第${i}片区`));
  rows.forEach((values, i) => {
    ws.getRow(3 + i).values = values as ExcelJS.CellValue[];
    for (const c of [5, 6, 7]) ws.getCell(3 + i, c).numFmt = 'yyyy"年"m"月"d"日"';
  });

  const register = wb.addWorksheet('单位名册');
  register.addRow(['单位名称', '类别', '主要负责人', '人数', '奖金标准', '考核方案报备']);
  register.addRow(['县教育局', '县直部门', '刘国华', 30, 20000, '已报备']);
  register.addRow(['县财政局', '县直部门', '王志刚', 10, 25000, '已报备']);
  register.addRow(['县住建局', '县直部门', '周立平', 5, 24000, '未报备']);
  register.addRow(['东塘镇', '乡镇/街道', '郭志明', 40, 18000, '已报备']);

  const staff = wb.addWorksheet('人员考核');
  staff.addRow(['姓名', '单位', '考核得分', '年度考核等次']);
  // Distinct scores, best first: no tie at any tier boundary.
  for (let i = 0; i < 30; i++) staff.addRow([`教育${i + 1}`, '县教育局', 99 - i, '称职']);
  for (let i = 0; i < 10; i++) staff.addRow([`财政${i + 1}`, '县财政局', 95 - i, '称职']);
  for (let i = 0; i < 5; i++) staff.addRow([`住建${i + 1}`, '县住建局', 90 - i, '称职']);

  const log = wb.addWorksheet('督办单登记');
  log.addRow(['督办单编号', '颜色', '事项编号', '督办事项', '被督办单位', '应发日期', '发出日期', '办理时限', '逾期天数', '签发人', '状态', '备注']);
  log.addRow(['督〔2020〕蓝1号', '蓝', 'A1', '背街小巷提质改造', '县住建局', d('2020-05-11'), d('2020-05-11'), d('2020-05-11'), 0, '县政府督查室', '有效', '']);
  log.addRow(['督〔2020〕黄1号', '黄', 'A1', '背街小巷提质改造', '县住建局', d('2020-05-18'), d('2020-05-18'), d('2020-05-11'), 7, '常务副县长', '有效', '']);
  log.addRow(['督〔2020〕黄2号', '黄', 'A2', '农贸市场改造', '县财政局', d('2020-05-18'), d('2020-05-18'), d('2020-05-11'), 7, '常务副县长', '作废', '误发']);
  await wb.xlsx.writeFile(file);
}

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => dateOnly('2020-07-01') };
  return io;
}

/** Values of a sheet row from column A, ExcelJS's leading hole dropped. */
// A blank cell reads as '' (what the sheet shows), whether the file stores nothing or an empty text.
const rowValues = (ws: ExcelJS.Worksheet, row: number) => Array.from((ws.getRow(row).values as unknown[]).slice(1), (v) => v ?? '');
const findRow = (ws: ExcelJS.Worksheet, col: number, value: unknown, from = 1): number => {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === value) return r;
  throw new Error(`${ws.name}: no row with ${String(value)} in column ${col}`);
};

describe('duban run writes the unit scores and the tiered bonus', () => {
  let dir: string;
  let input: string;
  let wb: ExcelJS.Workbook;
  let summary: string;
  let report: {
    notices: Array<{ number: string; unit: string; itemId: string; issueDate: string }>;
    units: Array<Record<string, unknown>>;
    scoreSheet: string | null;
    bonusSheet: string | null;
    bonuses: Array<Record<string, unknown>>;
  };

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-scores-'));
    input = path.join(dir, '台账.xlsx');
    await writeWorkbook(input);
    const out = path.join(dir, '台账-督办.xlsx');
    const text = capture();
    expect(await main(['run', input, '--as-of', '2020-07-01'], text)).toBe(0);
    expect(text.err).toBe('');
    summary = text.out;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const json = capture();
    expect(await main(['run', input, '--as-of', '2020-07-01', '--out', path.join(dir, 'json.xlsx'), '--json'], json)).toBe(0);
    report = JSON.parse(json.out);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('adds 单位得分 2020 and 绩效奖金 2020 after the notice sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '督办台账', '单位名册', '人员考核', '督办单登记', '督办单 2020-05-11', '督办单 2020-05-28', '督办单 2020-06-08', '督办单 2020-06-18', '督办单 2020-06-28', '单位得分 2020', '绩效奖金 2020',
    ]);
    expect([report.scoreSheet, report.bonusSheet]).toEqual(['单位得分 2020', '绩效奖金 2020']);
  });

  it('issues what the log lacks: the blue to 县财政局 and the four reds to 县住建局', () => {
    expect(report.notices.map((n) => `${n.issueDate} ${n.number} ${n.unit}`)).toEqual([
      '2020-05-11 督〔2020〕蓝2号 县财政局',
      '2020-05-28 督〔2020〕红1号 县住建局',
      '2020-06-08 督〔2020〕红2号 县住建局',
      '2020-06-18 督〔2020〕红3号 县住建局',
      '2020-06-28 督〔2020〕红4号 县住建局',
    ]);
  });

  describe('the score sheet (SPEC §5), counting the log kept so far and this run\'s notices', () => {
    let ws: ExcelJS.Worksheet;
    beforeAll(() => {
      ws = wb.getWorksheet('单位得分 2020')!;
    });

    it('says the no-yellow / no-red bonuses are provisional before the year is over', () => {
      expect(ws.getCell('A2').value).toBe('截至2020年7月1日（年度未结束，“全年无黄/红色督办单”加分为暂计）');
      // Headings written with their line breaks between words; the total again, for its bar.
      expect(rowValues(ws, 3).map((h) => String(h).replace('\n', '|'))).toEqual(['类内|排名', '全县|排名', '单位', '类别', '承办|事项', '已办结', '按时|办结', '按时|办结率', '逾期|未办结', '蓝色|督办单', '黄色|督办单', '红色|督办单', '扣分', '加分', '总分', '总分|图示', '优岗|比例', '问责提示', '效能之星']);
    });

    it('县财政局: blue −1 (logged now), the voided yellow not counted; 5 items, no yellow +10, no red +5 → 14', () => {
      // Items A2 + F1–F4, all done; A2 done 05-14 after its deadline 05-11 → 4 of 5 on time.
      expect(rowValues(ws, findRow(ws, 3, '县财政局'))).toEqual([2, 2, '县财政局', '县直部门', 5, 5, 4, 0.8, 0, 1, 0, 0, -1, '15（暂计）', 14, 14, '', '', '类内前10、全县前10']);
    });

    it('县住建局: blue −1 and yellow −2 from the old log, four reds −20 from this run → −23, 诫勉谈话', () => {
      // Items A1 + H1–H4; A1 open and overdue. Five items, but a yellow and reds: no bonus.
      expect(rowValues(ws, findRow(ws, 3, '县住建局'))).toEqual([
        // Under 诫勉谈话 it is not eligible for the 十大效能之星 (SPEC §9).
        3, 4, '县住建局', '县直部门', 5, 4, 4, 0.8, 1, 1, 1, 4, -23, 0, -23, -23, '', '诫勉谈话：年度累计4次红色督办单：同一事项（A1）4次红色督办单', '年度内诫勉谈话，不列入效能之星',
      ]);
    });

    it('县教育局: 20 items and no notice → 10 + 5 + 20 + 10 = 45 (暂计), 优岗比例 +3% +2%', () => {
      expect(rowValues(ws, findRow(ws, 3, '县教育局'))).toEqual([1, 1, '县教育局', '县直部门', 20, 20, 20, 1, 0, 0, 0, 0, 0, '45（暂计）', 45, 45, '+5%', '', '类内前10、全县前10']);
    });
  });

  describe('the bonus sheet (SPEC §7)', () => {
    let ws: ExcelJS.Worksheet;
    beforeAll(() => {
      ws = wb.getWorksheet('绩效奖金 2020')!;
    });
    const people = (unit: string) => {
      const rows: unknown[][] = [];
      const summaryTop = findRow(ws, 1, '各单位汇总与核对');
      for (let r = 5; r < summaryTop; r++) if (ws.getCell(r, 1).value === unit) rows.push(rowValues(ws, r));
      return rows;
    };
    const paid = (unit: string) => people(unit).reduce((sum, p) => sum + (p[6] as number), 0);

    it('pays each filed unit exactly its pool, standard × headcount', () => {
      expect(paid('县教育局')).toBe(30 * 20000);
      expect(paid('县财政局')).toBe(10 * 25000);
      const summaryTop = findRow(ws, 1, '各单位汇总与核对');
      // The unit's four summary rows: tiers 1–3, then 合计 with the sum and the check.
      const total = (unit: string) => rowValues(ws, findRow(ws, 1, unit, summaryTop) + 3).slice(1, 8);
      expect(total('县教育局')).toEqual(['合计', 30, 1, '', 600000, '✓', '合计 = 奖金总额 600,000 元']);
      expect(total('县财政局')).toEqual(['合计', 10, 1, '', 250000, '✓', '合计 = 奖金总额 250,000 元']);
    });

    it('县财政局 (10 people): base 60% = 15,000; tier 1 (2 people) +20% of 10,000; tier 3 (1) −20%', () => {
      const rows = people('县财政局');
      expect(rows.map((p) => p[1])).toEqual(['财政1', '财政2', '财政3', '财政4', '财政5', '财政6', '财政7', '财政8', '财政9', '财政10']);
      expect(rows[0].slice(3, 7)).toEqual(['第一等次', 15000, 12000, 27000]);
      expect(rows[1].slice(3, 7)).toEqual(['第一等次', 15000, 12000, 27000]);
      expect(rows[2][3]).toBe('第二等次');
      expect(rows[9].slice(3, 7)).toEqual(['第三等次', 15000, 8000, 23000]);
    });

    it('县教育局 (30 people, three tiers): 6 in tier 1 at 21,600, 3 in tier 3 at 18,400', () => {
      const tiers = people('县教育局').map((p) => `${p[3]} ${p[6]}`);
      expect(tiers.slice(0, 6)).toEqual(Array(6).fill('第一等次 21600'));
      expect(tiers[6].startsWith('第二等次')).toBe(true);
      expect(tiers.slice(27)).toEqual(Array(3).fill('第三等次 18400'));
    });

    it('gives 县住建局, whose scheme was not filed, an error row instead of amounts', () => {
      const row = findRow(ws, 1, '县住建局');
      expect(rowValues(ws, row).slice(0, 2)).toEqual(['县住建局', '未分配（5人）：考核方案未报备县考核委员会，按规定不得发放年终绩效奖金']);
      expect(people('县住建局')).toHaveLength(1);
    });
  });

  it('puts each unit\'s score, rank, category, accountability flags and 效能之星 standing in the JSON report', () => {
    const pick = (unit: string) => {
      const u = report.units.find((x) => x.unit === unit)!;
      return { items: u.items, score: u.score, provisional: u.provisional, category: u.category, rank: u.rank, overallRank: u.overallRank, flags: u.flags, shortlist: u.shortlist };
    };
    const none = { criticism: false, admonition: false, reasons: [] };
    expect(pick('县住建局')).toEqual({
      items: 5, score: -23, provisional: true, category: '县直部门', rank: 3, overallRank: 4,
      flags: { criticism: true, admonition: true, reasons: ['年度累计4次红色督办单', '同一事项（A1）4次红色督办单'] },
      // 诫勉谈话 (and so 通报批评) in the year: not on the 十大效能之星 shortlist (SPEC §9).
      shortlist: { eligible: false, reason: '年度内诫勉谈话，不列入效能之星' },
    });
    expect(pick('县财政局')).toEqual({
      items: 5, score: 14, provisional: true, category: '县直部门', rank: 2, overallRank: 2, flags: none,
      shortlist: { eligible: true, categoryRank: 2, overallRank: 2 },
    });
    expect(pick('县教育局')).toEqual({
      items: 20, score: 45, provisional: true, category: '县直部门', rank: 1, overallRank: 1, flags: none,
      shortlist: { eligible: true, categoryRank: 1, overallRank: 1 },
    });
    // In the register without items: on the score sheet with 0 points, so in the report too.
    expect(pick('东塘镇')).toEqual({
      items: 0, score: 0, provisional: true, category: '乡镇/街道', rank: 1, overallRank: 3, flags: none,
      shortlist: { eligible: true, categoryRank: 1, overallRank: 3 },
    });
  });

  it('lists each unit of the bonus sheet in the JSON report, the unfiled one with its reason', () => {
    expect(report.bonuses).toEqual([
      { unit: '县教育局', headcount: 30, pool: 600000, paid: 600000, error: null },
      { unit: '县财政局', headcount: 10, pool: 250000, paid: 250000, error: null },
      { unit: '县住建局', headcount: 5, pool: null, paid: null, error: '考核方案未报备县考核委员会，按规定不得发放年终绩效奖金' },
    ]);
  });

  it('names both sheets in the Chinese summary, with the flagged unit and the unit left unpaid', () => {
    const lines = summary.split('\n');
    expect(lines).toContain('单位得分：已写入「单位得分 2020」（2020年度，4 个单位，“全年无黄/红色督办单”加分为暂计）；问责提示：县住建局（诫勉谈话）');
    expect(lines).toContain('绩效奖金：已写入「绩效奖金 2020」，已分配 2 个单位；未分配 1 个单位：县住建局（考核方案未报备县考核委员会，按规定不得发放年终绩效奖金）');
    // The error row is said once, in the bonus line, not again among the problems.
    expect(summary.match(/考核方案未报备/g)).toHaveLength(1);
  });

  it('on a rerun of its own output adds a new score sheet beside the old one, never replacing it', async () => {
    const again = path.join(dir, 'again.xlsx');
    const io = capture();
    expect(await main(['run', path.join(dir, '台账-督办.xlsx'), '--as-of', '2020-07-01', '--out', again, '--json'], io)).toBe(0);
    const rerun = JSON.parse(io.out);
    expect(rerun.notices).toEqual([]);
    expect([rerun.scoreSheet, rerun.bonusSheet]).toEqual(['单位得分 2020 (2)', '绩效奖金 2020 (2)']);
    // Nothing new issued, so the same scores from the log alone.
    expect(rerun.units.find((u: { unit: string }) => u.unit === '县住建局').score).toBe(-23);
  });
});
