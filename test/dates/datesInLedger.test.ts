import ExcelJS from 'exceljs';
import { analyzeWorkbook, type LedgerAnalysis } from '../../src/app/analyzeWorkbook';
import { XIANGYIN_2020 } from '../../src/core/rules';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { dateOnly } from '../support/dateOnly';

/**
 * Dates in a ledger file, end to end through the .xlsx adapter and analyzeWorkbook (what the CLI
 * runs): date-time cells (SPEC §9: the time is dropped) and implausible dates (SPEC §9: errors, not values).
 */

const HEADER = ['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间', '办理状态'];
// Serials: 2020-04-28 = 43949, 2020-05-11 = 43962, 2020-05-18 = 43969 (2020-01-01 = 43831).
const ASSIGNED = 43949;
const MAY_11 = 43962;
const MAY_18_1730 = 43969 + 17.5 / 24;

/** A ledger sheet with these rows under HEADER; numbers in the date columns formatted as date-times. */
async function analyze(rows: ExcelJS.CellValue[][]): Promise<LedgerAnalysis> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.addRow(HEADER);
  rows.forEach((values, i) => {
    ws.addRow(values);
    for (const c of [5, 6, 7]) ws.getCell(i + 2, c).numFmt = 'yyyy-mm-dd hh:mm';
  });
  const port = await XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
  const result = await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020 });
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

const notices = (a: LedgerAnalysis) => a.escalations.map((e) => e.notices.map((n) => `${n.color} ${n.date}`));

describe('a 完成时间 with a time of day (SPEC §3 example, SPEC §9)', () => {
  it('completed 2020-05-18 17:30 is done on the yellow date: blue only, no yellow', async () => {
    const a = await analyze([
      // 县长批示 of 04-28 with no deadline → 2020-05-11 (SPEC §2); and the same deadline written.
      ['A1', '背街小巷提质改造', '县长批示', '县住建局', ASSIGNED, null, MAY_18_1730, '已办结'],
      ['A2', '农贸市场改造', '县政府常务会议', '县财政局', ASSIGNED, MAY_11, MAY_18_1730, '已办结'],
    ]);
    expect(a.problems).toEqual([]);
    expect(a.escalations.map((e) => [e.deadline.deadline, e.doneOn, e.level, e.status])).toEqual([
      ['2020-05-11', '2020-05-18', 'blue', '已办结'],
      ['2020-05-11', '2020-05-18', 'blue', '已办结'],
    ]);
    expect(notices(a)).toEqual([['blue 2020-05-11'], ['blue 2020-05-11']]);
  });
});

describe('implausible dates in a ledger file (SPEC §9)', () => {
  it('runs with a 9999-12-31 deadline, as a date cell or as text: 长期, with a warning', async () => {
    const a = await analyze([
      ['A1', '背街小巷提质改造', '县长批示', '县住建局', ASSIGNED, 2958465, null, '办理中'],
      ['A2', '农贸市场改造', '县长批示', '县财政局', ASSIGNED, '9999-12-31', null, '办理中'],
    ]);
    expect(a.problems.map((p) => [p.cell, p.severity, p.message])).toEqual([
      ['F2', 'warning', '办理时限“9999-12-31”不是实际日期，按长期事项处理'],
      ['F3', 'warning', '办理时限“9999-12-31”不是实际日期，按长期事项处理'],
    ]);
    expect(a.escalations.map((e) => e.status)).toEqual(['长期', '长期']);
    expect(notices(a)).toEqual([[], []]);
  });

  it('reports a 1900-01-01 交办时间 once instead of escalating from 1900', async () => {
    // Serial 1 is 1900-01-01: 7 working days from it, then a red every 10 days up to 2020.
    const a = await analyze([['A1', '背街小巷提质改造', '县长批示', '县住建局', 1, null, null, '办理中']]);
    expect(a.problems.map((p) => [p.cell, p.severity, p.code, p.message])).toEqual([
      ['E2', 'error', 'date.implausible', '交办时间不合理：1900-01-01（应在2000年至2099年之间）'],
    ]);
    expect(a.items.map((i) => i.title)).toEqual(['背街小巷提质改造']);
    expect(notices(a)).toEqual([[]]);
  });

  it('reports a 9999-12-31 完成时间 and does not escalate the row', async () => {
    const a = await analyze([['A1', '背街小巷提质改造', '县长批示', '县住建局', ASSIGNED, null, 2958465, '办理中']]);
    expect(a.problems.map((p) => [p.cell, p.message])).toEqual([['G2', '完成时间不合理：9999-12-31（应在2000年至2099年之间）']]);
    expect(notices(a)).toEqual([[]]);
  });
});
