/** @jest-environment jsdom */
/**
 * The ribbon commands' module as Office loads it: with the Office global mocked, importing it
 * must associate every ExecuteFunction button of manifest.xml at once, before any Office.onReady
 * callback runs (https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { subscribePaneErrors } from '../office/paneErrors';
import type { CommandEvent } from './associateCommands';

interface OfficeMock {
  associated: Map<string, (event: CommandEvent) => void>;
  /** Callbacks given to Office.onReady, never run here. */
  readyCallbacks: unknown[];
  showAsTaskpane: number;
  setsAsked: string[];
}

/** Installs a mock Office global whose Excel supports ExcelApi up to `excelApi` (minor version). */
function mockOffice(excelApi: number): OfficeMock {
  const mock: OfficeMock = { associated: new Map(), readyCallbacks: [], showAsTaskpane: 0, setsAsked: [] };
  Object.assign(globalThis, {
    Office: {
      onReady: (callback?: unknown) => {
        mock.readyCallbacks.push(callback);
        return new Promise(() => undefined);
      },
      actions: { associate: (id: string, action: (event: CommandEvent) => void) => mock.associated.set(id, action) },
      addin: {
        showAsTaskpane: () => {
          mock.showAsTaskpane++;
          return Promise.resolve();
        },
      },
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            mock.setsAsked.push(`${name} ${version}`);
            return name === 'ExcelApi' && Number(version.split('.')[1]) <= excelApi;
          },
        },
      },
    },
  });
  return mock;
}

/** Imports the module afresh, as the runtime's page does. */
const importCommands = () =>
  jest.isolateModulesAsync(async () => {
    await import('./commands');
  });

const manifestFunctions = () =>
  [...readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8').matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('commands module', () => {
  it('associates every ribbon action when imported, before any onReady callback runs', async () => {
    const office = mockOffice(13);
    await importCommands();
    expect([...office.associated.keys()]).toEqual(['applyColors', 'monthlyBulletin']);
    expect([...office.associated.keys()]).toEqual(manifestFunctions());
    expect(office.readyCallbacks).toEqual([]);
  });

  it('on an Excel without ExcelApi 1.13, says so in the pane and completes the event', async () => {
    const office = mockOffice(12);
    await importCommands();
    const posted: string[] = [];
    const unsubscribe = subscribePaneErrors(window, (message) => posted.push(message));
    const completed = await new Promise<number>((resolve) => {
      let count = 0;
      office.associated.get('applyColors')!({
        completed: () => {
          count++;
          setTimeout(() => resolve(count), 0);
        },
      });
    });
    unsubscribe();
    expect(completed).toBe(1);
    expect(office.setsAsked).toEqual(['ExcelApi 1.13']);
    expect(posted).toEqual(['重新着色失败：此 Excel 版本过旧，督办台账助手需要 Excel 2021 或更高版本、Microsoft 365 或网页版 Excel（ExcelApi 1.13）。']);
    expect(office.showAsTaskpane).toBe(1);
  });
});
