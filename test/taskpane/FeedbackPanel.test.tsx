/** @jest-environment jsdom */
/**
 * Component tests of the 分发回收 tab (jsdom): the whole pane over the in-memory workbook holding
 * the SPEC example ledger (src/app/testing/specLedger.ts: header in row 1, 完成时间 in G), as of
 * 2020-07-01, driven as a clerk does: 生成各单位督办清单; then, in a workbook the units' filled
 * lists were moved back into, 读取交回的清单 and 确认导入.
 *
 * As of 2020-07-01 the open items are 1 (县住建局 and 县发改局 together), 3 (县政务服务中心) and
 * 4 (县工信局); 2 (县财政局) was done on 05-14. Units sort by their pinyin: 发改, 工信, 政务, 住建.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CellValue } from '../../src/core/cells';
import { FEEDBACK_COLUMNS, FEEDBACK_SHEET } from '../../src/core/feedback/feedbackLog';
import { MemoryWorkbook } from '../../src/app/testing/memoryWorkbook';
import { NOTE_SHEET, specLedgerGrid } from '../../src/app/testing/specLedger';
import { App } from '../../src/taskpane/App';
import { prepareFluentJsdom } from './fluentJsdom';
import { fakeHostEvents, memorySettings, recordingUi } from './ledgerFixture';
import { dateOnly } from '../support/dateOnly';
import { serialOf, type Answers } from '../support/feedbackLedger';

beforeAll(prepareFluentJsdom);
afterEach(cleanup);
// The first render loads Fluent: slow on a busy 2-core machine.
jest.setTimeout(20_000);

const LISTS = ['县发改局-督办清单', '县工信局-督办清单', '县政务服务中心-督办清单', '县住建局-督办清单'];

function ledgerWorkbook(extra: Record<string, CellValue[][]> = {}, grid = specLedgerGrid()): MemoryWorkbook {
  return new MemoryWorkbook({ 说明: NOTE_SHEET, 督办台账: grid, ...extra });
}

function renderPane(port: MemoryWorkbook) {
  const ui = recordingUi('督办台账');
  render(
    <FluentProvider theme={webLightTheme}>
      <App deps={{ port, ui, settings: memorySettings(), today: () => dateOnly('2020-07-01'), events: fakeHostEvents() }} errorSource={new EventTarget()} />
    </FluentProvider>,
  );
  return { ui };
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const tabPanel = () => byId('duban-tabpanel-feedback');
const button = (text: string) => within(tabPanel()).getByText(text, { selector: 'button' });
const items = (list: HTMLElement) => Array.from(list.children).map((li) => li.textContent);
const sheetNames = async (port: MemoryWorkbook) => (await port.listSheets()).map((s) => s.name);

/** Switches to the 分发回收 tab once the ledger is detected (the tab works on that ledger). */
async function openFeedback(): Promise<void> {
  await waitFor(() => expect(screen.getByText('表头：第 1 行；数据：第 2–5 行')).toBeTruthy());
  fireEvent.click(byId('duban-tab-feedback'));
  expect(byId('duban-tab-feedback').getAttribute('aria-selected')).toBe('true');
  expect(tabPanel().hidden).toBe(false);
}

/** The tab's MessageBar, once one with this title shows. */
async function messageBar(title: string): Promise<HTMLElement> {
  const titleElement = await within(tabPanel()).findByText(title, { selector: '.fui-MessageBarTitle' });
  return titleElement.closest('.fui-MessageBar') as HTMLElement;
}

/** The calls an action made, from `before` on. */
const since = (port: MemoryWorkbook, before: number) => port.calls.slice(before);

/** A unit's list with its answers typed in the four columns (H–K) of the rows of the given items, as the unit would. */
function answered(list: CellValue[][], answers: Record<string, Answers>): CellValue[][] {
  return list.map((row) => {
    const a = typeof row[0] === 'string' ? answers[row[0]] : undefined;
    return a === undefined ? row : [...row.slice(0, 7), ...a];
  });
}

/** The lists as 生成各单位督办清单 adds them on 2020-07-01: each sheet's model as the values a unit receives. */
async function generatedLists(): Promise<Record<string, CellValue[][]>> {
  const port = ledgerWorkbook();
  renderPane(port);
  await openFeedback();
  fireEvent.click(button('生成各单位督办清单'));
  await messageBar('已生成各单位督办清单');
  cleanup();
  return Object.fromEntries(LISTS.map((name) => [name, (port.model(name)?.rows ?? []).map((r) => r.map((c) => c.value))]));
}

/**
 * The ledger's workbook with the four lists moved back in, as returned on 2020-07-01:
 * - 县政务服务中心 reports item 3 done on 06-20 (its 完成时间 G4 is empty: it may be filled);
 * - 县住建局 reports item 1 done on 06-30: an item shared with 县发改局, so only registered;
 * - 县工信局 reports item 4 done on 07-05, after the day received: left out, an error;
 * - 县发改局 sends its list back blank.
 */
async function returnedWorkbook(): Promise<MemoryWorkbook> {
  const lists = await generatedLists();
  return ledgerWorkbook({
    '县政务服务中心-督办清单': answered(lists['县政务服务中心-督办清单'], { '3': ['一网通办平台已建成', serialOf('2020-06-20'), '验收报告.pdf', '王五 13900000000'] }),
    '县住建局-督办清单': answered(lists['县住建局-督办清单'], { '1': ['管网改造已完工', serialOf('2020-06-30'), null, '张三'] }),
    '县工信局-督办清单': answered(lists['县工信局-督办清单'], { '4': ['平台已上线试运行', serialOf('2020-07-05'), null, '赵六'] }),
    '县发改局-督办清单': lists['县发改局-督办清单'],
  });
}

describe('FeedbackPanel', () => {
  it('is the tab after 督办单, on the ledger and date of the 三色着色 tab', async () => {
    renderPane(ledgerWorkbook());
    expect(screen.getAllByRole('tab').map((t) => t.id)).toEqual(['duban-tab-ledger', 'duban-tab-notices', 'duban-tab-feedback', 'duban-tab-reports', 'duban-tab-settings']);
    expect(byId('duban-tab-feedback').textContent).toContain('分发回收');
    await openFeedback();
    expect(within(tabPanel()).getByText('台账「督办台账」，截止 2020-07-01（在「三色着色」页修改）')).toBeTruthy();
    expect(within(tabPanel()).getByText('收到日期按 2020-07-01 登记（「三色着色」页的截止日期）。')).toBeTruthy();
  });

  it('adds one protected 督办清单 sheet per unit with open items, each a link that opens it', async () => {
    const port = ledgerWorkbook();
    const { ui } = renderPane(port);
    await openFeedback();
    const before = port.calls.length;
    fireEvent.click(button('生成各单位督办清单'));
    const bar = await messageBar('已生成各单位督办清单');
    expect(bar.textContent).toContain('已为 4 个单位各添加一张督办清单工作表（截至 2020-07-01）');
    // Two reads (the sheet list, the sheets), then one write per list.
    expect(since(port, before)).toEqual(['listSheets', 'readSheets', 'addSheet', 'addSheet', 'addSheet', 'addSheet']);
    expect(await sheetNames(port)).toEqual(['说明', '督办台账', ...LISTS]);
    expect(port.values('督办台账')).toEqual(specLedgerGrid());
    expect(LISTS.map((name) => port.model(name)?.protect)).toEqual([true, true, true, true]);
    // 县住建局's list: its item and the list's own line.
    expect(port.values('县住建局-督办清单').map((r) => r[0])).toEqual([
      '县住建局督办事项清单',
      expect.stringContaining('截至2020年7月1日 · 在办事项1项'),
      expect.stringMatching(/^填报说明/),
      '事项编号',
      '1',
      undefined,
      expect.stringMatching(/^清单标识：督办清单1｜县住建局｜2020-07-01｜/),
    ]);

    const card = within(tabPanel()).getByRole('group', { name: '已生成的督办清单' });
    expect(within(card).getByText('截至 2020-07-01，台账「督办台账」，4 个单位')).toBeTruthy();
    expect(items(within(card).getByRole('list', { name: '督办清单工作表' }))).toEqual(LISTS.map((name) => `${name}1 项`));
    expect(within(card).getByText('没有在办事项、未生成清单的单位 1 个：县财政局')).toBeTruthy();
    expect(within(card).getByText(/^发送：右击清单工作表的标签 →「移动或复制」→ 工作簿选「\(新工作簿\)」/)).toBeTruthy();

    fireEvent.click(within(card).getByText('县政务服务中心-督办清单', { selector: 'button' }));
    await waitFor(() => expect(ui.selected).toEqual(['县政务服务中心-督办清单!A1']));
  });

  it('says so, and adds nothing, when no item is open', async () => {
    const done = specLedgerGrid().map((row, i) => (i === 0 || row[6] !== null ? row : [...row.slice(0, 6), new Date('2020-06-01T00:00:00Z')]));
    const port = ledgerWorkbook({}, done);
    renderPane(port);
    await openFeedback();
    fireEvent.click(button('生成各单位督办清单'));
    expect((await messageBar('没有需要分发的督办清单')).textContent).toContain('截至 2020-07-01，台账「督办台账」中没有在办事项，未生成清单，工作簿未改动');
    expect(port.calls).not.toContain('addSheet');
    expect(await sheetNames(port)).toEqual(['说明', '督办台账']);
  });

  it('tells how to bring the lists in when the workbook has none', async () => {
    const port = ledgerWorkbook();
    renderPane(port);
    await openFeedback();
    fireEvent.click(button('读取交回的清单'));
    expect((await messageBar('没有交回的督办清单')).textContent).toContain(
      '工作簿中没有交回的督办清单：请把单位交回的工作表用“移动或复制”放入本工作簿',
    );
    expect(within(tabPanel()).queryByRole('group', { name: '反馈预览' })).toBeNull();
    expect(within(tabPanel()).queryByText('确认导入', { selector: 'button' })).toBeNull();
  });

  it('previews the returned lists, registers them and fills the ledger’s empty 完成时间, and imports nothing twice', async () => {
    const port = await returnedWorkbook();
    const { ui } = renderPane(port);
    await openFeedback();

    // Read: three reads (sheet list, the sheets, the lists); no 反馈登记 yet, so no fourth; nothing written.
    let before = port.calls.length;
    fireEvent.click(button('读取交回的清单'));
    const preview = await within(tabPanel()).findByRole('group', { name: '反馈预览' });
    expect(since(port, before)).toEqual(['listSheets', 'readSheets', 'readSheets']);
    expect(within(preview).getByText('收到日期 2020-07-01，读取清单 4 张')).toBeTruthy();
    expect(items(within(preview).getByRole('list', { name: '反馈统计' }))).toEqual([
      '新的反馈 2 条（将登记到「反馈登记」）',
      '已登记过 0 条（不再登记）',
      '未填写 1 行',
      '可填入台账的完成时间 1 处',
      '问题 2 条（错误 1 条的行未导入，见下方“问题”）',
    ]);
    expect(items(within(preview).getByRole('list', { name: '新的反馈' }))).toEqual([
      '县政务服务中心：3 优化营商环境一网通办平台已建成；完成时间 2020-06-20；佐证：验收报告.pdf；联系人：王五 13900000000',
      '县住建局：1 推进县城污水管网改造管网改造已完工；完成时间 2020-06-30；联系人：张三',
    ]);

    // The problems, each a button selecting its cell on the returned sheet.
    expect(within(tabPanel()).getByText('问题 2 条')).toBeTruthy();
    const future = within(tabPanel()).getByRole('button', { name: /^县工信局-督办清单!I5/ });
    expect(future.textContent).toBe('县工信局-督办清单!I5报告的完成时间 2020-07-05 晚于收到日期 2020-07-01，这一行未导入');
    expect(within(tabPanel()).getByRole('button', { name: /^县住建局-督办清单!I5/ }).textContent).toContain('由县住建局、县发改局共同承办，县住建局报告的完成时间只登记');
    fireEvent.click(future);
    await waitFor(() => expect(ui.selected).toEqual(['县工信局-督办清单!I5']));
    expect(await sheetNames(port)).not.toContain(FEEDBACK_SHEET);

    // 确认导入 with the checkbox: the ledger is read again (unchanged), one cell filled, two rows appended.
    const checkbox = within(tabPanel()).getByRole('checkbox', { name: '同时把报告的完成时间填入台账（只填空格）' });
    expect(checkbox).toHaveProperty('checked', false);
    fireEvent.click(checkbox);
    expect(checkbox).toHaveProperty('checked', true);
    before = port.calls.length;
    fireEvent.click(button('确认导入'));
    expect((await messageBar('已导入反馈')).textContent).toContain('「反馈登记」新增 2 条；台账填入完成时间 1 处');
    expect(since(port, before)).toEqual(['listSheets', 'readSheets', 'fillEmptyCells', 'appendRows']);
    expect(port.values('督办台账')[3][6]).toBe(serialOf('2020-06-20'));
    const day = serialOf('2020-07-01');
    expect(port.values(FEEDBACK_SHEET)).toEqual([
      Object.values(FEEDBACK_COLUMNS),
      [day, '县政务服务中心', '3', '优化营商环境', '一网通办平台已建成', serialOf('2020-06-20'), '验收报告.pdf', '王五 13900000000', day, '县政务服务中心-督办清单', '督办台账!G4'],
      [day, '县住建局', '1', '推进县城污水管网改造', '管网改造已完工', serialOf('2020-06-30'), null, '张三', day, '县住建局-督办清单', null],
    ]);
    expect(button('确认导入')).toHaveProperty('disabled', true);

    const result = within(tabPanel()).getByRole('group', { name: '导入结果' });
    expect(within(result).getByText('已登记到「反馈登记」2 条。')).toBeTruthy();
    expect(items(within(result).getByRole('list', { name: '已填入的单元格' }))).toEqual(['督办台账!G4']);
    fireEvent.click(within(result).getByText('督办台账!G4', { selector: 'button' }));
    fireEvent.click(within(result).getByText('打开「反馈登记」', { selector: 'button' }));
    await waitFor(() => expect(ui.selected.slice(1)).toEqual(['督办台账!G4', '反馈登记!A1']));

    // The same lists read again: all registered already, the filled cell no longer empty; nothing to import.
    before = port.calls.length;
    fireEvent.click(button('读取交回的清单'));
    expect((await messageBar('没有新的反馈')).textContent).toContain('读到的 2 条反馈都已登记在「反馈登记」，无需再次导入');
    // One read more than the first time: 反馈登记.
    expect(since(port, before)).toEqual(['listSheets', 'readSheets', 'readSheets', 'readSheets']);
    // A new read asks anew before writing to the ledger.
    expect(within(tabPanel()).getByRole('checkbox', { name: '同时把报告的完成时间填入台账（只填空格）' })).toHaveProperty('checked', false);
    const again = within(tabPanel()).getByRole('group', { name: '反馈预览' });
    expect(items(within(again).getByRole('list', { name: '反馈统计' })).slice(0, 4)).toEqual([
      '新的反馈 0 条（将登记到「反馈登记」）',
      '已登记过 2 条（不再登记）',
      '未填写 1 行',
      '可填入台账的完成时间 0 处',
    ]);
    expect(button('确认导入')).toHaveProperty('disabled', true);
    fireEvent.click(button('确认导入'));
    expect(port.calls.slice(before)).not.toContain('appendRows');
    expect(port.values(FEEDBACK_SHEET)).toHaveLength(3);
  });

  it('without the checkbox registers the answers and leaves the ledger alone', async () => {
    const port = await returnedWorkbook();
    renderPane(port);
    await openFeedback();
    fireEvent.click(button('读取交回的清单'));
    await within(tabPanel()).findByRole('group', { name: '反馈预览' });
    const before = port.calls.length;
    fireEvent.click(button('确认导入'));
    expect((await messageBar('已导入反馈')).textContent).toBe('已导入反馈「反馈登记」新增 2 条关闭');
    expect(since(port, before)).toEqual(['appendRows']);
    expect(port.values('督办台账')).toEqual(specLedgerGrid());
    expect(port.values(FEEDBACK_SHEET).map((r) => r[10] ?? null)).toEqual(['填入台账', null, null]);
    expect(within(tabPanel()).getByText('未勾选填入台账：1 处报告的完成时间只登记在「反馈登记」，台账未改动。')).toBeTruthy();

    // Later the clerk fills the ledger from what is registered: read again, tick, import; nothing registered twice.
    fireEvent.click(button('读取交回的清单'));
    const again = await within(tabPanel()).findByRole('group', { name: '反馈预览' });
    expect(items(within(again).getByRole('list', { name: '反馈统计' })).slice(0, 4)).toEqual([
      '新的反馈 0 条（将登记到「反馈登记」）',
      '已登记过 2 条（不再登记）',
      '未填写 1 行',
      '可填入台账的完成时间 1 处',
    ]);
    expect(button('确认导入')).toHaveProperty('disabled', true);
    fireEvent.click(within(tabPanel()).getByRole('checkbox', { name: '同时把报告的完成时间填入台账（只填空格）' }));
    fireEvent.click(button('确认导入'));
    expect((await messageBar('已导入反馈')).textContent).toBe('已导入反馈台账填入完成时间 1 处关闭');
    expect(port.values('督办台账')[3][6]).toBe(serialOf('2020-06-20'));
    expect(port.values(FEEDBACK_SHEET)).toHaveLength(3);
  });

  it('fills nothing when the ledger changed since the lists were read: they are to be read again', async () => {
    const port = await returnedWorkbook();
    renderPane(port);
    await openFeedback();
    fireEvent.click(button('读取交回的清单'));
    await within(tabPanel()).findByRole('group', { name: '反馈预览' });
    // A row's remark typed meanwhile (H3): the rows the dates go to may have moved.
    port.setCell('督办台账', 3, 8, '已核实');
    fireEvent.click(within(tabPanel()).getByRole('checkbox', { name: '同时把报告的完成时间填入台账（只填空格）' }));
    const before = port.calls.length;
    fireEvent.click(button('确认导入'));
    expect((await messageBar('未导入反馈')).textContent).toContain('台账「督办台账」在读取后已改动：请重新读取交回的清单（「反馈登记」和台账均未改动）');
    expect(since(port, before)).toEqual(['listSheets', 'readSheets']);
    expect(within(tabPanel()).queryByRole('group', { name: '反馈预览' })).toBeNull();
    expect(await sheetNames(port)).not.toContain(FEEDBACK_SHEET);
  });
});
