import ExcelJS from 'exceljs';
import type { WorkbookPort } from '../../app/ports/workbookPort';
import { makePeriod, type Period } from '../../core/bulletin';
import { XIANGYIN_2020 } from '../../core/rules/ruleSet';
import { XlsxWorkbook } from '../../xlsx/xlsxWorkbook';
import { excelOf } from '../../../test/support/excelOf';
import { recordingUi } from '../../../test/taskpane/ledgerFixture';
import type { AnalysisSource } from '../shared/analysisSource';
import type { HostUi } from '../../app/ports/hostUi';
import { createReportsActions } from './reportsActions';
import { initialReportsState, periodChoices, selectedPeriod } from './reportsState';
import { createReportsStore } from './reportsStore';
import { shortlistNote } from '../../app/reportSummaries';
import { dateOnly } from '../../../test/support/dateOnly';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const AS_OF = dateOnly('2020-07-01');

/**
 * 督办台账 of 2020, header in row 1 (A 督办编号 … H 完成时间), explicit deadlines on working days:
 *   row 2 B1 县住建局 (配合 县自然资源局) 04-28 → 05-11, open
 *   row 3 B2 县住建局 04-28 → 05-29, done 05-20
 *   row 4 B3 县住建局 05-06 → 06-15, done 06-10
 *   row 5 B4 县住建局 05-06 → 06-30, done 06-20
 *   row 6 B5 县住建局 06-01 → 12-31, open
 *   row 7 F1 县财政局 03-02 → 03-31, open
 *   row 8 G1 县工信局 04-01 → 06-30, done 06-29
 * The notice log: 县住建局 blue 05-11 and yellow 05-18 on B1; 县财政局 blue 03-31, yellow 04-07 and
 * reds 04-17, 04-27 on F1.
 */
function ledgerWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.getRow(1).values = ['督办编号', '督办事项', '事项来源', '责任单位', '配合单位', '交办时间', '办理时限', '完成时间'];
  const rows: Array<[string, string, string, string | null, string, string, string | null]> = [
    ['B1', '背街小巷提质改造', '县住建局', '县自然资源局', '2020-04-28', '2020-05-11', null],
    ['B2', '农贸市场改造', '县住建局', null, '2020-04-28', '2020-05-29', '2020-05-20'],
    ['B3', '城区道路维修', '县住建局', null, '2020-05-06', '2020-06-15', '2020-06-10'],
    ['B4', '老旧小区改造', '县住建局', null, '2020-05-06', '2020-06-30', '2020-06-20'],
    ['B5', '城区停车场建设', '县住建局', null, '2020-06-01', '2020-12-31', null],
    ['F1', '专项资金拨付', '县财政局', null, '2020-03-02', '2020-03-31', null],
    ['G1', '工业园区标准厂房建设', '县工信局', null, '2020-04-01', '2020-06-30', '2020-06-29'],
  ];
  rows.forEach(([id, title, unit, co, assigned, deadline, done], i) => {
    ws.getRow(i + 2).values = [id, title, '会议交办', unit, co, d(assigned), d(deadline), done === null ? null : d(done)];
    for (const c of [6, 7, 8]) ws.getCell(i + 2, c).numFmt = 'yyyy-mm-dd';
  });
  const log = wb.addWorksheet('督办单登记');
  log.addRow(['督办单编号', '颜色', '事项编号', '督办事项', '被督办单位', '应发日期', '发出日期', '办理时限', '逾期天数', '签发人', '状态', '备注']);
  const issued: Array<[string, string, string, string, string, string]> = [
    ['督〔2020〕蓝1号', '蓝', 'F1', '县财政局', '2020-03-31', '2020-03-31'],
    ['督〔2020〕黄1号', '黄', 'F1', '县财政局', '2020-04-07', '2020-03-31'],
    ['督〔2020〕红1号', '红', 'F1', '县财政局', '2020-04-17', '2020-03-31'],
    ['督〔2020〕红2号', '红', 'F1', '县财政局', '2020-04-27', '2020-03-31'],
    ['督〔2020〕蓝2号', '蓝', 'B1', '县住建局', '2020-05-11', '2020-05-11'],
    ['督〔2020〕黄2号', '黄', 'B1', '县住建局', '2020-05-18', '2020-05-11'],
  ];
  for (const [number, color, item, unit, date, deadline] of issued) {
    log.addRow([number, color, item, '', unit, d(date), d(date), d(deadline), null, '', '有效', '']);
  }
  return wb;
}

async function portOf(wb: ExcelJS.Workbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
}

const ledgerSource: AnalysisSource = () => ({ ok: true, options: { asOf: AS_OF, rules: XIANGYIN_2020, sheet: '督办台账', columns: {} } });

function setUp(port: WorkbookPort, source: AnalysisSource = ledgerSource, ui: HostUi = recordingUi('督办台账')) {
  const store = createReportsStore(initialReportsState());
  const actions = createReportsActions({ port, ui }, source, store);
  return { store, actions, state: () => store.getState() };
}

const sheetNames = async (port: XlsxWorkbook) => (await excelOf(port)).worksheets.map((w) => w.name);
const columnA = async (port: XlsxWorkbook, sheet: string) => {
  const ws = (await excelOf(port)).getWorksheet(sheet)!;
  const values: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) values.push(ws.getCell(r, 1).value);
  return values;
};

describe('生成单位得分', () => {
  it('writes 单位得分 2020 from the notice log and shows the ranking', async () => {
    const port = await portOf(ledgerWorkbook());
    const { actions, state } = setUp(port);
    await actions.writeScores();
    expect(state().messages.scores).toBeNull();
    const outcome = state().scores!;
    expect(outcome.sheet).toBe('单位得分 2020');
    expect(await sheetNames(port)).toEqual(['督办台账', '督办单登记', '单位得分 2020']);
    // 县住建局: 5 items, blue −1, yellow −2, no red → +5 (not yet final: 暂计) = 2.
    // 县工信局: 1 item, no notice = 0. 县财政局: blue −1, yellow −2, two reds −10 = −13, and two
    // reds on one item → 通报批评 (附件第十条). No 单位名册: no unit is ranked for 十大效能之星 (SPEC §9).
    const notInRegister = { eligible: false, reason: '未列入单位名册，不参加效能之星排名' };
    expect(outcome.top).toEqual([
      { rank: 1, unit: '县住建局', score: '2（含暂计加分 5）', flags: '', shortlist: notInRegister },
      { rank: 2, unit: '县工信局', score: '0', flags: '', shortlist: notInRegister },
      {
        rank: 3,
        unit: '县财政局',
        score: '-13',
        flags: '通报批评：年度累计2次红色督办单；同一事项（F1）2次红色督办单',
        shortlist: { eligible: false, reason: '年度内通报批评，不列入效能之星' },
      },
    ]);
    expect(outcome.top.map(shortlistNote)).toEqual(['未列入单位名册，不参加效能之星排名', '未列入单位名册，不参加效能之星排名', '年度内通报批评，不列入效能之星']);
    expect([outcome.unitCount, outcome.provisional, outcome.year, outcome.asOf]).toEqual([3, true, 2020, AS_OF]);
    expect(outcome.problems).toEqual([]);
  });

  it('shows each unit\'s 十大效能之星 place among the units of the register without 通报批评 (SPEC §9)', async () => {
    const wb = ledgerWorkbook();
    const register = wb.addWorksheet('单位名册');
    register.addRow(['单位名称', '别名', '类别']);
    register.addRow(['县工信局', '', '县直部门']);
    register.addRow(['县财政局', '', '县直部门']);
    const port = await portOf(wb);
    const { actions, state } = setUp(port);
    await actions.writeScores();
    const top = state().scores!.top;
    // 县住建局 (2) is not in the register and 县财政局 (−13) has 通报批评: 县工信局 (0), second by
    // score, is first on the shortlist.
    expect(top.map((r) => [r.rank, r.unit, r.shortlist, shortlistNote(r)])).toEqual([
      [1, '县住建局', { eligible: false, reason: '未列入单位名册，不参加效能之星排名' }, '未列入单位名册，不参加效能之星排名'],
      [2, '县工信局', { eligible: true, categoryRank: 1, overallRank: 1 }, '效能之星全县第 1 位'],
      [3, '县财政局', { eligible: false, reason: '年度内通报批评，不列入效能之星' }, '年度内通报批评，不列入效能之星'],
    ]);
  });

  it('scores the chosen year: 2019 has no item and no notice', async () => {
    const port = await portOf(ledgerWorkbook());
    const { actions, state } = setUp(port);
    actions.chooseYear(2019);
    await actions.writeScores();
    expect(state().scores).toMatchObject({ sheet: '单位得分 2019', year: 2019, unitCount: 0, top: [], provisional: false });
  });

  it('refuses a year after the 截止日期, naming the setting', async () => {
    const port = await portOf(ledgerWorkbook());
    const { actions, state } = setUp(port);
    actions.chooseYear(2021);
    await actions.writeScores();
    expect(state().messages.scores).toEqual({
      intent: 'error',
      title: '无法生成单位得分',
      text: '设置「考核年度」2021年晚于截止日期 2020-07-01：请另选年度，或在「三色着色」页调整截止日期',
    });
    expect(await sheetNames(port)).toEqual(['督办台账', '督办单登记']);
  });

  it('runs one report at a time: a second click while busy adds nothing', async () => {
    const port = await portOf(ledgerWorkbook());
    const { actions, state } = setUp(port);
    const first = actions.writeScores();
    expect(state().running).toEqual({ report: 'scores', label: '读取台账与督办单登记…' });
    await actions.writeScores();
    await actions.writeBulletin();
    await first;
    expect(state().running).toBeNull();
    expect(await sheetNames(port)).toEqual(['督办台账', '督办单登记', '单位得分 2020']);
  });

  it('says what to fix when the ledger tab has no usable ledger, and reads nothing', async () => {
    const port = await portOf(ledgerWorkbook());
    const read = jest.spyOn(port, 'listSheets');
    const { actions, state } = setUp(port, () => ({ ok: false, message: '列映射「交办时间」是必填项：请在列映射中为它选择一列' }));
    await actions.writeScores();
    expect(state().messages.scores).toEqual({ intent: 'error', title: '无法生成单位得分', text: '列映射「交办时间」是必填项：请在列映射中为它选择一列' });
    expect(read).not.toHaveBeenCalled();
  });

  it('names the sheet it could not add', async () => {
    const port = await portOf(ledgerWorkbook());
    const failing: WorkbookPort = Object.assign(Object.create(port) as XlsxWorkbook, {
      addSheet: async () => {
        throw new Error('工作簿受保护');
      },
    });
    const { actions, state } = setUp(failing);
    await actions.writeScores();
    expect(state().messages.scores?.text).toBe('无法添加工作表「单位得分 2020」：工作簿受保护');
    expect(state().running).toBeNull();
  });

  it('goes to the written sheet at A1, and says so when Excel refuses', async () => {
    const port = await portOf(ledgerWorkbook());
    const ui = recordingUi('督办台账');
    const { actions, state } = setUp(port, ledgerSource, ui);
    await actions.writeScores();
    await actions.goToSheet('scores', '单位得分 2020');
    expect(ui.selected).toEqual(['单位得分 2020!A1']);

    const refusing: HostUi = { ...recordingUi('督办台账'), selectCell: () => Promise.reject(new Error('工作表已隐藏')) };
    const other = setUp(port, ledgerSource, refusing);
    await other.actions.goToSheet('scores', '单位得分 2020');
    expect(other.state().messages.scores).toEqual({ intent: 'error', title: '无法转到工作表', text: '无法转到工作表「单位得分 2020」：工作表已隐藏' });
    expect(state().messages.scores).toBeNull();
  });
});

describe('创建单位名册', () => {
  it('adds 单位名册 pre-filled with every unit of the ledger, co-units included, then says it exists', async () => {
    const port = await portOf(ledgerWorkbook());
    const { actions, state } = setUp(port);
    await actions.createRegister();
    // Sorted by pinyin: 财 cái, 工 gōng, 住 zhù, 自 zì.
    const units = ['县财政局', '县工信局', '县住建局', '县自然资源局'];
    expect(state().register).toEqual({ kind: 'created', sheet: '单位名册', units });
    expect((await columnA(port, '单位名册')).slice(1)).toEqual(['单位名称', ...units]);

    await actions.createRegister();
    expect(state().register).toEqual({ kind: 'exists', sheet: '单位名册', registered: 4, missing: [], problems: [] });
    expect(await sheetNames(port)).toEqual(['督办台账', '督办单登记', '单位名册']);
  });

  it('lists the ledger units an existing register lacks, with the cells naming them', async () => {
    const wb = ledgerWorkbook();
    const register = wb.addWorksheet('单位名册');
    register.addRow(['单位名称', '别名', '类别']);
    register.addRow(['县住建局', '住建局', '县直部门']);
    register.addRow(['县财政局', '', '县直部门']);
    const port = await portOf(wb);
    const { actions, state } = setUp(port);
    await actions.createRegister();
    const outcome = state().register;
    expect(outcome).toMatchObject({ kind: 'exists', sheet: '单位名册', registered: 2, missing: ['县工信局', '县自然资源局'] });
    if (outcome?.kind !== 'exists') throw new Error('expected an existing register');
    // 配合单位 of B1 (row 2) and 责任单位 of G1 (row 8).
    expect(outcome.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(['督办台账!E2', '督办台账!D8']);
    expect(await sheetNames(port)).toEqual(['督办台账', '督办单登记', '单位名册']);
  });
});

describe('生成绩效奖金表', () => {
  it('says which sheet and columns are needed when there is no 人员考核', async () => {
    const port = await portOf(ledgerWorkbook());
    const { actions, state } = setUp(port);
    await actions.writeBonuses();
    const message = state().messages.bonus!;
    expect(message.intent).toBe('error');
    expect(message.text).toMatch(/^工作簿中没有「人员考核」工作表/);
    for (const column of ['「姓名」', '「单位」', '「考核得分」', '「排名」', '「年度考核等次」', '「奖金标准」']) expect(message.text).toContain(column);
    expect(await sheetNames(port)).toEqual(['督办台账', '督办单登记']);
  });

  it('names the missing column of a 人员考核 it cannot read', async () => {
    const wb = ledgerWorkbook();
    const staff = wb.addWorksheet('人员考核');
    staff.addRow(['人员', '单位', '考核得分']);
    staff.addRow(['张一', '县住建局', 90]);
    const port = await portOf(wb);
    const { actions, state } = setUp(port);
    await actions.writeBonuses();
    expect(state().messages.bonus?.text).toBe('「人员考核」表中找不到「姓名」列');
  });

  it('distributes each unit\'s pool in tiers and shows 未报备 as an error line', async () => {
    const wb = ledgerWorkbook();
    const register = wb.addWorksheet('单位名册');
    register.addRow(['单位名称', '类别', '人数', '奖金标准', '考核方案报备']);
    register.addRow(['县住建局', '县直部门', 10, 10000, '是']);
    register.addRow(['县财政局', '县直部门', 3, 8000, '未报备']);
    const staff = wb.addWorksheet('人员考核');
    staff.addRow(['姓名', '单位', '考核得分', '年度考核等次']);
    for (let i = 0; i < 10; i++) staff.addRow([`住建${i + 1}`, '县住建局', 100 - i, '称职']);
    for (let i = 0; i < 3; i++) staff.addRow([`财政${i + 1}`, '县财政局', 90 - i, '称职']);
    const port = await portOf(wb);
    const { actions, state } = setUp(port);
    await actions.writeBonuses();
    expect(state().messages.bonus).toBeNull();
    // Pool 10 × 10,000 = 100,000; per person s = 10,000: base 60 % = 6,000, tiered part 4,000.
    // Tier 1 ≤ 20 % of 10 = 2 people, 4,000 × 1.2 = 4,800 → 10,800; tier 3 ≥ 10 % = 1 person,
    // 4,000 × 0.8 = 3,200 → 9,200. Tier 2 (7 people) balances: 100,000 − 60,000 − 9,600 − 3,200
    // = 27,200 = 7 × 3,885 + 5 → 9,885 each, five of them one yuan more.
    expect(state().bonus).toEqual({
      sheet: '绩效奖金 2020',
      year: 2020,
      units: [{ unit: '县住建局', text: '10 人，奖金总额 100,000 元：第一等次 2 人（每人 10,800 元），第二等次 7 人（每人 9,885–9,886 元），第三等次 1 人（每人 9,200 元）' }],
      errors: [{ unit: '县财政局', text: '未分配（3人）：考核方案未报备县考核委员会，按规定不得发放年终绩效奖金' }],
      problems: [],
    });
    expect(await sheetNames(port)).toContain('绩效奖金 2020');
  });
});

describe('生成通报', () => {
  const month = (m: number) => makePeriod('month', 2020, m) as Period;

  it('defaults to the last complete period of the kind before the 截止日期', () => {
    const { actions, state } = setUp({} as WorkbookPort);
    expect(selectedPeriod(state(), AS_OF).code).toBe('2020-06');
    actions.choosePeriodKind('week');
    // 2020-07-01 is a Wednesday of ISO week 27 (06-29 … 07-05): the last complete week is 26.
    expect(selectedPeriod(state(), AS_OF).label).toBe('2020年第26周（6月22日—6月28日）');
    actions.choosePeriodKind('half');
    expect(selectedPeriod(state(), AS_OF).label).toBe('2020年上半年');
    actions.choosePeriodKind('year');
    expect(selectedPeriod(state(), AS_OF).label).toBe('2019年');
    actions.choosePeriod(month(3));
    expect([state().periodKind, selectedPeriod(state(), AS_OF).code]).toEqual(['month', '2020-03']);
    actions.choosePeriodKind('month');
    expect(selectedPeriod(state(), AS_OF).code).toBe('2020-03');
  });

  it('offers the period under way and the complete ones before it', () => {
    const choices = periodChoices('half', AS_OF);
    expect(choices.map((c) => c.label)).toEqual(['2020年下半年（截至7月1日）', '2020年上半年', '2019年下半年', '2019年上半年', '2018年下半年']);
    expect(periodChoices('month', AS_OF).map((c) => c.period.code).slice(0, 3)).toEqual(['2020-07', '2020-06', '2020-05']);
  });

  it('writes the bulletin of May 2020 as of the month end', async () => {
    const port = await portOf(ledgerWorkbook());
    const { actions, state } = setUp(port);
    actions.choosePeriod(month(5));
    await actions.writeBulletin();
    expect(state().messages.bulletin).toBeNull();
    // Assigned in May: B3, B4. Done: B2 (05-20, due 05-29: on time). Open on 05-31: B1, B3, B4,
    // F1, G1 (B5 comes 06-01); overdue: B1 (05-11) and F1 (03-31). Notices: blue and yellow on B1.
    expect(state().bulletin).toEqual({
      sheet: '督办通报 2020年5月（第1期）',
      title: '湘阴县人民政府督查室 2020年5月督办工作通报（第1期）',
      asOf: '2020-05-31',
      partial: false,
      empty: false,
      summary: '本期新交办督办事项2项，办结1项（其中按时办结1项），发出督办单2份（蓝色1份、黄色1份、红色0份）；期末在办5项，其中逾期未办结2项。',
      counts: { assigned: 2, done: 1, doneOnTime: 1, open: 5, overdue: 2, notices: { blue: 1, yellow: 1, red: 0 } },
    });
    expect(await sheetNames(port)).toContain('督办通报 2020年5月（第1期）');
  });

  it('a period with nothing in it still gets its bulletin, which says so', async () => {
    const port = await portOf(ledgerWorkbook());
    const { actions, state } = setUp(port);
    actions.choosePeriod(month(1));
    await actions.writeBulletin();
    expect(state().bulletin).toMatchObject({
      sheet: '督办通报 2020年1月（第1期）',
      empty: true,
      summary: '本期无新交办事项，无督办单发出；期末无在办事项。',
      counts: { assigned: 0, done: 0, doneOnTime: 0, open: 0, overdue: 0, notices: { blue: 0, yellow: 0, red: 0 } },
    });
  });

  it('refuses a period that starts after the 截止日期', async () => {
    const port = await portOf(ledgerWorkbook());
    const { actions, state } = setUp(port);
    actions.choosePeriod(month(8));
    await actions.writeBulletin();
    expect(state().messages.bulletin?.text).toBe('设置「通报期次」2020年8月在截止日期 2020-07-01 之后，还没有数据：请另选期次，或在「三色着色」页调整截止日期');
    expect(await sheetNames(port)).toEqual(['督办台账', '督办单登记']);
  });

  it('reports a ledger sheet that is gone, naming it', async () => {
    const port = await portOf(ledgerWorkbook());
    const { actions, state } = setUp(port, () => ({ ok: true, options: { asOf: AS_OF, rules: XIANGYIN_2020, sheet: '旧台账', columns: {} } }));
    await actions.writeBulletin();
    expect(state().messages.bulletin?.text).toBe('工作表「旧台账」不存在（现有：督办台账、督办单登记）');
  });
});
