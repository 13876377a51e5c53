import type { CellValue } from '../core/cells';
import { FEEDBACK_COLUMNS, FEEDBACK_SHEET } from '../core/feedback/feedbackLog';
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { MemoryWorkbook } from './testing/memoryWorkbook';
import { analyzeWorkbook, type LedgerAnalysis } from './analyzeWorkbook';
import { findReturnedSheets, previewFeedback, readReturnedLists, recordFeedback } from './collectFeedback';
import { addUnitListSheets, planUnitLists } from './splitLedger';
import { dateOnly } from '../../test/support/dateOnly';
import { feedbackLedgerGrid, serialOf, type Answers } from '../../test/support/feedbackLedger';

const RECEIVED = dateOnly('2020-05-22');

async function analyze(port: MemoryWorkbook, asOf = '2020-05-20'): Promise<LedgerAnalysis> {
  const result = await analyzeWorkbook(port, { asOf: dateOnly(asOf), rules: XIANGYIN_2020 });
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

/** The lists as split on 2020-05-20, each as the grid of values a unit receives. */
async function splitLists(): Promise<Map<string, CellValue[][]>> {
  const port = new MemoryWorkbook({ 督办台账: feedbackLedgerGrid() });
  const names = await addUnitListSheets(port, planUnitLists(await analyze(port)));
  return new Map(names.map((n) => [n, port.values(n)]));
}

/** A unit's list with its answers typed in the four columns (H–K) of the rows of the given keys. */
function answered(list: CellValue[][], answers: Record<string, Answers>): CellValue[][] {
  return list.map((row) => {
    const a = typeof row[0] === 'string' ? answers[row[0]] : undefined;
    return a === undefined ? row : [...row.slice(0, 7), ...a];
  });
}

async function ledgerWith(returned: Record<string, CellValue[][]>): Promise<{ port: MemoryWorkbook; analysis: LedgerAnalysis }> {
  const port = new MemoryWorkbook({ 督办台账: feedbackLedgerGrid(), ...returned });
  return { port, analysis: await analyze(port, RECEIVED) };
}

describe('findReturnedSheets', () => {
  it('finds the lists pasted into the workbook, and nothing else, in one read', async () => {
    const lists = await splitLists();
    const { port, analysis } = await ledgerWith({ '县住建局-督办清单 (2)': lists.get('县住建局-督办清单')!, 说明: [['本表记录…']] });
    port.calls.length = 0;
    const found = await findReturnedSheets(port, analysis);
    expect(found.map((s) => [s.source, s.place])).toEqual([['县住建局-督办清单 (2)', '县住建局-督办清单 (2)']]);
    expect(port.calls).toEqual(['readSheets']);
  });
});

describe('readReturnedLists', () => {
  it('refuses a sheet that is no list, naming where it is', () => {
    const read = readReturnedLists([{ source: '回复.xlsx', place: '[回复.xlsx]Sheet1', snapshot: { name: 'Sheet1', origin: { row: 1, col: 1 }, values: [['进展']] } }]);
    expect(read).toEqual({ replies: [], refused: [{ source: '回复.xlsx', message: '「[回复.xlsx]Sheet1」不是督办清单：表中没有“清单标识”' }] });
  });
});

describe('previewFeedback and recordFeedback', () => {
  it('registers the answers and, asked to, fills the empty 完成时间 and says which cell', async () => {
    const lists = await splitLists();
    const reply = answered(lists.get('县住建局-督办清单')!, {
      'DB-01': ['已完成验收', serialOf('2020-05-18'), '验收报告.pdf', '张三 13800000000'],
      'DB-03': ['管网已开挖 60%', null, null, '李四'],
    });
    const { port, analysis } = await ledgerWith({ 回复: reply });
    const preview = await previewFeedback(port, analysis, await findReturnedSheets(port, analysis), RECEIVED);
    expect([preview.review.answers.length, preview.review.refused, preview.review.problems]).toEqual([2, [], []]);

    port.calls.length = 0;
    const recorded = await recordFeedback(port, preview, { apply: true });
    expect([recorded.filled, recorded.notEmpty, recorded.registered.length]).toEqual([['督办台账!G2'], [], 2]);
    expect(port.calls).toEqual(['fillEmptyCells', 'appendRows']);
    expect(port.values('督办台账')[1][6]).toBe(serialOf('2020-05-18'));
    expect(port.values(FEEDBACK_SHEET)).toEqual([
      Object.values(FEEDBACK_COLUMNS),
      [serialOf('2020-05-22'), '县住建局', 'DB-01', '背街小巷提质改造', '已完成验收', serialOf('2020-05-18'), '验收报告.pdf', '张三 13800000000', serialOf('2020-05-20'), '回复', '督办台账!G2'],
      [serialOf('2020-05-22'), '县住建局', 'DB-03', '推进县城污水管网改造', '管网已开挖 60%', null, null, '李四', serialOf('2020-05-20'), '回复', null],
    ]);
  });

  it('touches nothing of the ledger without apply', async () => {
    const lists = await splitLists();
    const reply = answered(lists.get('县住建局-督办清单')!, { 'DB-01': ['已完成验收', serialOf('2020-05-18'), null, null] });
    const { port, analysis } = await ledgerWith({ 回复: reply });
    const preview = await previewFeedback(port, analysis, await findReturnedSheets(port, analysis), RECEIVED);
    const recorded = await recordFeedback(port, preview, { apply: false });
    expect([recorded.filled, recorded.registered.length]).toEqual([[], 1]);
    expect(port.values('督办台账')).toEqual(feedbackLedgerGrid());
    expect(port.values(FEEDBACK_SHEET)[1][10]).toBeNull();
  });

  it('adds nothing when the same list is imported again', async () => {
    const lists = await splitLists();
    const reply = answered(lists.get('县住建局-督办清单')!, { 'DB-03': ['管网已开挖 60%', null, null, null] });
    const { port } = await ledgerWith({ 回复: reply });
    for (let i = 0; i < 2; i++) {
      const analysis = await analyze(port, RECEIVED);
      await recordFeedback(port, await previewFeedback(port, analysis, await findReturnedSheets(port, analysis), RECEIVED), { apply: true });
    }
    expect(port.values(FEEDBACK_SHEET).length).toBe(2);
    const analysis = await analyze(port, RECEIVED);
    const again = await previewFeedback(port, analysis, await findReturnedSheets(port, analysis), RECEIVED);
    expect([again.review.answers, again.review.duplicates]).toEqual([[], 1]);
  });

  it('lists a conflicting answer as a problem and registers the rest', async () => {
    const lists = await splitLists();
    // 县发改局 answers for DB-03 (its own) and claims a completion date after the day received.
    const reply = answered(lists.get('县发改局-督办清单')!, { 'DB-03': ['已完成', serialOf('2020-05-25'), null, null] });
    const { port, analysis } = await ledgerWith({ 回复: reply });
    const preview = await previewFeedback(port, analysis, await findReturnedSheets(port, analysis), RECEIVED);
    expect(preview.review.answers).toEqual([]);
    expect(preview.review.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([['feedback.completed-future', '回复', 'I5']]);
    const recorded = await recordFeedback(port, preview, { apply: true });
    expect(recorded.registered).toEqual([]);
    expect((await port.listSheets()).map((s) => s.name)).not.toContain(FEEDBACK_SHEET);
  });

  it('leaves a cell typed into since the preview alone, and says so in the register', async () => {
    const lists = await splitLists();
    const reply = answered(lists.get('县住建局-督办清单')!, { 'DB-01': ['已完成验收', serialOf('2020-05-18'), null, null] });
    const { port, analysis } = await ledgerWith({ 回复: reply });
    const preview = await previewFeedback(port, analysis, await findReturnedSheets(port, analysis), RECEIVED);
    port.setCell('督办台账', 2, 7, '5月19日');
    const recorded = await recordFeedback(port, preview, { apply: true });
    expect([recorded.filled, recorded.notEmpty]).toEqual([[], ['督办台账!G2']]);
    expect(port.values('督办台账')[1][6]).toBe('5月19日');
    expect(port.values(FEEDBACK_SHEET)[1][10]).toBe('未填入：该单元格已有内容');
  });
});
