import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { readUnitReply } from '../core/feedback/readUnitReply';
import { MemoryWorkbook } from './testing/memoryWorkbook';
import { analyzeWorkbook, type LedgerAnalysis } from './analyzeWorkbook';
import { addUnitListSheets, planUnitLists, unitFileName } from './splitLedger';
import { dateOnly } from '../../test/support/dateOnly';
import { feedbackLedgerGrid } from '../../test/support/feedbackLedger';

async function analyze(port: MemoryWorkbook, asOf = '2020-05-20'): Promise<LedgerAnalysis> {
  const result = await analyzeWorkbook(port, { asOf: dateOnly(asOf), rules: XIANGYIN_2020 });
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

describe('unitFileName', () => {
  it('keeps a plain unit name', () => expect(unitFileName('县住建局')).toBe('县住建局'));
  it('replaces what Windows refuses in a file name', () => expect(unitFileName('县住建局/县人防办:"二"')).toBe('县住建局_县人防办__二_'));
  it('does not end in a dot', () => expect(unitFileName('县住建局.')).toBe('县住建局_'));
  it('replaces a tab or line break pasted into the name', () => expect(unitFileName('县住建局\n县人防办')).toBe('县住建局_县人防办'));
});

describe('planUnitLists', () => {
  it('plans one list per unit with open items, named for the unit and date, and lists the others', async () => {
    const plan = planUnitLists(await analyze(new MemoryWorkbook({ 督办台账: feedbackLedgerGrid() })));
    expect(plan.lists.map((l) => [l.unit, l.fileName, l.items])).toEqual([
      ['县发改局', '县发改局-督办清单-2020-05-20.xlsx', 1],
      ['县住建局', '县住建局-督办清单-2020-05-20.xlsx', 2],
    ]);
    expect(plan.idle).toEqual(['县财政局']);
  });

  it('writes lists that read back as the unit’s, with its items', async () => {
    const plan = planUnitLists(await analyze(new MemoryWorkbook({ 督办台账: feedbackLedgerGrid() })));
    const model = plan.lists[1].model;
    const read = readUnitReply({ name: model.name, origin: { row: 1, col: 1 }, values: model.rows.map((r) => r.map((c) => c.value)) });
    expect(read.ok && [read.reply.unit, read.reply.asOf, read.reply.items.map((i) => i.key), read.reply.blank]).toEqual(['县住建局', '2020-05-20', ['DB-01', 'DB-03'], 2]);
  });

  it('plans nothing when every item is done', async () => {
    const grid = feedbackLedgerGrid().filter((_, i) => i !== 1 && i !== 3);
    const plan = planUnitLists(await analyze(new MemoryWorkbook({ 督办台账: grid })));
    expect([plan.lists, plan.idle]).toEqual([[], ['县财政局']]);
  });
});

describe('addUnitListSheets', () => {
  it('adds a sheet per list, one call each, and leaves the ledger alone', async () => {
    const port = new MemoryWorkbook({ 督办台账: feedbackLedgerGrid() });
    const plan = planUnitLists(await analyze(port));
    port.calls.length = 0;
    expect(await addUnitListSheets(port, plan)).toEqual(['县发改局-督办清单', '县住建局-督办清单']);
    expect(port.calls).toEqual(['addSheet', 'addSheet']);
    expect(port.values('督办台账')).toEqual(feedbackLedgerGrid());
    expect(port.model('县住建局-督办清单')?.protect).toBe(true);
  });
});
