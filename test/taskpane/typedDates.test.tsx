/** @jest-environment jsdom */
/**
 * Nothing typed into a date box blanks the pane (issue 22): the whole App over the real
 * OfficeWorkbook and the fake Excel, the 截止日期 typed one keystroke at a time while the
 * 得分·奖金·通报 and 分发回收 tabs, which derive their periods and summaries from it, are mounted.
 * A year on its way (0002 before 2020) or outside 1900–2099 once made the bulletin's period
 * arithmetic throw during render and React unmount everything.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { App } from '../../src/taskpane/App';
import type { PaneDeps } from '../../src/taskpane/shared/paneDeps';
import { prepareFluentJsdom } from './fluentJsdom';
import { fakeHostEvents, memorySettings, recordingUi, specWorkbook } from './ledgerFixture';
import { dateOnly } from '../support/dateOnly';

beforeAll(prepareFluentJsdom);
afterEach(cleanup);
jest.setTimeout(60_000);

function renderPane() {
  const fake = specWorkbook();
  // Today is not the date typed, so the reports' defaults show which date they follow.
  const deps: PaneDeps = { port: new OfficeWorkbook(fake.run), ui: recordingUi('督办台账'), settings: memorySettings(), today: () => dateOnly('2026-12-04'), events: fakeHostEvents() };
  render(
    <FluentProvider theme={webLightTheme}>
      <App deps={deps} errorSource={new EventTarget()} />
    </FluentProvider>,
  );
}

/** The pane's date boxes, by label: 截止日期 is the only one (the reports' 考核年度 and 通报期次 are lists of offered values). */
const DATE_FIELDS = ['截止日期'];
const TABS = ['三色着色', '督办单', '分发回收', '得分·奖金·通报', '设置'];
const UNFINISHED = '日期还没输完，请按 2020-07-01、2020/7/1 或 2020年7月1日 输入';
const EMPTY = '请输入日期，如 2020-07-01、2020/7/1 或 2020年7月1日';
const year = (y: string) => `年份应在 1900 至 2099 之间，现为 ${y}`;

const tabPanel = (tab: string) => document.getElementById(`duban-tabpanel-${tab}`) as HTMLElement;
const dateBox = (label: string) => within(tabPanel('ledger')).getByLabelText(label) as HTMLInputElement;
const fieldMessage = (label: string) => dateBox(label).closest('.fui-Field')?.querySelector('.fui-Field__validationMessage')?.textContent ?? null;
const reportsCaption = () => tabPanel('reports').querySelector('.fui-Caption1')?.textContent;
const periodBox = () => within(tabPanel('reports')).getByLabelText('通报期次', { selector: 'button' }).textContent;
const yearBox = () => within(tabPanel('reports')).getByLabelText('考核年度', { selector: 'button' }).textContent;
const splitLine = () => within(tabPanel('feedback')).getByText(/^台账「|^设置「截止日期」|^正在识别/).textContent;

/** The pane is whole: the tab row, every panel, and no panel showing its error. */
function expectWhole(typed: string): void {
  const tabs = Array.from(document.querySelectorAll('[role="tab"]'), (t) => t.querySelector('.fui-Tab__content')?.textContent);
  expect([typed, tabs]).toEqual([typed, TABS]);
  for (const tab of ['ledger', 'notices', 'feedback', 'reports', 'settings']) expect(tabPanel(tab)).not.toBeNull();
  expect([typed, document.body.textContent?.includes('此页出错了')]).toEqual([typed, false]);
}

/** The other tabs wait: they show why, and their defaults follow today (2026-12-04), not the text. */
function expectWaiting(label: string, typed: string, why: string): void {
  expect([typed, fieldMessage(label)]).toEqual([typed, why]);
  expect([typed, splitLine()]).toEqual([typed, `设置「截止日期」不是有效日期（${typed.trim() || '空'}）：${why}（在「三色着色」页设置）`]);
  expect([typed, reportsCaption()]).toEqual([typed, `生成前请先处理：设置「截止日期」不是有效日期（${typed.trim() || '空'}）：${why}（在「三色着色」页设置）`]);
  expect([typed, periodBox(), yearBox()]).toEqual([typed, '2026年11月', '2026年（截止日期所在年度）']);
}

/** The other tabs follow the date again. */
function expectFollowing(label: string, date: string, period: string, yearText: string): void {
  expect([date, fieldMessage(label)]).toEqual([date, null]);
  expect(splitLine()).toBe(`台账「督办台账」，截止 ${date}（在「三色着色」页修改）`);
  expect(reportsCaption()).toBe(`按「三色着色」页的工作表、列映射和截止日期（${date}）计算；每次生成都新增一张工作表，不改动已有的表。`);
  expect([periodBox(), yearBox()]).toEqual([period, yearText]);
}

/** Types `text` into the box as a keyboard does, from an empty box: each prefix in turn. */
function* typing(label: string, text: string): Generator<string> {
  fireEvent.change(dateBox(label), { target: { value: '' } });
  yield '';
  for (let i = 1; i <= text.length; i++) {
    const typed = text.slice(0, i);
    fireEvent.change(dateBox(label), { target: { value: typed } });
    yield typed;
  }
}

async function loaded(): Promise<void> {
  await waitFor(() => expect(screen.getByText('表头：第 2 行；数据：第 3–6 行')).toBeTruthy());
}

describe.each(DATE_FIELDS)('typing into %s', (label) => {
  it('2020-07-01 keystroke by keystroke: each prefix waits with its reason, the date itself is followed', async () => {
    renderPane();
    await loaded();
    expectFollowing(label, '2026-12-04', '2026年11月', '2026年（截止日期所在年度）');
    const reasons = [EMPTY, ...Array.from({ length: 9 }, () => UNFINISHED)];
    let step = 0;
    for (const typed of typing(label, '2020-07-01')) {
      expectWhole(typed);
      if (step < reasons.length) expectWaiting(label, typed, reasons[step]);
      step++;
    }
    expect(step).toBe(11);
    expectFollowing(label, '2020-07-01', '2020年6月', '2020年（截止日期所在年度）');
    // The ledger's own preview computes on it.
    fireEvent.click(within(tabPanel('ledger')).getByText('预览', { selector: 'button' }));
    const card = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[aria-label="着色预览"]');
      if (found === null) throw new Error('no preview');
      return found;
    });
    expect(within(card).getByText('截止 2020-07-01，共 4 项督办事项')).toBeTruthy();
  });

  it.each([
    ['0002-07-01', '0002'],
    ['1899-12-31', '1899'],
    ['2100-01-01', '2100'],
  ])('%s keystroke by keystroke: the year is refused from its fourth digit, and the pane stays whole', async (text, y) => {
    renderPane();
    await loaded();
    const reasons = [EMPTY, UNFINISHED, UNFINISHED, UNFINISHED, ...Array.from({ length: 7 }, () => year(y))];
    let step = 0;
    for (const typed of typing(label, text)) {
      expectWhole(typed);
      expectWaiting(label, typed, reasons[step]);
      step++;
    }
    expect(step).toBe(11);
    expect(within(tabPanel('ledger')).getByText('预览', { selector: 'button' })).toHaveProperty('disabled', true);
    // A date again: the previews follow it, written the Chinese way and normalised on leaving the box.
    fireEvent.change(dateBox(label), { target: { value: '2020年5月7日' } });
    expectWhole('2020年5月7日');
    expectFollowing(label, '2020-05-07', '2020年4月', '2020年（截止日期所在年度）');
    fireEvent.blur(dateBox(label));
    expect(dateBox(label).value).toBe('2020-05-07');
  });
});
