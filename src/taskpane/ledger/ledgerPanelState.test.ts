import type { LedgerAnalysis } from '../../app/analyzeWorkbook';
import type { ColumnMapping } from '../../core/ledger/detectLedger';
import {
  canApply,
  canPreview,
  currentMapping,
  initialPanelState,
  ledgerAnalysisInputs,
  missingRequired,
  panelReducer,
  previewSummary,
  type PanelAction,
  type PanelState,
} from './ledgerPanelState';

/** Header row 2: A 序号, B 督办事项, C 责任单位, D 交办时间, E 计划完成. */
const DETECTED: ColumnMapping = {
  headerRows: [2],
  firstDataRow: 3,
  lastDataRow: 6,
  columns: { id: 1, title: 2, units: 3, assigned: 4 },
  headers: [
    { col: 1, text: '序号' },
    { col: 2, text: '督办事项' },
    { col: 3, text: '责任单位' },
    { col: 4, text: '交办时间' },
    { col: 5, text: '计划完成' },
  ],
};

function loaded(): PanelState {
  const s = initialPanelState('2020-07-01');
  return panelReducer(s, {
    type: 'loaded',
    revision: s.revision,
    sheets: ['说明', '督办台账'],
    detection: { sheet: '督办台账', mapping: DETECTED, problems: [], statusColumn: null },
    corrections: {},
    rules: s.rules,
    settingsProblems: [],
  });
}

const run = (s: PanelState, ...actions: PanelAction[]) => actions.reduce(panelReducer, s);

describe('panelReducer: column corrections', () => {
  it('maps an undetected concept to a column and keeps the rest of the detection', () => {
    const s = run(loaded(), { type: 'columnSet', concept: 'deadline', column: 5 });
    expect(s.corrections).toEqual({ deadline: 5 });
    expect(currentMapping(s)?.columns).toEqual({ id: 1, title: 2, units: 3, assigned: 4, deadline: 5 });
  });

  it('gives a column to one concept only: taking D for 完成时间 unmaps 交办时间', () => {
    const s = run(loaded(), { type: 'columnSet', concept: 'completed', column: 4 });
    expect(s.corrections).toEqual({ completed: 4, assigned: 0 });
    expect(missingRequired(s)).toEqual(['assigned']);
    expect(canPreview(s)).toBe(false);
  });

  it('drops a correction that puts back what was detected, so only changes are saved', () => {
    const s = run(loaded(), { type: 'columnSet', concept: 'assigned', column: 0 }, { type: 'columnSet', concept: 'assigned', column: 4 });
    expect(s.corrections).toEqual({});
  });
});

describe('panelReducer: stale results', () => {
  const sheet = { name: '督办台账', values: [['序号', '督办事项']], origin: { row: 2, col: 1 } };
  const analysis = { escalations: [], problems: [], asOf: '2020-07-01', sheet, rules: { notices: { office: '湘阴县人民政府督查室' } } } as unknown as LedgerAnalysis;

  it('drops an analysis that comes back after the user changed the mapping', () => {
    const started = run(loaded(), { type: 'analysisStarted' });
    const revision = started.revision;
    const s = run(started, { type: 'columnSet', concept: 'deadline', column: 5 }, { type: 'analyzed', revision, analysis });
    expect(s.phase).toBe('idle');
    expect(s.analysis).toBeNull();
    expect(canApply(s)).toBe(false);
  });

  it('allows 应用三色 only after a preview of the current inputs', () => {
    const started = run(loaded(), { type: 'analysisStarted' });
    const previewed = run(started, { type: 'analyzed', revision: started.revision, analysis });
    expect(canApply(previewed)).toBe(true);
    expect(canApply(run(previewed, { type: 'asOfSet', asOf: '2020-07-02' }))).toBe(false);
  });

  it('keeps the preview when the same day is written another way (the box normalising 2020/7/1 on leaving it)', () => {
    const started = run(loaded(), { type: 'asOfSet', asOf: '2020/7/1' }, { type: 'analysisStarted' });
    const previewed = run(started, { type: 'analyzed', revision: started.revision, analysis });
    const normalised = run(previewed, { type: 'asOfSet', asOf: '2020-07-01' });
    expect([normalised.asOf, normalised.revision, canApply(normalised)]).toEqual(['2020-07-01', previewed.revision, true]);
    expect(canApply(run(normalised, { type: 'asOfSet', asOf: '2020-07-0' }))).toBe(false);
  });

  it('keeps the ledger the preview read (应用三色 compares its fingerprint), and drops the preview when it is found stale', () => {
    const started = run(loaded(), { type: 'analysisStarted' });
    const previewed = run(started, { type: 'analyzed', revision: started.revision, analysis });
    // The very snapshot read: 应用三色 compares the ledger as re-read with its snapshotFingerprint.
    expect(previewed.analysis?.sheet).toBe(sheet);
    expect(previewSummary(previewed.analysis)).toEqual({ items: 0, byStatus: { 红: 0, 黄: 0, 蓝: 0, 临期: 0, 已办结: 0, 长期: 0, '—': 0 }, units: [], dueSoon: [] });
    const message = { intent: 'error' as const, title: '未应用三色', text: '台账「督办台账」在预览后已改动：请重新预览' };
    const stale = run(previewed, { type: 'previewStale', revision: previewed.revision, message });
    expect([stale.phase, previewSummary(stale.analysis), stale.analysis, stale.message]).toEqual(['error', null, null, message]);
    expect(canApply(stale)).toBe(false);
    expect(canPreview(stale)).toBe(true);
  });

  it('keeps the result of 应用三色 when the re-read that follows finds only the 督办状态 header it added', () => {
    const started = run(loaded(), { type: 'analysisStarted' });
    const previewed = run(started, { type: 'analyzed', revision: started.revision, analysis });
    const message = { intent: 'success' as const, title: '已应用三色', text: '督办状态写在 F 列' };
    const applied = run(previewed, { type: 'writeStarted', progress: { step: 1, steps: 2, label: '写入督办状态' } }, { type: 'applied', revision: previewed.revision, analysis, statusColumn: 6, message });
    const reread = { ...DETECTED, headers: [...DETECTED.headers, { col: 6, text: '督办状态' }] };
    const refresh = (mapping: ColumnMapping): PanelAction => ({
      type: 'refreshed', revision: applied.revision, today: '2020-07-01', sheets: ['说明', '督办台账'], sheetPicked: false, corrections: {}, rules: applied.rules, settingsProblems: [],
      detection: { sheet: '督办台账', mapping, problems: [], statusColumn: 6 },
    });
    const kept = run(applied, refresh(reread));
    expect([kept.phase, kept.analysis, kept.message, kept.detection?.mapping?.headers.length]).toEqual(['done', analysis, message, 6]);
    // A header changed besides: the result no longer matches the ledger.
    const edited = run(applied, refresh({ ...reread, headers: reread.headers.map((h) => (h.col === 5 ? { ...h, text: '完成时限' } : h)) }));
    expect(edited.analysis).toBeNull();
  });

  it('refuses to preview with an as-of date that is not a date, or not yet one, or outside 1900–2099', () => {
    for (const asOf of ['2020-02-30', '', '2020-0', '2020年7月', '0002-07-01', '1899-12-31', '2100-01-01', '43897']) {
      expect([asOf, canPreview(run(loaded(), { type: 'asOfSet', asOf }))]).toEqual([asOf, false]);
    }
    for (const asOf of ['2020-02-29', '2020/2/29', '2020年2月29日', '２０２０年２月２９日', '20200229']) {
      expect([asOf, canPreview(run(loaded(), { type: 'asOfSet', asOf }))]).toEqual([asOf, true]);
    }
  });
});

describe('ledgerAnalysisInputs: what the other panels analyse', () => {
  it('is not ready while the ledger is being detected', () => {
    expect(ledgerAnalysisInputs(initialPanelState('2020-07-01'))).toEqual({ ok: false, message: '正在识别台账，请稍候再试' });
  });

  it('gives the sheet, the user’s corrections, the as-of date and the rules in force', () => {
    const s = run(loaded(), { type: 'columnSet', concept: 'deadline', column: 5 }, { type: 'asOfSet', asOf: '2020-05-12' });
    expect(ledgerAnalysisInputs(s)).toEqual({ ok: true, options: { asOf: '2020-05-12', rules: s.rules, sheet: '督办台账', columns: { deadline: 5 } } });
    // The date as the box reads it, however it was written.
    expect(ledgerAnalysisInputs(run(s, { type: 'asOfSet', asOf: '2020年5月12日' }))).toEqual(ledgerAnalysisInputs(s));
  });

  it('names the setting to fix, and where it is', () => {
    expect(ledgerAnalysisInputs(run(loaded(), { type: 'asOfSet', asOf: '' }))).toEqual({
      ok: false,
      message: '设置「截止日期」不是有效日期（空）：请输入日期，如 2020-07-01、2020/7/1 或 2020年7月1日（在「三色着色」页设置）',
    });
    expect(ledgerAnalysisInputs(run(loaded(), { type: 'asOfSet', asOf: '0002-07-01' }))).toEqual({
      ok: false,
      message: '设置「截止日期」不是有效日期（0002-07-01）：年份应在 1900 至 2099 之间，现为 0002（在「三色着色」页设置）',
    });
    expect(ledgerAnalysisInputs(run(loaded(), { type: 'columnSet', concept: 'units', column: 0 }))).toEqual({
      ok: false,
      message: '列映射「责任单位（或牵头单位）」是必填项：请在列映射中为它选择一列（在「三色着色」页设置）',
    });
  });
});
