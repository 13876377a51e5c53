/** @jest-environment jsdom */
/**
 * The 得分·奖金·通报 sections on their own (jsdom): each takes only what it shows and calls, so it
 * renders from plain props without the tab's model; useReportRuns gives each report its run, with
 * callbacks that stay the same while the actions do (the sections can be memoized).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { BulletinSection } from '../../src/taskpane/reports/BulletinSection';
import type { ReportsActions } from '../../src/taskpane/reports/reportsActions';
import { initialReportsState, periodChoices, selectedPeriod, type ReportsState } from '../../src/taskpane/reports/reportsState';
import type { BulletinSectionProps } from '../../src/taskpane/reports/reportsTypes';
import { useReportRuns } from '../../src/taskpane/reports/useReportRuns';
import { dateOnly } from '../support/dateOnly';
import { prepareFluentJsdom } from './fluentJsdom';

beforeAll(prepareFluentJsdom);
afterEach(cleanup);
jest.setTimeout(15_000);

function bulletinProps(overrides: Partial<BulletinSectionProps> = {}): BulletinSectionProps {
  const reference = dateOnly('2020-07-01');
  return {
    progress: null,
    message: null,
    busy: false,
    onDismiss: jest.fn(),
    onGoToSheet: jest.fn(),
    outcome: null,
    periodKind: 'month',
    periods: periodChoices('month', reference),
    period: selectedPeriod({ periodKind: 'month', period: null }, reference),
    reference,
    referenceFromLedger: false,
    onPeriodKindChange: jest.fn(),
    onPeriodChange: jest.fn(),
    onGenerate: jest.fn(),
    ...overrides,
  };
}

describe('BulletinSection', () => {
  it('renders from its own props and calls back what the user chose', () => {
    const props = bulletinProps();
    render(
      <FluentProvider theme={webLightTheme}>
        <BulletinSection {...props} />
      </FluentProvider>,
    );
    expect(screen.getByLabelText('通报期次', { selector: 'button' }).textContent).toBe('2020年6月');
    expect(screen.getByText('默认为今天 2020-07-01 之前最近一个完整的月')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('周'));
    expect(props.onPeriodKindChange).toHaveBeenCalledWith('week');
    fireEvent.click(screen.getByText('生成2020年6月通报', { selector: 'button' }));
    expect(props.onGenerate).toHaveBeenCalledTimes(1);
  });
});

describe('useReportRuns', () => {
  const actions = {
    dismissMessage: jest.fn(),
    goToSheet: jest.fn(async () => {}),
    selectCell: jest.fn(async () => {}),
  } as unknown as ReportsActions;

  it('shows the progress in the running report only, and binds the callbacks to each report once', async () => {
    const running: ReportsState = { ...initialReportsState(), running: { report: 'bonus', label: '读取人员考核…' } };
    const { result, rerender } = renderHook(({ state }) => useReportRuns(state, actions, true), { initialProps: { state: running } });
    const first = result.current;
    expect([first.scores.progress, first.register.progress, first.bonus.progress, first.bulletin.progress]).toEqual([null, null, '读取人员考核…', null]);
    expect(first.scores.busy && first.bulletin.busy).toBe(true);
    expect('onSelectCell' in first.bulletin).toBe(false);

    first.register.onDismiss();
    first.bulletin.onGoToSheet('督办通报 2020年6月（第1期）');
    first.bonus.onSelectCell('人员考核', 'B3');
    expect(actions.dismissMessage).toHaveBeenCalledWith('register');
    expect(actions.goToSheet).toHaveBeenCalledWith('bulletin', '督办通报 2020年6月（第1期）');
    expect(actions.selectCell).toHaveBeenCalledWith('bonus', '人员考核', 'B3');

    rerender({ state: initialReportsState() });
    const next = result.current;
    expect(next.bonus.progress).toBeNull();
    for (const report of ['scores', 'register', 'bonus'] as const) {
      expect(next[report].onDismiss).toBe(first[report].onDismiss);
      expect(next[report].onGoToSheet).toBe(first[report].onGoToSheet);
      expect(next[report].onSelectCell).toBe(first[report].onSelectCell);
    }
    expect(next.bulletin.onDismiss).toBe(first.bulletin.onDismiss);
  });
});
