import { MemoryWorkbook } from '../app/testing/memoryWorkbook';
import type { RuleSet } from '../core/rules/ruleSet';
import type { ExcelRun } from './officeWorkbook';
import { watchSettingsSheet } from './watchSettingsSheet';

type Handler = (event: { worksheetId: string }) => Promise<unknown>;

/**
 * A request context with what the watch uses: the three worksheet collection events (handlers
 * count once the context has synced, as Excel's proxies do) and getItemOrNullObject's id.
 */
function excelOver(port: MemoryWorkbook) {
  const handlers: Record<'changed' | 'added' | 'deleted', Handler[]> = { changed: [], added: [], deleted: [] };
  const queued: Array<() => void> = [];
  let runs = 0;
  const event = (kind: keyof typeof handlers) => ({ add: (h: Handler) => void queued.push(() => handlers[kind].push(h)) });
  const run: ExcelRun = async (batch) => {
    runs++;
    const names = (await port.listSheets()).map((s) => s.name);
    const context = {
      workbook: {
        worksheets: {
          onChanged: event('changed'),
          onAdded: event('added'),
          onDeleted: event('deleted'),
          // The used range as Excel gives it: values from A1, '' for an empty cell, a format per cell.
          getItemOrNullObject: (name: string) => {
            const id = names.includes(name) ? `{id-of-${name}}` : '';
            const values = id === '' ? [] : port.values(name).map((r) => r.map((v) => v ?? ''));
            const used = { values, numberFormat: values.map((r) => r.map(() => 'General')), rowIndex: 0, columnIndex: 0, isNullObject: values.length === 0, load: () => undefined };
            return { id, isNullObject: id === '', load: () => undefined, getUsedRangeOrNullObject: () => used };
          },
        },
      },
      sync: async () => void queued.splice(0).forEach((f) => f()),
    };
    return batch(context as unknown as Excel.RequestContext);
  };
  const fire = async (kind: keyof typeof handlers, sheet: string) => {
    for (const h of handlers[kind]) await h({ worksheetId: `{id-of-${sheet}}` });
  };
  return { run, fire, runs: () => runs };
}

describe('watchSettingsSheet', () => {
  it('reads the rules now, and again only when the 规则设置 sheet changes', async () => {
    const port = new MemoryWorkbook({ 台账: [['督办事项']], 规则设置: [['设置项', '值'], ['黄色督办单：时限后天数', 3]] });
    const excel = excelOver(port);
    const heard: Array<number | null> = [];
    await watchSettingsSheet(excel.run, (rules: RuleSet | null) => heard.push(rules?.escalation.yellowAfterDays ?? null));
    expect(heard).toEqual([3]);

    const runsBefore = excel.runs();
    await excel.fire('changed', '台账');
    expect([heard, excel.runs()]).toEqual([[3], runsBefore]);

    port.setCell('规则设置', 2, 2, 7);
    await excel.fire('changed', '规则设置');
    expect(heard).toEqual([3, 7]);
  });

  it('hears a 规则设置 sheet added later', async () => {
    const port = new MemoryWorkbook({ 台账: [['督办事项']] });
    const excel = excelOver(port);
    const heard: Array<number | null> = [];
    await watchSettingsSheet(excel.run, (rules) => heard.push(rules?.escalation.redRepeatDays ?? null));
    expect(heard).toEqual([null]);
    await port.addSheet({ name: '规则设置', rows: [[{ value: '设置项' }, { value: '值' }], [{ value: '红色督办单重复间隔' }, { value: 0 }]] });
    await excel.fire('added', '规则设置');
    expect(heard).toEqual([null, 0]);
  });
});
