/** @jest-environment jsdom */
/**
 * Component tests of the 设置 tab (jsdom): the whole App over the real OfficeWorkbook, the real
 * settings port (the workbook's 规则设置 sheet) and the fake Excel, driven as a user does it.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { WorkbookPort } from '../../src/app/ports/workbookPort';
import { createWorkbookSettings } from '../../src/app/workbookSettings';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { App } from '../../src/taskpane/App';
import type { PaneDeps } from '../../src/taskpane/shared/paneDeps';
import type { FakeExcel } from '../fakes/fakeExcel';
import { dateOnly } from '../support/dateOnly';
import { prepareFluentJsdom } from './fluentJsdom';
import { fakeHostEvents, recordingUi, specWorkbook } from './ledgerFixture';

beforeAll(prepareFluentJsdom);
afterEach(cleanup);
jest.setTimeout(20_000);

function renderPane(fake: FakeExcel, port: WorkbookPort = new OfficeWorkbook(fake.run)) {
  const ui = recordingUi('督办台账');
  const deps: PaneDeps = { port, ui, settings: createWorkbookSettings(port), today: () => dateOnly('2020-07-01'), events: fakeHostEvents() };
  render(
    <FluentProvider theme={webLightTheme}>
      <App deps={deps} errorSource={new EventTarget()} />
    </FluentProvider>,
  );
  return { ui };
}

const button = (text: string) => screen.getByText(text, { selector: 'button' });
const tab = (id: 'ledger' | 'settings') => fireEvent.click(document.getElementById(`duban-tab-${id}`) as HTMLElement);
const settingsPanel = () => document.getElementById('duban-tabpanel-settings') as HTMLElement;
const field = (label: string) => within(settingsPanel()).getByLabelText(label) as HTMLInputElement;

/** Opens the 设置 tab and waits for the settings to be read. */
async function openSettings(expectedSource: string): Promise<void> {
  tab('settings');
  await waitFor(() => expect(within(settingsPanel()).getByText(expectedSource)).toBeTruthy());
}

/** Unfolds a group of settings by its title. */
const unfold = (title: string) => fireEvent.click(within(settingsPanel()).getByText(title));

/** Types into a setting and presses Enter. */
function typeSetting(label: string, text: string): void {
  const input = field(label);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

const SHEET_SOURCE = '按本工作簿「规则设置」工作表';

describe('SettingsPanel: 规则设置', () => {
  it('lists every group with its clause, and the values in force from the 规则设置 sheet', async () => {
    renderPane(specWorkbook({ settings: [['红色督办单重复间隔', 7]] }));
    await openSettings(SHEET_SOURCE);
    const panel = settingsPanel();
    for (const title of ['规则', '台账与列', '办理时限', '三色升级', '督办单', '单位得分', '阶梯奖金', '合理性检查']) {
      expect(within(panel).getByText(title)).toBeTruthy();
    }
    // 黄色后天数, 时限后天数, 重复间隔, 升级天数按, 签发日顺延, 临期预警.
    expect(within(panel).getByText('SPEC §3，附件第四至六条；6 项')).toBeTruthy();
    // Folded until asked for.
    expect(within(panel).queryByLabelText('红色督办单重复间隔')).toBeNull();
    unfold('三色升级');
    expect(field('红色督办单重复间隔').value).toBe('7');
    expect(field('黄色督办单：时限后天数').value).toBe('5');
    expect(field('黄色督办单：时限后天数').disabled).toBe(false);
    // Under each value: what it means and the preset's value (红色 10, though the sheet says 7).
    const box = (label: string) => field(label).closest('.fui-Field')?.textContent;
    expect(box('红色督办单重复间隔')).toBe('红色督办单重复间隔事项仍未办结时，每隔几天再发一张红色督办单；0 = 不重复默认：10');
    expect(box('黄色督办单：时限后天数')).toContain('默认：5');
  });

  it('writes an edited setting into its cell of the sheet, and the 督办单 tab issues by it', async () => {
    const fake = specWorkbook({ settings: [['红色督办单重复间隔', 10]] });
    renderPane(fake);
    await openSettings(SHEET_SOURCE);
    unfold('三色升级');
    typeSetting('红色督办单重复间隔', '0');
    await waitFor(() => expect(within(settingsPanel()).getByText('已修改设置')).toBeTruthy());
    expect(within(settingsPanel()).getByText('「红色督办单重复间隔」已改为 0，各页按新规则办理（三色着色请重新预览）。')).toBeTruthy();
    // Row 2 of the sheet is 红色督办单重复间隔 | 10: its 值 cell now holds the number 0.
    expect(fake.values('规则设置', 'A2:B2')).toEqual([['红色督办单重复间隔', 0]]);
    // Read again: the field shows what the sheet holds.
    await waitFor(() => expect(field('红色督办单重复间隔').value).toBe('0'));

    // The 督办单 tab works with the new rules: item 1 (two units) was red on 2020-05-28 and, every
    // 10 days, again on 06-07, 06-17 and 06-27 (8 reds in all); with 0 = 不重复, one red per unit.
    // Its 黄 (2) and 蓝 (3) stay: 13 − 6 = 7 notices.
    fireEvent.click(document.getElementById('duban-tab-notices') as HTMLElement);
    const notices = document.getElementById('duban-tabpanel-notices') as HTMLElement;
    fireEvent.click(within(notices).getByText('预览督办单', { selector: 'button' }));
    const preview = await waitFor(() => within(notices).getByRole('group', { name: '督办单预览' }));
    expect(Array.from(within(preview).getByRole('list', { name: '各色份数' }).children).map((li) => li.textContent)).toEqual(['红2 份', '黄2 份', '蓝3 份']);
  });

  it('a setting the sheet lacks is added as a row at its bottom; a choice is picked from its dropdown', async () => {
    const fake = specWorkbook({ settings: [['红色督办单重复间隔', 10]] });
    renderPane(fake);
    await openSettings(SHEET_SOURCE);
    unfold('三色升级');
    const dropdown = within(settingsPanel()).getByLabelText('升级天数按');
    expect(dropdown.textContent).toBe('日历日');
    fireEvent.click(dropdown);
    const listbox = await waitFor(() => {
      const found = document.getElementById(dropdown.getAttribute('aria-controls') ?? '');
      if (found === null) throw new Error('no listbox');
      return found;
    });
    fireEvent.click(within(listbox).getByText('工作日', { selector: '[role="option"]' }));
    await waitFor(() => expect(within(settingsPanel()).getByText('「升级天数按」已改为 工作日，各页按新规则办理（三色着色请重新预览）。')).toBeTruthy());
    expect(fake.values('规则设置', 'A3:B3')).toEqual([['升级天数按', '工作日']]);
  });

  it('the ledger tab follows an edited rule: a 60-day wait for yellow turns the red item blue', async () => {
    const fake = specWorkbook({ settings: [['红色督办单重复间隔', 10]] });
    renderPane(fake);
    await waitFor(() => expect(button('预览')).toHaveProperty('disabled', false));
    fireEvent.click(button('预览'));
    const count = (label: string) => {
      const card = document.querySelector('[aria-label="着色预览"]') as HTMLElement;
      return within(card).getByText(label).closest('li')?.textContent;
    };
    // Item 1 (assigned 2020-04-28, 县长批示: 7 working days) is due 2020-05-11; yellow 5 days
    // later (05-16), red 10 days after that: red as of 2020-07-01.
    await waitFor(() => expect(count('红')).toBe('红1 项'));
    expect(count('蓝')).toBe('蓝0 项');

    await openSettings(SHEET_SOURCE);
    unfold('三色升级');
    typeSetting('黄色督办单：时限后天数', '60');
    await waitFor(() => expect(within(settingsPanel()).getByText('已修改设置')).toBeTruthy());
    // Not a row of the sheet before: added below its last row.
    expect(fake.values('规则设置', 'A3:B3')).toEqual([['黄色督办单：时限后天数', 60]]);
    // The ledger panel read the rules again: its preview, worked out with the old ones, is gone.
    await waitFor(() => expect(document.querySelector('[aria-label="着色预览"]')).toBeNull());

    tab('ledger');
    await waitFor(() => expect(button('预览')).toHaveProperty('disabled', false));
    fireEvent.click(button('预览'));
    // Due 2020-05-11, yellow only 60 days later (2020-07-10): as of 2020-07-01 it is past its
    // deadline but not yet yellow, so blue.
    await waitFor(() => expect(count('蓝')).toBe('蓝1 项'));
    expect(count('红')).toBe('红0 项');
  });

  it('a refused value shows why under its field and writes nothing', async () => {
    const fake = specWorkbook({ settings: [['红色督办单重复间隔', 10]] });
    renderPane(fake);
    await openSettings(SHEET_SOURCE);
    unfold('三色升级');
    typeSetting('黄色督办单：时限后天数', '-1');
    await waitFor(() => expect(within(settingsPanel()).getByText('「黄色督办单：时限后天数」必须是 0 到 365 之间的整数（当前：-1），已改用默认值 5')).toBeTruthy());
    expect(fake.values('规则设置', 'A1:B3')).toEqual([
      ['设置项', '值'],
      ['红色督办单重复间隔', 10],
      ['', ''],
    ]);
    expect(within(settingsPanel()).queryByText('已修改设置')).toBeNull();
    // The value typed stays, to be corrected; typing again clears the message.
    expect(field('黄色督办单：时限后天数').value).toBe('-1');
    fireEvent.change(field('黄色督办单：时限后天数'), { target: { value: '3' } });
    expect(within(settingsPanel()).queryByText(/必须是 0 到 365 之间的整数/)).toBeNull();
  });

  it('lists the problems of the sheet’s cells; clicking one selects its cell', async () => {
    const { ui } = renderPane(specWorkbook({ settings: [['红色督办单重复间隔', 10], ['黄色督办单：时限后天数', -3]] }));
    await openSettings(SHEET_SOURCE);
    const problem = within(settingsPanel()).getByText('「黄色督办单：时限后天数」必须是 0 到 365 之间的整数（当前：-3），已改用默认值 5');
    fireEvent.click(problem);
    // Row 3 of 规则设置, its 值 cell.
    await waitFor(() => expect(ui.selected).toEqual(['规则设置!B3']));
  });

  it('without a 规则设置 sheet: the preset, nothing editable, and 创建规则设置表 adds the sheet', async () => {
    const fake = specWorkbook();
    renderPane(fake);
    await openSettings('本工作簿没有「规则设置」工作表，按预设“湘阴2020”');
    unfold('三色升级');
    expect(field('黄色督办单：时限后天数').disabled).toBe(true);
    fireEvent.click(button('创建规则设置表'));
    await waitFor(() => expect(within(settingsPanel()).getByText('已创建规则设置表')).toBeTruthy());
    expect(within(settingsPanel()).getByText('已新建工作表「规则设置」，写入现行的各项设置；可在本页或该表中修改。')).toBeTruthy();
    expect(within(settingsPanel()).getByText(SHEET_SOURCE)).toBeTruthy();
    expect(screen.queryByText('创建规则设置表', { selector: 'button' })).toBeNull();
    // The new sheet: a hint in row 1, the header in row 2, then the groups and their settings.
    expect(fake.values('规则设置', 'A2:B2')).toEqual([['设置项', '值']]);
    expect(fake.values('规则设置', 'A4:B4')).toEqual([['规则名称', '湘阴2020']]);
    await waitFor(() => expect(field('黄色督办单：时限后天数').disabled).toBe(false));
  });

  it('shows a failed read of the workbook in the message bar', async () => {
    const fake = specWorkbook({ settings: [['红色督办单重复间隔', 10]] });
    const port = new OfficeWorkbook(fake.run);
    let fail = false;
    const failing = Object.assign(Object.create(port) as WorkbookPort, {
      listSheets: () => (fail ? Promise.reject(new Error('工作簿已关闭')) : port.listSheets()),
    });
    renderPane(fake, failing);
    await waitFor(() => expect(button('预览')).toHaveProperty('disabled', false));
    fail = true;
    tab('settings');
    await waitFor(() => expect(within(settingsPanel()).getByText('无法读取规则设置')).toBeTruthy());
    expect(within(settingsPanel()).getByText('读取「规则设置」工作表失败：工作簿已关闭')).toBeTruthy();
  });
});

const NOTICE_2027 = '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（星期五）至3日（星期日）放假调休，共3天。';

describe('SettingsPanel: 节假日安排', () => {
  const textarea = () => within(settingsPanel()).getByLabelText('粘贴国务院节假日安排通知');

  it('previews a pasted notice and writes its days to 节假日调整, the year entered whole', async () => {
    const fake = specWorkbook();
    renderPane(fake);
    await openSettings('本工作簿没有「规则设置」工作表，按预设“湘阴2020”');
    expect(button('写入「节假日调整」')).toHaveProperty('disabled', true);
    fireEvent.change(textarea(), { target: { value: NOTICE_2027 } });
    fireEvent.click(button('预览节假日安排'));
    const preview = await waitFor(() => within(settingsPanel()).getByLabelText('节假日安排预览'));
    expect(within(preview).getByText('2027 年：读出 3 天，放假 3 天、上班 0 天')).toBeTruthy();
    expect(within(preview).getByText('写入时将登记 2027 年“全年已录入”：该年放假和上班的安排以此为准。')).toBeTruthy();
    const rows = within(preview)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['日期放假/上班名称', '2027-01-01放假元旦', '2027-01-02放假元旦', '2027-01-03放假元旦']);

    fireEvent.click(button('写入「节假日调整」'));
    await waitFor(() => expect(within(settingsPanel()).getByText('已写入「节假日调整」')).toBeTruthy());
    expect(within(settingsPanel()).getByText('新增 3 天；已登记 2027 年“全年已录入”。')).toBeTruthy();
    // Dates as Excel serials, counted by hand from 2020-12-31 = 44196: 1 January of 2021 is 44197,
    // 2022 44562, 2023 44927, 2024 45292, 2025 45658 (2024 a leap year), 2026 46023, 2027 46388.
    expect(fake.values('节假日调整', 'A1:C5')).toEqual([
      ['日期', '类型', '说明'],
      [46388, '放假', '元旦'],
      [46389, '放假', '元旦'],
      [46390, '放假', '元旦'],
      [2027, '全年已录入', '国务院办公厅通知'],
    ]);
    // Written: not again for the same preview.
    expect(button('写入「节假日调整」')).toHaveProperty('disabled', true);
  });

  it('lists a sentence it could not read, and then does not enter the year whole', async () => {
    const fake = specWorkbook();
    renderPane(fake);
    await openSettings('本工作簿没有「规则设置」工作表，按预设“湘阴2020”');
    fireEvent.change(textarea(), { target: { value: `${NOTICE_2027}\n二、春节：2月30日放假，共1天。` } });
    fireEvent.click(button('预览节假日安排'));
    const preview = await waitFor(() => within(settingsPanel()).getByLabelText('节假日安排预览'));
    expect(within(preview).getByText('未能读出的句子 1 句')).toBeTruthy();
    expect(within(preview).getByText('原因：2027年2月30日不存在')).toBeTruthy();
    expect(within(preview).getByText('不会登记 2027 年“全年已录入”：有 1 句未能读出，该年的安排可能不全，请核对后在「节假日调整」表中补录。')).toBeTruthy();

    fireEvent.click(button('写入「节假日调整」'));
    await waitFor(() => expect(within(settingsPanel()).getByText('新增 3 天；有句子未能读出，未登记 2027 年“全年已录入”。')).toBeTruthy());
    expect(fake.values('节假日调整', 'A4:C5')).toEqual([
      [46390, '放假', '元旦'],
      ['', '', ''],
    ]);
  });

  it('flags a day the built-in calendar disagrees with, and an edit of the text drops the preview', async () => {
    renderPane(specWorkbook());
    await openSettings('本工作簿没有「规则设置」工作表，按预设“湘阴2020”');
    // 2026's 劳动节 was 5月1日至5日: the built-in data has 5月6日 as a working day.
    const text = '国务院办公厅关于2026年部分节假日安排的通知\n一、劳动节：5月6日放假，共1天。';
    fireEvent.change(textarea(), { target: { value: text } });
    fireEvent.click(button('预览节假日安排'));
    const preview = await waitFor(() => within(settingsPanel()).getByLabelText('节假日安排预览'));
    expect(within(preview).getByText('2026 年：读出 1 天，放假 1 天、上班 0 天；其中 1 天存疑')).toBeTruthy();
    expect(within(preview).getAllByText('存疑')).toHaveLength(1);
    expect(within(preview).getByText('存疑原因：与内置节假日数据不符：该数据中此日为工作日，请核对通知原文')).toBeTruthy();
    expect(button('写入「节假日调整」')).toHaveProperty('disabled', false);

    fireEvent.change(textarea(), { target: { value: `${text}\n` } });
    expect(within(settingsPanel()).queryByLabelText('节假日安排预览')).toBeNull();
    expect(button('写入「节假日调整」')).toHaveProperty('disabled', true);
  });

  it('shows a failed write in the message bar', async () => {
    const fake = specWorkbook();
    const port = new OfficeWorkbook(fake.run);
    const failing = Object.assign(Object.create(port) as WorkbookPort, {
      appendRows: () => Promise.reject(new Error('工作簿受保护')),
    });
    renderPane(fake, failing);
    await openSettings('本工作簿没有「规则设置」工作表，按预设“湘阴2020”');
    fireEvent.change(textarea(), { target: { value: NOTICE_2027 } });
    fireEvent.click(button('预览节假日安排'));
    await waitFor(() => expect(button('写入「节假日调整」')).toHaveProperty('disabled', false));
    fireEvent.click(button('写入「节假日调整」'));
    await waitFor(() => expect(within(settingsPanel()).getByText('写入节假日安排失败')).toBeTruthy());
    expect(within(settingsPanel()).getByText('无法写入「节假日调整」工作表：工作簿受保护')).toBeTruthy();
  });
});
