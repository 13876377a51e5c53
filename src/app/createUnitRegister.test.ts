import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { analyzeWorkbook, type LedgerAnalysis } from './analyzeWorkbook';
import { createUnitRegister, ledgerUnits, unitsMissingFromRegister } from './createUnitRegister';
import type { WorkbookPort } from './ports/workbookPort';
import { MemoryWorkbook } from './testing/memoryWorkbook';
import { specLedgerGrid } from './testing/specLedger';
import { dateOnly } from '../../test/support/dateOnly';

async function analyze(port: WorkbookPort): Promise<LedgerAnalysis> {
  const result = await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, sheet: '督办台账' });
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

/** The worked example's five units, by name (Chinese collation: by pinyin). */
const UNITS = ['县财政局', '县发改局', '县工信局', '县政务服务中心', '县住建局'];

describe('createUnitRegister', () => {
  it('adds 单位名册 prefilled with every unit of the ledger, saying which before it adds', async () => {
    const port = new MemoryWorkbook({ 督办台账: specLedgerGrid() });
    const told: string[][] = [];
    const result = await createUnitRegister(port, await analyze(port), (units) => told.push([...units]));
    expect(result).toEqual({ kind: 'created', sheet: '单位名册', units: UNITS });
    expect(told).toEqual([UNITS]);
    const names = port.values('单位名册').map((r) => r[0]);
    expect(names.slice(names.indexOf('单位名称') + 1)).toEqual(UNITS);
  });

  it('leaves a register already there as it is, and lists the ledger units it lacks', async () => {
    const port = new MemoryWorkbook({ 督办台账: specLedgerGrid(), 单位名册: [['单位名称', '别名'], ['县住建局', null], ['县财政局', '财政局']] });
    const analysis = await analyze(port);
    const result = await createUnitRegister(port, analysis);
    expect(result).toMatchObject({ kind: 'exists', sheet: '单位名册', registered: 2, missing: ['县发改局', '县工信局', '县政务服务中心'] });
    expect(port.calls).not.toContain('addSheet');
    expect(unitsMissingFromRegister(analysis.items, ['县住建局', '县财政局'])).toEqual(['县发改局', '县工信局', '县政务服务中心']);
  });

  it('adds nothing when the ledger names no unit', async () => {
    const grid = specLedgerGrid().map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 3 ? null : v))));
    const port = new MemoryWorkbook({ 督办台账: grid });
    const analysis = await analyze(port);
    expect(ledgerUnits(analysis.items)).toEqual([]);
    expect(await createUnitRegister(port, analysis)).toEqual({ kind: 'no-units', ledgerSheet: '督办台账' });
    expect(port.calls).not.toContain('addSheet');
  });
});
