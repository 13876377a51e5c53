/**
 * The writes that follow a preview (应用三色, 生成督办单) refuse, writing nothing, when the workbook
 * changed since: they compare a fresh analysis' fingerprint with the previewed one.
 */
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { analyzeWorkbook, type AnalyzeOptions, type LedgerAnalysis } from './analyzeWorkbook';
import { applyLedgerColors } from './applyLedgerColors';
import { issueNotices, reviewNotices } from './issueNotices';
import type { WorkbookPort } from './ports/workbookPort';
import { MemoryWorkbook } from './testing/memoryWorkbook';
import { specLedgerGrid } from './testing/specLedger';
import { dateOnly } from '../../test/support/dateOnly';

const OPTIONS: AnalyzeOptions = { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, sheet: '督办台账' };

async function analyze(port: WorkbookPort, options = OPTIONS): Promise<LedgerAnalysis> {
  const result = await analyzeWorkbook(port, options);
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

describe('applyLedgerColors after a preview', () => {
  it('writes when the ledger is as previewed, and names the status cell', async () => {
    const port = new MemoryWorkbook({ 督办台账: specLedgerGrid() });
    const previewed = await analyze(port);
    const written = await applyLedgerColors(port, await analyze(port), { expect: previewed.fingerprint() });
    expect(written).toMatchObject({ stale: false, statusCell: 'H1', decoration: { sheet: '督办台账', column: 8 } });
    expect(port.values('督办台账').map((r) => r[7])).toEqual(['督办状态', '红', '已办结', '—', '—']);
  });

  it('answers stale and writes nothing when a ledger cell changed since the preview', async () => {
    const port = new MemoryWorkbook({ 督办台账: specLedgerGrid() });
    const previewed = await analyze(port);
    port.setCell('督办台账', 3, 7, null);
    const before = port.values('督办台账');
    expect(await applyLedgerColors(port, await analyze(port), { expect: previewed.fingerprint() })).toEqual({ stale: true });
    expect(port.values('督办台账')).toEqual(before);
    expect(port.calls).not.toContain('writeLedgerDecoration');
  });

  it('colors a ledger whose as-of date moved: only the ledger sheet counts', async () => {
    const port = new MemoryWorkbook({ 督办台账: specLedgerGrid() });
    const previewed = await analyze(port);
    expect(await applyLedgerColors(port, await analyze(port, { ...OPTIONS, asOf: dateOnly('2020-07-02') }), { expect: previewed.fingerprint() })).toMatchObject({ stale: false });
  });
});

describe('issueNotices after a preview', () => {
  it('reviews the plan (SPEC worked example: 蓝3 黄2 红8 as of 2020-07-01, red again every 10 days), with no doubt', async () => {
    const port = new MemoryWorkbook({ 督办台账: specLedgerGrid() });
    const review = reviewNotices(await analyze(port));
    const count = (color: string) => review.plan.notices.filter((n) => n.color === color).length;
    expect([count('blue'), count('yellow'), count('red')]).toEqual([3, 2, 8]);
    expect(review.plan.notices.slice(0, 3).map((n) => `${n.number} ${n.unit} ${n.issueDate}`)).toEqual([
      '督〔2020〕蓝1号 县住建局 2020-05-11',
      '督〔2020〕蓝2号 县发改局 2020-05-11',
      '督〔2020〕蓝3号 县财政局 2020-05-11',
    ]);
    expect([review.doubt, review.doubtText]).toEqual([null, null]);
    // Without 单位名册 the notices cannot name the units' heads.
    expect(review.problems.map((p) => p.code)).toEqual(['notice.no-head']);
  });

  it('issues when nothing changed since the preview', async () => {
    const port = new MemoryWorkbook({ 督办台账: specLedgerGrid() });
    const previewed = await analyze(port);
    const issued = await issueNotices(port, await analyze(port), undefined, { expect: previewed.fingerprint() });
    expect(issued.stale).toBe(false);
    expect(!issued.stale && issued.sheets).toEqual(['督办单 2020-05-11', '督办单 2020-05-18', '督办单 2020-05-28', '督办单 2020-06-08', '督办单 2020-06-18', '督办单 2020-06-28']);
  });

  it('names what changed since the preview — settings, ledger, log, first that differs — and writes nothing', async () => {
    const port = new MemoryWorkbook({ 督办台账: specLedgerGrid() });
    const previewed = await analyze(port);
    const expect_ = { expect: previewed.fingerprint() };

    expect(await issueNotices(port, await analyze(port, { ...OPTIONS, columns: { deadline: 'F' } }), undefined, expect_)).toEqual({ stale: true, changed: 'settings' });

    port.setCell('督办台账', 2, 2, '推进县城污水管网改造（二期）');
    expect(await issueNotices(port, await analyze(port), undefined, expect_)).toEqual({ stale: true, changed: 'ledger' });
    port.setCell('督办台账', 2, 2, '推进县城污水管网改造');

    // Another clerk issued meanwhile: the log is new.
    await issueNotices(port, await analyze(port));
    const names = (await port.listSheets()).map((s) => s.name);
    expect(await issueNotices(port, await analyze(port), undefined, expect_)).toEqual({ stale: true, changed: 'log' });
    expect((await port.listSheets()).map((s) => s.name)).toEqual(names);
  });
});
