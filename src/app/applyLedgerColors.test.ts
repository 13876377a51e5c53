import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { OfficeWorkbook } from '../office/officeWorkbook';
import { specWorkbook } from '../../test/taskpane/ledgerFixture';
import { analyzeWorkbook } from './analyzeWorkbook';
import { applyLedgerColors } from './applyLedgerColors';
import type { WorkbookPort } from './ports/workbookPort';
import { dateOnly } from '../../test/support/dateOnly';

async function analysed(port: WorkbookPort) {
  const result = await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020 });
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

describe('applyLedgerColors', () => {
  it('writes the status column and returns the decoration it wrote', async () => {
    const fake = specWorkbook();
    const port = new OfficeWorkbook(fake.run);
    const decoration = await applyLedgerColors(port, await analysed(port));
    expect(decoration).toMatchObject({ sheet: '督办台账', column: 9, headerRows: [2] });
    expect(fake.values('督办台账', 'I2:I3')).toEqual([['督办状态'], ['红']]);
  });

  it('names the status column’s header cell when the write fails, with the reason (also of an error that is not an Error)', async () => {
    const fake = specWorkbook();
    const port = new OfficeWorkbook(fake.run);
    const analysis = await analysed(port);
    const failing = (reason: unknown): WorkbookPort =>
      Object.assign(Object.create(port) as WorkbookPort, { writeLedgerDecoration: () => Promise.reject(reason) });
    await expect(applyLedgerColors(failing(new Error('工作表受保护')), analysis)).rejects.toThrow('无法写入「督办台账」!I2的督办状态列：工作表受保护');
    await expect(applyLedgerColors(failing({ message: '网络中断' }), analysis)).rejects.toThrow('无法写入「督办台账」!I2的督办状态列：网络中断');
  });
});
