/** @jest-environment jsdom */
/**
 * Component tests of the task pane (jsdom): the whole App over the real OfficeWorkbook and the
 * fake Excel, driven the way a user does it (click the dropdown, pick an option, click 预览).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { WorkbookPort } from '../../src/app/ports/workbookPort';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { App } from '../../src/taskpane/App';
import type { PaneDeps } from '../../src/taskpane/shared/paneDeps';
import { postPaneError } from '../../src/office/paneErrors';
import type { FakeExcel } from '../fakes/fakeExcel';
import { prepareFluentJsdom } from './fluentJsdom';
import { fakeHostEvents, memorySettings, recordingUi, specWorkbook } from './ledgerFixture';
import { dateOnly } from '../support/dateOnly';

beforeAll(prepareFluentJsdom);
afterEach(cleanup);
// The first render loads Fluent: slow on a busy 2-core machine.
jest.setTimeout(15_000);

function renderApp(fake: FakeExcel, port: WorkbookPort = new OfficeWorkbook(fake.run)) {
  const deps: PaneDeps = { port, ui: recordingUi('督办台账'), settings: memorySettings(), today: () => dateOnly('2020-07-01'), events: fakeHostEvents() };
  const errors = new EventTarget();
  render(
    <FluentProvider theme={webLightTheme}>
      <App deps={deps} errorSource={errors} />
    </FluentProvider>,
  );
  return { deps, errors };
}

// Role queries compute accessible names over the whole pane (a second each in jsdom): the
// controls are found by their labels and text instead, which is what a user reads too.

/** The element matching a CSS selector, once it appears. */
function appeared(selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = document.querySelector<HTMLElement>(selector);
    if (found === null) throw new Error(`${selector} did not appear`);
    return found;
  });
}

/** Opens a Fluent Dropdown and picks the option with exactly this text. */
async function pick(combobox: HTMLElement, option: string): Promise<void> {
  fireEvent.click(combobox);
  const listbox = await appeared(`#${combobox.getAttribute('aria-controls') ?? ''}`);
  fireEvent.click(within(listbox).getByText(option, { selector: '[role="option"]' }));
}

/** A field's control by its label (a required field's label ends in '*'). */
const mappingBox = (label: string) => screen.getByLabelText(new RegExp(`^${label}\\s*\\*?$`), { selector: 'button' });
const button = (text: string) => screen.getByText(text, { selector: 'button' });
/** Unfolds the column mapping (folded while detection found every required column). */
const openMapping = () => fireEvent.click(screen.getByText('列映射'));

describe('LedgerPanel: mapping correction', () => {
  it('shows the detected mapping and lets the user map an unrecognised header through the dropdown', async () => {
    renderApp(specWorkbook({ deadlineHeader: '时间节点' }));
    await waitFor(() => expect(screen.getByText('表头：第 2 行；数据：第 3–6 行')).toBeTruthy());
    // Folded: every required column was found; the summary names what the colors miss.
    expect(screen.getByText('已对应 7 列；未映射：办理时限、办理状态')).toBeTruthy();
    expect(screen.queryByLabelText(/^交办时间/)).toBeNull();
    openMapping();
    expect(mappingBox('交办时间').textContent).toBe('E 交办时间');
    expect(screen.getByText('按表头"交办时间"识别')).toBeTruthy();
    expect(mappingBox('办理时限').textContent).toBe('未映射');

    await pick(mappingBox('办理时限'), 'F 时间节点');
    expect(mappingBox('办理时限').textContent).toBe('F 时间节点');
    expect(screen.getByText('已手动指定')).toBeTruthy();

    fireEvent.click(button('预览'));
    const card = await appeared('[aria-label="着色预览"]');
    // With the deadline column mapped, the 长期 item is seen as long-term.
    const count = (label: string) => within(card).getByText(label).closest('li')?.textContent;
    expect(count('红')).toBe('红1 项');
    expect(count('长期')).toBe('长期1 项');
    expect(count('未到期')).toBe('未到期1 项');
    expect(within(card).getByText('涉及单位 2 个：县住建局、县发改局')).toBeTruthy();
  });

  it('says which word of a decorated header decided its column', async () => {
    renderApp(specWorkbook({ deadlineHeader: '整改期限（以文件为准）' }));
    await waitFor(() => expect(screen.getByText('列映射')).toBeTruthy());
    openMapping();
    expect(mappingBox('办理时限').textContent).toBe('F 整改期限(以文件为准)');
    expect(screen.getByText('按表头"整改期限(以文件为准)"中的"整改期限"识别')).toBeTruthy();
  });

  it('marks an unmapped required column and keeps 预览 disabled until it is mapped again', async () => {
    renderApp(specWorkbook());
    await waitFor(() => expect(screen.getByText('列映射')).toBeTruthy());
    openMapping();
    await pick(mappingBox('交办时间'), '未映射');
    // 办理时限 stands in for 交办时间 until it is unmapped too.
    expect(screen.queryByText('必填：请选择一列')).toBeNull();
    await pick(mappingBox('办理时限'), '未映射');
    expect(screen.getByText('缺少必填列：交办时间（或办理时限）')).toBeTruthy();
    expect(screen.getByText('必填：请选择一列')).toBeTruthy();
    expect(button('预览')).toHaveProperty('disabled', true);
    await pick(mappingBox('交办时间'), 'E 交办时间');
    expect(screen.queryByText('必填：请选择一列')).toBeNull();
    expect(button('预览')).toHaveProperty('disabled', false);
  });
});

describe('LedgerPanel: errors', () => {
  it('shows a failed write as an error MessageBar naming the cell', async () => {
    const fake = specWorkbook();
    const port = new OfficeWorkbook(fake.run);
    const failing = Object.assign(Object.create(port) as WorkbookPort, {
      writeLedgerDecoration: () => Promise.reject(new Error('工作表受保护')),
    });
    renderApp(fake, failing);
    await waitFor(() => expect(button('预览')).toHaveProperty('disabled', false));
    fireEvent.click(button('预览'));
    await waitFor(() => expect(button('应用三色')).toHaveProperty('disabled', false));
    fireEvent.click(button('应用三色'));

    const title = await screen.findByText('应用三色失败');
    const bar = title.closest('.fui-MessageBar') as HTMLElement;
    expect(bar).not.toBeNull();
    expect(bar.textContent).toContain('无法写入「督办台账」!I2的督办状态列：工作表受保护');
    fireEvent.click(within(bar).getByLabelText('关闭消息'));
    expect(screen.queryByText('应用三色失败')).toBeNull();
  });

  it('shows a ribbon command’s failure, posted on the shared window, in the MessageBar', async () => {
    const { errors } = renderApp(specWorkbook());
    await waitFor(() => expect(screen.getByText('表头：第 2 行；数据：第 3–6 行')).toBeTruthy());
    act(() => postPaneError(errors, '重新着色失败：工作表「督办台账」不存在'));
    const bar = (await screen.findByText('功能区命令失败')).closest('.fui-MessageBar') as HTMLElement;
    expect(bar.textContent).toContain('重新着色失败：工作表「督办台账」不存在');
  });

  it('marks an invalid as-of date on its field', async () => {
    renderApp(specWorkbook());
    const input = await screen.findByLabelText('截止日期');
    expect((input as HTMLInputElement).value).toBe('2020-07-01');
    fireEvent.change(input, { target: { value: '' } });
    expect(screen.getByText('请输入日期，如 2020-07-01、2020/7/1 或 2020年7月1日')).toBeTruthy();
    expect(button('预览')).toHaveProperty('disabled', true);
    fireEvent.change(input, { target: { value: '2020-02-30' } });
    expect(screen.getByText('2020年2月30日不存在')).toBeTruthy();
    expect(button('预览')).toHaveProperty('disabled', true);
  });
});

describe('LedgerPanel: 临期', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('counts the items due within 3 working days and lists their SMS texts, which 复制 puts on the clipboard', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    renderApp(specWorkbook());
    const input = await screen.findByLabelText('截止日期');
    // As of Thursday 05-07 the working days after are 05-08, Saturday 05-09 (调休) and 05-11: the two
    // 县长批示 items due 05-11 are 临期 (the second is completed only on 05-14).
    fireEvent.change(input, { target: { value: '2020-05-07' } });
    await waitFor(() => expect(button('预览')).toHaveProperty('disabled', false));
    fireEvent.click(button('预览'));
    const card = await appeared('[aria-label="着色预览"]');
    const count = (label: string) => within(card).getByText(label).closest('li')?.textContent;
    expect(count('临期')).toBe('临期2 项');
    expect(count('红')).toBe('红0 项');
    expect(count('未到期')).toBe('未到期1 项');
    expect(within(card).getByText('涉及单位 0 个')).toBeTruthy();

    fireEvent.click(within(card).getByText('临期提醒 2 项（短信文字）'));
    const sms = '【县督查室】提醒：县住建局、县发改局承办的“推进县城污水管网改造”将于5月11日到期，请抓紧办理。';
    expect(within(card).getByText(sms)).toBeTruthy();
    expect(within(card).getByText('【县督查室】提醒：县财政局承办的“落实春耕生产资金”将于5月11日到期，请抓紧办理。')).toBeTruthy();
    expect(within(card).getByText('县住建局、县发改局：时限 2020-05-11，还有 3 个工作日')).toBeTruthy();
    fireEvent.click(within(card).getByLabelText('复制第3行的短信'));
    await waitFor(() => expect(copied).toEqual([sms]));
    expect(within(card).getByLabelText('复制第3行的短信').textContent).toBe('已复制');
  });

  it('says so where the host refuses the clipboard', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('NotAllowedError')) } });
    renderApp(specWorkbook());
    fireEvent.change(await screen.findByLabelText('截止日期'), { target: { value: '2020-05-07' } });
    await waitFor(() => expect(button('预览')).toHaveProperty('disabled', false));
    fireEvent.click(button('预览'));
    const card = await appeared('[aria-label="着色预览"]');
    fireEvent.click(within(card).getByText('临期提醒 2 项（短信文字）'));
    fireEvent.click(within(card).getByLabelText('复制第4行的短信'));
    expect(await within(card).findByText('无法写入剪贴板，请选中短信文字后按 Ctrl+C 复制')).toBeTruthy();
  });
});
