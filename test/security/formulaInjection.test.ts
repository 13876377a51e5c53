/**
 * Formula injection, every writer × both adapters × every payload (DESIGN: "Generated text goes
 * into cells as values, never as formulas"). Each writer gets user text that Excel would take for
 * a formula (=, +, -, @, DDE, HYPERLINK; full-width; after a tab, a CR or spaces) in every field a
 * user fills: item title and id, source, unit, 主要负责人, category, staff name, remark.
 *
 * - xlsx adapter (the CLI's): the workbook is written to a .xlsx, read back with ExcelJS, and each
 *   such cell must be a string cell holding the text; no cell of the file is a formula.
 * - Office adapter over the fake Excel: the fake parses a value the way Excel parses typed input
 *   unless the cell's number format is already '@' when the value arrives, so a cell holding the
 *   literal text with format '@' and no formula proves the format was set first.
 *
 * At the end, a ledger full of such text goes through every use case inside Excel (the fake); the
 * same through `duban run` on an .xlsx is in test/notices/formulaInjection.test.ts.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/app/analyzeWorkbook';
import { applyLedgerColors } from '../../src/app/applyLedgerColors';
import { issueNotices, readNoticeLog } from '../../src/app/issueNotices';
import type { WorkbookPort } from '../../src/app/ports/workbookPort';
import { voidNotice } from '../../src/app/voidNotice';
import { writeBonuses } from '../../src/app/writeBonuses';
import { writeBulletin } from '../../src/app/writeBulletin';
import { writeUnitScores } from '../../src/app/writeUnitScores';
import { parsePeriodArg, type BulletinData, type Period } from '../../src/core/bulletin';
import type { BonusResult } from '../../src/core/bonus/computeBonuses';
import { computeBonuses } from '../../src/core/bonus/computeBonuses';
import type { StaffMember } from '../../src/core/bonus/parseStaffSheet';
import { composeSms } from '../../src/core/notices/composeSms';
import type { PlannedNotice } from '../../src/core/notices/planNotices';
import type { UnitRecord } from '../../src/core/register/parseUnitRegister';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import type { UnitScore } from '../../src/core/scoring/scoreUnits';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { buildBonusSheet } from '../../src/sheets/bonusSheet';
import { buildBulletinSheet } from '../../src/sheets/bulletinSheet';
import { buildNoticeLogSheet, noticeLogRows } from '../../src/sheets/noticeLogSheet';
import { buildNoticeSheet } from '../../src/sheets/noticeSheet';
import { buildRegisterSheet } from '../../src/sheets/registerSheet';
import { buildScoreSheet } from '../../src/sheets/scoreSheet';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { fakeWorkbookFrom, type FakeExcel } from '../fakes/fakeExcel';
import { dateOnly } from '../support/dateOnly';

// ---- payloads ------------------------------------------------------------------------------

const BASE = ['=1+1', '+1', '-1', '@SUM(A1)', '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"];
/** Full-width ＝＋－＠: a CJK input method types these, and Excel reads ＝ as = in typed input. */
const FULL_WIDTH = ['＝1+1', '＋1', '－1', '＠SUM(A1)', '＝HYPERLINK("http://x","y")', "＝cmd|' /C calc'!A0"];
const PAYLOADS = [...BASE, ...FULL_WIDTH, ...BASE.map((p) => `  ${p}`), '\t=1+1', '\r=1+1', '\r\n=1+1'];
/**
 * What a cell holds: the payload exactly, except that a CR is stored as LF (cellText.ts: a lone CR
 * cannot survive the .xlsx format — XML reads it back as LF — so both adapters are given LF).
 */
const stored = (p: string): string => ({ '\r=1+1': '\n=1+1', '\r\n=1+1': '\n=1+1' })[p] ?? p;

/** Longer than a cell holds (32,767): cut with the visible marker, 32,753 characters kept. */
const LONG = `=${'中'.repeat(40_000)}`;
const LONG_CUT = `=${'中'.repeat(32_752)}…（超出单元格上限，已截断）`;
/** The notice page shows a field up to 30 characters and the title up to 120 (noticeSheet.ts). */
const LONG_ON_NOTICE_FIELD = `=${'中'.repeat(28)}…`;
const LONG_ON_NOTICE_TITLE = `=${'中'.repeat(111)}…（全文见台账）`;

// ---- writers -------------------------------------------------------------------------------

/** A cell the writer filled from the payload, and the text it must hold. */
interface Expected {
  sheet: string;
  address: string;
  text: string;
}

interface Writer {
  name: string;
  /** Writes through the port; returns the cells that carry user text. */
  write(port: WorkbookPort, payload: string): Promise<Expected[]>;
  /** What a field holds for LONG; null for a cell not cut by the cell limit (the SMS text). */
  long?: (address: string) => string | null;
}

const OFFICE = XIANGYIN_2020.notices.office;

function notice(text: string): PlannedNotice {
  return {
    number: '督〔2020〕红1号',
    color: 'red',
    sequence: 1,
    itemId: text,
    itemRow: 3,
    title: text,
    source: text,
    unit: text,
    head: text,
    dueDate: dateOnly('2020-05-28'),
    issueDate: dateOnly('2020-05-28'),
    deadline: dateOnly('2020-05-11'),
    deadlineExtended: false,
    daysOverdue: 17,
    rectifyBy: null,
    signatory: '县长',
    requirement: '直至该事项督办完成。',
    sms: composeSms({ office: OFFICE, unit: text, title: text, color: 'red', deadline: dateOnly('2020-05-11'), issueDate: dateOnly('2020-05-28') }),
  };
}

function score(text: string): UnitScore {
  return {
    unit: text,
    category: text,
    items: 5,
    done: 4,
    doneOnTime: 3,
    onTimeRate: 0.75,
    openOverdue: 1,
    notices: { blue: 1, yellow: 0, red: 0 },
    deductions: { blue: -1, yellow: 0, red: 0 },
    bonuses: [],
    total: -1,
    excellenceQuotaPercent: 0,
    provisional: true,
    flags: { criticism: false, admonition: false, reasons: [] },
    categoryRank: 1,
    overallRank: 1,
    shortlist: { eligible: true, categoryRank: 1, overallRank: 1 },
  };
}

/** Ten people of one unit, the best of them named by the payload; the unit renamed to it. */
function bonus(text: string): BonusResult {
  const register: UnitRecord[] = [
    { row: 2, name: '县财政局', aliases: [], category: '县直部门', head: null, phone: null, headcount: 10, bonusStandard: 20_000, schemeFiled: true, bonusTiers: null },
  ];
  const names = [text, '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
  const staff: StaffMember[] = names.map((name, i) => ({ row: i + 2, name, unit: '县财政局', score: 100 - i, rank: null, grade: '称职' }));
  const result = computeBonuses(staff, register, XIANGYIN_2020);
  return { ...result, units: result.units.map((u) => ({ ...u, unit: text })) };
}

const period = (code: string) => parsePeriodArg(code) as Period;

function bulletin(text: string): BulletinData {
  const zero = { assigned: 0, done: 0, doneOnTime: 0, open: 0, overdue: 0, notices: { blue: 0, yellow: 0, red: 0 } };
  return {
    title: `${OFFICE} 2020年5月督办工作通报（第5期）`,
    office: OFFICE,
    issue: 5,
    sheetName: '督办通报 2020年5月（第5期）',
    period: period('2020-05'),
    previous: period('2020-04'),
    next: period('2020-06'),
    asOf: dateOnly('2020-05-31'),
    partial: false,
    scoreYear: 2020,
    provisional: true,
    counts: { ...zero, assigned: 1, open: 1, overdue: 1, notices: { blue: 0, yellow: 0, red: 1 } },
    previousCounts: zero,
    change: { ...zero, assigned: 1, open: 1, overdue: 1, notices: { blue: 0, yellow: 0, red: 1 } },
    summary: '本期新交办督办事项1项。',
    empty: false,
    units: [{ unit: text, category: text, assigned: 1, notices: { blue: 0, yellow: 0, red: 1 }, yearItems: 1, score: -5, categoryRank: 1, overallRank: 1 }],
    redItems: [{ itemId: text, title: text, unit: text, count: 1, dates: [dateOnly('2020-05-28')] }],
    criticism: [{ unit: text, category: text, reds: 2, admonition: false, reasons: [text] }],
    dueNext: [{ itemId: text, row: 16, title: text, units: [text], deadline: dateOnly('2020-06-01') }],
  };
}

const cells = (sheet: string, addresses: string[], text: string): Expected[] => addresses.map((address) => ({ sheet, address, text }));

const WRITERS: Writer[] = [
  {
    name: 'notice sheet (督办单)',
    async write(port, p) {
      const n = notice(p);
      const sheet = await port.addSheet(buildNoticeSheet([n], dateOnly('2020-05-28'), XIANGYIN_2020));
      // Unit B5, 主要负责人 D5, id B6, source D6, title B7; the SMS text B10.
      return [...cells(sheet, ['B5', 'D5', 'B6', 'D6', 'B7'], stored(p)), { sheet, address: 'B10', text: n.sms }];
    },
    // The SMS text (B10) is cut to 70 characters by composeSms: see 'the SMS text of a notice'.
    long: (address) => (address === 'B10' ? null : address === 'B7' ? LONG_ON_NOTICE_TITLE : LONG_ON_NOTICE_FIELD),
  },
  {
    name: 'notice log (督办单登记)',
    async write(port, p) {
      // Twice: the first append creates the sheet, the second writes below its last row.
      await port.appendRows('督办单登记', noticeLogRows([notice(p)]), buildNoticeLogSheet());
      await port.appendRows('督办单登记', noticeLogRows([notice(p)]), buildNoticeLogSheet());
      // 事项编号 C, 督办事项 D, 被督办单位 E.
      return cells('督办单登记', ['C2', 'D2', 'E2', 'C3', 'D3', 'E3'], stored(p));
    },
    long: () => LONG_CUT,
  },
  {
    name: 'notice log remark on voiding (作废)',
    async write(port, p) {
      await port.appendRows('督办单登记', noticeLogRows([notice('DB-01')]), buildNoticeLogSheet());
      // The user's own remark in 备注 (L2); voiding appends the reason to it. Text is read trimmed.
      await port.setCells('督办单登记', [{ row: 2, col: 12, value: p }]);
      const result = await voidNotice(port, [], '督〔2020〕红1号', '发错单位');
      expect(result).toEqual({ ok: true, number: '督〔2020〕红1号', row: 2 });
      return cells('督办单登记', ['L2'], `${stored(p).trim()}；作废：发错单位`);
    },
    long: () => LONG_CUT,
  },
  {
    name: 'unit scores (单位得分)',
    async write(port, p) {
      const sheet = await port.addSheet(buildScoreSheet([score(p)], 2020, dateOnly('2020-07-01'), OFFICE));
      // The one unit's row 4: 单位 C, 类别 D.
      return cells(sheet, ['C4', 'D4'], stored(p));
    },
    long: () => LONG_CUT,
  },
  {
    name: 'staff bonus (绩效奖金)',
    async write(port, p) {
      const sheet = await port.addSheet(buildBonusSheet(bonus(p), 2020));
      // First person (row 5): 单位 A, 姓名 B; the unit's summary block starts at A18.
      return cells(sheet, ['A5', 'B5', 'A18'], stored(p));
    },
    long: () => LONG_CUT,
  },
  {
    name: 'bulletin (督办通报)',
    async write(port, p) {
      const sheet = await port.addSheet(buildBulletinSheet(bulletin(p)));
      // Per-unit table row 19 (单位, 类别); red items row 23 (编号, 事项, 单位); criticism row 27
      // (单位, 原因); due next period row 31 (编号, 事项, 责任单位).
      return cells(sheet, ['A19', 'B19', 'A23', 'B23', 'F23', 'A27', 'E27', 'A31', 'B31', 'G31'], stored(p));
    },
    long: () => LONG_CUT,
  },
  {
    name: 'unit register (单位名册)',
    async write(port, p) {
      const sheet = await port.addSheet(buildRegisterSheet([p]));
      return cells(sheet, ['A3'], stored(p));
    },
    long: () => LONG_CUT,
  },
  {
    // The status texts are the add-in's own (蓝/黄/红/已办结/长期/—); the adapters must still write
    // whatever they are given there as text, on the user's own sheet. Sheet models carry LF, never CR.
    name: 'ledger status column (督办状态)',
    async write(port, payload) {
      const p = stored(payload);
      await port.writeLedgerDecoration({
        sheet: '台账',
        column: 2,
        headerRows: [1],
        firstDataRow: 2,
        lastDataRow: 2,
        values: [p],
        range: { top: 2, left: 1, bottom: 2, right: 2 },
        rules: [{ range: { top: 2, left: 1, bottom: 2, right: 2 }, formula: '$B2="红"', fill: 'FFC7CE', fontColor: '9C0006' }],
      });
      return cells('台账', ['B2'], p);
    },
  },
];

// ---- adapters ------------------------------------------------------------------------------

interface Written {
  /** Text and kind of each expected cell, as the workbook holds it. */
  read(e: Expected): { text: unknown; literal: boolean };
  /** Every cell of the workbook that holds a formula. */
  formulas(): string[];
}

interface Adapter {
  name: string;
  run(writer: Writer, payload: string): Promise<{ expected: Expected[]; written: Written }>;
}

/** The user's workbook before the add-in writes: a notes sheet and a one-item ledger. */
const USER_SHEETS = { 说明: [['本工作簿记录督办事项。']], 台账: [['督办事项'], ['修缮县城道路']] };

const xlsxAdapter: Adapter = {
  name: 'xlsx (ExcelJS, read back from the file)',
  async run(writer, payload) {
    const source = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(USER_SHEETS)) source.addWorksheet(name).addRows(rows);
    const port = await XlsxWorkbook.load(Buffer.from(await source.xlsx.writeBuffer()));
    const expected = await writer.write(port, payload);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load((await port.toBuffer()) as unknown as ArrayBuffer);
    return {
      expected,
      written: {
        read(e) {
          const cell = file.getWorksheet(e.sheet)!.getCell(e.address);
          return { text: cell.value, literal: cell.type === ExcelJS.ValueType.String && cell.formula === undefined };
        },
        formulas() {
          const found: string[] = [];
          for (const ws of file.worksheets) {
            ws.eachRow((row) =>
              row.eachCell((cell) => {
                if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) found.push(`${ws.name}!${cell.address}`);
              }),
            );
          }
          return found;
        },
      },
    };
  },
};

const officeAdapter: Adapter = {
  name: 'Office.js (fake Excel)',
  async run(writer, payload) {
    const fake: FakeExcel = fakeWorkbookFrom(USER_SHEETS);
    const expected = await writer.write(new OfficeWorkbook(fake.run), payload);
    return {
      expected,
      written: {
        read(e) {
          const cell = fake.cell(e.sheet, e.address);
          return { text: cell.value, literal: cell.numberFormat === '@' && cell.formula === undefined };
        },
        formulas() {
          const found: string[] = [];
          for (const sheet of fake.doc.sheets) {
            for (const cell of sheet.cells.values()) if (cell.formula !== undefined) found.push(`${sheet.name}: ${cell.formula}`);
          }
          return found;
        },
      },
    };
  },
};

const ADAPTERS = [xlsxAdapter, officeAdapter];

// ---- the loop ------------------------------------------------------------------------------

const shown = (p: string) => JSON.stringify(p);

describe.each(WRITERS.map((w) => [w.name, w] as const))('%s', (_name, writer) => {
  describe.each(ADAPTERS.map((a) => [a.name, a] as const))('through the %s adapter', (_adapter, adapter) => {
    it.each(PAYLOADS.map((p) => [shown(p), p] as const))('writes %s as literal text, never a formula', async (_shown, payload) => {
      const { expected, written } = await adapter.run(writer, payload);
      expect(expected.length).toBeGreaterThan(0);
      for (const e of expected) {
        expect({ at: `${e.sheet}!${e.address}`, ...written.read(e) }).toEqual({ at: `${e.sheet}!${e.address}`, text: e.text, literal: true });
      }
      expect(written.formulas()).toEqual([]);
    });

    if (writer.long) {
      const long = writer.long;
      it('cuts text longer than a cell holds with the visible marker, still as text', async () => {
        const { expected, written } = await adapter.run(writer, LONG);
        for (const e of expected) {
          const text = long(e.address);
          if (text === null) continue;
          expect({ at: `${e.sheet}!${e.address}`, ...written.read(e) }).toEqual({ at: `${e.sheet}!${e.address}`, text, literal: true });
        }
        expect(written.formulas()).toEqual([]);
      });
    }
  });
});

describe('the SMS text of a notice', () => {
  // SMS texts start with the signature, so a payload never starts them; whitespace becomes one space.
  it.each([
    ['=1+1', '【县督查室】=1+1：“=1+1”已超时限（5月11日），现发红色督办单，请立即整改。'],
    ['\t@SUM(A1)', '【县督查室】@SUM(A1)：“@SUM(A1)”已超时限（5月11日），现发红色督办单，请立即整改。'],
    ['\r-1', '【县督查室】-1：“-1”已超时限（5月11日），现发红色督办单，请立即整改。'],
    ['  ＝1+1', '【县督查室】＝1+1：“＝1+1”已超时限（5月11日），现发红色督办单，请立即整改。'],
  ])('for %j reads %s', (payload, sms) => {
    expect(composeSms({ office: OFFICE, unit: payload, title: payload, color: 'red', deadline: dateOnly('2020-05-11'), issueDate: dateOnly('2020-05-28') })).toBe(sms);
  });

  it('never starts with a formula character, whatever unit and title hold', () => {
    for (const p of [...PAYLOADS, LONG]) {
      expect(composeSms({ office: OFFICE, unit: p, title: p, color: 'blue', deadline: dateOnly('2020-05-11'), issueDate: dateOnly('2020-05-11') })).toMatch(/^【县督查室】/);
    }
  });
});

describe('a ledger full of formula-like text, through every use case inside Excel', () => {
  it('comes out as text everywhere, and the ledger keeps its cells', async () => {
    const APRIL_28 = 43949;
    // Units are split at 、，,；;/ and spaces and normalised (full-width → half-width), so unit
    // payloads have none of those; titles and ids are whole cells.
    const items: Array<[string, string, string]> = [
      ['-1', '=HYPERLINK("http://x","y")', '+1+1'],
      ['=2', "=cmd|' /C calc'!A0", '-2'],
      ['@3', '＝1+1', '@SUM(A1)'],
      ['+4', '\t=1+1', '+1+1'],
    ];
    const ledger = [['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '备注'], ...items.map(([id, title, unit]) => [id, title, '县长批示', unit, APRIL_28, '=1+1'])];
    const fake = fakeWorkbookFrom({
      督办台账: ledger,
      单位名册: [
        ['单位名称', '类别', '主要负责人', '联系电话', '人数', '奖金标准', '考核方案报备'],
        ['+1+1', '县直部门', '=HYPERLINK("http://x","y")', '-5221234', 2, 20000, '是'],
        ['-2', '县直部门', '@王志强', '+8613807301234', 1, 20000, '是'],
        ['@SUM(A1)', '乡镇/街道', '-陈明', '=0730', 1, 20000, '是'],
      ],
      人员考核: [
        ['姓名', '单位', '考核得分', '年度考核等次'],
        ['=张三', '+1+1', 95, '称职'],
        ['@李四', '+1+1', 90, '称职'],
      ],
    });
    const port = new OfficeWorkbook(fake.run);
    const analyzed = await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020 });
    if (!analyzed.ok) throw new Error(analyzed.message);
    const { analysis } = analyzed;
    await applyLedgerColors(port, analysis);
    const issued = await issueNotices(port, analysis);
    const log = (await readNoticeLog(port))!.log.entries;
    await writeUnitScores(port, analysis, log);
    await writeBonuses(port, analysis);
    await writeBulletin(port, analysis, parsePeriodArg('2020-05') as Period, { log });

    // Every item is open: blue, yellow, red and the repeated reds (SPEC §3 example) for each.
    expect(issued.notices.length).toBe(24);
    const formulas = fake.doc.sheets.flatMap((sheet) => [...sheet.cells.values()].filter((c) => c.formula !== undefined).map((c) => `${sheet.name}: ${c.formula}`));
    expect(formulas).toEqual([]);
    // The user's ledger is as it was, apart from the add-in's 督办状态 column (G).
    expect(fake.values('督办台账', 'A1:F5')).toEqual(ledger);
    expect(fake.values('督办台账', 'G2:G5')).toEqual([['红'], ['红'], ['红'], ['红']]);
    // Each log row carries the item's id, title and unit as the ledger gives them (cell text is
    // read trimmed: the tab before '=1+1' goes, the '=' stays).
    const triples = new Set(fake.values('督办单登记', 'C2:E25').map((r) => JSON.stringify(r)));
    expect([...triples].sort()).toEqual(
      [
        ['-1', '=HYPERLINK("http://x","y")', '+1+1'],
        ['=2', "=cmd|' /C calc'!A0", '-2'],
        ['@3', '＝1+1', '@SUM(A1)'],
        ['+4', '=1+1', '+1+1'],
      ]
        .map((r) => JSON.stringify(r))
        .sort(),
    );
    // Every text cell the add-in wrote that Excel could read as a formula is stored as text ('@').
    const risky = /^[\s=+\-@＝＋－＠]/;
    const unguarded = fake.doc.sheets
      .filter((sheet) => sheet.name !== '督办台账' && !['单位名册', '人员考核'].includes(sheet.name))
      .flatMap((sheet) => [...sheet.cells.values()].filter((c) => typeof c.value === 'string' && risky.test(c.value) && c.numberFormat !== '@').map((c) => `${sheet.name}: ${String(c.value)}`));
    expect(unguarded).toEqual([]);
    // Every sheet the add-in made did receive such text: the check above is not vacuous. Notice
    // dates as in SPEC §3's example (yellow 05-16 → 05-18, red 06-07 → 06-08).
    const received = fake.doc.sheets
      .filter((sheet) => [...sheet.cells.values()].some((c) => typeof c.value === 'string' && risky.test(c.value) && c.numberFormat === '@'))
      .map((sheet) => sheet.name);
    expect(received).toEqual([
      '督办单登记',
      '督办单 2020-05-11',
      '督办单 2020-05-18',
      '督办单 2020-05-28',
      '督办单 2020-06-08',
      '督办单 2020-06-18',
      '督办单 2020-06-28',
      '单位得分 2020',
      '绩效奖金 2020',
      '督办通报 2020年5月（第1期）',
    ]);
  });
});
