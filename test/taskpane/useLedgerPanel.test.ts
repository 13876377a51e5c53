/**
 * The task pane's logic (what useLedgerPanel binds to React), run without a DOM: the real
 * OfficeWorkbook adapter over the fake Excel, a recording HostUi and in-memory settings.
 */
import type { WorkbookPort } from '../../src/app/ports/workbookPort';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { createLedgerPanelActions, type LedgerPanelActions } from '../../src/taskpane/ledger/ledgerPanelActions';
import { canApply, canClear, canPreview, currentMapping, initialPanelState, previewSummary, type PanelProgress } from '../../src/taskpane/ledger/ledgerPanelState';
import { createPanelStore, type PanelStore } from '../../src/taskpane/ledger/ledgerPanelState';
import { fakeWorkbookFrom, type FakeExcel } from '../fakes/fakeExcel';
import { SERIAL, countingPort, memorySettings, recordingUi, specLedger, specWorkbook, type MemorySettings, type RecordingUi } from './ledgerFixture';
import { dateOnly } from '../support/dateOnly';
import type { DateOnly } from '../../src/core/dates/dateOnly';

interface Panel {
  store: PanelStore;
  actions: LedgerPanelActions;
  ui: RecordingUi;
  settings: MemorySettings;
}

function openPanel(
  fake: FakeExcel,
  options: { port?: WorkbookPort; settings?: MemorySettings; active?: string; today?: () => DateOnly } = {},
): Panel {
  const today = options.today ?? (() => dateOnly('2020-07-01'));
  const store = createPanelStore(initialPanelState(today()));
  const ui = recordingUi(options.active ?? '说明');
  const settings = options.settings ?? memorySettings();
  const port = options.port ?? new OfficeWorkbook(fake.run);
  const actions = createLedgerPanelActions({ port, ui, settings, today }, store);
  return { store, actions, ui, settings };
}


/** Appends a row to the ledger sheet, as a user typing in Excel. */
function appendItem(fake: FakeExcel, row: number, values: Array<string | number | null>): Promise<void> {
  return fake.run(async (context) => {
    context.workbook.worksheets.getItem('督办台账').getRange(`A${row}:H${row}`).values = [values];
    await context.sync();
  });
}

/** A port whose writes fail the way Excel fails on a protected sheet. */
function protectedSheetPort(fake: FakeExcel): WorkbookPort {
  const port = new OfficeWorkbook(fake.run);
  return Object.assign(Object.create(port) as WorkbookPort, {
    writeLedgerDecoration: () => Promise.reject(new Error('工作表受保护，无法更改单元格')),
  });
}

describe('useLedgerPanel logic: load', () => {
  it('skips the active sheet when it is not a ledger and detects the ledger, its header row and columns', async () => {
    const { store, actions } = openPanel(specWorkbook());
    await actions.load();
    const s = store.getState();
    expect(s.phase).toBe('idle');
    expect(s.sheets).toEqual(['说明', '督办台账']);
    expect(s.sheet).toBe('督办台账');
    const mapping = currentMapping(s);
    expect(mapping?.headerRows).toEqual([2]);
    expect([mapping?.firstDataRow, mapping?.lastDataRow]).toEqual([3, 6]);
    expect(mapping?.columns).toEqual({ id: 1, title: 2, source: 3, units: 4, assigned: 5, deadline: 6, completed: 7, remark: 8 });
    expect(s.asOf).toBe('2020-07-01');
    expect(canClear(s)).toBe(false);
  });

  it('opens the saved ledger sheet with its saved column corrections', async () => {
    const settings = memorySettings({ ledgerSheet: '督办台账', columns: { deadline: 6 } });
    const { store, actions } = openPanel(specWorkbook({ deadlineHeader: '时间节点' }), { settings });
    await actions.load();
    expect(store.getState().corrections).toEqual({ deadline: 6 });
    expect(currentMapping(store.getState())?.columns.deadline).toBe(6);
  });
});

describe('useLedgerPanel logic: choosing the sheet', () => {
  it('shows why another sheet is not a ledger, and takes the saved corrections back with the saved sheet', async () => {
    const settings = memorySettings({ ledgerSheet: '督办台账', columns: { deadline: 6 } });
    const { store, actions } = openPanel(specWorkbook({ deadlineHeader: '时间节点' }), { settings });
    await actions.load();

    await actions.chooseSheet('说明');
    let s = store.getState();
    expect(s.sheet).toBe('说明');
    expect(currentMapping(s)).toBeNull();
    expect(s.corrections).toEqual({});
    expect(s.problems.map((p) => p.code)).toEqual(['ledger.no-header']);
    expect(canPreview(s)).toBe(false);

    await actions.chooseSheet('督办台账');
    s = store.getState();
    expect(s.corrections).toEqual({ deadline: 6 });
    expect(canPreview(s)).toBe(true);
  });
});

describe('useLedgerPanel logic: preview', () => {
  it('counts the SPEC example as of 2020-07-01: one red, one done, one long-term, one not yet due', async () => {
    const fake = specWorkbook();
    const { store, actions } = openPanel(fake);
    await actions.load();
    const before = fake.dump();
    await actions.preview();
    const s = store.getState();
    expect(s.phase).toBe('preview');
    expect(previewSummary(s.analysis)).toEqual({
      items: 4,
      byStatus: { 红: 1, 黄: 0, 蓝: 0, 临期: 0, 已办结: 1, 长期: 1, '—': 1 },
      units: ['县住建局', '县发改局'],
      dueSoon: [],
    });
    // A preview writes nothing.
    expect(fake.dump()).toBe(before);
  });

  it('analyses with the user’s mapping: mapping the unknown 时间节点 header as 办理时限 finds the 长期 item', async () => {
    const { store, actions } = openPanel(specWorkbook({ deadlineHeader: '时间节点' }));
    await actions.load();
    expect(currentMapping(store.getState())?.columns.deadline).toBeUndefined();

    await actions.preview();
    // Without a deadline column the two 会议交办 items have no deadline (no default for that source).
    expect(previewSummary(store.getState().analysis)?.byStatus).toEqual({ 红: 1, 黄: 0, 蓝: 0, 临期: 0, 已办结: 1, 长期: 0, '—': 2 });

    actions.setColumn('deadline', 6);
    expect(store.getState().phase).toBe('idle');
    expect(previewSummary(store.getState().analysis)).toBeNull();
    await actions.preview();
    expect(previewSummary(store.getState().analysis)?.byStatus).toEqual({ 红: 1, 黄: 0, 蓝: 0, 临期: 0, 已办结: 1, 长期: 1, '—': 1 });
  });

  it('uses the as-of date: on 2020-05-12 the open 县长批示 item is blue and the other one too (done only on 05-14)', async () => {
    const { store, actions } = openPanel(specWorkbook());
    await actions.load();
    actions.setAsOf('2020-05-12');
    await actions.preview();
    expect(previewSummary(store.getState().analysis)?.byStatus).toEqual({ 红: 0, 黄: 0, 蓝: 2, 临期: 0, 已办结: 0, 长期: 1, '—': 1 });
    expect(previewSummary(store.getState().analysis)?.units).toEqual(['县住建局', '县发改局', '县财政局']);
  });
});

describe('useLedgerPanel logic: apply and clear', () => {
  it('writes the 督办状态 column and the three color rules, reports progress, and saves sheet and corrections', async () => {
    const fake = specWorkbook({ deadlineHeader: '时间节点' });
    const { store, actions, settings } = openPanel(fake);
    await actions.load();
    actions.setColumn('deadline', 6);
    await actions.preview();
    const progress: PanelProgress[] = [];
    const unsubscribe = store.subscribe(() => {
      const p = store.getState().progress;
      if (p !== null && p !== progress[progress.length - 1]) progress.push(p);
    });
    await actions.apply();
    unsubscribe();

    expect(fake.values('督办台账', 'I2:I6')).toEqual([['督办状态'], ['红'], ['已办结'], ['长期'], ['—']]);
    // One rule per color over the ledger's rows; they exclude each other, so their order is free.
    expect(fake.rules('督办台账').map((r) => `${r.range} ${r.formula}`).sort()).toEqual([
      'A3:I6 =$I3="临期"',
      'A3:I6 =$I3="红"',
      'A3:I6 =$I3="蓝"',
      'A3:I6 =$I3="黄"',
    ].sort());
    expect(progress.map((p) => `${p.step}/${p.steps}`)).toEqual(['1/3', '2/3', '3/3']);
    // The correction is saved as the header it names (规则设置 writes 列·办理时限 = 时间节点).
    expect(settings.saves).toEqual([{ ledgerSheet: '督办台账', columns: { deadline: '时间节点' } }]);
    const s = store.getState();
    expect(s.phase).toBe('done');
    expect(s.message).toEqual({ intent: 'success', title: '已应用三色', text: '红 1 项、黄 0 项、蓝 0 项；督办状态列：「督办台账」!I2' });
    expect(canClear(s)).toBe(true);
  });

  it('does not write before a preview', async () => {
    const fake = specWorkbook();
    const { actions } = openPanel(fake);
    await actions.load();
    const before = fake.dump();
    await actions.apply();
    expect(fake.dump()).toBe(before);
  });

  it('writes nothing when the ledger was edited after the preview, and asks for a new preview', async () => {
    const fake = specWorkbook();
    const { store, actions, settings } = openPanel(fake);
    await actions.load();
    await actions.preview();
    expect(previewSummary(store.getState().analysis)?.byStatus.红).toBe(1);
    // Item 1 reported done on 2020-05-14 (G3) between the preview and 应用三色.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('督办台账').getRange('G3').values = [[43965]];
      await context.sync();
    });
    const before = fake.dump();
    await actions.apply();
    const s = store.getState();
    expect(s.message).toEqual({ intent: 'error', title: '未应用三色', text: '台账「督办台账」在预览后已改动：请重新预览' });
    expect(fake.dump()).toBe(before);
    expect(settings.saves).toEqual([]);
    expect([previewSummary(s.analysis), canApply(s), canPreview(s)]).toEqual([null, false, true]);

    // A new preview sees the edit, and 应用三色 then writes it.
    await actions.preview();
    await actions.apply();
    expect(fake.values('督办台账', 'I3:I3')).toEqual([['已办结']]);
  });

  it('clears what it applied: the column and the rules go, the ledger is as before', async () => {
    const fake = specWorkbook();
    const { store, actions } = openPanel(fake);
    await actions.load();
    const before = fake.values('督办台账', 'A1:I6');
    await actions.preview();
    await actions.apply();
    await actions.clearColors();
    expect(fake.values('督办台账', 'A1:I6')).toEqual(before);
    expect(fake.rules('督办台账')).toEqual([]);
    expect(store.getState().message?.text).toBe('已移除工作表「督办台账」的督办状态列（I 列）和三色规则');
    expect(canClear(store.getState())).toBe(false);
  });
});

describe('useLedgerPanel logic: problems and errors', () => {
  it('lists a cell problem and selects that cell when the problem is chosen', async () => {
    // Row 7: 交办时间 '待定' cannot be read; its written deadline still makes it not yet due.
    const fake = specWorkbook({ extraRows: [[5, '修缮县图书馆', '会议交办', '县文旅局', '待定', '2020-12-31', null, null]] });
    const { store, actions, ui } = openPanel(fake);
    await actions.load();
    await actions.preview();
    const s = store.getState();
    expect(previewSummary(s.analysis)?.byStatus['—']).toBe(2);
    const problem = s.problems.find((p) => p.cell === 'E7');
    expect(problem).toMatchObject({ sheet: '督办台账', cell: 'E7' });
    await actions.selectCell(problem!.sheet!, problem!.cell!);
    expect(ui.selected).toEqual(['督办台账!E7']);
  });

  it('turns a failed write into a message naming the status column’s cell', async () => {
    const fake = specWorkbook();
    const { store, actions, settings } = openPanel(fake, { port: protectedSheetPort(fake) });
    await actions.load();
    await actions.preview();
    await actions.apply();
    const s = store.getState();
    expect(s.phase).toBe('error');
    expect(s.message).toEqual({
      intent: 'error',
      title: '应用三色失败',
      text: '无法写入「督办台账」!I2的督办状态列：工作表受保护，无法更改单元格',
    });
    expect(settings.saves).toEqual([]);
  });

  it('names the setting when the as-of date is not a date', async () => {
    const { store, actions } = openPanel(specWorkbook());
    await actions.load();
    actions.setAsOf('2020-02-30');
    await actions.preview();
    expect(store.getState().message).toEqual({
      intent: 'error',
      title: '截止日期无效',
      text: '设置「截止日期」不是有效日期（2020-02-30）：2020年2月30日不存在',
    });
    expect(store.getState().analysis).toBeNull();
  });

  it('names the mapping setting when a required column is unmapped', async () => {
    const { store, actions } = openPanel(specWorkbook());
    await actions.load();
    actions.setColumn('title', 0);
    await actions.preview();
    expect(store.getState().message?.text).toBe('列映射「督办事项」是必填项：请在列映射中为它选择一列');
  });

  it('names the cell it could not select', async () => {
    const { store, actions, ui } = openPanel(specWorkbook());
    ui.selectCell = () => Promise.reject(new Error('工作表已隐藏'));
    await actions.load();
    await actions.selectCell('督办台账', 'E7');
    expect(store.getState().message?.text).toBe('无法选中「督办台账」!E7：工作表已隐藏');
  });

  it('warns, naming the settings, when colors were applied but the settings could not be saved', async () => {
    const fake = specWorkbook();
    const settings = memorySettings();
    settings.save = () => Promise.reject(new Error('文档为只读'));
    const { store, actions } = openPanel(fake, { settings });
    await actions.load();
    await actions.preview();
    await actions.apply();
    expect(fake.values('督办台账', 'I3:I3')).toEqual([['红']]);
    expect(store.getState().message?.intent).toBe('warning');
    expect(store.getState().message?.text).toBe('台账工作表与列映射未能保存到「规则设置」工作表，功能区的“重新着色”和命令行将重新识别台账：文档为只读');
  });
});

describe('useLedgerPanel logic: refresh (the pane shown again, another sheet activated)', () => {
  it('reads the sheet list and the ledger again: a new sheet is listed, a new row is in the ledger', async () => {
    const fake = specWorkbook();
    const { port, reads } = countingPort(fake);
    const { store, actions } = openPanel(fake, { port, active: '督办台账' });
    await actions.load();
    expect(reads).toEqual({ listSheets: 1, readSheets: 1 });
    await fake.run(async (context) => {
      context.workbook.worksheets.add('2021年台账');
      await context.sync();
    });
    await appendItem(fake, 7, [5, '修缮县图书馆', '会议交办', '县文旅局', SERIAL['2020-04-28'], SERIAL['2020-12-31'], null, null]);

    await actions.refresh();
    expect(reads).toEqual({ listSheets: 2, readSheets: 2 });
    const s = store.getState();
    expect(s.sheets).toEqual(['说明', '督办台账', '2021年台账']);
    expect(s.sheet).toBe('督办台账');
    expect([currentMapping(s)?.firstDataRow, currentMapping(s)?.lastDataRow]).toEqual([3, 7]);
  });

  it('keeps the preview when the ledger is as it was (choosing a problem activates its sheet)', async () => {
    const fake = specWorkbook();
    const { store, actions } = openPanel(fake, { active: '督办台账' });
    await actions.load();
    await actions.preview();
    await actions.refresh();
    const s = store.getState();
    expect(s.phase).toBe('preview');
    expect(previewSummary(s.analysis)?.byStatus).toEqual({ 红: 1, 黄: 0, 蓝: 0, 临期: 0, 已办结: 1, 长期: 1, '—': 1 });
    expect(canApply(s)).toBe(true);
  });

  it('drops the preview when the ledger changed since', async () => {
    const fake = specWorkbook();
    const { store, actions } = openPanel(fake, { active: '督办台账' });
    await actions.load();
    await actions.preview();
    await appendItem(fake, 7, [5, '修缮县图书馆', '会议交办', '县文旅局', SERIAL['2020-04-28'], SERIAL['2020-12-31'], null, null]);
    await actions.refresh();
    const s = store.getState();
    expect([s.phase, previewSummary(s.analysis), canApply(s), canPreview(s)]).toEqual(['idle', null, false, true]);
    expect(currentMapping(s)?.lastDataRow).toBe(7);
  });

  it('moves the default as-of date to today when it has gone stale', async () => {
    let today = dateOnly('2026-12-04');
    const { store, actions } = openPanel(specWorkbook(), { today: () => today });
    await actions.load();
    expect(store.getState().asOf).toBe('2026-12-04');
    today = dateOnly('2026-12-07');
    await actions.refresh();
    expect(store.getState().asOf).toBe('2026-12-07');
    today = dateOnly('2026-12-08');
    await actions.refresh();
    expect(store.getState().asOf).toBe('2026-12-08');
  });

  it('keeps a date the user typed', async () => {
    let today = dateOnly('2026-12-04');
    const { store, actions } = openPanel(specWorkbook(), { today: () => today });
    await actions.load();
    actions.setAsOf('2026-11-30');
    today = dateOnly('2026-12-07');
    await actions.refresh();
    expect(store.getState().asOf).toBe('2026-11-30');
  });

  it('follows the sheet the user is on when nothing is set in the pane', async () => {
    const fake = fakeWorkbookFrom({ 督办台账: specLedger(), '2021年台账': specLedger() });
    const { store, actions, ui } = openPanel(fake, { active: '督办台账' });
    await actions.load();
    ui.active = '2021年台账';
    await actions.refresh();
    expect(store.getState().sheet).toBe('2021年台账');
  });

  it('keeps the sheet and a mapping the user changed but has not applied', async () => {
    const fake = fakeWorkbookFrom({ 督办台账: specLedger({ deadlineHeader: '时间节点' }), '2021年台账': specLedger() });
    const { store, actions, ui } = openPanel(fake, { active: '督办台账' });
    await actions.load();
    actions.setColumn('deadline', 6);
    ui.active = '2021年台账';
    await actions.refresh();
    const s = store.getState();
    expect(s.sheet).toBe('督办台账');
    expect(s.corrections).toEqual({ deadline: 6 });
    expect(currentMapping(s)?.columns.deadline).toBe(6);
  });

  it('keeps a sheet the user chose in the pane', async () => {
    const { store, actions, ui } = openPanel(specWorkbook(), { active: '督办台账' });
    await actions.load();
    await actions.chooseSheet('说明');
    ui.active = '督办台账';
    await actions.refresh();
    expect(store.getState().sheet).toBe('说明');
  });

  it('opens the saved ledger with its saved mapping after 应用三色, wherever the user is', async () => {
    const fake = fakeWorkbookFrom({ 督办台账: specLedger({ deadlineHeader: '时间节点' }), '2021年台账': specLedger() });
    const { store, actions, ui } = openPanel(fake, { active: '督办台账' });
    await actions.load();
    actions.setColumn('deadline', 6);
    await actions.preview();
    await actions.apply();
    ui.active = '2021年台账';
    await actions.refresh();
    const s = store.getState();
    expect(s.sheet).toBe('督办台账');
    expect(s.corrections).toEqual({ deadline: 6 });
    expect(s.message?.title).toBe('已应用三色');
  });

  it('does not read while a preview is under way', async () => {
    const { store, actions, ui } = openPanel(specWorkbook(), { active: '督办台账' });
    await actions.load();
    let asked = 0;
    const activeSheet = ui.activeSheet;
    ui.activeSheet = () => {
      asked++;
      return activeSheet();
    };
    const previewing = actions.preview();
    await actions.refresh();
    await previewing;
    expect(asked).toBe(0);
    expect(store.getState().phase).toBe('preview');
  });
});
