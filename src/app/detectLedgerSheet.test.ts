import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { analyzeWorkbook } from './analyzeWorkbook';
import { applyLedgerColors, clearLedgerColors } from './applyLedgerColors';
import { detectLedgerSheet, detectSheet } from './detectLedgerSheet';
import { MemoryWorkbook } from './testing/memoryWorkbook';
import { NOTE_SHEET, specLedgerGrid } from './testing/specLedger';
import { dateOnly } from '../../test/support/dateOnly';

const workbook = () => new MemoryWorkbook({ 说明: NOTE_SHEET, 督办台账: specLedgerGrid() });

describe('detectLedgerSheet', () => {
  it('reads the likely sheet alone when it is the ledger', async () => {
    const port = workbook();
    const detection = await detectLedgerSheet(port, ['督办台账', '说明'], XIANGYIN_2020);
    expect(detection).toMatchObject({ sheet: '督办台账', mapping: { headerRows: [1], columns: { title: 2, units: 4, assigned: 5 } }, statusColumn: null });
    expect(port.calls).toEqual(['readSheets']);
  });

  it('reads all the rest at once when the likely sheet is not a ledger, and takes the first that is', async () => {
    const port = workbook();
    expect(await detectLedgerSheet(port, ['说明', '督办台账'], XIANGYIN_2020)).toMatchObject({ sheet: '督办台账' });
    expect(port.calls).toEqual(['readSheets', 'readSheets']);
  });

  it('answers the first sheet’s detection when none is a ledger, and null for no sheet', async () => {
    const port = new MemoryWorkbook({ 说明: NOTE_SHEET, 备忘: NOTE_SHEET });
    const detection = await detectLedgerSheet(port, ['说明', '备忘'], XIANGYIN_2020);
    expect(detection).toMatchObject({ sheet: '说明', mapping: null, statusColumn: null });
    expect(detection?.problems.map((p) => `${p.code} ${p.sheet}`)).toEqual(['ledger.no-header 说明']);
    expect(await detectLedgerSheet(port, [], XIANGYIN_2020)).toBeNull();
  });

  it('finds the add-in’s own 督办状态 column after 应用三色 (H, next to the last column), and none after 清除着色', async () => {
    const port = workbook();
    const result = await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020 });
    if (!result.ok) throw new Error(result.message);
    await applyLedgerColors(port, result.analysis);
    const [sheet] = await port.readSheets(['督办台账']);
    expect(detectSheet(sheet, XIANGYIN_2020).statusColumn).toBe(8);
    expect(await clearLedgerColors(port, '督办台账', 8, XIANGYIN_2020)).toMatchObject({ sheet: '督办台账', statusColumn: null });
    expect(port.values('督办台账').map((r) => r[7] ?? null)).toEqual([null, null, null, null, null]);
  });
});
