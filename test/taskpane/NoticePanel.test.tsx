/** @jest-environment jsdom */
/**
 * Component tests of the 督办单 tab (jsdom): the whole pane over the real OfficeWorkbook and the
 * fake Excel (the SPEC example ledger, see noticePanelActions.test.ts for the notices it warrants),
 * driven as a user does: switch tab, 预览督办单, 生成督办单, select a log row, 作废 with a reason.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { App } from '../../src/taskpane/App';
import { postPaneError } from '../../src/office/paneErrors';
import type { FakeExcel } from '../fakes/fakeExcel';
import { prepareFluentJsdom } from './fluentJsdom';
import { fakeHostEvents, memorySettings, recordingUi, specWorkbook } from './ledgerFixture';
import { dateOnly } from '../support/dateOnly';

beforeAll(prepareFluentJsdom);
afterEach(cleanup);
// The first render loads Fluent: slow on a busy 2-core machine.
jest.setTimeout(20_000);

function renderPane(fake: FakeExcel, today = dateOnly('2020-07-01'), settings = memorySettings()) {
  const ui = recordingUi('督办台账');
  const errors = new EventTarget();
  render(
    <FluentProvider theme={webLightTheme}>
      <App deps={{ port: new OfficeWorkbook(fake.run), ui, settings, today: () => today, events: fakeHostEvents() }} errorSource={errors} />
    </FluentProvider>,
  );
  return { ui, errors };
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const tab = (name: 'ledger' | 'notices') => byId(`duban-tab-${name}`);
const tabPanel = (name: 'ledger' | 'notices') => byId(`duban-tabpanel-${name}`);
const button = (text: string) => within(tabPanel('notices')).getByText(text, { selector: 'button' });

/** Switches to the 督办单 tab once the ledger is detected (the notices analyse that ledger). */
async function openNotices(): Promise<void> {
  await waitFor(() => expect(screen.getByText('表头：第 2 行；数据：第 3–6 行')).toBeTruthy());
  fireEvent.click(tab('notices'));
  expect(tab('notices').getAttribute('aria-selected')).toBe('true');
  expect(tabPanel('notices').hidden).toBe(false);
  expect(tabPanel('ledger').hidden).toBe(true);
}

/** The 督办单 tab's MessageBar, once one with this title shows. */
async function messageBar(title: string): Promise<HTMLElement> {
  const titleElement = await within(tabPanel('notices')).findByText(title, { selector: '.fui-MessageBarTitle' });
  return titleElement.closest('.fui-MessageBar') as HTMLElement;
}

/** The text of each notice in a list card: badge, number, date, then unit and item. */
const entries = (card: HTMLElement) => Array.from(within(card).getByRole('list', { name: '督办单' }).children).map((li) => li.textContent);

describe('NoticePanel', () => {
  it('is a tab of the pane; tabs and panels are linked for assistive technology', async () => {
    renderPane(specWorkbook());
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.id)).toEqual(['duban-tab-ledger', 'duban-tab-notices', 'duban-tab-feedback', 'duban-tab-reports', 'duban-tab-settings']);
    expect(tab('ledger').getAttribute('aria-selected')).toBe('true');
    expect(tabPanel('ledger').getAttribute('aria-labelledby')).toBe('duban-tab-ledger');
    await openNotices();
    expect(within(tabPanel('notices')).getByText('台账「督办台账」，截止 2020-07-01（在「三色着色」页修改）')).toBeTruthy();
  });

  it('previews the notices due, generates them, and opens a notice sheet', async () => {
    const fake = specWorkbook();
    const { ui } = renderPane(fake);
    await openNotices();
    expect(button('生成督办单')).toHaveProperty('disabled', true);

    fireEvent.click(button('预览督办单'));
    const preview = await waitFor(() => within(tabPanel('notices')).getByRole('group', { name: '督办单预览' }));
    expect(within(preview).getByText('截止 2020-07-01，台账「督办台账」，应发 13 份')).toBeTruthy();
    expect(Array.from(within(preview).getByRole('list', { name: '各色份数' }).children).map((li) => li.textContent)).toEqual(['红8 份', '黄2 份', '蓝3 份']);
    const listed = entries(preview);
    expect(listed).toHaveLength(13);
    expect(listed[0]).toBe('蓝督〔2020〕蓝1号2020-05-11县住建局：1 推进县城污水管网改造');
    expect(listed[2]).toBe('蓝督〔2020〕蓝3号2020-05-11县财政局：2 落实春耕生产资金');
    expect(listed[12]).toBe('红督〔2020〕红8号2020-06-28县发改局：1 推进县城污水管网改造');
    // The plan's problem (no unit register) is listed.
    expect(within(tabPanel('notices')).getByText('问题 1 条')).toBeTruthy();
    expect(fake.sheetNames()).toEqual(['说明', '督办台账']);

    fireEvent.click(button('生成督办单'));
    const bar = await messageBar('已生成督办单');
    expect(bar.textContent).toContain('已生成 13 份督办单（红 8 份、黄 2 份、蓝 3 份），登记在「督办单登记」');
    expect(fake.sheetNames()).toContain('督办单登记');
    const issued = within(tabPanel('notices')).getByRole('group', { name: '已生成的督办单' });
    expect(entries(issued)).toEqual(listed);
    const sheetList = within(issued).getByRole('list', { name: '新增的督办单工作表' });
    expect(Array.from(sheetList.children).map((li) => li.textContent)).toEqual([
      '督办单 2020-05-11',
      '督办单 2020-05-18',
      '督办单 2020-05-28',
      '督办单 2020-06-08',
      '督办单 2020-06-18',
      '督办单 2020-06-28',
    ]);
    fireEvent.click(within(sheetList).getByText('督办单 2020-05-28', { selector: 'button' }));
    await waitFor(() => expect(ui.selected).toEqual(['督办单 2020-05-28!A1']));
    expect(button('生成督办单')).toHaveProperty('disabled', true);

    // Again for the same date: nothing new.
    fireEvent.click(button('预览督办单'));
    const again = await waitFor(() => within(tabPanel('notices')).getByRole('group', { name: '督办单预览' }));
    expect(within(again).getByText('没有新的应发督办单：截止 2020-07-01 应发的督办单都已登记在「督办单登记」。')).toBeTruthy();
    fireEvent.click(button('生成督办单'));
    expect((await messageBar('没有新的应发督办单')).textContent).toContain('截止 2020-07-01 应发的督办单都已登记在「督办单登记」，未生成新的督办单');
  });

  it('asks before generating a doubtful batch: 取消 writes nothing, 仍然发出 issues', async () => {
    const fake = specWorkbook();
    // At most 10 notices a run (notices.maxPerRun): the 13 due as of 2020-07-01 are more.
    renderPane(fake, dateOnly('2020-07-01'), memorySettings({ rules: { ...XIANGYIN_2020, notices: { ...XIANGYIN_2020.notices, maxPerRun: 10 } } }));
    await openNotices();
    fireEvent.click(button('预览督办单'));
    await waitFor(() => expect(button('生成督办单')).toHaveProperty('disabled', false));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(button('生成督办单'));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('确认生成督办单')).toBeTruthy();
    const items = (name: string) => Array.from(within(dialog).getByRole('list', { name }).children).map((li) => li.textContent);
    expect(items('需要确认的原因')).toEqual(['本次将发出 13 份督办单，多于每次 10 份的上限（规则设置 notices.maxPerRun）：请核对截止日期和列映射']);
    expect(items('将生成的督办单')).toEqual(['将发出督办单 13 份：红 8、黄 2、蓝 3', '按单位：县住建局 6、县发改局 6、县财政局 1', '按月份：2020-05 7、2020-06 6']);

    fireEvent.click(within(dialog).getByText('取消', { selector: 'button' }));
    expect((await messageBar('未生成督办单')).textContent).toContain('已取消，「督办单登记」和工作簿均未改动');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.sheetNames()).toEqual(['说明', '督办台账']);

    fireEvent.click(button('生成督办单'));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByText('仍然发出', { selector: 'button' }));
    expect((await messageBar('已生成督办单')).textContent).toContain('已生成 13 份督办单（红 8 份、黄 2 份、蓝 3 份）');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.sheetNames()).toContain('督办单登记');
  });

  it('voids the selected log row with a required reason', async () => {
    const fake = specWorkbook();
    const { ui } = renderPane(fake, dateOnly('2020-05-12'));
    await openNotices();
    fireEvent.click(button('预览督办单'));
    await waitFor(() => expect(button('生成督办单')).toHaveProperty('disabled', false));
    fireEvent.click(button('生成督办单'));
    await messageBar('已生成督办单');

    // The header row first: the panel says so.
    ui.selection = { sheet: '督办单登记', row: 1, rowCount: 1 };
    fireEvent.click(button('读取选中行'));
    expect((await messageBar('无法作废')).textContent).toBe('无法作废选中的是「督办单登记」的表头（第 1 行）：请选中要作废的督办单所在的行关闭');

    ui.selection = { sheet: '督办单登记', row: 2, rowCount: 1 };
    fireEvent.click(button('读取选中行'));
    const target = await waitFor(() => within(tabPanel('notices')).getByLabelText('要作废的督办单'));
    expect(target.textContent).toBe('第 2 行蓝督〔2020〕蓝1号2020-05-11县住建局：1 推进县城污水管网改造');

    // Without a reason: the field says it is required, nothing is written.
    fireEvent.click(button('作废'));
    expect(await within(tabPanel('notices')).findByText('请填写作废原因', { selector: '.fui-Field__validationMessage' })).toBeTruthy();
    expect(fake.values('督办单登记', 'K2:K2')).toEqual([['有效']]);

    fireEvent.change(within(tabPanel('notices')).getByLabelText(/^作废原因/), { target: { value: '交办单位有误' } });
    expect(within(tabPanel('notices')).queryByText('请填写作废原因', { selector: '.fui-Field__validationMessage' })).toBeNull();
    fireEvent.click(button('作废'));
    expect((await messageBar('已作废')).textContent).toContain('督办单「督〔2020〕蓝1号」已作废（「督办单登记」第 2 行），原因已记入备注');
    expect(fake.values('督办单登记', 'K2:L2')).toEqual([['作废', '作废：交办单位有误']]);
    expect(within(tabPanel('notices')).queryByLabelText('要作废的督办单')).toBeNull();
    // The list of what was just issued marks the voided notice.
    const issued = within(tabPanel('notices')).getByRole('group', { name: '已生成的督办单' });
    const entry = within(issued).getByText('督〔2020〕蓝1号').closest('li') as HTMLElement;
    expect(within(entry).getByText('已作废')).toBeTruthy();
  });

  it('keeps its list when the user switches tabs, and a ribbon failure brings the 三色着色 tab forward', async () => {
    const { errors } = renderPane(specWorkbook());
    await openNotices();
    fireEvent.click(button('预览督办单'));
    await waitFor(() => within(tabPanel('notices')).getByRole('group', { name: '督办单预览' }));
    fireEvent.click(tab('ledger'));
    fireEvent.click(tab('notices'));
    expect(within(tabPanel('notices')).getByRole('group', { name: '督办单预览' })).toBeTruthy();

    act(() => postPaneError(errors, '重新着色失败：工作表「督办台账」不存在'));
    expect(tab('ledger').getAttribute('aria-selected')).toBe('true');
    expect(tabPanel('ledger').hidden).toBe(false);
    expect(within(tabPanel('ledger')).getByText('功能区命令失败')).toBeTruthy();
  });
});
