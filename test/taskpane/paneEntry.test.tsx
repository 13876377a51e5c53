/** @jest-environment jsdom */
/**
 * The task pane's entry (src/taskpane/index.tsx) as Office starts it, with the Office and Excel
 * globals mocked: on an Excel without the API the add-in needs it says so in plain words; on
 * one with it, the pane opens on the workbook.
 */
import { prepareFluentJsdom } from './fluentJsdom';
import { specWorkbook } from './ledgerFixture';

beforeAll(prepareFluentJsdom);
jest.setTimeout(15_000);

/** Office and Excel globals for an Excel supporting ExcelApi up to 1.`excelApi`, over the fake workbook. */
function mockHost(excelApi: number): { setsAsked: string[]; ready: Array<() => void> } {
  const fake = specWorkbook();
  const setsAsked: string[] = [];
  const ready: Array<() => void> = [];
  const settings = new Map<string, unknown>();
  Object.assign(globalThis, {
    Office: {
      onReady: (callback: () => void) => {
        ready.push(callback);
        return Promise.resolve();
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      addin: { onVisibilityModeChanged: async () => async () => undefined },
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            setsAsked.push(`${name} ${version}`);
            return name === 'ExcelApi' && Number(version.split('.')[1]) <= excelApi;
          },
        },
        document: {
          settings: {
            get: (key: string) => settings.get(key) ?? null,
            set: (key: string, value: unknown) => void settings.set(key, value),
            saveAsync: (callback: (result: { status: string }) => void) => callback({ status: 'succeeded' }),
          },
        },
      },
    },
    Excel: { run: (_options: unknown, batch: Parameters<typeof fake.run>[0]) => fake.run(batch) },
  });
  return { setsAsked, ready };
}

/**
 * Loads the entry afresh, as taskpane.html does, then lets Office say it is ready. The testing
 * library comes from the same fresh module registry, so its act() is the pane's React's.
 */
async function startPane(host: { ready: Array<() => void> }) {
  jest.resetModules();
  const testing = await import('@testing-library/react/pure');
  document.body.innerHTML = '<div id="container"></div>';
  await import('../../src/taskpane/index');
  expect(host.ready).toHaveLength(1);
  testing.act(() => host.ready[0]());
  return testing;
}

afterEach(() => {
  document.body.innerHTML = '';
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe('task pane entry', () => {
  it('on an Excel without ExcelApi 1.13, shows which Excel the add-in needs instead of the pane', async () => {
    const host = mockHost(12);
    const { screen, waitFor } = await startPane(host);
    await waitFor(() => expect(screen.getByText('无法使用')).toBeTruthy());
    expect(document.getElementById('container')?.textContent).toBe(
      '督办台账助手无法使用此 Excel 版本过旧，督办台账助手需要 Excel 2021 或更高版本、Microsoft 365 或网页版 Excel（ExcelApi 1.13）。',
    );
    expect(host.setsAsked).toEqual(['ExcelApi 1.13']);
  });

  it('on an Excel with ExcelApi 1.13, opens the pane on the workbook', async () => {
    const { screen, waitFor } = await startPane(mockHost(13));
    await waitFor(() => expect(screen.getByText('表头：第 2 行；数据：第 3–6 行')).toBeTruthy());
    expect(screen.queryByText('无法使用')).toBeNull();
  });
});
