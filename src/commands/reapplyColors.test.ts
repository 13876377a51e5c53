import { OfficeWorkbook } from '../office/officeWorkbook';
import { SETTINGS_KEY } from '../app/settings';
import { createSettingsPort, type DocumentSettingsStore } from '../office/documentSettings';
import { specWorkbook } from '../../test/taskpane/ledgerFixture';
import { reapplyColors } from './reapplyColors';
import { dateOnly } from '../../test/support/dateOnly';

function savedSettings(saved?: object): DocumentSettingsStore {
  const text = saved === undefined ? undefined : JSON.stringify({ version: 1, ...saved });
  return { get: (key) => (key === SETTINGS_KEY ? text : undefined), set: () => undefined, save: async () => undefined };
}

describe('reapplyColors (ribbon 重新着色)', () => {
  it('colors the saved sheet with the saved column corrections, as of today', async () => {
    // F2 reads 时间节点, which only the saved correction maps to 办理时限.
    const fake = specWorkbook({ deadlineHeader: '时间节点' });
    const result = await reapplyColors({
      port: new OfficeWorkbook(fake.run),
      settings: createSettingsPort(savedSettings({ ledgerSheet: '督办台账', columns: { deadline: 6 } })),
      today: () => dateOnly('2020-07-01'),
    });
    expect(result).toEqual({ sheet: '督办台账', items: 4 });
    expect(fake.values('督办台账', 'I2:I6')).toEqual([['督办状态'], ['红'], ['已办结'], ['长期'], ['—']]);
    expect(fake.rules('督办台账')).toHaveLength(3);
  });

  it('detects the ledger when nothing was saved', async () => {
    const fake = specWorkbook();
    await reapplyColors({ port: new OfficeWorkbook(fake.run), settings: createSettingsPort(savedSettings()), today: () => dateOnly('2020-05-12') });
    // As of 2020-05-12 both 县长批示 items are past their 05-11 deadline and open: blue.
    expect(fake.values('督办台账', 'I3:I6')).toEqual([['蓝'], ['蓝'], ['长期'], ['—']]);
  });

  it('fails, naming the sheet, when the saved ledger sheet is gone, and writes nothing', async () => {
    const fake = specWorkbook();
    const before = fake.dump();
    const run = reapplyColors({
      port: new OfficeWorkbook(fake.run),
      settings: createSettingsPort(savedSettings({ ledgerSheet: '2019台账' })),
      today: () => dateOnly('2020-07-01'),
    });
    await expect(run).rejects.toThrow('工作表「2019台账」不存在（现有：说明、督办台账）');
    expect(fake.dump()).toBe(before);
  });

  it('refuses saved rules with errors rather than coloring with other rules, naming the setting', async () => {
    const fake = specWorkbook();
    const run = reapplyColors({
      port: new OfficeWorkbook(fake.run),
      settings: createSettingsPort(savedSettings({ rules: { escalation: { yellowAfterDays: -1 } } })),
      today: () => dateOnly('2020-07-01'),
    });
    await expect(run).rejects.toThrow('设置 escalation.yellowAfterDays 必须是 0 到 365 之间的整数（当前：-1）');
  });
});
