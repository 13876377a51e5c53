import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { analyzeWorkbook, type LedgerAnalysis } from '../../src/app/analyzeWorkbook';
import { applyLedgerColors } from '../../src/app/applyLedgerColors';
import { issueNotices, previewNotices, readNoticeLog } from '../../src/app/issueNotices';
import { voidNotice } from '../../src/app/voidNotice';
import type { WorkbookPort } from '../../src/app/ports/workbookPort';
import { generateBulletin } from '../../src/app/writeBulletin';
import { writeBonuses } from '../../src/app/writeBonuses';
import { computeUnitScores, writeUnitScores } from '../../src/app/writeUnitScores';
import { main } from '../../src/cli/main';
import { lastCompleteMonth, makePeriod } from '../../src/core/bulletin';
import { createWorkCalendar } from '../../src/core/calendar';
import type { DateOnly } from '../../src/core/dates/dateOnly';
import { serialToDate } from '../../src/core/dates/excelSerial';
import type { SheetSnapshot } from '../../src/core/ledger/sheetSnapshot';
import { problemPlace } from '../../src/core/problems';
import { XIANGYIN_2020 } from '../../src/core/rules';
import { createFunctionEnv, evaluateDeadline, evaluateLevel, evaluateOverdue } from '../../src/functions/escalationFunctions';
import { mapCells } from '../../src/functions/mapCells';
import { bonusLines, scoreRows } from '../../src/app/reportSummaries';
import { summarizePreview, type PreviewSummary } from '../../src/taskpane/ledger/summarizePreview';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { dateOnly } from '../support/dateOnly';

/**
 * docs/excel-smoke-test.md tells a clerk with real Excel what to click in examples/smoke-test.xlsx
 * and what to see. Here the same steps run through the use cases the task pane calls (over the
 * .xlsx adapter instead of Office.js), and every figure the document states is checked twice: it
 * is what the pipeline gives, and it is written in the document.
 */

const ROOT = path.join(__dirname, '..', '..');
const WORKBOOK = path.join(ROOT, 'examples', 'smoke-test.xlsx');
const BUILD_SCRIPT = path.join(ROOT, 'scripts', 'smoke-test', 'build.js');
const DOC = readFileSync(path.join(ROOT, 'docs', 'excel-smoke-test.md'), 'utf8');
const AS_OF = dateOnly('2020-07-01');
const SHEETS = ['督办台账', '表格台账', '函数', '单位名册', '人员考核'];

const expectInDoc = (...snippets: string[]) => {
  for (const s of snippets) expect(DOC).toContain(s);
};
/** The pane's 预览 card counts, as the document's table row 红 | 黄 | 蓝 | 临期 | 已办结 | 长期 | 未到期 gives them. */
const counts = (p: PreviewSummary) => [p.byStatus['红'], p.byStatus['黄'], p.byStatus['蓝'], p.byStatus['临期'], p.byStatus['已办结'], p.byStatus['长期'], p.byStatus['—']];
const iso = (serial: unknown) => {
  const d = serialToDate(serial as number);
  if (!d.ok) throw new Error(`not a date serial: ${String(serial)}`);
  return d.value;
};
const valueAt = (s: SheetSnapshot, row: number, col: number) => s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;

async function loadPort(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await fs.readFile(WORKBOOK));
}

async function analyze(port: WorkbookPort, asOf: DateOnly, sheet = '督办台账'): Promise<LedgerAnalysis> {
  const result = await analyzeWorkbook(port, { asOf, rules: XIANGYIN_2020, sheet });
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

describe('examples/smoke-test.xlsx', () => {
  let data: Buffer;
  let zip: JSZip;
  beforeAll(async () => {
    data = await fs.readFile(WORKBOOK);
    zip = await JSZip.loadAsync(data);
  });

  it('holds the five sheets the document names, in a file under 200 KB', async () => {
    const port = await loadPort();
    expect((await port.listSheets()).map((s) => s.name)).toEqual(SHEETS);
    expect(data.length).toBeLessThan(200 * 1024);
    for (const name of SHEETS) expectInDoc(name);
  });

  it('has a ledger with far more than 512 merged areas: 序号–办理状态 merged down each item’s two rows', async () => {
    const [ledger] = await (await loadPort()).readSheets(['督办台账']);
    const merges = ledger.merges ?? [];
    expect(merges.length).toBeGreaterThan(512);
    expect(merges.length).toBe(5401);
    expect(merges.filter((m) => m.bottom === m.top + 1 && m.left === m.right && m.left <= 9)).toHaveLength(5400);
    expect(merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 10 });
    expectInDoc('5400 多个合并单元格');
  });

  it('keeps 表格台账 as an Excel table 表1 over A3:H9', async () => {
    const [sheet] = await (await loadPort()).readSheets(['表格台账']);
    expect(sheet.tables).toEqual([{ name: '表1', headerRow: true, top: 3, left: 1, bottom: 9, right: 8 }]);
    expectInDoc('表名“表1”，范围 A3:H9', '=$A$3:$H$9');
  });

  it('has the 函数 sheet: as-of 2020-07-01 in B2, 待定 as row 7’s 完成时间, and three spilling DUBAN formulas', async () => {
    const [sheet] = await (await loadPort()).readSheets(['函数']);
    expect(iso(valueAt(sheet, 2, 2))).toBe('2020-07-01');
    expect(valueAt(sheet, 7, 5)).toBe('待定');
    const part = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    const deadline = '_xldudf_DUBAN_DEADLINE(B4:B9,C4:C9,D4:D9)';
    const formulas: Array<[string, string]> = [
      ['F', deadline],
      ['G', `_xldudf_DUBAN_LEVEL(${deadline},E4:E9,$B$2)`],
      ['H', `_xldudf_DUBAN_OVERDUE(${deadline},E4:E9,$B$2)`],
    ];
    for (const [col, formula] of formulas) {
      // cm="1" points at the dynamic-array metadata: the formula spills rather than being a legacy array formula.
      expect(part).toMatch(new RegExp(`<c r="${col}4" cm="1"[^>]*><f t="array" ref="${col}4:${col}9">${formula.replace(/[()$.]/g, '\\$&')}</f>`));
      expectInDoc(`${col}4  =${formula.replace(/_xldudf_DUBAN_/g, 'DUBAN.')}`);
    }
    expect(await zip.file('xl/metadata.xml')!.async('string')).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('spreadsheetml.sheetMetadata+xml');
  });

  it('is what scripts/smoke-test/build.js writes, byte for byte', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-smoke-'));
    try {
      const out = path.join(dir, 'smoke-test.xlsx');
      execFileSync(process.execPath, [BUILD_SCRIPT, out], { cwd: ROOT, stdio: 'pipe' });
      expect((await fs.readFile(out)).equals(data)).toBe(true);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60000);
});

describe('the document’s steps, through the use cases the task pane calls', () => {
  // The clerk's workbook after each step: one port, changed step by step as in the document.
  let port: XlsxWorkbook;
  beforeAll(async () => {
    port = await loadPort();
  });

  it('steps 2–3: finds the header and previews as of 2020-07-01', async () => {
    const a = await analyze(port, AS_OF);
    expect(a.mapping.headerRows).toEqual([2]);
    expect([a.mapping.firstDataRow, a.mapping.lastDataRow]).toEqual([3, 1202]);
    expect(Object.values(a.mapping.columns).filter((c) => c !== undefined && c > 0)).toHaveLength(9);
    expect(a.mapping.columns).toEqual({ id: 1, title: 2, source: 3, units: 4, leader: 5, assigned: 6, deadline: 7, completed: 8, status: 9 });
    const preview = summarizePreview(a.escalations);
    expect(preview.items).toBe(600);
    expect(counts(preview)).toEqual([6, 3, 5, 3, 522, 5, 56]);
    // The 临期 list, soonest first, as the document has the clerk copy its first text.
    const [first] = summarizePreview(a.escalations, XIANGYIN_2020.notices.office).dueSoon;
    expect([first.id, first.title, first.units, first.deadline, first.workingDaysLeft]).toEqual(['313', '森林防火巡查（二）', ['文星街道办事处'], '2020-07-02', 1]);
    expectInDoc(`**${first.id} ${first.title}**`, `**${first.units[0]}：时限 ${first.deadline}，还有 1 个工作日**`, `**${first.sms}**`);
    expect(preview.units).toEqual(['县自然资源局', '县城管局', '县税务局', '县发改局', '文星街道办事处', '城西镇', '县教育局', '县住建局', '东塘镇']);
    expect(a.problems.map((p) => `${p.severity} ${problemPlace(p, '督办台账')} ${p.message}`)).toEqual(['error G19 办理时限无法识别：待定']);
    expectInDoc(
      '表头：第 2 行；数据：第 3–1202 行',
      '已对应 9 列',
      '截止 2020-07-01，共 600 项督办事项',
      '| 6 项 | 3 项 | 5 项 | 3 项 | 522 项 | 5 项 | 56 项 |',
      '临期提醒 3 项（短信文字）',
      `涉及单位 9 个：${preview.units.join('、')}`,
      '错误 G19 办理时限无法识别：待定',
    );
  });

  it('step 4: 应用三色 writes 督办状态 in K with the statuses the document lists by row', async () => {
    const a = await analyze(port, AS_OF);
    const decoration = await applyLedgerColors(port, a);
    expect(decoration.column).toBe(11);
    expect(decoration.range).toEqual({ top: 3, left: 1, bottom: 1202, right: 11 });
    expectInDoc('红 6 项、黄 3 项、蓝 5 项；督办状态列：「督办台账」!K2', '红 **6**、黄 **3**、蓝 **5**');
    const [ledger] = await port.readSheets(['督办台账']);
    expect(valueAt(ledger, 2, 11)).toBe('督办状态');
    const statusOf = (serial: number) => valueAt(ledger, 1 + 2 * serial, 11);
    const named: Array<[number, string]> = [
      [1, '红'], [2, '红'], [3, '黄'], [4, '蓝'], [5, '蓝'], [6, '已办结'],
      [7, '长期'], [8, '—'], [9, '—'], [10, '红'], [11, '已办结'], [12, '已办结'],
    ];
    for (const [serial, status] of named) {
      expect(statusOf(serial)).toBe(status);
      expect(DOC).toMatch(new RegExp(`\\n\\| ${serial} \\| ${1 + 2 * serial} \\| [^|]+ \\| [^|]+ \\| ${status} \\|`));
    }
    const colored = (status: string) => {
      const serials: number[] = [];
      for (let n = 13; n <= 600; n++) if (statusOf(n) === status) serials.push(n);
      return serials;
    };
    expect([colored('红'), colored('黄'), colored('蓝'), colored('临期')]).toEqual([[137, 284, 431], [88, 346], [165, 199, 512], [83, 249, 313]]);
    expectInDoc('序号 137、284、431 红；序号 88、346 黄；序号 165、199、512 蓝；序号 83、249、313 临期');
  });

  it('step 6: issues 51 notices, 19 notice sheets, numbers from 蓝1号; a second preview finds nothing new', async () => {
    const a = await analyze(port, AS_OF);
    const plan = previewNotices(a);
    const issued = await issueNotices(port, a, plan);
    const by = (color: string) => issued.notices.filter((n) => n.color === color);
    expect([issued.notices.length, by('red').length, by('yellow').length, by('blue').length]).toEqual([51, 11, 13, 27]);
    expect(issued.notices.slice(0, 3).map((n) => `${n.number} ${n.issueDate} ${n.unit}`)).toEqual([
      '督〔2020〕蓝1号 2020-04-15 东塘镇',
      '督〔2020〕蓝2号 2020-04-15 县城管局',
      '督〔2020〕蓝3号 2020-04-15 县财政局',
    ]);
    expect([by('blue').at(-1)!.number, by('yellow').at(-1)!.number, by('red').at(-1)!.number]).toEqual(['督〔2020〕蓝27号', '督〔2020〕黄13号', '督〔2020〕红11号']);
    expect(issued.sheets).toHaveLength(19);
    expect([issued.sheets[0], issued.sheets.at(-1)]).toEqual(['督办单 2020-04-15', '督办单 2020-07-01']);
    expect(issued.problems).toEqual([]);
    const log = await readNoticeLog(port);
    expect(log!.log.headerRow).toBe(1);
    expect(log!.log.entries.map((e) => e.row)).toEqual(Array.from({ length: 51 }, (_, i) => i + 2));
    expect(previewNotices(await analyze(port, AS_OF)).notices).toEqual([]);
    expectInDoc(
      '应发 51 份',
      '**红 11 份、黄 13 份、蓝 27 份**',
      '**督〔2020〕蓝1号 2020-04-15 东塘镇**',
      '**督〔2020〕蓝2号（县城管局）**、**督〔2020〕蓝3号（县财政局）**',
      '已生成 51 份督办单（红 11 份、黄 13 份、蓝 27 份），登记在「督办单登记」；新增督办单工作表 19 张（「督办单 2020-04-15」至「督办单 2020-07-01」）',
      '第 2–52 行共 51 张',
      '蓝 1–27 号、黄 1–13 号、红 1–11 号',
      '没有新的应发督办单：截止 2020-07-01 应发的督办单都已登记在「督办单登记」。',
    );
  });

  it('step 7: voids 督〔2020〕红8号 on row 43; the next preview warrants it again as 红12号', async () => {
    const log = await readNoticeLog(port);
    const entry = log!.log.entries.find((e) => e.row === 43)!;
    expect([entry.number, entry.unit, entry.itemId, entry.issueDate]).toEqual(['督〔2020〕红8号', '县城管局', '2', '2020-06-28']);
    expect(await voidNotice(port, log!.log.entries, '督〔2020〕红8号', '冒烟测试作废')).toEqual({ ok: true, number: '督〔2020〕红8号', row: 43 });
    const [sheet] = await port.readSheets(['督办单登记']);
    expect([valueAt(sheet, 43, 11), valueAt(sheet, 43, 12)]).toEqual(['作废', '作废：冒烟测试作废']);
    expect(sheet.values.length).toBe(52);
    const again = previewNotices(await analyze(port, AS_OF)).notices;
    expect(again.map((n) => `${n.number} ${n.issueDate} ${n.unit}`)).toEqual(['督〔2020〕红12号 2020-06-28 县城管局']);
    expectInDoc(
      '第 **43** 行',
      '**督〔2020〕红8号**，被督办单位 **县城管局**，事项编号 **2**，发出日期 2020-06-28',
      '县城管局：2 城区“两违”建筑专项整治第一阶段验收',
      '督办单「督〔2020〕红8号」已作废（「督办单登记」第 43 行）',
      '**作废：冒烟测试作废**',
      '**督〔2020〕红12号 2020-06-28 县城管局**',
    );
  });

  it('step 8: unit scores after the void: the pane’s top ten and the last four', async () => {
    const a = await analyze(port, AS_OF);
    const { sheet, scores } = await writeUnitScores(port, a, a.log);
    expect(sheet).toBe('单位得分 2020');
    expect(scores).toHaveLength(14);
    const rows = scoreRows(scores, 14);
    for (const r of rows.slice(0, 10)) expectInDoc(`| ${r.rank} | ${r.unit} | ${r.score} | — |`);
    expect(rows.slice(0, 10).map((r) => r.flags)).toEqual(Array(10).fill(''));
    expect(rows.slice(10).map((r) => [r.rank, r.unit, r.score, r.flags.split('：')[0]])).toEqual([
      [11, '东塘镇', '-12', ''],
      [12, '县城管局', '-17', ''],
      [13, '城西镇', '-20', '诫勉谈话'],
      [14, '县自然资源局', '-23', '诫勉谈话'],
    ]);
    expectInDoc(
      '已生成「单位得分 2020」：14 个单位，截至 2020-07-01（年度未结束，无黄/红色督办单加分为暂计）。',
      '东塘镇 **-12**；县城管局 **-17**，**没有**问责提示',
      '城西镇 **-20**，诫勉谈话；县自然资源局 **-23**，诫勉谈话（同一事项 4 次红色督办单）',
    );
    // Without the void (step 7) 县城管局 keeps its second red: −22 and 通报批评, as the document warns.
    expect(a.log.filter((e) => e.unit === '县城管局' && e.color === 'red').map((e) => [e.number, e.voided])).toEqual([
      ['督〔2020〕红8号', true],
      ['督〔2020〕红9号', false],
    ]);
    const unvoided = scoreRows(computeUnitScores(a, a.log.map((e) => ({ ...e, voided: false }))), 14).find((r) => r.unit === '县城管局')!;
    expect([unvoided.score, unvoided.flags.split('：')[0]]).toEqual(['-22', '通报批评']);
    expectInDoc('**-22** 分并有“通报批评”');
  });

  it('step 9: the bonus sheet: two units distributed to the yuan, 城西镇 left out', async () => {
    const a = await analyze(port, AS_OF);
    const written = await writeBonuses(port, a);
    expect(written!.sheet).toBe('绩效奖金 2020');
    const lines = bonusLines(written!.result);
    expect(lines.units.map((l) => `**${l.unit}** ${l.text}`)).toEqual([
      '**县教育局** 10 人，奖金总额 220,000 元：第一等次 2 人（每人 23,760 元），第二等次 7 人（每人 21,748–21,749 元），第三等次 1 人（每人 20,240 元）',
      '**县住建局** 12 人，奖金总额 288,000 元：第一等次 2 人（每人 25,920 元），第二等次 8 人（每人 24,000 元），第三等次 2 人（每人 22,080 元）',
    ]);
    expect(lines.errors.map((l) => `${l.unit} ${l.text}`)).toEqual(['城西镇 未分配（8人）：考核方案未报备县考核委员会，按规定不得发放年终绩效奖金']);
    for (const l of lines.units) expectInDoc(`**${l.unit}** ${l.text}`);
    expectInDoc('已生成「绩效奖金 2020」：2 个单位已分配，1 个单位未分配。', '**城西镇**（红字）未分配（8人）：考核方案未报备县考核委员会，按规定不得发放年终绩效奖金');
  });

  it('step 10: the June 2020 bulletin counts the log without the voided notice', async () => {
    const june = makePeriod('month', 2020, 6);
    if (june === null) throw new Error('no period 2020-06');
    const made = await generateBulletin(port, june, AS_OF, { sheet: '督办台账', rules: XIANGYIN_2020 });
    if (!made.ok) throw new Error(made.message);
    const { data } = made;
    expect(made.sheet).toBe('督办通报 2020年6月（第1期）');
    expect([data.title, data.asOf]).toEqual(['湘阴县人民政府督查室 2020年6月督办工作通报（第1期）', '2020-06-30']);
    expect(data.counts).toEqual({ assigned: 80, done: 75, doneOnTime: 74, open: 78, overdue: 9, notices: { blue: 11, yellow: 8, red: 9 } });
    expect(data.criticism.map((c) => c.unit)).toEqual(['城西镇', '县自然资源局']);
    expectInDoc(
      `已生成「${made.sheet}」：${data.title}，数据截至 ${data.asOf}。`,
      data.summary,
      '新交办 80 项、办结 75 项（按时 74 项）、在办 78 项、逾期 9 项、督办单 蓝 11、黄 8、红 9 份',
      '只有 **城西镇** 和 **县自然资源局**',
    );
  });

  it('step 11: the 函数 sheet’s formulas give values in every row but the bad one, with its reason', async () => {
    const [sheet] = await port.readSheets(['函数']);
    const column = (col: number) => [4, 5, 6, 7, 8, 9].map((r) => [valueAt(sheet, r, col)]);
    const asOf = [[valueAt(sheet, 2, 2)]];
    const env = createFunctionEnv(createWorkCalendar(), XIANGYIN_2020);
    const err = (reason: string) => `#VALUE! ${reason}`;
    const deadlines = mapCells([column(2), column(3), column(4)], (c) => evaluateDeadline(env, c[0], c[1], c[2]), err);
    const levels = mapCells([deadlines, column(5), asOf], (c) => evaluateLevel(env, c[0], c[1], c[2]), err);
    const overdue = mapCells([deadlines, column(5), asOf], (c) => evaluateOverdue(env, c[0], c[1], c[2]), err);
    const shown = deadlines.map(([d], i) => [typeof d === 'number' ? iso(d) : d, levels[i][0], overdue[i][0]]);
    expect(shown).toEqual([
      ['2020-05-11', '红', 51],
      ['2020-05-11', '蓝', 3],
      ['2020-06-22', '黄', 9],
      ['2020-06-01', '#VALUE! 完成时间：不是有效日期', '#VALUE! 完成时间：不是有效日期'],
      ['2020-07-01', '蓝', 0],
      ['长期', '', 0],
    ]);
    shown.forEach(([d, level, days], i) => {
      const cell = (v: unknown) => (typeof v === 'string' && v.startsWith('#VALUE!') ? '**#VALUE!**' : v === '' ? '（空）' : String(v));
      expect(DOC).toMatch(new RegExp(`\\n\\| ${i + 4} \\| [^|]+ \\| ${d} \\| ${cell(level).replace(/[*!()]/g, '\\$&')} \\| ${cell(days).replace(/[*!()]/g, '\\$&')} \\|`));
    });
    expectInDoc('原因 **完成时间：不是有效日期**');
  });

  it('step 12: 重新着色 as of any day from 2021 on colors every open item red; 生成本月通报 says what stands at the month’s end', async () => {
    for (const today of [dateOnly('2021-01-04'), dateOnly('2026-12-05')]) {
      const a = await analyze(port, today);
      expect(counts(summarizePreview(a.escalations)).slice(0, 3)).toEqual([43, 0, 0]);
      const made = await generateBulletin(port, lastCompleteMonth(today), today, { sheet: '督办台账', rules: XIANGYIN_2020 });
      if (!made.ok) throw new Error(made.message);
      expect(made.data.summary).toBe('本期无新交办事项，无督办单发出；期末在办49项，其中逾期未办结43项。');
      expectInDoc(made.data.summary);
    }
    const [bulletin2026] = (await port.listSheets()).map((s) => s.name).filter((n) => n.startsWith('督办通报 2026'));
    expect(bulletin2026).toBe('督办通报 2026年11月（第1期）');
    expectInDoc('红 **43**、黄 **0**、蓝 **0**', '“督办通报 2026年11月（第1期）”');
  });

  it('step 13: a row added below the ledger is read on reopening: data to row 1203, 601 items, 4 临期 and 56 not yet due', async () => {
    // The clerk types the row into Excel; here it is added to the sheet as read.
    const withRow = (s: SheetSnapshot): SheetSnapshot => {
      const values = s.values.slice();
      values[1203 - s.origin.row] = [601, '冒烟测试新增事项', '县长批示', '县人社局', null, '2020-06-24'];
      return { ...s, values };
    };
    const edited = new Proxy(port, {
      get(target, prop) {
        if (prop === 'readSheets') return async (names: readonly string[]) => (await target.readSheets(names)).map((s) => (s.name === '督办台账' ? withRow(s) : s));
        const v = Reflect.get(target, prop, target) as unknown;
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const a = await analyze(edited, AS_OF);
    expect([a.mapping.firstDataRow, a.mapping.lastDataRow]).toEqual([3, 1203]);
    const preview = summarizePreview(a.escalations);
    expect(preview.items).toBe(601);
    expect(counts(preview)).toEqual([6, 3, 5, 4, 522, 5, 56]);
    expect(a.escalations.at(-1)!.deadline.deadline).toBe('2020-07-06');
    expectInDoc('表头：第 2 行；数据：第 3–1203 行', '**共 601 项督办事项**', '临期 **4 项**、未到期 **56 项**', '7 个工作日到 7 月 6 日');
  });

  it('step 14: the table ledger gets 督办状态 in I, just outside 表1, which stays A3:H9', async () => {
    const a = await analyze(port, AS_OF, '表格台账');
    expect(a.mapping.headerRows).toEqual([3]);
    expect([a.mapping.firstDataRow, a.mapping.lastDataRow]).toEqual([4, 9]);
    expect(Object.keys(a.mapping.columns)).toHaveLength(8);
    const preview = summarizePreview(a.escalations);
    expect(counts(preview)).toEqual([1, 1, 1, 0, 1, 1, 1]);
    expect(preview.units).toEqual(['文星街道办事处', '县城管局', '县发改局']);
    const decoration = await applyLedgerColors(port, a);
    expect(decoration.column).toBe(9);
    expect(decoration.values).toEqual(['黄', '红', '蓝', '已办结', '长期', '—']);
    const out = await JSZip.loadAsync(await port.toBuffer());
    expect(await out.file('xl/tables/table1.xml')!.async('string')).toContain('ref="A3:H9"');
    const [sheet] = await port.readSheets(['表格台账']);
    expect(valueAt(sheet, 3, 9)).toBe('督办状态');
    expectInDoc(
      '表头：第 3 行；数据：第 4–9 行',
      '已对应 8 列',
      '红 1、黄 1、蓝 1、临期 0、已办结 1、长期 1、未到期 1；涉及单位 3 个：文星街道办事处、县城管局、县发改局',
      '红 1 项、黄 1 项、蓝 1 项；督办状态列：「表格台账」!I3',
      'I4–I9 依次为 **黄、红、蓝、已办结、长期、—**',
    );
  });
});

describe('the command line on the same workbook', () => {
  it('gives the counts and notices the pane does (duban run --as-of 2020-07-01 --json)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-smoke-cli-'));
    try {
      let stdout = '';
      const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, today: () => AS_OF };
      expect(await main(['run', WORKBOOK, '--as-of', AS_OF, '--out', path.join(dir, 'out.xlsx'), '--json'], io)).toBe(0);
      const report = JSON.parse(stdout) as { items: Array<{ status: string }>; notices: Array<{ number: string; color: string }>; noticeSheets: string[] };
      const byStatus: Record<string, number> = {};
      for (const i of report.items) byStatus[i.status] = (byStatus[i.status] ?? 0) + 1;
      expect(byStatus).toEqual({ 红: 6, 黄: 3, 蓝: 5, 临期: 3, 已办结: 522, 长期: 5, '—': 56 });
      expect(report.notices).toHaveLength(51);
      expect(report.notices[0].number).toBe('督〔2020〕蓝1号');
      expect(report.noticeSheets).toHaveLength(19);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60000);
});

describe('docs/excel-smoke-test.md', () => {
  it('has between 12 and 20 numbered steps, numbered 1, 2, 3 …', () => {
    const steps = [...DOC.matchAll(/^### (\d+)\. /gm)].map((m) => Number(m[1]));
    expect(steps.length).toBeGreaterThanOrEqual(12);
    expect(steps.length).toBeLessThanOrEqual(20);
    expect(steps).toEqual(steps.map((_, i) => i + 1));
  });

  it('names the workbook, the as-of date, the real button labels and the report section', () => {
    expectInDoc('examples/smoke-test.xlsx', '**2020-07-01**', '## 如何报告问题', '文件 → 账户 → 关于 Excel');
    // Ribbon labels (manifest.xml) and pane labels (src/taskpane/**).
    expectInDoc('**打开督办台账助手**', '**重新着色**', '**生成本月通报**', '**三色着色**', '**督办单**', '**得分·奖金·通报**');
    expectInDoc('**预览**', '**应用三色**', '**清除着色**', '**预览督办单**', '**生成督办单**', '**读取选中行**', '**作废**');
    expectInDoc('**生成单位得分**', '**生成绩效奖金表**', '**生成2020年6月通报**');
  });

  it('uses only labels that exist: the ribbon’s in manifest.xml, the pane’s in src/taskpane', () => {
    const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    for (const label of ['督办台账', '打开督办台账助手', '重新着色', '生成本月通报']) expect(manifest).toContain(`DefaultValue="${label}"`);
    const paneDir = path.join(ROOT, 'src', 'taskpane');
    const pane = readdirSync(paneDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f))
      .map((f) => readFileSync(path.join(paneDir, f), 'utf8'))
      .join('\n');
    const labels = ['三色着色', '督办单', '得分·奖金·通报', '台账工作表', '截止日期', '列映射', '预览', '应用三色', '清除着色', '预览督办单', '生成督办单', '作废督办单', '读取选中行', '作废原因', '作废', '生成单位得分', '考核年度', '生成绩效奖金表', '通报类型', '通报期次', '已应用三色', '已生成督办单', '已作废'];
    for (const label of labels) expect(pane).toContain(label);
  });
});
