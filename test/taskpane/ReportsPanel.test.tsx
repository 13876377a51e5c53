/** @jest-environment jsdom */
/**
 * Component tests of the 得分·奖金·通报 tab (jsdom): ReportsPanel over the real OfficeWorkbook and
 * the fake Excel holding the SPEC's four-item ledger, driven as a user does (radio, dropdown,
 * buttons), with the ledger tab's source standing in as a function.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import type { AnalysisSource } from '../../src/taskpane/shared/analysisSource';
import type { PaneDeps } from '../../src/taskpane/shared/paneDeps';
import { ReportsPanel } from '../../src/taskpane/reports/ReportsPanel';
import { prepareFluentJsdom } from './fluentJsdom';
import { fakeHostEvents, memorySettings, recordingUi, specWorkbook, type RecordingUi } from './ledgerFixture';
import { dateOnly } from '../support/dateOnly';

beforeAll(prepareFluentJsdom);
afterEach(cleanup);
jest.setTimeout(15_000);

const ready: AnalysisSource = () => ({ ok: true, options: { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, sheet: '督办台账', columns: {} } });

function renderPanel(source: AnalysisSource = ready): { ui: RecordingUi } {
  const ui = recordingUi('督办台账');
  const deps: PaneDeps = { port: new OfficeWorkbook(specWorkbook().run), ui, settings: memorySettings(), today: () => dateOnly('2026-12-02'), events: fakeHostEvents() };
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportsPanel deps={deps} source={source} inputs={source()} />
    </FluentProvider>,
  );
  return { ui };
}

const button = (text: string) => screen.getByText(text, { selector: 'button' });
const periodBox = () => screen.getByLabelText('通报期次', { selector: 'button' });

/** Opens a Fluent Dropdown and picks the option with exactly this text. */
async function pick(combobox: HTMLElement, option: string): Promise<void> {
  fireEvent.click(combobox);
  const listbox = await waitFor(() => {
    const found = document.getElementById(combobox.getAttribute('aria-controls') ?? '');
    if (found === null) throw new Error('the listbox did not open');
    return found;
  });
  fireEvent.click(within(listbox).getByText(option, { selector: '[role="option"]' }));
}

describe('ReportsPanel: the bulletin period', () => {
  it('defaults to the last complete month before the 截止日期, follows the kind, and generates the chosen period', async () => {
    const { ui } = renderPanel();
    expect(periodBox().textContent).toBe('2020年6月');
    expect(button('生成2020年6月通报')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('周'));
    // 2020-07-01 is in ISO week 27: the last complete week is 26, Monday 06-22 to Sunday 06-28.
    expect(periodBox().textContent).toBe('2020年第26周（6月22日—6月28日）');
    expect(button('生成2020年第26周通报')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('月'));
    await pick(periodBox(), '2020年5月');
    expect(periodBox().textContent).toBe('2020年5月');
    fireEvent.click(button('生成2020年5月通报'));

    await screen.findByText(/^已生成「督办通报 2020年5月（第1期）」/);
    // All four items were assigned 04-28. Done in May: row 4 on 05-14, after its deadline 05-11
    // (县长批示, 7 working days). Open on 05-31: row 3 (overdue since 05-11), the 长期 item and
    // the item due 12-31. No notice log in the workbook: no notice.
    expect(screen.getByText('本期无新交办事项，办结1项（其中按时办结0项），无督办单发出；期末在办3项，其中逾期未办结1项。')).toBeTruthy();
    fireEvent.click(button('转到「督办通报 2020年5月（第1期）」'));
    await waitFor(() => expect(ui.selected).toEqual(['督办通报 2020年5月（第1期）!A1']));
  });
});

describe('ReportsPanel: unit scores', () => {
  it('disables every button while it runs, then shows the ranking', async () => {
    renderPanel();
    expect(screen.getByLabelText('考核年度', { selector: 'button' }).textContent).toBe('2020年（截止日期所在年度）');
    fireEvent.click(button('生成单位得分'));
    expect(screen.getByText('读取台账与督办单登记…')).toBeTruthy();
    for (const text of ['生成单位得分', '创建单位名册', '生成绩效奖金表', '生成2020年6月通报']) expect(button(text)).toHaveProperty('disabled', true);

    const table = await screen.findByRole('table');
    expect(button('生成单位得分')).toHaveProperty('disabled', false);
    // No notice log and fewer than five items each: every unit scores 0. Ties go to the on-time
    // rate: 县住建局 and 县发改局 (row 3, overdue) and 县财政局 (row 4, late) have 0 of 1 due item
    // on time; 县政务服务中心 (长期) and 县工信局 (due 12-31) have none due, so they rank after.
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    // No 单位名册 either: under each unit, why it is not ranked for 十大效能之星 (SPEC §9).
    const note = '未列入单位名册，不参加效能之星排名';
    expect(rows).toEqual([
      ['1', `县财政局${note}`, '0', '—'],
      ['1', `县发改局${note}`, '0', '—'],
      ['1', `县住建局${note}`, '0', '—'],
      ['4', `县工信局${note}`, '0', '—'],
      ['4', `县政务服务中心${note}`, '0', '—'],
    ]);
    expect(within(table).getAllByText(note)).toHaveLength(5);
    expect(screen.getByText(/^已生成「单位得分 2020」：5 个单位/)).toBeTruthy();
  });
});

describe('ReportsPanel: errors', () => {
  it('shows why the ledger is not ready in the score section\'s MessageBar, and closes it', async () => {
    renderPanel(() => ({ ok: false, message: '列映射「交办时间」是必填项：请在列映射中为它选择一列' }));
    fireEvent.click(button('生成单位得分'));
    const bar = (await screen.findByText('无法生成单位得分')).closest('.fui-MessageBar') as HTMLElement;
    expect(bar.textContent).toContain('列映射「交办时间」是必填项：请在列映射中为它选择一列');
    // The message sits in the section of the button pressed.
    expect(bar.closest('section')?.querySelector('h2')?.textContent).toBe('单位得分');
    fireEvent.click(within(bar).getByLabelText('关闭消息'));
    expect(screen.queryByText('无法生成单位得分')).toBeNull();
  });

  it('says which sheet and columns the bonus needs when the workbook has no 人员考核', async () => {
    renderPanel();
    fireEvent.click(button('生成绩效奖金表'));
    const bar = (await screen.findByText('无法生成绩效奖金表')).closest('.fui-MessageBar') as HTMLElement;
    expect(bar.textContent).toContain('工作簿中没有「人员考核」工作表');
    expect(bar.textContent).toContain('「姓名」「单位」「考核得分」（或「排名」）「年度考核等次」');
  });
});
