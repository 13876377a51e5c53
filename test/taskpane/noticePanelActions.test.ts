/**
 * The 督办单 panel's logic (what useNoticePanel binds to React), run without a DOM over the real
 * OfficeWorkbook adapter and the fake Excel, with the ledger panel as its source — as in the pane.
 *
 * The SPEC §2/§3 example ledger (ledgerFixture): item 1 (县住建局、县发改局) and item 2 (县财政局)
 * are 县长批示 assigned 2020-04-28 with no deadline → deadline 2020-05-11. Item 1 stays open;
 * item 2 is done 2020-05-14. As of 2020-07-01, per SPEC §3:
 *   item 1, each unit: blue 05-11, yellow 05-18, red 05-28, reds 06-08, 06-18, 06-28
 *   item 2: blue 05-11 only (done before the yellow's day)
 * Numbers per year and color (SPEC §4), given in (date, unit, item) order; the units compare as
 * the log's text does (县住建局 < 县发改局 < 县财政局).
 */
import type { WorkbookPort } from '../../src/app/ports/workbookPort';
import { describeProblem } from '../../src/core/problems';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { createLedgerPanelActions, type LedgerPanelActions } from '../../src/taskpane/ledger/ledgerPanelActions';
import { createNoticePanelActions, type NoticePanelActions, type NoticePanelStore } from '../../src/taskpane/notices/noticePanelActions';
import { canIssue, countByColor, initialNoticePanelState, noticePanelReducer } from '../../src/taskpane/notices/noticePanelState';
import { initialPanelState, ledgerAnalysisInputs } from '../../src/taskpane/ledger/ledgerPanelState';
import { createPanelStore } from '../../src/taskpane/ledger/ledgerPanelState';
import { createStore } from '../../src/taskpane/shared/panelStore';
import type { FakeExcel } from '../fakes/fakeExcel';
import { memorySettings, recordingUi, specWorkbook, type RecordingUi } from './ledgerFixture';
import { dateOnly } from '../support/dateOnly';

interface Pane {
  ledger: LedgerPanelActions;
  store: NoticePanelStore;
  notices: NoticePanelActions;
  ui: RecordingUi;
}

async function openPane(fake: FakeExcel, asOf = dateOnly('2020-07-01'), port: WorkbookPort = new OfficeWorkbook(fake.run), settings = memorySettings()): Promise<Pane> {
  const ledgerStore = createPanelStore(initialPanelState(asOf));
  const ui = recordingUi('督办台账');
  const ledger = createLedgerPanelActions({ port, ui, settings, today: () => asOf }, ledgerStore);
  await ledger.load();
  const store = createStore(noticePanelReducer, initialNoticePanelState());
  const notices = createNoticePanelActions({ port, ui, source: () => ledgerAnalysisInputs(ledgerStore.getState()) }, store);
  return { ledger, store, notices, ui };
}

/** What the list shows of each notice: number, unit, item, issue date. */
const listed = (store: NoticePanelStore) => store.getState().preview?.notices.map((n) => `${n.number} ${n.unit} ${n.itemId} ${n.issueDate}`);

const setCell = (fake: FakeExcel, sheet: string, address: string, value: string | number) =>
  fake.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });

const NOTICES_0701 = [
  '督〔2020〕蓝1号 县住建局 1 2020-05-11',
  '督〔2020〕蓝2号 县发改局 1 2020-05-11',
  '督〔2020〕蓝3号 县财政局 2 2020-05-11',
  '督〔2020〕黄1号 县住建局 1 2020-05-18',
  '督〔2020〕黄2号 县发改局 1 2020-05-18',
  '督〔2020〕红1号 县住建局 1 2020-05-28',
  '督〔2020〕红2号 县发改局 1 2020-05-28',
  '督〔2020〕红3号 县住建局 1 2020-06-08',
  '督〔2020〕红4号 县发改局 1 2020-06-08',
  '督〔2020〕红5号 县住建局 1 2020-06-18',
  '督〔2020〕红6号 县发改局 1 2020-06-18',
  '督〔2020〕红7号 县住建局 1 2020-06-28',
  '督〔2020〕红8号 县发改局 1 2020-06-28',
];

describe('督办单 panel: preview', () => {
  it('lists the notices due as of 2020-07-01 with their numbers, counts per color, and writes nothing', async () => {
    const fake = specWorkbook();
    const { store, notices } = await openPane(fake);
    const before = fake.dump();
    const syncs = fake.syncCount;
    await notices.preview();
    // One analysis: the sheet list, then every sheet needed in one read.
    expect(fake.syncCount - syncs).toBe(2);
    const s = store.getState();
    expect(s.phase).toBe('preview');
    expect(listed(store)).toEqual(NOTICES_0701);
    expect(s.preview && countByColor(s.preview.notices)).toEqual({ red: 8, yellow: 2, blue: 3 });
    expect(s.preview?.asOf).toBe('2020-07-01');
    expect(s.preview?.ledgerSheet).toBe('督办台账');
    // The plan's problems: no unit register, so the notices cannot name the units' heads.
    expect(s.problems.map((p) => p.message)).toEqual(['工作簿中没有「单位名册」表：督办单上各单位的主要负责人写作“（单位名册中未登记）”，请建立单位名册']);
    expect(canIssue(s)).toBe(true);
    expect(fake.dump()).toBe(before);
  });

  it('analyses the ledger as the 三色着色 panel has it: its as-of date', async () => {
    const fake = specWorkbook();
    const { ledger, store, notices } = await openPane(fake);
    ledger.setAsOf('2020-05-12');
    await notices.preview();
    expect(listed(store)).toEqual(['督〔2020〕蓝1号 县住建局 1 2020-05-11', '督〔2020〕蓝2号 县发改局 1 2020-05-11', '督〔2020〕蓝3号 县财政局 2 2020-05-11']);
  });

  it('names the ledger panel’s setting when its inputs cannot be analysed', async () => {
    const { ledger, store, notices } = await openPane(specWorkbook());
    ledger.setAsOf('2020-02-30');
    await notices.preview();
    expect(store.getState().message).toEqual({
      intent: 'error',
      title: '无法预览督办单',
      text: '设置「截止日期」不是有效日期（2020-02-30）：2020年2月30日不存在（在「三色着色」页设置）',
    });
    ledger.setAsOf('2020-07-01');
    ledger.setColumn('title', 0);
    await notices.preview();
    expect(store.getState().message?.text).toBe('列映射「督办事项」是必填项：请在列映射中为它选择一列（在「三色着色」页设置）');
    expect(store.getState().preview).toBeNull();
  });
});

describe('督办单 panel: generate', () => {
  it('appends the notices to 督办单登记, adds one sheet per issue date, and opens a sheet when asked', async () => {
    const fake = specWorkbook();
    const { store, notices, ui } = await openPane(fake);
    await notices.preview();
    await notices.issue();
    const s = store.getState();
    expect(s.phase).toBe('issued');
    const sheets = ['督办单 2020-05-11', '督办单 2020-05-18', '督办单 2020-05-28', '督办单 2020-06-08', '督办单 2020-06-18', '督办单 2020-06-28'];
    expect(s.issued?.sheets).toEqual(sheets);
    expect(fake.sheetNames()).toEqual(['说明', '督办台账', '督办单登记', ...sheets]);
    expect(s.message).toEqual({
      intent: 'success',
      title: '已生成督办单',
      text: '已生成 13 份督办单（红 8 份、黄 2 份、蓝 3 份），登记在「督办单登记」；新增督办单工作表 6 张（「督办单 2020-05-11」至「督办单 2020-06-28」），见下方列表',
    });
    // The log: header, then one row per notice (number, color, unit, state).
    const log = fake.values('督办单登记', 'A1:L14');
    expect(log[0]).toEqual(['督办单编号', '颜色', '事项编号', '督办事项', '被督办单位', '应发日期', '发出日期', '办理时限', '逾期天数', '签发人', '状态', '备注']);
    expect(log.slice(1).map((r) => `${r[0]} ${r[1]} ${r[4]} ${r[10]}`)).toEqual(
      NOTICES_0701.map((line) => {
        const [number, unit] = line.split(' ');
        return `${number} ${/蓝|黄|红/.exec(number)?.[0]} ${unit} 有效`;
      }),
    );
    // Issued: 生成 waits for a new preview (the log has changed).
    expect(canIssue(s)).toBe(false);

    await notices.openSheet('督办单 2020-05-18');
    expect(ui.selected).toEqual(['督办单 2020-05-18!A1']);
  });

  it('issues nothing new when generating again for the same date, and says so', async () => {
    const fake = specWorkbook();
    const { store, notices } = await openPane(fake);
    await notices.preview();
    await notices.issue();
    const after = fake.dump();

    // The log is read with the ledger, once per click: the sheet list, then one read of all sheets.
    let syncs = fake.syncCount;
    await notices.preview();
    expect(fake.syncCount - syncs).toBe(2);
    expect(store.getState().preview?.notices).toEqual([]);
    syncs = fake.syncCount;
    await notices.issue();
    expect(fake.syncCount - syncs).toBe(2);
    expect(store.getState().message).toEqual({
      intent: 'info',
      title: '没有新的应发督办单',
      text: '截止 2020-07-01 应发的督办单都已登记在「督办单登记」，未生成新的督办单',
    });
    expect(store.getState().issued?.sheets).toEqual([]);
    expect(fake.dump()).toBe(after);
  });

  it('continues the numbers of the log: notices due later get the next numbers of their color', async () => {
    const fake = specWorkbook();
    const early = await openPane(fake, dateOnly('2020-05-12'));
    await early.notices.preview();
    await early.notices.issue();
    expect(early.store.getState().issued?.notices.map((n) => n.number)).toEqual(['督〔2020〕蓝1号', '督〔2020〕蓝2号', '督〔2020〕蓝3号']);
    expect(early.store.getState().message?.text).toBe('已生成 3 份督办单（蓝 3 份），登记在「督办单登记」；新增督办单工作表 1 张（「督办单 2020-05-11」），见下方列表');

    const later = await openPane(fake, dateOnly('2020-05-20'));
    await later.notices.preview();
    expect(listed(later.store)).toEqual(['督〔2020〕黄1号 县住建局 1 2020-05-18', '督〔2020〕黄2号 县发改局 1 2020-05-18']);
  });

  it('does not issue before a preview', async () => {
    const fake = specWorkbook();
    const { notices } = await openPane(fake);
    const before = fake.dump();
    await notices.issue();
    expect(fake.dump()).toBe(before);
  });
});

describe('督办单 panel: confirmation before the log (SPEC §9)', () => {
  /** The 湘阴2020 rules with at most 10 notices a run: the 13 notices of 2020-07-01 are doubtful. */
  const tenARun = () => memorySettings({ rules: { ...XIANGYIN_2020, notices: { ...XIANGYIN_2020.notices, maxPerRun: 10 } } });

  it('finds the preview doubtful, with the counts by color, unit and month, and asks before writing', async () => {
    const fake = specWorkbook();
    const { store, notices } = await openPane(fake, dateOnly('2020-07-01'), undefined, tenARun());
    await notices.preview();
    expect(listed(store)).toEqual(NOTICES_0701);
    expect(store.getState().doubt).toEqual({
      asOf: '2020-07-01',
      reasons: [{ kind: 'too-many', count: 13, limit: 10 }],
      total: 13,
      byColor: { red: 8, yellow: 2, blue: 3 },
      // 县住建局 and 县发改局 6 each (item 1's six notices), by name in code point order; 县财政局 the blue of item 2.
      byUnit: [
        { unit: '县住建局', count: 6 },
        { unit: '县发改局', count: 6 },
        { unit: '县财政局', count: 1 },
      ],
      byMonth: [
        { month: '2020-05', count: 7 },
        { month: '2020-06', count: 6 },
      ],
    });
    const before = fake.dump();
    await notices.issue();
    expect(store.getState()).toMatchObject({ phase: 'preview', confirming: true, message: null });
    expect(canIssue(store.getState())).toBe(true);
    expect(fake.dump()).toBe(before);
  });

  it('writes nothing on 取消, and asks again on the next 生成', async () => {
    const fake = specWorkbook();
    const { store, notices } = await openPane(fake, dateOnly('2020-07-01'), undefined, tenARun());
    await notices.preview();
    const before = fake.dump();
    await notices.issue();
    notices.cancelIssue();
    expect(store.getState()).toMatchObject({
      phase: 'preview',
      confirming: false,
      message: { intent: 'info', title: '未生成督办单', text: '已取消，「督办单登记」和工作簿均未改动' },
    });
    expect(fake.dump()).toBe(before);
    expect(fake.sheetNames()).toEqual(['说明', '督办台账']);
    await notices.issue();
    expect(store.getState().confirming).toBe(true);
    expect(fake.dump()).toBe(before);
  });

  it('issues on 仍然发出, and only once the question was asked', async () => {
    const fake = specWorkbook();
    const { store, notices } = await openPane(fake, dateOnly('2020-07-01'), undefined, tenARun());
    await notices.preview();
    const before = fake.dump();
    // 仍然发出 without the question open (not a click a user can make): it asks first.
    await notices.confirmIssue();
    expect(store.getState().confirming).toBe(true);
    expect(fake.dump()).toBe(before);
    await notices.confirmIssue();
    const s = store.getState();
    expect(s).toMatchObject({ phase: 'issued', confirming: false, doubt: null });
    expect(s.issued?.notices.map((n) => `${n.number} ${n.unit} ${n.itemId} ${n.issueDate}`)).toEqual(NOTICES_0701);
    expect(s.message?.title).toBe('已生成督办单');
    expect(fake.values('督办单登记', 'A14:A14')).toEqual([['督〔2020〕红8号']]);
  });

  it('doubts notices dated more than a year before the as-of date (as of 2021-06-01: those before 2020-06-01)', async () => {
    const fake = specWorkbook();
    const { store, notices } = await openPane(fake, dateOnly('2021-06-01'));
    await notices.preview();
    // Item 1 is still open: its blues (05-11), yellows (05-18) and first reds (05-28) of 2020 are over a year old.
    expect(store.getState().doubt?.reasons).toEqual([{ kind: 'too-old', count: 7, years: 1, before: '2020-06-01', oldest: '2020-05-11' }]);
    const before = fake.dump();
    await notices.issue();
    expect(store.getState().confirming).toBe(true);
    expect(fake.dump()).toBe(before);
  });

  it('asks nothing of a preview within the limits', async () => {
    const { store, notices } = await openPane(specWorkbook());
    await notices.preview();
    expect(store.getState().doubt).toBeNull();
    await notices.issue();
    expect(store.getState()).toMatchObject({ phase: 'issued', confirming: false });
  });
});

describe('督办单 panel: a log row edited by hand', () => {
  it('lists the row’s problem, holds back that unit’s notices for the item, and takes the user to the cell', async () => {
    const fake = specWorkbook();
    const early = await openPane(fake, dateOnly('2020-05-12'));
    await early.notices.preview();
    await early.notices.issue();
    // 颜色 of 蓝2号 (县发改局) retyped as 绿: the row no longer reads as a notice.
    await setCell(fake, '督办单登记', 'B3', '绿');

    const { store, notices, ui } = await openPane(fake, dateOnly('2020-05-20'));
    await notices.preview();
    // Yellows for 县住建局 only: 县发改局's are held until row 3 is fixed.
    expect(listed(store)).toEqual(['督〔2020〕黄1号 县住建局 1 2020-05-18']);
    const problems = store.getState().problems;
    expect(problems.map((p) => describeProblem(p))).toEqual([
      '督办单登记!B3 颜色「绿」应为 蓝、黄 或 红，此行不计入',
      '督办单登记第3行 此行有误（见该行的问题）：事项「1」对「县发改局」暂不发新的督办单，请先改正该行',
      '工作簿中没有「单位名册」表：督办单上各单位的主要负责人写作“（单位名册中未登记）”，请建立单位名册',
    ]);
    await notices.selectCell(problems[0].sheet!, problems[0].cell!);
    expect(ui.selected).toEqual(['督办单登记!B3']);

    // 作废 that row: the panel says it cannot be read as a notice.
    ui.selection = { sheet: '督办单登记', row: 3, rowCount: 1 };
    await notices.readSelection();
    expect(store.getState().message?.text).toBe('「督办单登记」第 3 行有误（见下方问题），不能识别为一张督办单：请先改正该行');
  });
});

describe('督办单 panel: the preview must still hold when generating', () => {
  it('writes nothing when the ledger was edited after the preview, naming the sheet', async () => {
    const fake = specWorkbook();
    const { store, notices } = await openPane(fake);
    await notices.preview();
    // Item 1 is reported done on 2020-05-14 (completed column G): its yellow and reds are no longer due.
    await setCell(fake, '督办台账', 'G3', 43965);
    const before = fake.dump();
    await notices.issue();
    expect(store.getState().message).toEqual({ intent: 'error', title: '未生成督办单', text: '台账「督办台账」在预览后已改动：请重新预览' });
    expect(store.getState().preview).toBeNull();
    expect(canIssue(store.getState())).toBe(false);
    expect(fake.dump()).toBe(before);
    expect(fake.sheetNames()).toEqual(['说明', '督办台账']);
  });

  /** The three blues issued on 2020-05-12 (督办单登记 rows 2–4), then a preview as of 2020-07-01. */
  async function previewAfterFirstBlues(fake: FakeExcel): Promise<Pane> {
    const early = await openPane(fake, dateOnly('2020-05-12'));
    await early.notices.preview();
    await early.notices.issue();
    const pane = await openPane(fake, dateOnly('2020-07-01'));
    await pane.notices.preview();
    return pane;
  }

  it('writes nothing when 督办单登记 was edited after the preview', async () => {
    const fake = specWorkbook();
    const { store, notices } = await previewAfterFirstBlues(fake);
    // Staff record the actual issue date of 蓝1 by hand (发出日期, G2): 2020-05-12.
    await setCell(fake, '督办单登记', 'G2', 43963);
    const before = fake.dump();
    await notices.issue();
    expect(store.getState().message?.text).toBe('「督办单登记」在预览后已改动：请重新预览');
    expect(fake.dump()).toBe(before);
  });

  it('writes nothing when a row 督办单登记 cannot read was added after the preview', async () => {
    const fake = specWorkbook();
    const { store, notices } = await previewAfterFirstBlues(fake);
    // A hand-written row for item 1 / 县住建局 with no valid 发出日期: not an entry, but it holds
    // back that unit's notices for the item (SPEC §4), so the preview no longer stands.
    for (const [address, value] of [['A5', '督〔2020〕黄9号'], ['B5', '黄'], ['C5', '1'], ['E5', '县住建局'], ['G5', '五月下旬']] as const) {
      await setCell(fake, '督办单登记', address, value);
    }
    const before = fake.dump();
    await notices.issue();
    expect(store.getState().message?.text).toBe('「督办单登记」在预览后已改动：请重新预览');
    expect(fake.dump()).toBe(before);
  });

  it('writes nothing when the as-of date was changed on the 三色着色 tab after the preview', async () => {
    const fake = specWorkbook();
    const { ledger, store, notices } = await openPane(fake);
    await notices.preview();
    ledger.setAsOf('2020-05-12');
    const before = fake.dump();
    await notices.issue();
    expect(store.getState().message?.text).toBe('「三色着色」页的台账工作表、列映射或截止日期在预览后已改动：请重新预览');
    expect(fake.dump()).toBe(before);
  });
});

describe('督办单 panel: 作废', () => {
  /** The pane after issuing the three blues of 2020-05-11 (log rows 2–4). */
  async function issuedBlues() {
    const fake = specWorkbook();
    const pane = await openPane(fake, dateOnly('2020-05-12'));
    await pane.notices.preview();
    await pane.notices.issue();
    return { fake, ...pane };
  }

  it('voids the notice on the selected row with the reason typed, and a later run issues it again under a new number', async () => {
    const { fake, store, notices, ui } = await issuedBlues();
    ui.selection = { sheet: '督办单登记', row: 3, rowCount: 1 };
    await notices.readSelection();
    expect(store.getState().voidTarget).toEqual({
      row: 3,
      number: '督〔2020〕蓝2号',
      color: 'blue',
      unit: '县发改局',
      itemId: '1',
      title: '推进县城污水管网改造',
      issueDate: '2020-05-11',
    });
    notices.setReason('责任单位应为县住建局，误发');
    await notices.voidSelected();
    expect(fake.values('督办单登记', 'K3:L3')).toEqual([['作废', '作废：责任单位应为县住建局，误发']]);
    // The other rows are untouched.
    expect(fake.values('督办单登记', 'K2:L4')).toEqual([['有效', ''], ['作废', '作废：责任单位应为县住建局，误发'], ['有效', '']]);
    expect(store.getState().message).toEqual({
      intent: 'success',
      title: '已作废',
      text: '督办单「督〔2020〕蓝2号」已作废（「督办单登记」第 3 行），原因已记入备注；该事项仍未办结的，下次生成时另发新编号的督办单',
    });
    expect(store.getState().voidTarget).toBeNull();
    // The list of what was just issued marks it.
    expect(store.getState().issued?.voided).toEqual(['督〔2020〕蓝2号']);

    // The voided number is never reused: the blue to 县发改局 is due again, as 蓝4号.
    await notices.preview();
    expect(listed(store)).toEqual(['督〔2020〕蓝4号 县发改局 1 2020-05-11']);
  });

  it('says the selection is not on 督办单登记', async () => {
    const { store, notices, ui } = await issuedBlues();
    ui.selection = { sheet: '督办台账', row: 3, rowCount: 1 };
    await notices.readSelection();
    expect(store.getState().message).toEqual({
      intent: 'error',
      title: '无法作废',
      text: '当前选中的是工作表「督办台账」：请在「督办单登记」表中选中要作废的督办单所在的行',
    });
    expect(store.getState().voidTarget).toBeNull();
  });

  it('says the header row is selected, or several rows, or a row without a notice', async () => {
    const { store, notices, ui } = await issuedBlues();
    ui.selection = { sheet: '督办单登记', row: 1, rowCount: 1 };
    await notices.readSelection();
    expect(store.getState().message?.text).toBe('选中的是「督办单登记」的表头（第 1 行）：请选中要作废的督办单所在的行');
    ui.selection = { sheet: '督办单登记', row: 2, rowCount: 3 };
    await notices.readSelection();
    expect(store.getState().message?.text).toBe('选中了「督办单登记」第 2–4 行：一次只能作废一张督办单，请只选中一行');
    ui.selection = { sheet: '督办单登记', row: 9, rowCount: 1 };
    await notices.readSelection();
    expect(store.getState().message?.text).toBe('「督办单登记」第 9 行没有督办单：请选中要作废的督办单所在的行');
    expect(store.getState().voidTarget).toBeNull();
  });

  it('voids the selected row when two rows carry the same number (two clerks issued at once)', async () => {
    const { fake, notices, ui } = await issuedBlues();
    // Row 4 got row 3's number: a co-author's append, or a copy-paste.
    fake.sheet('督办单登记').cells.get(4 * 16_385 + 1)!.value = '督〔2020〕蓝2号';
    ui.selection = { sheet: '督办单登记', row: 4, rowCount: 1 };
    await notices.readSelection();
    notices.setReason('与第3行重号');
    await notices.voidSelected();
    expect(fake.values('督办单登记', 'K3:K4')).toEqual([['有效'], ['作废']]);
  });

  it('says a notice is already voided', async () => {
    const { store, notices, ui } = await issuedBlues();
    ui.selection = { sheet: '督办单登记', row: 2, rowCount: 1 };
    await notices.readSelection();
    notices.setReason('重复发出');
    await notices.voidSelected();
    await notices.readSelection();
    expect(store.getState().message).toEqual({
      intent: 'error',
      title: '无法作废',
      text: '督办单「督〔2020〕蓝1号」已作废（「督办单登记」第 2 行），无需再次作废',
    });
    expect(store.getState().voidTarget).toBeNull();
  });

  it('requires a reason and writes nothing without one', async () => {
    const { fake, store, notices, ui } = await issuedBlues();
    ui.selection = { sheet: '督办单登记', row: 4, rowCount: 1 };
    await notices.readSelection();
    notices.setReason('   ');
    const before = fake.dump();
    await notices.voidSelected();
    expect(store.getState().reasonMissing).toBe(true);
    expect(store.getState().message).toEqual({
      intent: 'error',
      title: '请填写作废原因',
      text: '作废督办单「督〔2020〕蓝3号」须填写作废原因：原因记入「督办单登记」第 4 行的备注',
    });
    expect(fake.dump()).toBe(before);
    // Still selected: typing the reason and voiding again works.
    notices.setReason('已于5月10日办结，误发');
    expect(store.getState().reasonMissing).toBe(false);
    await notices.voidSelected();
    expect(fake.values('督办单登记', 'K4:L4')).toEqual([['作废', '作废：已于5月10日办结，误发']]);
  });

  it('names what failed when the selection cannot be read (a chart is selected)', async () => {
    const { store, notices, ui } = await issuedBlues();
    ui.selectedCell = () => Promise.reject(new Error('当前选择的不是单元格区域'));
    await notices.readSelection();
    expect(store.getState().message?.text).toBe('无法读取选中的单元格（请在「督办单登记」表中选中一个单元格）：当前选择的不是单元格区域');
  });

  it('keeps the preview usable when reading the selection fails', async () => {
    const fake = specWorkbook();
    const { store, notices, ui } = await openPane(fake);
    await notices.preview();
    ui.selection = { sheet: '督办台账', row: 3, rowCount: 1 };
    await notices.readSelection();
    expect(store.getState().message?.title).toBe('无法作废');
    expect(canIssue(store.getState())).toBe(true);
  });
});
