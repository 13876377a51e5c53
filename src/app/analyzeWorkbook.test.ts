import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { analyzeWorkbook, type AnalyzeResult, type LedgerAnalysis } from './analyzeWorkbook';
import { MemoryWorkbook } from './testing/memoryWorkbook';
import { NOTE_SHEET, specLedgerGrid } from './testing/specLedger';
import { dateOnly } from '../../test/support/dateOnly';

/** The worked example (testing/specLedger) after a sheet that is not a ledger. */
const workbook = () => new MemoryWorkbook({ 说明: NOTE_SHEET, 督办台账: specLedgerGrid() });

function analysed(result: AnalyzeResult): LedgerAnalysis {
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

describe('analyzeWorkbook', () => {
  it('detects the ledger on the first sheet that has a ledger header, in two reads', async () => {
    const port = workbook();
    const analysis = analysed(await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020 }));
    expect(analysis.sheet.name).toBe('督办台账');
    expect(analysis.mapping.columns).toMatchObject({ id: 1, title: 2, source: 3, units: 4, assigned: 5, completed: 7 });
    expect(analysis.escalations.map((e) => e.status)).toEqual(['红', '已办结', '—', '—']);
    expect(analysis.sheetNames).toEqual(['说明', '督办台账']);
    expect(port.calls).toEqual(['listSheets', 'readSheets']);
  });

  it('fails naming the saved sheet when it is gone, listing the sheets there are, and reads no sheet', async () => {
    const port = workbook();
    const result = await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, sheet: '2019台账' });
    expect(result).toMatchObject({
      ok: false,
      message: '工作表「2019台账」不存在（现有：说明、督办台账）',
      failure: { kind: 'sheet-not-found', sheet: '2019台账', sheetNames: ['说明', '督办台账'] },
    });
    expect(port.calls).toEqual(['listSheets']);
  });

  it('takes the user’s column corrections: 时间节点 (F) as the deadline makes item 3 长期 by its deadline', async () => {
    const port = workbook();
    const plain = analysed(await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, sheet: '督办台账' }));
    expect(plain.mapping.columns.deadline).toBeUndefined();
    const corrected = analysed(await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, sheet: '督办台账', columns: { deadline: 'F' } }));
    expect(corrected.mapping.columns.deadline).toBe(6);
    expect(corrected.escalations.map((e) => e.status)).toEqual(['红', '已办结', '长期', '—']);
  });

  it('takes the 规则设置 mapping under the corrections, warning about a header it does not find and detecting that column', async () => {
    const savedColumns = { deadline: '时间节点', source: '来源渠道' };
    const settingsProblems = [{ severity: 'warning' as const, code: 'settings.invalid', message: '「升级天数按」应为 日历日 或 工作日（当前：“自然日”），已改用默认值 日历日', sheet: '规则设置', cell: 'B9', row: 9 }];
    const analysis = analysed(await analyzeWorkbook(workbook(), { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, savedColumns, settingsProblems }));
    expect(analysis.mapping.columns).toMatchObject({ deadline: 6, source: 3 });
    expect(analysis.escalations.map((e) => e.status)).toEqual(['红', '已办结', '长期', '—']);
    expect(analysis.problems.slice(0, 2).map((p) => p.message)).toEqual([
      '「升级天数按」应为 日历日 或 工作日（当前：“自然日”），已改用默认值 日历日',
      '规则设置「列·事项来源」：工作表「督办台账」的表头中没有「来源渠道」，已改为自动识别',
    ]);
  });

  it('refuses a correction naming a column the header does not have, in Chinese', async () => {
    const result = await analyzeWorkbook(workbook(), { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, columns: { deadline: '办理期限' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure.kind).toBe('bad-columns');
  });

  it('fingerprints what it read: the same workbook twice alike; a changed cell, another date or another log apart', async () => {
    const port = workbook();
    const options = { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020 };
    const first = analysed(await analyzeWorkbook(port, options)).fingerprint();
    expect(analysed(await analyzeWorkbook(port, options)).fingerprint()).toEqual(first);

    const later = analysed(await analyzeWorkbook(port, { ...options, asOf: dateOnly('2020-07-02') })).fingerprint();
    expect([later.settings === first.settings, later.ledger === first.ledger, later.log === first.log]).toEqual([false, true, true]);

    port.setCell('督办台账', 5, 2, '建设智慧城市平台（一期）');
    const edited = analysed(await analyzeWorkbook(port, options)).fingerprint();
    expect([edited.settings === first.settings, edited.ledger === first.ledger, edited.log === first.log]).toEqual([true, false, true]);
  });

  it('does not change the options it is given', async () => {
    const options = { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, columns: { deadline: 'F' } };
    const copy = JSON.parse(JSON.stringify(options));
    await analyzeWorkbook(workbook(), options);
    expect(JSON.parse(JSON.stringify(options))).toEqual(copy);
  });
});
