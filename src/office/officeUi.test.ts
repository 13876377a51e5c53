/** The pane's HostUi over Office.js (the fake Excel): what the 作废 step reads of the selection; and its host events. */
import { createOfficeHostEvents, createOfficeUi, type AddinEvents } from './officeUi';
import type { ExcelRun } from './officeWorkbook';
import { fakeWorkbookFrom } from '../../test/fakes/fakeExcel';

function workbook() {
  return fakeWorkbookFrom({
    督办台账: [['序号', '督办事项']],
    督办单登记: [['督办单编号', '颜色'], ['督〔2020〕蓝1号', '蓝'], ['督〔2020〕蓝2号', '蓝']],
  });
}

describe('createOfficeUi: selectedCell', () => {
  it('gives the sheet, the first row (1-based) and the rows selected, in one round trip', async () => {
    const fake = workbook();
    const ui = createOfficeUi(fake.run);
    fake.selection = { sheet: '督办单登记', address: 'C3' };
    expect(await ui.selectedCell()).toEqual({ sheet: '督办单登记', row: 3, rowCount: 1 });
    expect(fake.syncCount).toBe(1);

    fake.selection = { sheet: '督办单登记', address: 'A2:L3' };
    expect(await ui.selectedCell()).toEqual({ sheet: '督办单登记', row: 2, rowCount: 2 });
    expect(fake.syncCount).toBe(2);
  });

  it('rejects when the selection is not a range (a chart or a shape)', async () => {
    const fake = workbook();
    fake.selection = null;
    await expect(createOfficeUi(fake.run).selectedCell()).rejects.toThrow('the current selection is not a range');
  });
});

/**
 * A request context with just what the host events use: worksheets.onActivated, whose handlers
 * count as registered only once the context has synced (as Excel's proxies do).
 */
function eventContext() {
  const handlers = new Set<() => Promise<unknown>>();
  const queued: Array<() => void> = [];
  let syncs = 0;
  const context = {
    workbook: {
      worksheets: {
        onActivated: {
          add(handler: () => Promise<unknown>) {
            queued.push(() => handlers.add(handler));
            return { context, remove: () => void queued.push(() => handlers.delete(handler)) };
          },
        },
      },
    },
    sync: async () => {
      syncs++;
      queued.splice(0).forEach((run) => run());
    },
  };
  const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
  const runIn = <T>(given: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    if (given !== (context as unknown)) throw new Error('removed in another context than the one that added it');
    return batch(context as unknown as Excel.RequestContext);
  };
  return {
    run,
    runIn,
    activate: () => Promise.all([...handlers].map((handler) => handler())),
    handlers: () => handlers.size,
    syncs: () => syncs,
  };
}

function fakeAddin() {
  const handlers = new Set<(message: { visibilityMode: string }) => void>();
  const addin: AddinEvents = {
    onVisibilityModeChanged: async (handler) => {
      handlers.add(handler);
      return async () => void handlers.delete(handler);
    },
  };
  return { addin, show: (visibilityMode: string) => handlers.forEach((h) => h({ visibilityMode })), handlers: () => handlers.size };
}

describe('createOfficeHostEvents', () => {
  it('calls the listener each time a worksheet is activated, registered in one round trip, and stops when unsubscribed', async () => {
    const excel = eventContext();
    const { addin } = fakeAddin();
    const events = createOfficeHostEvents(excel.run, { addin, runIn: excel.runIn });
    let heard = 0;
    const unsubscribe = await events.onSheetActivated(() => heard++);
    expect([excel.handlers(), excel.syncs()]).toEqual([1, 1]);
    await excel.activate();
    await excel.activate();
    expect(heard).toBe(2);

    await unsubscribe();
    expect([excel.handlers(), excel.syncs()]).toEqual([0, 2]);
    await excel.activate();
    expect(heard).toBe(2);
  });

  it('calls the listener when the pane is shown, not when it is hidden', async () => {
    const excel = eventContext();
    const office = fakeAddin();
    const events = createOfficeHostEvents(excel.run, { addin: office.addin, runIn: excel.runIn });
    const heard: string[] = [];
    const unsubscribe = await events.onPaneShown(() => heard.push('shown'));
    office.show('Hidden');
    office.show('Taskpane');
    expect(heard).toEqual(['shown']);
    await unsubscribe();
    expect(office.handlers()).toBe(0);
  });
});
