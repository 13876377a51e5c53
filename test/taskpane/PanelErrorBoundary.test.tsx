/** @jest-environment jsdom */
/**
 * One panel failing to render never blanks the pane (issue 22): its tab shows 「此页出错了：<原因>」
 * with 重试, the tab row and the other tabs keep working, and 重试 mounts the panel afresh.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { App } from '../../src/taskpane/App';
import { ReportsPanel } from '../../src/taskpane/reports/ReportsPanel';
import { PanelErrorBoundary } from '../../src/taskpane/shared/components/PanelErrorBoundary';
import type { AnalysisInputs } from '../../src/taskpane/shared/analysisSource';
import type { PaneDeps } from '../../src/taskpane/shared/paneDeps';
import { prepareFluentJsdom } from './fluentJsdom';
import { fakeHostEvents, memorySettings, recordingUi, specWorkbook } from './ledgerFixture';
import { dateOnly } from '../support/dateOnly';

/**
 * The 得分·奖金·通报 panel, made to fail on demand: while `failing.reason` is set, rendering it
 * throws that reason, as a bug in it would. The real panel otherwise.
 */
const failing: { reason: string | null } = { reason: null };
jest.mock('../../src/taskpane/reports/ReportsPanel', () => {
  const actual = jest.requireActual<typeof import('../../src/taskpane/reports/ReportsPanel')>('../../src/taskpane/reports/ReportsPanel');
  return {
    ...actual,
    ReportsPanel: (props: Parameters<typeof actual.ReportsPanel>[0]) => {
      if (failing.reason !== null) throw new TypeError(failing.reason);
      return <actual.ReportsPanel {...props} />;
    },
  };
});

beforeAll(prepareFluentJsdom);
afterEach(cleanup);
afterEach(() => {
  failing.reason = null;
});
jest.setTimeout(30_000);

/** React and the boundary log what was caught; the tests check what the user sees, and keep the output quiet. */
function quietConsole(): jest.SpyInstance {
  return jest.spyOn(console, 'error').mockImplementation(() => undefined);
}

const tabPanel = (tab: string) => document.getElementById(`duban-tabpanel-${tab}`) as HTMLElement;
const tab = (id: string) => document.getElementById(`duban-tab-${id}`) as HTMLElement;
const inPanel = (id: string, text: string) => within(tabPanel(id)).getByText(text, { selector: 'button' });

function renderPane(): PaneDeps {
  const deps: PaneDeps = {
    port: new OfficeWorkbook(specWorkbook().run),
    ui: recordingUi('督办台账'),
    settings: memorySettings(),
    today: () => dateOnly('2020-07-01'),
    events: fakeHostEvents(),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App deps={deps} errorSource={new EventTarget()} />
    </FluentProvider>,
  );
  return deps;
}

describe('PanelErrorBoundary in the pane', () => {
  it('shows the failing panel’s reason with 重试, keeps the other tabs working, and 重试 mounts the panel afresh', async () => {
    const logged = quietConsole();
    renderPane();
    await waitFor(() => expect(screen.getByText('表头：第 2 行；数据：第 3–6 行')).toBeTruthy());
    // The panel keeps state of its own: the bulletin kind 周 chosen.
    fireEvent.click(tab('reports'));
    fireEvent.click(within(tabPanel('reports')).getByLabelText('周'));
    expect(inPanel('reports', '生成2020年第26周通报')).toBeTruthy();

    // The panel fails on its next render (the 截止日期 changed in the ledger tab).
    failing.reason = '测试：通报期次无法计算';
    fireEvent.click(tab('ledger'));
    fireEvent.change(within(tabPanel('ledger')).getByLabelText('截止日期'), { target: { value: '2020-06-15' } });
    const bar = tabPanel('reports').querySelector<HTMLElement>('.fui-MessageBar');
    expect(bar?.textContent).toBe('此页出错了：测试：通报期次无法计算重试');
    expect(within(bar as HTMLElement).getByText('重试', { selector: 'button' })).toBeTruthy();
    expect(logged.mock.calls.some((call) => call[0] === '任务窗格的一页出错了')).toBe(true);

    // The tab row and the other panels are untouched: the ledger previews, the 督办单 tab shows its date.
    expect(Array.from(document.querySelectorAll('[role="tab"]'))).toHaveLength(5);
    expect(tabPanel('ledger').textContent).not.toContain('此页出错了');
    fireEvent.click(inPanel('ledger', '预览'));
    await waitFor(() => expect(document.querySelector('[aria-label="着色预览"]')?.textContent).toContain('截止 2020-06-15，共 4 项督办事项'));
    fireEvent.click(tab('notices'));
    expect(tabPanel('notices').hidden).toBe(false);
    expect(tabPanel('notices').textContent).toContain('台账「督办台账」，截止 2020-06-15（在「三色着色」页修改）');
    expect(tabPanel('feedback').textContent).toContain('台账「督办台账」，截止 2020-06-15（在「三色着色」页修改）');

    // Fixed: 重试 mounts the panel again, with its own state new (月, the default kind), following the date.
    failing.reason = null;
    fireEvent.click(tab('reports'));
    act(() => fireEvent.click(within(tabPanel('reports')).getByText('重试', { selector: 'button' })));
    expect(tabPanel('reports').textContent).not.toContain('此页出错了');
    expect(inPanel('reports', '生成2020年5月通报')).toBeTruthy();
    logged.mockRestore();
  });
});

describe('PanelErrorBoundary around the real panel', () => {
  it('shows the core’s own error when a panel is handed a date it cannot work with, instead of unmounting', () => {
    const logged = quietConsole();
    failing.reason = null;
    // What the pane once passed on for 0002-07-01 typed into 截止日期: the period arithmetic throws.
    // (ReportsPanel here is the real one: `failing` is not set.)
    const inputs: AnalysisInputs = { ok: true, options: { asOf: dateOnly('0002-07-01'), rules: XIANGYIN_2020, sheet: '督办台账', columns: {} } };
    const deps = { port: new OfficeWorkbook(specWorkbook().run), ui: recordingUi('督办台账'), today: () => dateOnly('2020-07-01') };
    function Holder() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <button onClick={() => setShown((s) => !s)}>另一页</button>
          {shown && (
            <PanelErrorBoundary>
              <ReportsPanel deps={deps} source={() => inputs} inputs={inputs} />
            </PanelErrorBoundary>
          )}
        </>
      );
    }
    render(
      <FluentProvider theme={webLightTheme}>
        <Holder />
      </FluentProvider>,
    );
    expect(document.querySelector('.fui-MessageBar')?.textContent).toBe('此页出错了：no month period around 0001-12-31重试');
    // What sits outside the boundary still works.
    fireEvent.click(screen.getByText('另一页'));
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    logged.mockRestore();
  });
});
