/**
 * TEST stub of office.js for the browser test: bundled by webpack.stub.config.js and served in
 * place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It defines the globals the
 * built add-in uses — Office (onReady, document settings, requirements, actions, addin and its
 * visibility event), Excel.run over the fake workbook with worksheet activation events,
 * CustomFunctions — and exposes the fake on window.__duban for the test.
 */
import { fakeWorkbookFrom, type FakeExcel } from '../fakes/fakeExcel';
import { specLedger } from '../taskpane/ledgerFixture';

/** What the test reads back with page.evaluate. */
export interface StubState {
  fake: FakeExcel;
  activeSheet: string;
  /** `sheet!A1` per selectCell. */
  selections: string[];
  settings: Record<string, unknown>;
  /** Ribbon actions registered with Office.actions.associate. */
  actions: Record<string, (event: { completed(): void }) => void>;
  showAsTaskpane: number;
  /** Handlers added to worksheets.onActivated, called when another sheet is activated. */
  activatedHandlers: Array<(args: { worksheetId: string }) => Promise<unknown>>;
  /** Handlers added with Office.addin.onVisibilityModeChanged. */
  visibilityHandlers: Array<(message: { visibilityMode: string }) => void>;
}

// The SPEC example ledger whose 办理时限 header (F2) is one the detection does not know, so the
// test has a mapping to correct, and a row whose 交办时间 cannot be read (a problem at E7).
const fake = fakeWorkbookFrom({
  说明: [['本工作簿记录2020年县长批示件的办理情况。']],
  督办台账: specLedger({
    deadlineHeader: '时间节点',
    extraRows: [[5, '修缮县图书馆', '会议交办', '县文旅局', '待定', '2020-12-31', null, null]],
  }),
});

const state: StubState = {
  fake,
  activeSheet: '说明',
  selections: [],
  settings: {},
  actions: {},
  showAsTaskpane: 0,
  activatedHandlers: [],
  visibilityHandlers: [],
};

/** Excel on the web before ExcelApi 1.20: what the add-in needs (1.13), not one undo step per write. */
const SUPPORTED = { ExcelApi: 19 } as Record<string, number>;
const isSetSupported = (name: string, version = '1.1') => Number(version.split('.')[1] ?? 0) <= (SUPPORTED[name] ?? -1);

/** Removes `item` from `list`, as a handler's remove() does. */
const without = <T>(list: T[], item: T) => list.splice(list.indexOf(item) >>> 0, 1);

type Batch = (context: Excel.RequestContext) => Promise<unknown>;
type Queueing = { queue(run: () => void): void };

/**
 * The fake models the workbook's data and the user's selection (fake.selection, for 作废); the
 * pane's other UI calls (the active sheet, selecting a cell, the activation event) are added to
 * each batch's proxies here, queued like any other call until sync(). Activating another sheet
 * calls the onActivated handlers, as Excel does.
 */
function withUi(context: Excel.RequestContext): Excel.RequestContext {
  const queue = (run: () => void) => (context as unknown as Queueing).queue(run);
  const sheets = context.workbook.worksheets as unknown as Record<string, unknown> & {
    getItem(name: string): Record<string, unknown> & { getRange(address?: string): Record<string, unknown> };
  };
  const getItem = sheets.getItem.bind(sheets);
  sheets.getItem = (name: string) => {
    const sheet = getItem(name);
    const getRange = sheet.getRange.bind(sheet);
    sheet.activate = () =>
      queue(() => {
        if (state.activeSheet === name) return;
        state.activeSheet = name;
        for (const handler of [...state.activatedHandlers]) void handler({ worksheetId: name });
      });
    sheet.getRange = (address?: string) => {
      const range = getRange(address);
      range.select = () => queue(() => void state.selections.push(`${name}!${address ?? ''}`));
      return range;
    };
    return sheet;
  };
  sheets.getActiveWorksheet = () => sheets.getItem(state.activeSheet);
  sheets.onActivated = {
    add: (handler: StubState['activatedHandlers'][number]) => {
      queue(() => void state.activatedHandlers.push(handler));
      return { context, remove: () => void without(state.activatedHandlers, handler) };
    },
  };
  return context;
}

/** Excel.run(batch), Excel.run(options, batch) and Excel.run(context, batch). */
function run(a: Batch | object, b?: Batch): Promise<unknown> {
  const batch = (typeof a === 'function' ? a : b) as Batch;
  return fake.run((context) => batch(withUi(context)));
}

const info = { host: 'Excel', platform: 'OfficeOnline' };

const office = {
  HostType: { Excel: 'Excel' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady(callback?: (i: typeof info) => void) {
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
  context: {
    requirements: { isSetSupported },
    document: {
      settings: {
        get: (key: string) => state.settings[key] ?? null,
        set: (key: string, value: unknown) => void (state.settings[key] = value),
        remove: (key: string) => void delete state.settings[key],
        saveAsync: (callback?: (result: { status: string }) => void) => setTimeout(() => callback?.({ status: 'succeeded' }), 0),
      },
    },
  },
  actions: {
    associate: (id: string, action: StubState['actions'][string]) => void (state.actions[id] = action),
  },
  addin: {
    showAsTaskpane: () => {
      state.showAsTaskpane++;
      for (const handler of [...state.visibilityHandlers]) handler({ visibilityMode: 'Taskpane' });
      return Promise.resolve();
    },
    onVisibilityModeChanged: (handler: StubState['visibilityHandlers'][number]) => {
      state.visibilityHandlers.push(handler);
      return Promise.resolve(() => Promise.resolve(void without(state.visibilityHandlers, handler)));
    },
  },
};

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

Object.assign(window, {
  Office: office,
  Excel: { run },
  CustomFunctions: { associate: () => undefined, Error: CustomFunctionsError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } },
  __duban: state,
});
