import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { legacySettings } from '../../test/support/legacySettings';
import { MemoryWorkbook } from './testing/memoryWorkbook';
import { changeSetting, createSettingsSheet, createWorkbookSettings, readSettingsSheet } from './workbookSettings';

const HEADER = ['设置项', '值', '说明', '默认值'];
/** The row of `label` in a sheet's values. */
const rowOf = (values: unknown[][], label: string) => values.find((r) => r[0] === label);

describe('createWorkbookSettings: load', () => {
  it('is the preset, from nowhere, without a 规则设置 sheet or anything saved before', async () => {
    const port = new MemoryWorkbook({ 台账: [['督办事项']] });
    expect(await createWorkbookSettings(port, legacySettings()).load()).toEqual({
      settings: { ledgerSheet: null, columns: {}, rules: XIANGYIN_2020 },
      problems: [],
      source: 'preset',
    });
    expect(port.calls).toEqual(['listSheets']);
  });

  it('reads the sheet’s rules, ledger and columns in two reads', async () => {
    const port = new MemoryWorkbook({ 规则设置: [HEADER, ['黄色督办单：时限后天数', 3], ['台账工作表', '2027年台账'], ['列·办理时限', '完成时限']] });
    const loaded = await createWorkbookSettings(port).load();
    expect(loaded.source).toBe('sheet');
    expect(loaded.settings.rules.escalation.yellowAfterDays).toBe(3);
    expect(loaded.settings.ledgerSheet).toBe('2027年台账');
    expect(loaded.settings.columns).toEqual({ deadline: '完成时限' });
    expect(port.calls).toEqual(['listSheets', 'readSheets']);
  });

  it('moves settings an earlier version saved into a new sheet, once, and empties the old store', async () => {
    const port = new MemoryWorkbook({ 台账: [['督办事项']] });
    const legacy = legacySettings({ ledgerSheet: '台账', columns: { deadline: 6, source: 0 }, rules: { escalation: { redRepeatDays: 0 } } });
    const loaded = await createWorkbookSettings(port, legacy).load();
    expect(loaded.source).toBe('sheet');
    expect(loaded.problems.map((p) => p.message)).toEqual(['本工作簿以前保存的规则与列映射已移到新建的「规则设置」工作表，今后在该表中查看和修改']);
    expect(legacy.cleared).toBe(true);
    const values = port.values('规则设置');
    expect(rowOf(values, '台账工作表')?.[1]).toBe('台账');
    expect(rowOf(values, '列·办理时限')?.[1]).toBe('F');
    expect(rowOf(values, '列·事项来源')?.[1]).toBe('无');
    expect(rowOf(values, '红色督办单重复间隔')?.[1]).toBe(0);
    // Read back from the sheet, the same settings.
    const again = await createWorkbookSettings(port, legacy).load();
    expect(again.settings.rules.escalation.redRepeatDays).toBe(0);
    expect(again.problems).toEqual([]);
  });

  it('leaves settings the earlier version could not read where they are, saying why', async () => {
    const port = new MemoryWorkbook({ 台账: [['督办事项']] });
    const legacy = legacySettings({ rules: { escalation: { yellowAfterDays: -1 } } });
    const loaded = await createWorkbookSettings(port, legacy).load();
    expect(loaded.source).toBe('legacy');
    expect(loaded.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(legacy.cleared).toBe(false);
    expect((await port.listSheets()).map((s) => s.name)).toEqual(['台账']);
  });

  it('keeps using the old settings, saying so, when the sheet cannot be added', async () => {
    const port = new MemoryWorkbook({ 台账: [['督办事项']] });
    port.addSheet = async () => {
      throw new Error('工作簿的结构受保护');
    };
    const legacy = legacySettings({ ledgerSheet: '台账' });
    const loaded = await createWorkbookSettings(port, legacy).load();
    expect(loaded.source).toBe('legacy');
    expect(loaded.settings.ledgerSheet).toBe('台账');
    expect(loaded.problems.map((p) => p.message)).toEqual(['旧版保存的设置未能移到「规则设置」工作表，暂按旧设置办理：工作簿的结构受保护']);
    expect(legacy.cleared).toBe(false);
  });
});

describe('createWorkbookSettings: save', () => {
  it('creates the sheet with the preset and the mapping when there is none', async () => {
    const port = new MemoryWorkbook({ 台账: [['督办事项']] });
    await createWorkbookSettings(port).save({ ledgerSheet: '台账', columns: { deadline: '完成时限', units: 4 } });
    const read = await readSettingsSheet(port);
    expect(read?.ledgerSheet).toBe('台账');
    expect(read?.columns).toEqual({ deadline: '完成时限', units: 'D' });
    expect(read?.rules).toEqual(XIANGYIN_2020);
  });

  it('sets the value cells the sheet has and clears corrections no longer made, leaving every other cell as it was', async () => {
    const port = new MemoryWorkbook({
      规则设置: [['本县规则（2027年1月修订）'], HEADER, ['台账工作表', '旧台账', '我们的说明'], ['列·办理时限', 'G'], ['列·事项来源', '来源'], ['黄色督办单：时限后天数', 3]],
    });
    await createWorkbookSettings(port).save({ ledgerSheet: '台账', columns: { deadline: '完成时限' } });
    expect(port.values('规则设置')).toEqual([
      ['本县规则（2027年1月修订）'],
      HEADER,
      ['台账工作表', '台账', '我们的说明'],
      ['列·办理时限', '完成时限'],
      ['列·事项来源', null],
      ['黄色督办单：时限后天数', 3],
    ]);
    expect(port.calls.filter((c) => c !== 'listSheets' && c !== 'readSheets')).toEqual(['setCells']);
  });

  it('adds the rows a sheet lacks at its bottom', async () => {
    const port = new MemoryWorkbook({ 规则设置: [HEADER, ['黄色督办单：时限后天数', 3]] });
    await createWorkbookSettings(port).save({ ledgerSheet: '台账', columns: { title: '批示内容' } });
    const values = port.values('规则设置');
    expect(values.slice(2).map((r) => r.slice(0, 2))).toEqual([
      ['台账工作表', '台账'],
      ['列·督办事项', '批示内容'],
    ]);
    const read = await readSettingsSheet(port);
    expect([read?.rules.escalation.yellowAfterDays, read?.ledgerSheet, read?.columns]).toEqual([3, '台账', { title: '批示内容' }]);
  });

  it('refuses to save into a sheet without its header, saying what to do', async () => {
    const port = new MemoryWorkbook({ 规则设置: [['随便写的']] });
    await expect(createWorkbookSettings(port).save({ ledgerSheet: '台账', columns: {} })).rejects.toThrow(
      '「规则设置」工作表没有“设置项 | 值”表头，无法保存；请补上表头，或删除该表后重试',
    );
  });
});

describe('changeSetting', () => {
  it('writes a checked value into its cell and answers the rules now in force', async () => {
    const port = new MemoryWorkbook({ 规则设置: [HEADER, ['黄色督办单：时限后天数', 5, '说明']] });
    const change = await changeSetting(port, 'escalation.yellowAfterDays', '３');
    expect(change.ok && change.read.rules.escalation.yellowAfterDays).toBe(3);
    expect(port.values('规则设置')[1]).toEqual(['黄色督办单：时限后天数', 3, '说明']);
  });

  it('refuses a value the sheet would not take, with the sheet’s message, writing nothing', async () => {
    const port = new MemoryWorkbook({ 规则设置: [HEADER, ['升级天数按', '日历日']] });
    const change = await changeSetting(port, 'escalation.dayKind', '自然日');
    expect(change).toEqual({ ok: false, message: '「升级天数按」应为 日历日 或 工作日（当前：“自然日”），已改用默认值 日历日' });
    expect(port.calls).not.toContain('setCells');
    expect(port.calls).not.toContain('appendRows');
  });

  it('adds the row of a setting the sheet lacks, and blank sets it back to the default', async () => {
    const port = new MemoryWorkbook({ 规则设置: [HEADER] });
    const change = await changeSetting(port, 'notices.numberPrefix', '湘督');
    expect(change.ok && change.read.rules.notices.numberPrefix).toBe('湘督');
    expect(port.values('规则设置')[1].slice(0, 2)).toEqual(['督办单编号前缀', '湘督']);
    const back = await changeSetting(port, 'notices.numberPrefix', '');
    expect(back.ok && back.read.rules.notices.numberPrefix).toBe('督');
  });

  it('asks for the sheet first when there is none', async () => {
    const port = new MemoryWorkbook({ 台账: [] });
    expect(await changeSetting(port, 'escalation.yellowAfterDays', '3')).toEqual({ ok: false, message: '工作簿中还没有「规则设置」工作表：请先创建规则设置表' });
  });
});

describe('createSettingsSheet', () => {
  it('adds the sheet with the settings in force, and leaves one that exists alone', async () => {
    const port = new MemoryWorkbook({ 台账: [] });
    const settings = { ledgerSheet: '台账', columns: { deadline: 6 }, rules: XIANGYIN_2020 };
    expect(await createSettingsSheet(port, settings)).toEqual({ kind: 'created', sheet: '规则设置' });
    expect((await readSettingsSheet(port))?.columns).toEqual({ deadline: 'F' });
    expect(await createSettingsSheet(port, settings)).toEqual({ kind: 'exists', sheet: '规则设置' });
    expect((await port.listSheets()).map((s) => s.name)).toEqual(['台账', '规则设置']);
  });
});
