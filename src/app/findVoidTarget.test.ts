import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { analyzeWorkbook } from './analyzeWorkbook';
import { findVoidTarget } from './findVoidTarget';
import { issueNotices } from './issueNotices';
import { MemoryWorkbook } from './testing/memoryWorkbook';
import { specLedgerGrid } from './testing/specLedger';
import { voidNotice } from './voidNotice';
import { dateOnly } from '../../test/support/dateOnly';

/** The worked example with its 13 notices issued as of 2020-07-01: the log's rows 2–14. */
async function issuedWorkbook(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook({ 督办台账: specLedgerGrid() });
  const result = await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020 });
  if (!result.ok) throw new Error(result.message);
  await issueNotices(port, result.analysis);
  return port;
}

const at = (row: number, rowCount = 1, sheet = '督办单登记') => ({ sheet, row, rowCount });

describe('findVoidTarget', () => {
  it('reads the notice on the selected row of the log', async () => {
    const port = await issuedWorkbook();
    const found = await findVoidTarget(port, at(3));
    expect(found.ok && found.target).toEqual({
      row: 3,
      number: '督〔2020〕蓝2号',
      color: 'blue',
      unit: '县发改局',
      itemId: '1',
      title: '推进县城污水管网改造',
      issueDate: '2020-05-11',
    });
    expect(found.ok && found.log.entries.length).toBe(13);
  });

  it('refuses another sheet and several rows before reading anything', async () => {
    const port = await issuedWorkbook();
    const calls = port.calls.length;
    expect(await findVoidTarget(port, at(3, 1, '督办台账'))).toEqual({
      ok: false,
      reason: 'other-sheet',
      message: '当前选中的是工作表「督办台账」：请在「督办单登记」表中选中要作废的督办单所在的行',
    });
    expect(await findVoidTarget(port, at(3, 2))).toEqual({
      ok: false,
      reason: 'several-rows',
      message: '选中了「督办单登记」第 3–4 行：一次只能作废一张督办单，请只选中一行',
    });
    expect(port.calls.length).toBe(calls);
  });

  it('refuses the header, an empty row, a workbook without a log, and a notice voided already', async () => {
    const port = await issuedWorkbook();
    expect(await findVoidTarget(port, at(1))).toMatchObject({ reason: 'header-row', message: '选中的是「督办单登记」的表头（第 1 行）：请选中要作废的督办单所在的行' });
    expect(await findVoidTarget(port, at(40))).toMatchObject({ reason: 'no-notice', message: '「督办单登记」第 40 行没有督办单：请选中要作废的督办单所在的行' });
    expect(await findVoidTarget(new MemoryWorkbook({ 督办台账: specLedgerGrid() }), at(2))).toMatchObject({ reason: 'no-log', message: '工作簿中没有「督办单登记」表' });
    expect(await voidNotice(port, [], '督〔2020〕蓝2号', '误发', 3)).toEqual({ ok: true, number: '督〔2020〕蓝2号', row: 3 });
    expect(await findVoidTarget(port, at(3))).toMatchObject({
      reason: 'voided',
      entry: { row: 3, number: '督〔2020〕蓝2号', voided: true },
      message: '督办单「督〔2020〕蓝2号」已作废（「督办单登记」第 3 行），无需再次作废',
    });
    // voidNotice on the same row says it its own way.
    expect(await voidNotice(port, [], '督〔2020〕蓝2号', '误发', 3)).toEqual({ ok: false, message: '督办单「督〔2020〕蓝2号」已作废（「督办单登记」第3行），无需再次作废' });
  });
});
