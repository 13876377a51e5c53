/**
 * Co-authoring (SPEC §9): two clerks issue notices on one shared workbook. The other clerk's
 * notices reach the log after this clerk's analysis and before the append; the numbering, read in
 * the same batch as the append, continues past them, and what they already issued is not issued
 * again. Dates (SPEC §2–3, Xiangyin 2020): 县长批示 assigned 2020-04-28 → deadline 2020-05-11,
 * blue that day, yellow 2020-05-18.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook, type LedgerAnalysis } from '../../src/app/analyzeWorkbook';
import { issueNotices, previewNotices } from '../../src/app/issueNotices';
import type { RowsFor, WorkbookPort } from '../../src/app/ports/workbookPort';
import type { SheetSnapshot } from '../../src/core/ledger/sheetSnapshot';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { OfficeWorkbook, type ExcelRun } from '../../src/office/officeWorkbook';
import type { CellModel } from '../../src/sheets/sheetModel';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { fakeWorkbookFrom, type FakeExcel } from '../fakes/fakeExcel';
import { excelOf, serialOf } from '../support/excelOf';
import type { DateOnly } from '../../src/core/dates/dateOnly';
import { dateOnly } from '../support/dateOnly';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEADER = ['督办编号', '督办事项', '事项来源', '责任单位', '交办时间'];

/** 督办台账 (A1 县住建局, A2 县财政局) and 人大建议 (B1 县交通局), one shared log; all open. */
async function sharedWorkbook(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('督办台账').addRows([HEADER, ['A1', '背街小巷提质改造', '县长批示', '县住建局', d('2020-04-28')], ['A2', '农贸市场改造', '县长批示', '县财政局', d('2020-04-28')]]);
  wb.addWorksheet('人大建议').addRows([HEADER, ['B1', '农村公路安保工程', '县长批示', '县交通局', d('2020-04-28')]]);
  wb.addWorksheet('单位名册').addRows([['单位名称', '主要负责人'], ['县住建局', '张三'], ['县财政局', '李四'], ['县交通局', '王五']]);
  return XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
}

async function analyze(port: WorkbookPort, asOf: DateOnly, sheet = '督办台账'): Promise<LedgerAnalysis> {
  const result = await analyzeWorkbook(port, { asOf, rules: XIANGYIN_2020, sheet });
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

/** The other clerk: analyses and issues on their own, as the task pane does. */
async function otherClerkIssues(port: WorkbookPort, asOf: DateOnly, sheet?: string): Promise<void> {
  await issueNotices(port, await analyze(port, asOf, sheet));
}

/**
 * The port this clerk works through: the other clerk acts inside appendRows, before the adapter
 * reads the log and calls back for the rows — the moment a shared workbook makes possible.
 */
function withOtherClerk(port: WorkbookPort, other: () => Promise<void>): WorkbookPort {
  return {
    listSheets: () => port.listSheets(),
    readSheets: (names) => port.readSheets(names),
    writeLedgerDecoration: (dec) => port.writeLedgerDecoration(dec),
    clearLedgerDecoration: (sheet, column) => port.clearLedgerDecoration(sheet, column),
    addSheet: (model) => port.addSheet(model),
    appendRows: async (sheet, rows, create) => {
      await other();
      return port.appendRows(sheet, rows, create);
    },
    fillEmptyCells: (sheet, cells, mark) => port.fillEmptyCells(sheet, cells, mark),
    setCells: (sheet, cells) => port.setCells(sheet, cells),
  };
}

/** The log's rows as saved: number, color, item id, unit, issue date (serial), state. */
async function logRows(port: XlsxWorkbook): Promise<unknown[][]> {
  const ws = (await excelOf(port)).getWorksheet('督办单登记')!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push([1, 2, 3, 5, 7, 11].map((c) => serialOf(row.getCell(c).value))));
  return rows;
}

const brief = (notices: ReadonlyArray<{ number: string; itemId: string; issueDate: string }>) => notices.map((n) => `${n.number} ${n.itemId} ${n.issueDate}`);

describe('issuing on a shared workbook (xlsx adapter)', () => {
  it('numbers past the notices the other clerk appended after the analysis, rewriting none of them', async () => {
    const port = await sharedWorkbook();
    const mine = await analyze(port, dateOnly('2020-05-19'));
    expect(brief(previewNotices(mine).notices)).toEqual([
      '督〔2020〕蓝1号 A1 2020-05-11',
      '督〔2020〕蓝2号 A2 2020-05-11',
      '督〔2020〕黄1号 A1 2020-05-18',
      '督〔2020〕黄2号 A2 2020-05-18',
    ]);
    let theirs: unknown[][] = [];
    // Meanwhile the other clerk issues B1's blue from the other ledger: 督〔2020〕蓝1号.
    const shared = withOtherClerk(port, async () => {
      await otherClerkIssues(port, dateOnly('2020-05-11'), '人大建议');
      theirs = await logRows(port);
    });
    const issued = await issueNotices(shared, mine);

    expect(theirs).toEqual([
      ['督办单编号', '颜色', '事项编号', '被督办单位', '发出日期', '状态'],
      ['督〔2020〕蓝1号', '蓝', 'B1', '县交通局', 43962, '有效'],
    ]);
    // Blue numbers go on from 蓝1 (theirs); yellows start at 1: none was issued yet.
    expect(brief(issued.notices)).toEqual([
      '督〔2020〕蓝2号 A1 2020-05-11',
      '督〔2020〕蓝3号 A2 2020-05-11',
      '督〔2020〕黄1号 A1 2020-05-18',
      '督〔2020〕黄2号 A2 2020-05-18',
    ]);
    const after = await logRows(port);
    expect(after.slice(0, 2)).toEqual(theirs);
    expect(after.slice(2)).toEqual([
      ['督〔2020〕蓝2号', '蓝', 'A1', '县住建局', 43962, '有效'],
      ['督〔2020〕蓝3号', '蓝', 'A2', '县财政局', 43962, '有效'],
      ['督〔2020〕黄1号', '黄', 'A1', '县住建局', 43969, '有效'],
      ['督〔2020〕黄2号', '黄', 'A2', '县财政局', 43969, '有效'],
    ]);
    // The log returned for scoring holds theirs too; the sheet names stay unique.
    expect(issued.log.map((e) => `${e.number} ${e.itemId}`)).toEqual(['督〔2020〕蓝1号 B1', '督〔2020〕蓝2号 A1', '督〔2020〕蓝3号 A2', '督〔2020〕黄1号 A1', '督〔2020〕黄2号 A2']);
    expect(issued.sheets).toEqual(['督办单 2020-05-11 (2)', '督办单 2020-05-18']);
    // Read back, the log holds each number once.
    expect((await analyze(port, dateOnly('2020-05-19'))).problems.filter((p) => p.sheet === '督办单登记')).toEqual([]);
  });

  it('does not issue again what the other clerk issued meanwhile, and numbers after it', async () => {
    const port = await sharedWorkbook();
    const mine = await analyze(port, dateOnly('2020-05-19'));
    // The other clerk, as of 05-12, issues both blues: 蓝1 A1, 蓝2 A2.
    const issued = await issueNotices(
      withOtherClerk(port, () => otherClerkIssues(port, dateOnly('2020-05-12'))),
      mine,
    );
    expect(brief(issued.notices)).toEqual(['督〔2020〕黄1号 A1 2020-05-18', '督〔2020〕黄2号 A2 2020-05-18']);
    expect(issued.sheets).toEqual(['督办单 2020-05-18']);
    expect(await logRows(port)).toEqual([
      ['督办单编号', '颜色', '事项编号', '被督办单位', '发出日期', '状态'],
      ['督〔2020〕蓝1号', '蓝', 'A1', '县住建局', 43962, '有效'],
      ['督〔2020〕蓝2号', '蓝', 'A2', '县财政局', 43962, '有效'],
      ['督〔2020〕黄1号', '黄', 'A1', '县住建局', 43969, '有效'],
      ['督〔2020〕黄2号', '黄', 'A2', '县财政局', 43969, '有效'],
    ]);
  });

  it('issues nothing when the other clerk issued the same notices meanwhile', async () => {
    const port = await sharedWorkbook();
    const mine = await analyze(port, dateOnly('2020-05-19'));
    const issued = await issueNotices(
      withOtherClerk(port, () => otherClerkIssues(port, dateOnly('2020-05-19'))),
      mine,
    );
    expect(issued.notices).toEqual([]);
    expect(issued.sheets).toEqual([]);
    expect(issued.problems).toEqual([]);
    expect(issued.log.map((e) => e.number)).toEqual(['督〔2020〕蓝1号', '督〔2020〕蓝2号', '督〔2020〕黄1号', '督〔2020〕黄2号']);
    expect((await logRows(port)).map((r) => r[0])).toEqual(['督办单编号', '督〔2020〕蓝1号', '督〔2020〕蓝2号', '督〔2020〕黄1号', '督〔2020〕黄2号']);
    expect((await excelOf(port)).worksheets.map((w) => w.name)).toEqual(['督办台账', '人大建议', '单位名册', '督办单登记', '督办单 2020-05-11', '督办单 2020-05-18']);
  });

  it('appends nothing when the log’s header is gone by the time of the append', async () => {
    const port = await sharedWorkbook();
    await otherClerkIssues(port, dateOnly('2020-05-11'));
    const mine = await analyze(port, dateOnly('2020-05-19'));
    // Someone retypes the header 督办单编号 as 编号 meanwhile.
    const retype = () => port.setCells('督办单登记', [{ row: 1, col: 1, value: '编号' }]);
    const issued = await issueNotices(withOtherClerk(port, retype), mine);
    expect(issued.notices).toEqual([]);
    expect(issued.sheets).toEqual([]);
    expect(issued.problems).toEqual([
      {
        severity: 'error',
        code: 'notice.log-unusable',
        sheet: '督办单登记',
        message: '缺少列：督办单编号，未发出新的督办单：请恢复该表的表头（督办单编号、颜色、事项编号、督办事项、被督办单位、应发日期、发出日期、办理时限、逾期天数、签发人、状态、备注）',
      },
    ]);
    expect((await logRows(port)).map((r) => r[0])).toEqual(['编号', '督〔2020〕蓝1号', '督〔2020〕蓝2号']);
  });

  it('appends nothing when the log the analysis read is no longer there', async () => {
    const port = await sharedWorkbook();
    await otherClerkIssues(port, dateOnly('2020-05-11'));
    const mine = await analyze(port, dateOnly('2020-05-19'));
    // A port on which the log has gone (deleted or renamed) by the time of the append.
    const asked: CellModel[][][] = [];
    const gone: WorkbookPort = {
      ...withOtherClerk(port, async () => undefined),
      appendRows: async (_sheet, rows) => {
        if (typeof rows === 'function') asked.push(rows(null));
      },
    };
    const issued = await issueNotices(gone, mine);
    expect(asked).toEqual([[]]);
    expect(issued.notices).toEqual([]);
    expect(issued.problems.map((p) => [p.code, p.message])).toEqual([['notice.log-unusable', '表已不在工作簿中（删除或改名），未发出新的督办单：请恢复该表后重新预览']]);
  });

  it('plans once when nobody else appended: the rows come from the plan it was given', async () => {
    const port = await sharedWorkbook();
    await otherClerkIssues(port, dateOnly('2020-05-11'));
    const mine = await analyze(port, dateOnly('2020-05-19'));
    const plan = previewNotices(mine);
    let seen: SheetSnapshot | null = null;
    const watching: WorkbookPort = {
      ...withOtherClerk(port, async () => undefined),
      appendRows: (sheet, rows, create) =>
        port.appendRows(
          sheet,
          (current) => {
            seen = current;
            return (rows as RowsFor)(current);
          },
          create,
        ),
    };
    const issued = await issueNotices(watching, mine, plan);
    expect(issued.notices).toBe(plan.notices);
    expect(brief(issued.notices)).toEqual(['督〔2020〕黄1号 A1 2020-05-18', '督〔2020〕黄2号 A2 2020-05-18']);
    expect((seen as SheetSnapshot | null)?.values.length).toBe(3);
  });
});

// ---- inside Excel: the Office adapter over the fake ---------------------------------------------

/** Excel serials (1900 system). */
const SERIAL = { '2020-03-02': 43892, '2020-04-28': 43949 } as const;
const DATE = 'yyyy-mm-dd';

/**
 * The same two ledgers in the fake, and a log already holding 督〔2020〕蓝5号 (an item since
 * removed from the ledgers), so blues go on from 6.
 */
function sharedFake(): FakeExcel {
  const ledger = (rows: Array<[string, string, string]>) => ({
    rows: [HEADER, ...rows.map(([id, title, unit]) => [id, title, '县长批示', unit, SERIAL['2020-04-28']])],
    numberFormats: Object.fromEntries(rows.map((_, i) => [`E${i + 2}`, DATE])),
  });
  return fakeWorkbookFrom({
    督办台账: ledger([
      ['A1', '背街小巷提质改造', '县住建局'],
      ['A2', '农贸市场改造', '县财政局'],
    ]),
    人大建议: ledger([['B1', '农村公路安保工程', '县交通局']]),
    单位名册: [
      ['单位名称', '主要负责人'],
      ['县住建局', '张三'],
      ['县财政局', '李四'],
      ['县交通局', '王五'],
    ],
    督办单登记: {
      rows: [
        ['督办单编号', '颜色', '事项编号', '督办事项', '被督办单位', '应发日期', '发出日期', '办理时限', '逾期天数', '签发人', '状态', '备注'],
        ['督〔2020〕蓝5号', '蓝', 'Z9', '已撤销事项', '县水利局', SERIAL['2020-03-02'], SERIAL['2020-03-02'], SERIAL['2020-03-02'], 0, '县政府督查室', '有效', null],
      ],
      numberFormats: { F2: DATE, G2: DATE, H2: DATE },
    },
  });
}

/**
 * This clerk's Excel.run: `before`, when set, runs once ahead of the next batch (the other clerk's
 * turn); `syncs` records the round trips of each of this clerk's batches.
 */
function clerkRun(excel: FakeExcel): { run: ExcelRun; before: (() => Promise<void>) | null; syncs: number[] } {
  const clerk = {
    before: null as (() => Promise<void>) | null,
    syncs: [] as number[],
    run: (async (batch, options) => {
      const turn = clerk.before;
      clerk.before = null;
      if (turn !== null) await turn();
      const from = excel.syncCount;
      try {
        return await excel.run(batch, options);
      } finally {
        clerk.syncs.push(excel.syncCount - from);
      }
    }) as ExcelRun,
  };
  return clerk;
}

describe('issuing on a shared workbook (Office adapter)', () => {
  it('re-reads the log in the append’s own batch: 2 round trips, numbers past the other clerk’s, none issued twice', async () => {
    const excel = sharedFake();
    const clerk = clerkRun(excel);
    const port = new OfficeWorkbook(clerk.run);
    const mine = await analyze(port, dateOnly('2020-05-19'));
    expect(brief(previewNotices(mine).notices)).toEqual([
      '督〔2020〕蓝6号 A1 2020-05-11',
      '督〔2020〕蓝7号 A2 2020-05-11',
      '督〔2020〕黄1号 A1 2020-05-18',
      '督〔2020〕黄2号 A2 2020-05-18',
    ]);
    // The other clerk, in their own copy: A1 and A2's blues as of 05-12 (蓝6, 蓝7), then B1's blue and yellow as of 05-18 (蓝8, 黄1).
    const other = new OfficeWorkbook(excel.run);
    let theirs: unknown[][] = [];
    clerk.before = async () => {
      await otherClerkIssues(other, dateOnly('2020-05-12'));
      await otherClerkIssues(other, dateOnly('2020-05-18'), '人大建议');
      theirs = excel.values('督办单登记', 'A1:L6');
    };
    clerk.syncs.length = 0;
    const issued = await issueNotices(port, mine);

    expect(brief(issued.notices)).toEqual(['督〔2020〕黄2号 A1 2020-05-18', '督〔2020〕黄3号 A2 2020-05-18']);
    // appendRows: one read and one write; then addSheet's one read and one write.
    expect(clerk.syncs).toEqual([2, 2]);
    // Rows 1–6 are as the other clerk left them.
    expect(theirs).toHaveLength(6);
    expect(excel.values('督办单登记', 'A1:L6')).toEqual(theirs);
    expect(excel.values('督办单登记', 'A1:E8')).toEqual([
      ['督办单编号', '颜色', '事项编号', '督办事项', '被督办单位'],
      ['督〔2020〕蓝5号', '蓝', 'Z9', '已撤销事项', '县水利局'],
      ['督〔2020〕蓝6号', '蓝', 'A1', '背街小巷提质改造', '县住建局'],
      ['督〔2020〕蓝7号', '蓝', 'A2', '农贸市场改造', '县财政局'],
      ['督〔2020〕蓝8号', '蓝', 'B1', '农村公路安保工程', '县交通局'],
      ['督〔2020〕黄1号', '黄', 'B1', '农村公路安保工程', '县交通局'],
      ['督〔2020〕黄2号', '黄', 'A1', '背街小巷提质改造', '县住建局'],
      ['督〔2020〕黄3号', '黄', 'A2', '农贸市场改造', '县财政局'],
    ]);
    expect(excel.values('督办单登记', 'G7:G8')).toEqual([[43969], [43969]]);
    expect(excel.sheetNames()).toEqual(['督办台账', '人大建议', '单位名册', '督办单登记', '督办单 2020-05-11', '督办单 2020-05-11 (2)', '督办单 2020-05-18', '督办单 2020-05-18 (2)']);
    expect(issued.sheets).toEqual(['督办单 2020-05-18 (2)']);
    // Read back by the next analysis: every number once, nothing to issue.
    const next = await analyze(port, dateOnly('2020-05-19'));
    expect(next.problems.filter((p) => p.sheet === '督办单登记')).toEqual([]);
    expect(previewNotices(next).notices).toEqual([]);
  });

  it('appends the way it did when nobody else wrote: 2 round trips, numbers from the analysis', async () => {
    const excel = sharedFake();
    const clerk = clerkRun(excel);
    const port = new OfficeWorkbook(clerk.run);
    const mine = await analyze(port, dateOnly('2020-05-12'));
    clerk.syncs.length = 0;
    const issued = await issueNotices(port, mine);
    expect(brief(issued.notices)).toEqual(['督〔2020〕蓝6号 A1 2020-05-11', '督〔2020〕蓝7号 A2 2020-05-11']);
    expect(clerk.syncs).toEqual([2, 2]);
    expect(excel.values('督办单登记', 'A3:A4')).toEqual([['督〔2020〕蓝6号'], ['督〔2020〕蓝7号']]);
  });
});

describe('a log holding a number twice', () => {
  it('is reported on the pane’s and the command line’s problem list (the analysis), and numbering goes on past the highest', async () => {
    const excel = sharedFake();
    // Two clerks appended 督〔2020〕蓝6号 at the same instant, one to A1, one to B1.
    const row = (id: string, title: string, unit: string) => ['督〔2020〕蓝6号', '蓝', id, title, unit, 43962, 43962, 43962, 0, '县政府督查室', '有效', null];
    const port = new OfficeWorkbook(excel.run);
    await port.setCells('督办单登记', [
      ...row('A1', '背街小巷提质改造', '县住建局').map((value, i) => ({ row: 3, col: i + 1, value })),
      ...row('B1', '农村公路安保工程', '县交通局').map((value, i) => ({ row: 4, col: i + 1, value })),
    ]);
    const before = excel.values('督办单登记', 'A1:L4');
    const mine = await analyze(port, dateOnly('2020-05-12'));
    expect(mine.problems.filter((p) => p.code === 'notice.log-duplicate-number')).toEqual([
      {
        severity: 'warning',
        code: 'notice.log-duplicate-number',
        sheet: '督办单登记',
        cell: 'A4',
        row: 4,
        message: '第3行与第4行编号相同（督〔2020〕蓝6号），请核对后将其中一张作废；新编号从蓝7号接着编',
      },
    ]);
    // A1's blue is logged (row 3); A2's is next after the highest, 蓝6: 蓝7. Rows 3 and 4 stay as they are.
    const issued = await issueNotices(port, mine);
    expect(brief(issued.notices)).toEqual(['督〔2020〕蓝7号 A2 2020-05-11']);
    expect(excel.values('督办单登记', 'A1:L4')).toEqual(before);
    expect(excel.values('督办单登记', 'A5:C5')).toEqual([['督〔2020〕蓝7号', '蓝', 'A2']]);
  });
});
