import { OfficeWorkbook } from '../office/officeWorkbook';
import { createWorkbookSettings } from '../app/workbookSettings';
import { legacySettings } from '../../test/support/legacySettings';
import { specWorkbook } from '../../test/taskpane/ledgerFixture';
import { reapplyColors } from './reapplyColors';
import { dateOnly } from '../../test/support/dateOnly';

describe('reapplyColors (ribbon 重新着色)', () => {
  it('colors the 规则设置 sheet’s ledger with its column mapping, as of today', async () => {
    // F2 reads 时间节点, which only the mapping row maps to 办理时限.
    const fake = specWorkbook({ deadlineHeader: '时间节点', settings: [['台账工作表', '督办台账'], ['列·办理时限', '时间节点']] });
    const port = new OfficeWorkbook(fake.run);
    const result = await reapplyColors({
      port,
      settings: createWorkbookSettings(port),
      today: () => dateOnly('2020-07-01'),
    });
    expect(result).toEqual({ sheet: '督办台账', items: 4 });
    expect(fake.values('督办台账', 'I2:I6')).toEqual([['督办状态'], ['红'], ['已办结'], ['长期'], ['—']]);
    expect(fake.rules('督办台账')).toHaveLength(4);
  });

  it('detects the ledger when nothing was saved', async () => {
    const fake = specWorkbook();
    const port = new OfficeWorkbook(fake.run);
    await reapplyColors({ port, settings: createWorkbookSettings(port), today: () => dateOnly('2020-05-12') });
    // As of 2020-05-12 both 县长批示 items are past their 05-11 deadline and open: blue.
    expect(fake.values('督办台账', 'I3:I6')).toEqual([['蓝'], ['蓝'], ['长期'], ['—']]);
  });

  it('fails, naming the sheet, when the saved ledger sheet is gone, and writes nothing', async () => {
    const fake = specWorkbook({ settings: [['台账工作表', '2019台账']] });
    const before = fake.dump();
    const port = new OfficeWorkbook(fake.run);
    const run = reapplyColors({
      port,
      settings: createWorkbookSettings(port),
      today: () => dateOnly('2020-07-01'),
    });
    await expect(run).rejects.toThrow('工作表「2019台账」不存在（现有：说明、督办台账、规则设置）');
    expect(fake.dump()).toBe(before);
  });

  it('colors with the preset’s value where the 规则设置 sheet holds a bad one', async () => {
    // 黄色 after -1 days is refused: the preset's 5 days apply, so 05-12 is blue, not yellow.
    const fake = specWorkbook({ settings: [['黄色督办单：时限后天数', -1]] });
    const port = new OfficeWorkbook(fake.run);
    await reapplyColors({ port, settings: createWorkbookSettings(port), today: () => dateOnly('2020-05-12') });
    expect(fake.values('督办台账', 'I3:I4')).toEqual([['蓝'], ['蓝']]);
  });

  it('moves settings an earlier version saved into a new 规则设置 sheet, and colors with them', async () => {
    const fake = specWorkbook({ deadlineHeader: '时间节点' });
    const legacy = legacySettings({ ledgerSheet: '督办台账', columns: { deadline: 6 } });
    const port = new OfficeWorkbook(fake.run);
    const result = await reapplyColors({ port, settings: createWorkbookSettings(port, legacy), today: () => dateOnly('2020-07-01') });
    expect(result).toEqual({ sheet: '督办台账', items: 4 });
    expect(legacy.cleared).toBe(true);
    expect(fake.sheetNames()).toEqual(['说明', '督办台账', '规则设置']);
    expect(fake.values('督办台账', 'I3')).toEqual([['红']]);
  });

  it('refuses rules an earlier version saved with errors, naming the setting, and moves nothing', async () => {
    const fake = specWorkbook();
    const legacy = legacySettings({ rules: { escalation: { yellowAfterDays: -1 } } });
    const port = new OfficeWorkbook(fake.run);
    const run = reapplyColors({ port, settings: createWorkbookSettings(port, legacy), today: () => dateOnly('2020-07-01') });
    await expect(run).rejects.toThrow('设置 escalation.yellowAfterDays 必须是 0 到 365 之间的整数（当前：-1）');
    expect(legacy.cleared).toBe(false);
    expect(fake.sheetNames()).toEqual(['说明', '督办台账']);
  });
});
