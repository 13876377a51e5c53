/** @jest-environment jsdom */
/**
 * The pane in a shared runtime that outlives it: shown again or with another sheet activated, it
 * reads the workbook again (the whole App over the real OfficeWorkbook and the fake Excel).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { PaneDeps } from '../../src/taskpane/shared/paneDeps';
import { prepareFluentJsdom } from './fluentJsdom';
import { SERIAL, countingPort, fakeHostEvents, memorySettings, recordingUi, specWorkbook } from './ledgerFixture';
import type { DateOnly } from '../../src/core/dates/dateOnly';
import { dateOnly } from '../support/dateOnly';

beforeAll(prepareFluentJsdom);
afterEach(cleanup);
jest.setTimeout(15_000);

function renderPane(today: () => DateOnly) {
  const fake = specWorkbook();
  const { port: counting, reads } = countingPort(fake);
  const events = fakeHostEvents();
  const deps: PaneDeps = { port: counting, ui: recordingUi('督办台账'), settings: memorySettings(), today, events };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App deps={deps} errorSource={new EventTarget()} />
    </FluentProvider>,
  );
  return { fake, reads, events, view };
}

const dateInput = () => screen.getByLabelText('截止日期') as HTMLInputElement;

describe('the pane reads the workbook again', () => {
  it('when it is shown again and when a sheet is activated', async () => {
    const { reads, events } = renderPane(() => dateOnly('2026-12-04'));
    await waitFor(() => expect(screen.getByText('表头：第 2 行；数据：第 3–6 行')).toBeTruthy());
    await waitFor(() => expect(events.subscribed()).toEqual({ shown: 1, activated: 1 }));
    expect(reads).toEqual({ listSheets: 1, readSheets: 1 });

    act(() => events.showPane());
    await waitFor(() => expect(reads).toEqual({ listSheets: 2, readSheets: 2 }));
    act(() => events.activateSheet());
    await waitFor(() => expect(reads).toEqual({ listSheets: 3, readSheets: 3 }));
  });

  it('moves a default date that has gone stale to today: mounted on 2026-12-04, shown again on 2026-12-07', async () => {
    let today = dateOnly('2026-12-04');
    const { events } = renderPane(() => today);
    await waitFor(() => expect(events.subscribed()).toEqual({ shown: 1, activated: 1 }));
    await waitFor(() => expect(dateInput().value).toBe('2026-12-04'));
    today = dateOnly('2026-12-07');
    act(() => events.showPane());
    await waitFor(() => expect(dateInput().value).toBe('2026-12-07'));
  });

  it('keeps a date the user typed, and shows the ledger as it is now', async () => {
    let today = dateOnly('2026-12-04');
    const { fake, events } = renderPane(() => today);
    await waitFor(() => expect(events.subscribed()).toEqual({ shown: 1, activated: 1 }));
    await waitFor(() => expect(screen.getByText('表头：第 2 行；数据：第 3–6 行')).toBeTruthy());
    fireEvent.change(dateInput(), { target: { value: '2026-11-30' } });
    // Meanwhile, in Excel, a row is added to the ledger.
    await fake.run(async (context) => {
      const row = [5, '修缮县图书馆', '会议交办', '县文旅局', SERIAL['2020-04-28'], SERIAL['2020-12-31'], null, null];
      context.workbook.worksheets.getItem('督办台账').getRange('A7:H7').values = [row];
      await context.sync();
    });
    today = dateOnly('2026-12-07');
    act(() => events.showPane());
    await waitFor(() => expect(screen.getByText('表头：第 2 行；数据：第 3–7 行')).toBeTruthy());
    expect(dateInput().value).toBe('2026-11-30');
  });

  it('stops listening when the pane is unmounted', async () => {
    const { events, view } = renderPane(() => dateOnly('2026-12-04'));
    await waitFor(() => expect(events.subscribed()).toEqual({ shown: 1, activated: 1 }));
    view.unmount();
    await waitFor(() => expect(events.subscribed()).toEqual({ shown: 0, activated: 0 }));
  });
});
